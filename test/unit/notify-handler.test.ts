// The notifier's stream handler with memory adapters: a new complaint's INSERT mails its officers once,
// an update mails no one, and a failed delivery reports its record so the stream retries from it.
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { makeNotifyHandler } from '../../functions/notifications/notify';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { complaintKeys } from '../../shared/adapters/dynamodb/keys';
import type { OutgoingMail } from '../../shared/domain/notifications/ports';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const officer = { id: 'o1', email: 'o1@example.org', name: 'o1', agency: 'bma-health', roles: ['officer' as const], status: 'active' as const, createdAt: '2026-11-01T00:00:00.000Z' };

async function world(failing: { count: number }) {
  const memory = memoryContext();
  const sent: OutgoingMail[] = [];
  const handler = makeNotifyHandler({
    clock: memory.context.clock,
    complaints: memory.complaints,
    agencies: memory.agencies,
    staffDirectory: { list: async () => ({ staff: [officer] }) },
    ledger: memoryDeliveryLedger(),
    mailer: {
      async send(mail) {
        if (failing.count-- > 0) throw new Error('injected');
        sent.push(mail);
      },
    },
    suppressions: memory.context.mailSuppressions,
    siteUrl: 'https://integrity.example.go.th',
  });
  const receipt = await fileComplaint(memory.context)(anonymousComplaint({ subject: 'MARKER-SUBJECT' }));
  const image = marshall({ ...complaintKeys.complaint(receipt.reference), reference: receipt.reference, subject: 'MARKER-SUBJECT' });
  return { sent, handler, reference: receipt.reference, image };
}

describe('notifier stream handler', () => {
  it("mails a new complaint's officers once, however often the record comes", async () => {
    const { sent, handler, reference, image } = await world({ count: 0 });
    const event = { Records: [{ eventName: 'INSERT' as const, dynamodb: { NewImage: image, SequenceNumber: '1' } }] };
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(sent.map((mail) => mail.to)).toEqual(['o1@example.org']);
    expect(sent[0]!.subject).toContain(reference);
    expect(JSON.stringify(sent)).not.toContain('MARKER');
  });

  it('mails no one for an update', async () => {
    const { sent, handler, image } = await world({ count: 0 });
    await handler({ Records: [{ eventName: 'MODIFY', dynamodb: { NewImage: image, OldImage: image, SequenceNumber: '2' } }] });
    expect(sent).toHaveLength(0);
  });

  it('reports the record whose delivery failed, and delivers it on the retry', async () => {
    const { sent, handler, image } = await world({ count: 1 });
    const event = { Records: [{ eventName: 'INSERT' as const, dynamodb: { NewImage: image, SequenceNumber: '3' } }] };
    expect(await handler(event)).toEqual({ batchItemFailures: [{ itemIdentifier: '3' }] });
    expect(sent).toHaveLength(0);
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(sent).toHaveLength(1);
  });
});
