// The notifier's rules with memory adapters: who is told of a case (and who never is), what the message
// may say, and exactly one message per recipient however deliveries fail, repeat or race.
import { describe, expect, it } from 'vitest';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { deliverHappening, type CaseHappening } from '../../shared/domain/notifications/notifier';
import type { Mailer, OutgoingMail } from '../../shared/domain/notifications/ports';
import { SendEmailCommand, TooManyRequestsException, type SendEmailCommandInput, type SESv2Client } from '@aws-sdk/client-sesv2';
import { sesMailer } from '../../shared/adapters/ses/ses-mailer';
import type { StaffAccount } from '../../shared/domain/staff-directory';
import { DependencyUnavailableError } from '../../shared/domain/errors';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const account = (id: string, overrides: Partial<StaffAccount>): StaffAccount => ({
  id,
  email: `${id}@example.org`,
  name: id,
  agency: 'bma-health',
  roles: ['officer'],
  status: 'active',
  createdAt: '2026-11-01T00:00:00.000Z',
  ...overrides,
});

const STAFF: StaffAccount[] = [
  account('officer-a', {}),
  account('officer-b', { unit: 'secretariat' }),
  account('officer-in-unit', { unit: 'pharmacy' }),
  account('custodian', { roles: ['custodian'] }),
  account('executive', { roles: ['executive'] }),
  account('other-agency-officer', { agency: 'bma-medical' }),
  account('disabled-officer', { status: 'disabled' }),
];

function world(options: { failEvery?: () => boolean; mailer?: Mailer } = {}) {
  const memory = memoryContext(new Date('2026-11-27T03:00:00.000Z'), {});
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = options.mailer ?? {
    async send(mail) {
      if (options.failEvery?.()) throw new Error('injected SES failure');
      sent.push(mail);
    },
  };
  const ledger = memoryDeliveryLedger();
  // One account a page, as a directory pages its lists: a member on a later page is told too.
  const staffDirectory = {
    list: async (agency: string, page: { cursor?: string } = {}) => {
      const members = STAFF.filter((member) => member.agency === agency);
      const start = Number(page.cursor ?? 0);
      const next = start + 1;
      return { staff: members.slice(start, next), ...(next < members.length ? { cursor: String(next) } : {}) };
    },
  };
  const deliver = deliverHappening({ clock: memory.context.clock, complaints: memory.complaints, agencies: memory.agencies, staffDirectory, ledger, mailer, suppressions: memory.context.mailSuppressions, siteUrl: 'https://integrity.example.go.th' });
  return { memory, sent, ledger, deliver };
}

describe('the suppression list', () => {
  it('does not mail an address that bounced for good; the delivery is done, not failed, so nothing retries it', async () => {
    const { memory, sent, ledger, deliver } = world();
    await memory.context.mailSuppressions.add('Officer-B@Example.org ', { reason: 'bounce', since: '2026-11-20T02:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    const receipt = await fileComplaint(memory.context)(anonymousComplaint({ unit: 'pharmacy' }));
    const happening: CaseHappening = { key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference };
    expect(await deliver(happening)).toEqual({ sent: 1, alreadySent: 0, failed: 0, suppressed: 1 });
    expect(sent.map((mail) => mail.to)).toEqual(['officer-a@example.org']);
    expect(ledger.suppressedKeys()).toEqual([`${happening.key}#officer-b`]);
    // Handed over again, it neither mails nor looks again: both deliveries are done.
    expect(await deliver(happening)).toEqual({ sent: 0, alreadySent: 2, failed: 0, suppressed: 0 });
    expect(sent).toHaveLength(1);
  });

  it('does not mail an address that complained, and tags staff mail with its agency so a bounce lands on that agency\'s list', async () => {
    const { memory, sent, deliver } = world();
    await memory.context.mailSuppressions.add('officer-a@example.org', { reason: 'complaint', since: '2026-11-20T02:00:00.000Z' }, { kind: 'other' });
    const receipt = await fileComplaint(memory.context)(anonymousComplaint({ unit: 'pharmacy' }));
    await deliver({ key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference });
    expect(sent.map((mail) => [mail.to, mail.audience])).toEqual([['officer-b@example.org', { kind: 'staff', agency: 'bma-health' }]]);
  });

  it('gives the claim back when the list cannot be read, so the next attempt sends', async () => {
    const { memory, sent, ledger, deliver } = world();
    const find = memory.context.mailSuppressions.find.bind(memory.context.mailSuppressions);
    let failing = true;
    memory.context.mailSuppressions.find = async (address) => {
      if (failing) throw new DependencyUnavailableError('DynamoDB');
      return find(address);
    };
    const receipt = await fileComplaint(memory.context)(anonymousComplaint({ unit: 'pharmacy' }));
    const happening: CaseHappening = { key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference };
    await expect(deliver(happening)).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(sent).toHaveLength(0);
    failing = false;
    expect(await deliver(happening)).toEqual({ sent: 2, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(ledger.deliveredKeys()).toHaveLength(2);
  });
});

describe('who is told of a new case', () => {
  it("mails the agency's officers outside the unit concerned, and no one else", async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint({ unit: 'pharmacy' }));
    const report = await deliver({ key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference });
    expect(report).toEqual({ sent: 2, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(sent.map((mail) => mail.to).sort()).toEqual(['officer-a@example.org', 'officer-b@example.org']);
  });

  it('tells no one who declared a conflict on the case, and only custodians of a complaint about the handlers', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    const audit = { id: 'audit-1', at: '2026-11-27T03:00:00.000Z', agency: 'bma-health', actor: 'officer-b', role: 'officer', action: 'case.conflict', reference: receipt.reference } as const;
    await memory.complaints.declareConflict({ reference: receipt.reference, declaration: { staff: 'officer-b', at: audit.at, reason: 'เป็นญาติกับผู้ถูกร้องเรียน ขอไม่รับผิดชอบเรื่องนี้' }, audit });
    await deliver({ key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference });
    expect(sent.map((mail) => mail.to).sort()).toEqual(['officer-a@example.org', 'officer-in-unit@example.org']);

    sent.length = 0;
    const aboutHandlers = await fileComplaint(memory.context)(anonymousComplaint({ concernsHandlers: true }));
    await deliver({ key: `case-new#${aboutHandlers.reference}`, event: 'case-new', reference: aboutHandlers.reference });
    expect(sent.map((mail) => mail.to)).toEqual(['custodian@example.org']);
  });

  it('tells the assignee alone of a case assigned to them', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    const audit = { id: 'audit-1', at: '2026-11-27T03:00:00.000Z', agency: 'bma-health', actor: 'custodian', role: 'custodian', action: 'case.assign', reference: receipt.reference } as const;
    await memory.complaints.assign({ reference: receipt.reference, assignee: 'officer-b', assignedAt: audit.at, audit });
    await deliver({ key: `reporter-message#${receipt.reference}#1`, event: 'reporter-message', reference: receipt.reference });
    expect(sent.map((mail) => mail.to)).toEqual(['officer-b@example.org']);
  });

  it('carries the reference, category and acknowledgement day, never the text or identity', async () => {
    const { memory, sent, deliver } = world();
    const complaint = identifiedComplaint('MARKER-NAME');
    const receipt = await fileComplaint(memory.context)({ ...complaint, subject: 'MARKER-SUBJECT', description: 'MARKER-DESCRIPTION เรื่องยาว', accused: 'MARKER-ACCUSED' });
    await deliver({ key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference });
    expect(sent).toHaveLength(3);
    for (const mail of sent) {
      const all = [mail.subject, mail.text, mail.html].join('\n');
      expect(all).toContain(receipt.reference);
      expect(all).toContain('ทุจริตการจัดซื้อจัดจ้าง');
      expect(all).not.toMatch(/MARKER|somchai@example.org|081-234-5678|1101700230708|ดินแดง/);
    }
  });

  it('tells no one of a case that does not exist or was destroyed', async () => {
    const { sent, deliver } = world();
    expect(await deliver({ key: 'case-new#ABCDE-12345', event: 'case-new', reference: 'ABCDE-12345' })).toEqual({ sent: 0, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(sent).toHaveLength(0);
  });
});

describe('exactly once', () => {
  it('sends nothing again when the same happening is handed over again', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    const happening: CaseHappening = { key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference };
    await deliver(happening);
    expect(await deliver(happening)).toEqual({ sent: 0, alreadySent: 3, failed: 0, suppressed: 0 });
    expect(sent).toHaveLength(3);
  });

  it('does not send twice when two deliveries of one happening run at once', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    const happening: CaseHappening = { key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference };
    const results = await Promise.allSettled([deliver(happening), deliver(happening)]);
    // The one that met live claims throws, so the queue hands it over again; it then sends nothing.
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(DependencyUnavailableError);
    memory.advance(120);
    await deliver(happening);
    expect(sent).toHaveLength(3);
  });

  it('with 10 % of SES calls failing, 1,000 case events end with one message per intended recipient: 0 lost, 0 duplicated', async () => {
    // A seeded generator, so a failure of this test can be replayed.
    let seed = 17;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    // The real SES adapter over a stand-in for the SES v2 client: one call in ten is refused as SES refuses under load.
    const accepted: SendEmailCommandInput[] = [];
    let sesCalls = 0;
    const ses = {
      send: async (command: SendEmailCommand) => {
        sesCalls += 1;
        if (random() < 0.1) throw new TooManyRequestsException({ message: 'Maximum sending rate exceeded', $metadata: {} });
        accepted.push(command.input);
        return { MessageId: `ses-${sesCalls}`, $metadata: {} };
      },
    } as unknown as Pick<SESv2Client, 'send'>;
    const { memory, ledger, deliver } = world({ mailer: sesMailer(ses, { from: 'no-reply@integrity.example.go.th', configurationSet: 'integrity-test-notifications' }) });
    // officer-in-unit's address bounced before the run: accepted as a recipient, never mailed.
    await memory.context.mailSuppressions.add('officer-in-unit@example.org', { reason: 'bounce', since: '2026-11-20T02:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    const file = fileComplaint(memory.context);
    const happenings: CaseHappening[] = [];
    for (let index = 0; index < 250; index += 1) {
      const receipt = await file(anonymousComplaint({ unit: index % 2 ? 'pharmacy' : 'secretariat' }));
      happenings.push({ key: `case-new#${receipt.reference}`, event: 'case-new', reference: receipt.reference });
      happenings.push({ key: `reporter-message#${receipt.reference}#m1`, event: 'reporter-message', reference: receipt.reference });
      happenings.push({ key: `reporter-message#${receipt.reference}#m2`, event: 'reporter-message', reference: receipt.reference });
      happenings.push({ key: `reporter-file#${receipt.reference}#f1`, event: 'reporter-file', reference: receipt.reference });
    }
    expect(happenings).toHaveLength(1_000);
    // The queue: each happening is handed over until it succeeds, and every one is also replayed once.
    let attempts = 0;
    let failedAttempts = 0;
    for (const happening of [...happenings, ...happenings]) {
      for (;;) {
        attempts += 1;
        try {
          await deliver(happening);
          break;
        } catch (error) {
          expect(error).toBeInstanceOf(DependencyUnavailableError);
          failedAttempts += 1;
        }
      }
    }
    // Each refused call fails its attempt (an attempt may meet two refusals, one per recipient).
    const refused = sesCalls - accepted.length;
    expect(refused).toBeGreaterThan(100);
    expect(failedAttempts).toBeGreaterThan(100);
    expect(failedAttempts).toBeLessThanOrEqual(refused);
    // Units alternate: pharmacy cases reach officer-a and officer-b, secretariat cases officer-a and
    // officer-in-unit, whose address is suppressed.
    const intended = happenings.flatMap((happening, index) => {
      const pharmacy = Math.floor(index / 4) % 2 === 1;
      return (pharmacy ? ['officer-a', 'officer-b'] : ['officer-a', 'officer-in-unit']).map((id) => ({ key: `${happening.key}#${id}`, id }));
    });
    const tag = (key: string) => key.replace(/[^A-Za-z0-9_.@-]/g, '_');
    const mailed = intended.filter((recipient) => recipient.id !== 'officer-in-unit').map((recipient) => tag(recipient.key));
    const delivered = accepted.map((input) => input.EmailTags?.find((each) => each.Name === 'notification')?.Value ?? '');
    const distinct = new Set(delivered);
    const reconciliation = {
      intended: mailed.length,
      delivered: distinct.size,
      lost: mailed.filter((key) => !distinct.has(key)).length,
      duplicated: delivered.length - distinct.size,
      suppressed: ledger.suppressedKeys().length,
    };
    expect(reconciliation).toEqual({ intended: 1_500, delivered: 1_500, lost: 0, duplicated: 0, suppressed: 500 });
    expect(delivered.sort()).toEqual(mailed.sort());
    expect(accepted.some((input) => input.Destination?.ToAddresses?.includes('officer-in-unit@example.org'))).toBe(false);
    expect(ledger.suppressedKeys().sort()).toEqual(intended.filter((recipient) => recipient.id === 'officer-in-unit').map((recipient) => recipient.key).sort());
    expect(attempts).toBe(2_000 + failedAttempts);
  });
});
