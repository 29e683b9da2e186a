import { describe, expect, it } from 'vitest';
import { LockedError, UnauthorizedError } from '../../shared/domain/errors';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { requestUpload } from '../../shared/domain/use-cases/evidence-files';
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

  it('lets the right secret in on every reporter route however many wrong guesses others made', async () => {
    const { context, receipt, track, reply } = await filed();
    const upload = requestUpload(context);
    const wrong = { reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    for (let attempt = 1; attempt <= 20; attempt += 1) await track(wrong).catch(() => undefined);
    await expect(track(wrong)).rejects.toBeInstanceOf(LockedError);
    const owner = { reference: receipt.reference, secret: receipt.secret };
    await expect(track(owner)).resolves.toMatchObject({ reference: receipt.reference });
    await expect(reply({ ...owner, body: 'ยังติดตามอยู่' })).resolves.toMatchObject({ from: 'reporter' });
    await expect(upload({ ...owner, name: 'photo.jpg', type: 'jpeg', size: 100 }, 'photo-key-1')).resolves.toBeDefined();
  });

  it('answers 5 wrong secrets a window with 401, the rest with 429 until the window ends', async () => {
    const { receipt, track, advance } = await filed();
    const wrong = { reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    // The memory clock starts at 03:00:00 UTC, the beginning of a 15-minute window.
    for (let attempt = 1; attempt <= 5; attempt += 1) await expect(track(wrong)).rejects.toBeInstanceOf(UnauthorizedError);
    advance(60);
    const locked = await track(wrong).catch((error: unknown) => error);
    expect(locked).toBeInstanceOf(LockedError);
    // The window began a minute ago: 14 minutes remain, whatever the failures' own times were.
    expect((locked as LockedError).retryAfterSeconds).toBe(14 * 60);
    advance(14 * 60);
    await expect(track(wrong)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('counts unknown references too, so a 429 tells nothing about whether a case exists', async () => {
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
