// The reminders Lambda's handler: the schedule's `{}` runs today in Bangkok, an operator's `{"day"}`
// runs that day, anything else is refused, and a run with a failed digest throws so Lambda retries it
// (the retry sends only what was not sent).
import { describe, expect, it } from 'vitest';
import { makeRemindersHandler } from '../../functions/notifications/reminders';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { memoryOpenCases, memoryPendingLines, memoryPreferenceStore } from '../../shared/adapters/memory/memory-digest';
import type { OutgoingMail } from '../../shared/domain/notifications/ports';
import type { StaffAccount } from '../../shared/domain/staff-directory';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { bangkokDate } from '../../shared/rules/thai-time';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const officer: StaffAccount = { id: 'officer-a', email: 'officer-a@example.org', name: 'a', agency: 'bma-health', roles: ['officer'], status: 'active', createdAt: '2026-11-01T00:00:00.000Z' };

function world(failing: { on: boolean }) {
  const memory = memoryContext(new Date('2026-11-27T03:00:00.000Z'), {});
  const sent: OutgoingMail[] = [];
  const handler = makeRemindersHandler({
    clock: memory.context.clock,
    suppressions: memory.context.mailSuppressions,
    agencies: memory.agencies,
    staffDirectory: { list: async (agency: string) => ({ staff: agency === officer.agency ? [officer] : [] }) },
    openCases: memoryOpenCases(memory.complaints),
    pending: memoryPendingLines(),
    preferences: memoryPreferenceStore(),
    ledger: memoryDeliveryLedger(),
    mailer: {
      async send(mail) {
        if (failing.on) throw new Error('injected SES failure');
        sent.push(mail);
      },
    },
    siteUrl: 'https://integrity.example.go.th',
  });
  return { memory, sent, handler };
}

describe('the reminders handler', () => {
  it("runs today in Bangkok on the schedule's empty input", async () => {
    const { handler } = world({ on: false });
    expect(await handler({})).toEqual({ day: '2026-11-27', sent: 0, alreadySent: 0 });
  });

  it('runs the day an operator names, and refuses anything but a calendar day', async () => {
    const { memory, sent, handler } = world({ on: false });
    const { reference } = await fileComplaint(memory.context)(anonymousComplaint());
    const due = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    const day = new Date(Date.parse(`${due}T00:00:00.000Z`) - 3 * 86_400_000).toISOString().slice(0, 10);
    expect(await handler({ day })).toEqual({ day, sent: 1, alreadySent: 0 });
    expect(sent.map((mail) => mail.to)).toEqual(['officer-a@example.org']);
    await expect(handler({ day: '2026-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(handler({ day: 'tomorrow' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('throws when a digest failed, so the run is retried, and the retry sends it once', async () => {
    const failing = { on: true };
    const { memory, sent, handler } = world(failing);
    const { reference } = await fileComplaint(memory.context)(anonymousComplaint());
    const due = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    const day = new Date(Date.parse(`${due}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect(handler({ day })).rejects.toThrow(/1 digests failed/);
    failing.on = false;
    expect(await handler({ day })).toEqual({ day, sent: 1, alreadySent: 0 });
    expect(await handler({ day })).toEqual({ day, sent: 0, alreadySent: 1 });
    expect(sent).toHaveLength(1);
  });
});
