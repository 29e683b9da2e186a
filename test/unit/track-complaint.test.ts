import { describe, expect, it } from 'vitest';
import { LockedError, UnauthorizedError } from '../../shared/domain/errors';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { replyAsReporter, trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

async function filed() {
  const memory = memoryContext();
  const receipt = await fileComplaint(memory.context)(anonymousComplaint());
  return { ...memory, receipt, track: trackComplaint(memory.context), reply: replyAsReporter(memory.context) };
}

describe('tracking a complaint', () => {
  it('shows status, deadline and the received step of the timeline, and no complaint text', async () => {
    const { receipt, track } = await filed();
    const view = await track({ reference: receipt.reference.toLowerCase(), secret: receipt.secret.replace(/-/g, ' ') });
    expect(view).toMatchObject({ reference: receipt.reference, status: 'received', category: 'bribery', acknowledgeBy: receipt.acknowledgeBy });
    expect(view.timeline).toEqual([{ at: receipt.receivedAt, status: 'received' }]);
    expect(JSON.stringify(view)).not.toContain('ใบอนุญาต');
  });

  it('fails the same way for a wrong secret, an unknown reference and nonsense', async () => {
    const { receipt, track } = await filed();
    const failures = await Promise.all([
      track({ reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' }).catch((error: Error) => error),
      track({ reference: 'ZZZZZ-ZZZZZ', secret: receipt.secret }).catch((error: Error) => error),
      track({ reference: receipt.reference, secret: 'x' }).catch((error: Error) => error),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(UnauthorizedError);
      expect((failure as Error).message).toBe((failures[0] as Error).message);
    }
  });

  it('locks a reference for 15 minutes after 5 failures within 15 minutes, even for the right secret', async () => {
    const { receipt, track, advance } = await filed();
    const wrong = { reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expect(track(wrong)).rejects.toBeInstanceOf(UnauthorizedError);
      advance(60);
    }
    await expect(track({ reference: receipt.reference, secret: receipt.secret })).rejects.toBeInstanceOf(LockedError);
    advance(14 * 60 + 1); // the fifth failure came at minute 4, the lock ends at minute 19
    await expect(track({ reference: receipt.reference, secret: receipt.secret })).resolves.toBeDefined();
  });

  it('does not lock for failures spread beyond the window', async () => {
    const { receipt, track, advance } = await filed();
    const wrong = { reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await expect(track(wrong)).rejects.toBeInstanceOf(UnauthorizedError);
      advance(4 * 60);
    }
    await expect(track({ reference: receipt.reference, secret: receipt.secret })).resolves.toBeDefined();
  });

  it('locks unknown references too, so a lock reveals nothing', async () => {
    const { track } = await filed();
    const unknown = { reference: 'ZZZZZ-ZZZZZ', secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    for (let attempt = 1; attempt <= 5; attempt += 1) await expect(track(unknown)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(track(unknown)).rejects.toBeInstanceOf(LockedError);
  });

  it('lists the reporter\'s messages in order and stores a retried message once', async () => {
    const { receipt, track, reply, advance } = await filed();
    const credentials = { reference: receipt.reference, secret: receipt.secret };
    await reply({ ...credentials, body: 'ข้อความแรก' }, 'message-key-1');
    advance(1);
    await reply({ ...credentials, body: 'ข้อความที่สอง' });
    await reply({ ...credentials, body: 'ข้อความแรก' }, 'message-key-1');
    const view = await track(credentials);
    expect(view.messages.map((message) => [message.from, message.body])).toEqual([
      ['reporter', 'ข้อความแรก'],
      ['reporter', 'ข้อความที่สอง'],
    ]);
    await expect(reply({ ...credentials, body: 'อื่น' }, 'message-key-1')).rejects.toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('refuses a message without the right secret', async () => {
    const { receipt, reply, complaints } = await filed();
    await expect(reply({ reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', body: 'x' })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(complaints.cases.get(receipt.reference)!.messages.size).toBe(0);
  });
});
