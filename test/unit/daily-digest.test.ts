// The daily digest with a fake clock and memory adapters: a deadline three days ahead and on the day
// it is missed (not the day after), one message per member however many cases, never a case the member
// may not be told of, exactly once per member and day, a failed send retried by the next run, and a
// member's choice of the digest turning an immediate message into a line of the next digest.
import { describe, expect, it } from 'vitest';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { memoryOpenCases, memoryPendingLines, memoryPreferenceStore } from '../../shared/adapters/memory/memory-digest';
import { deadlineNoticesOn, sendDailyDigests } from '../../shared/domain/notifications/daily-digest';
import { deliverHappening } from '../../shared/domain/notifications/notifier';
import type { Mailer, OutgoingMail } from '../../shared/domain/notifications/ports';
import { DEFAULT_PREFERENCES } from '../../shared/domain/notifications/preferences';
import { deliverReportAwaiting } from '../../shared/domain/notifications/report-awaiting';
import type { StaffAccount } from '../../shared/domain/staff-directory';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { bangkokDate } from '../../shared/rules/thai-time';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const account = (id: string, overrides: Partial<StaffAccount> = {}): StaffAccount => ({
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
  account('officer-a'),
  account('officer-b', { unit: 'secretariat' }),
  account('officer-in-unit', { unit: 'pharmacy' }),
  account('custodian', { roles: ['custodian'] }),
  account('executive', { roles: ['executive'] }),
  account('other-agency-officer', { agency: 'bma-medical' }),
  account('disabled-officer', { status: 'disabled' }),
];

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOffset = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);

function world(options: { fail?: (mail: OutgoingMail) => boolean } = {}) {
  const memory = memoryContext(new Date('2026-11-27T03:00:00.000Z'), {});
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = {
    async send(mail) {
      if (options.fail?.(mail)) throw new Error('injected SMTP failure');
      sent.push(mail);
    },
  };
  const ledger = memoryDeliveryLedger();
  const preferences = memoryPreferenceStore();
  const pending = memoryPendingLines();
  // Two members a page, so a member on a later page is considered too.
  const staffDirectory = {
    list: async (agency: string, page: { cursor?: string } = {}) => {
      const members = STAFF.filter((member) => member.agency === agency);
      const start = Number(page.cursor ?? 0);
      const next = start + 2;
      return { staff: members.slice(start, next), ...(next < members.length ? { cursor: String(next) } : {}) };
    },
  };
  const siteUrl = 'https://integrity.example.go.th';
  const base = { clock: memory.context.clock, agencies: memory.agencies, staffDirectory, suppressions: memory.context.mailSuppressions, ledger, mailer, siteUrl };
  const digest = sendDailyDigests({ ...base, openCases: memoryOpenCases(memory.complaints), pending, preferences });
  const deliver = deliverHappening({ ...base, complaints: memory.complaints, digest: { preferences, pending } });
  const file = fileComplaint(memory.context);
  return { memory, sent, ledger, preferences, pending, digest, deliver, file, base };
}

const recipients = (mails: readonly OutgoingMail[]) => mails.map((mail) => mail.to).sort();
const textOf = (mail: OutgoingMail) => [mail.subject, mail.text, mail.html].join('\n');

describe('which deadlines a day announces', () => {
  it('announces a deadline three days ahead and on the day it is missed, and not on the days between or after', async () => {
    const { memory, file } = world();
    const { reference } = await file(anonymousComplaint());
    const complaint = memory.complaints.cases.get(reference)!.complaint!;
    const dueDay = bangkokDate(new Date(complaint.acknowledgeBy));
    const notices = (day: string) => deadlineNoticesOn(complaint, day);
    expect(notices(dayOffset(dueDay, -3))).toEqual([{ reference, category: 'bribery', deadline: 'acknowledge', dueBy: complaint.acknowledgeBy, missed: false }]);
    expect(notices(dayOffset(dueDay, -4))).toEqual([]);
    expect(notices(dayOffset(dueDay, -2))).toEqual([]);
    expect(notices(dueDay)).toEqual([]);
    expect(notices(dayOffset(dueDay, 1))).toEqual([{ reference, category: 'bribery', deadline: 'acknowledge', dueBy: complaint.acknowledgeBy, missed: true }]);
    expect(notices(dayOffset(dueDay, 2))).toEqual([]);
  });

  it('announces the conclusion deadline too, and nothing of a case that is concluded', async () => {
    const { memory, file } = world();
    const { reference } = await file(anonymousComplaint());
    const complaint = memory.complaints.cases.get(reference)!.complaint!;
    const concludeDay = bangkokDate(new Date(complaint.concludeBy));
    expect(deadlineNoticesOn(complaint, dayOffset(concludeDay, 1)).map((notice) => [notice.deadline, notice.missed])).toEqual([['conclude', true]]);
    expect(deadlineNoticesOn({ ...complaint, status: 'closed' }, dayOffset(concludeDay, 1))).toEqual([]);
    // Once acknowledged, the progress deadline is announced in place of the acknowledgement.
    const progressDay = bangkokDate(new Date(complaint.acknowledgeBy));
    expect(deadlineNoticesOn({ ...complaint, status: 'investigating' }, dayOffset(progressDay, -3)).map((notice) => notice.deadline)).toEqual(['progress']);
  });
});

describe('the daily digest', () => {
  it('mails each member who may be told ONE message listing all their cases, and nothing to anyone else', async () => {
    const { memory, sent, digest, file } = world();
    const references = [];
    for (let index = 0; index < 5; index += 1) references.push((await file(anonymousComplaint({ unit: 'pharmacy' }))).reference);
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(references[0]!)!.complaint!.acknowledgeBy));

    const report = await digest(dayOffset(dueDay, -3));
    expect(report).toMatchObject({ sent: 2, alreadySent: 0, failed: 0, failedAgencies: [] });
    // Never the unit concerned, another agency, a disabled account, a custodian or an executive of an officer's case.
    expect(recipients(sent)).toEqual(['officer-a@example.org', 'officer-b@example.org']);
    for (const mail of sent) {
      for (const reference of references) expect(mail.text).toContain(reference);
      expect(mail.subject).toContain('5 เรื่อง');
      expect(mail.id).toBe(`digest#${dayOffset(dueDay, -3)}#${mail.to.split('@')[0]}`);
    }
  });

  it('sends nothing on a day with no deadline near or missed', async () => {
    const { memory, sent, digest, file } = world();
    const { reference } = await file(anonymousComplaint());
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    expect(await digest(dayOffset(dueDay, -1))).toMatchObject({ sent: 0, failed: 0 });
    expect(await digest(dayOffset(dueDay, 2))).toMatchObject({ sent: 0, failed: 0 });
    expect(sent).toHaveLength(0);
  });

  it('never lists a case to a member with a declared conflict, and a complaint about the handlers to custodians only', async () => {
    const { memory, sent, digest, file } = world();
    const conflicted = (await file(anonymousComplaint())).reference;
    const aboutHandlers = (await file(anonymousComplaint({ concernsHandlers: true }))).reference;
    const at = '2026-11-27T03:00:00.000Z';
    await memory.complaints.declareConflict({
      reference: conflicted,
      declaration: { staff: 'officer-b', at, reason: 'เป็นญาติกับผู้ถูกร้องเรียน' },
      audit: { id: 'audit-1', at, agency: 'bma-health', actor: 'officer-b', role: 'officer', action: 'case.conflict', reference: conflicted },
    });
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(conflicted)!.complaint!.acknowledgeBy));
    await digest(dayOffset(dueDay, 1));
    const byRecipient = new Map(sent.map((mail) => [mail.to, textOf(mail)]));
    expect([...byRecipient.keys()].sort()).toEqual(['custodian@example.org', 'officer-a@example.org', 'officer-in-unit@example.org']);
    expect(byRecipient.get('officer-a@example.org')).toContain(conflicted);
    expect(byRecipient.get('officer-a@example.org')).not.toContain(aboutHandlers);
    expect(byRecipient.get('custodian@example.org')).toContain(aboutHandlers);
    expect(byRecipient.get('custodian@example.org')).not.toContain(conflicted);
  });

  it('lists an assigned case to its assignee alone', async () => {
    const { memory, sent, digest, file } = world();
    const { reference } = await file(anonymousComplaint());
    const at = '2026-11-27T03:00:00.000Z';
    await memory.complaints.assign({ reference, assignee: 'officer-b', assignedAt: at, audit: { id: 'audit-2', at, agency: 'bma-health', actor: 'custodian', role: 'custodian', action: 'case.assign', reference } });
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    await digest(dayOffset(dueDay, -3));
    expect(recipients(sent)).toEqual(['officer-b@example.org']);
  });

  it('carries the reference, category and due day, never the text, subject or identity', async () => {
    const { memory, sent, digest, file } = world();
    const { reference } = await file({ ...identifiedComplaint('MARKER-NAME'), unit: 'pharmacy', subject: 'MARKER-SUBJECT', description: 'MARKER-DESCRIPTION เรื่องยาว', accused: 'MARKER-ACCUSED' });
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    await digest(dayOffset(dueDay, -3));
    expect(sent).toHaveLength(2);
    for (const mail of sent) {
      expect(textOf(mail)).toContain(reference);
      expect(textOf(mail)).toContain('ทุจริตการจัดซื้อจัดจ้าง');
      expect(textOf(mail)).toContain(`https://integrity.example.go.th/staff/case.html?ref=${reference}`);
      expect(textOf(mail)).not.toMatch(/MARKER|somchai@example.org|081-234-5678|1101700230708|ดินแดง/);
    }
  });

  it('sends nothing twice when the same day runs again, and sends a failed message on the next run', async () => {
    let failing = true;
    const { memory, sent, digest, file } = world({ fail: (mail) => failing && mail.to === 'officer-b@example.org' });
    const { reference } = await file(anonymousComplaint({ unit: 'pharmacy' }));
    const day = dayOffset(bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy)), -3);
    expect(await digest(day)).toMatchObject({ sent: 1, alreadySent: 0, failed: 1 });
    expect(recipients(sent)).toEqual(['officer-a@example.org']);
    expect(await digest(day)).toMatchObject({ sent: 0, alreadySent: 1, failed: 1 });
    failing = false;
    expect(await digest(day)).toMatchObject({ sent: 1, alreadySent: 1, failed: 0 });
    expect(await digest(day)).toMatchObject({ sent: 0, alreadySent: 2, failed: 0 });
    expect(recipients(sent)).toEqual(['officer-a@example.org', 'officer-b@example.org']);
  });

  it('runs for today in Bangkok when no day is given', async () => {
    const { memory, digest } = world();
    memory.advance(15 * 60 * 60); // 2026-11-27 03:00 UTC + 15 h = 2026-11-28 01:00 in Bangkok
    expect((await digest()).day).toBe('2026-11-28');
  });
});

describe('a member who chose the digest', () => {
  it('is not mailed at once but finds the new case in the next digest, once, even if the happening is replayed', async () => {
    const { memory, sent, preferences, pending, digest, deliver, file } = world();
    await preferences.set({ id: 'officer-a', agency: 'bma-health' }, { ...DEFAULT_PREFERENCES, 'case-new': 'digest' }, '2026-11-27T03:00:00.000Z');
    const { reference } = await file(anonymousComplaint({ unit: 'pharmacy' }));
    const happening = { key: `case-new#${reference}`, event: 'case-new' as const, reference };
    expect(await deliver(happening)).toEqual({ sent: 2, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(recipients(sent)).toEqual(['officer-b@example.org']);
    await deliver(happening);
    expect(await pending.list('officer-a')).toHaveLength(1);

    sent.length = 0;
    // The next morning: no deadline is near, yet the held line makes a digest for officer-a alone.
    memory.advance(24 * 60 * 60);
    expect(await digest()).toMatchObject({ sent: 1, failed: 0 });
    expect(recipients(sent)).toEqual(['officer-a@example.org']);
    expect(sent[0]!.text).toContain(reference);
    expect(sent[0]!.text).toContain('เรื่องร้องเรียนใหม่');
    expect(sent[0]!.subject).toContain('สรุปการแจ้งเตือน 1 รายการ');
    expect(await pending.list('officer-a')).toEqual([]);

    // Replayed after the digest carried it: held nothing again, so the next day's digest does not repeat it.
    await deliver(happening);
    memory.advance(24 * 60 * 60);
    sent.length = 0;
    expect(await digest()).toMatchObject({ sent: 0 });
    expect(sent).toHaveLength(0);
  });

  it("drops a held line about a case the member may no longer be told of (a conflict declared since)", async () => {
    const { memory, sent, preferences, pending, digest, deliver, file } = world();
    await preferences.set({ id: 'officer-a', agency: 'bma-health' }, { ...DEFAULT_PREFERENCES, 'reporter-activity': 'digest' }, '2026-11-27T03:00:00.000Z');
    const { reference } = await file(anonymousComplaint());
    await deliver({ key: `reporter-message#${reference}#m1`, event: 'reporter-message', reference });
    expect(await pending.list('officer-a')).toHaveLength(1);
    const at = '2026-11-27T04:00:00.000Z';
    await memory.complaints.declareConflict({
      reference,
      declaration: { staff: 'officer-a', at, reason: 'รู้จักผู้ถูกร้องเรียน' },
      audit: { id: 'audit-3', at, agency: 'bma-health', actor: 'officer-a', role: 'officer', action: 'case.conflict', reference },
    });
    sent.length = 0;
    memory.advance(24 * 60 * 60);
    await digest();
    expect(sent.filter((mail) => mail.to === 'officer-a@example.org')).toEqual([]);
    expect(await pending.list('officer-a')).toEqual([]);
  });

  it('tells executives a report awaits their sign-off, at once or in the digest as each chose', async () => {
    const { memory, sent, preferences, pending, digest, base } = world();
    const deliver = deliverReportAwaiting({ ...base, digest: { preferences, pending } });
    const notify = (report: { agency: string; period: string }) => deliver({ key: `report-awaiting#${report.agency}#${report.period}`, event: 'report-awaiting', ...report });
    expect(await notify({ agency: 'bma-health', period: '2570-Q1' })).toEqual({ sent: 1, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(recipients(sent)).toEqual(['executive@example.org']);
    expect(sent[0]!.subject).toContain('ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570');
    expect(await notify({ agency: 'bma-health', period: '2570-Q1' })).toEqual({ sent: 0, alreadySent: 1, failed: 0, suppressed: 0 });

    sent.length = 0;
    await preferences.set({ id: 'executive', agency: 'bma-health' }, { ...DEFAULT_PREFERENCES, 'report-sign-off': 'digest' }, '2026-11-27T03:00:00.000Z');
    await notify({ agency: 'bma-health', period: '2570-Q2' });
    expect(sent).toHaveLength(0);
    memory.advance(24 * 60 * 60);
    await digest();
    expect(recipients(sent)).toEqual(['executive@example.org']);
    expect(sent[0]!.text).toContain('ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2570');
    expect(sent[0]!.text).toContain('/staff/report.html?period=2570-Q2');
  });
});

describe("a member's language", () => {
  const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
  /** The words of a message, without the footer where the agency's own contact (its responsible unit) is as written. */
  const wordsOf = (mail: OutgoingMail) => `${mail.subject}\n${mail.text.split('\n--\n')[0]!}`;

  it('mails a member who chose English in English (new case, report awaiting sign-off, the digest), and one who chose nothing in Thai', async () => {
    const { memory, sent, preferences, pending, digest, deliver, file, base } = world();
    await preferences.set({ id: 'officer-a', agency: 'bma-health' }, { ...DEFAULT_PREFERENCES, language: 'en' }, '2026-11-27T03:00:00.000Z');
    await preferences.set({ id: 'executive', agency: 'bma-health' }, { ...DEFAULT_PREFERENCES, language: 'en' }, '2026-11-27T03:00:00.000Z');
    const { reference } = await file(anonymousComplaint({ unit: 'pharmacy', category: 'procurement' }));
    await deliver({ key: `case-new#${reference}`, event: 'case-new', reference });
    const byTo = (to: string) => sent.filter((mail) => mail.to === to);
    const [english] = byTo('officer-a@example.org');
    expect(english!.subject).toBe(`New complaint ${reference} (Health Department, Bangkok Metropolitan Administration)`);
    expect(english!.text).toContain('Type: Procurement fraud');
    // Common Era, the Buddhist-era year beside it.
    expect(english!.text).toMatch(/Acknowledge the reporter by: \d{1,2} [A-Z][a-z]+ 2026 \(B\.E\.\u00a02569\)/);
    expect(english!.text).toContain(`https://integrity.example.go.th/en/staff/case.html?ref=${reference}`);
    expect(english!.html).toContain('<html lang="en">');
    expect(wordsOf(english!)).not.toMatch(THAI_SCRIPT);
    const [thai] = byTo('officer-b@example.org');
    expect(thai!.subject).toBe(`เรื่องร้องเรียนใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`);
    expect(thai!.text).toContain(`https://integrity.example.go.th/staff/case.html?ref=${reference}`);

    const report = deliverReportAwaiting({ ...base, digest: { preferences, pending } });
    await report({ key: 'report-awaiting#bma-health#2570-Q1', event: 'report-awaiting', agency: 'bma-health', period: '2570-Q1' });
    const [awaiting] = byTo('executive@example.org');
    expect(awaiting!.subject).toBe('The report for quarter 1 of fiscal year 2027 (B.E.\u00a02570), October–December 2026 awaits your approval (Health Department, Bangkok Metropolitan Administration)');
    expect(awaiting!.text).toContain('https://integrity.example.go.th/en/staff/report.html?period=2570-Q1');
    expect(wordsOf(awaiting!)).not.toMatch(THAI_SCRIPT);

    sent.length = 0;
    const dueDay = bangkokDate(new Date(memory.complaints.cases.get(reference)!.complaint!.acknowledgeBy));
    await digest(dayOffset(dueDay, -3));
    const [daily] = byTo('officer-a@example.org');
    expect(daily!.subject).toMatch(/^Deadlines of 1 case, \d{1,2} [A-Z][a-z]+ 2026 \(B\.E\.\u00a02569\)$/);
    expect(daily!.text).toContain(`Reference ${reference} · Procurement fraud`);
    expect(daily!.text).toContain('Acknowledge the reporter by');
    expect(wordsOf(daily!)).not.toMatch(THAI_SCRIPT);
    expect(byTo('officer-b@example.org')[0]!.subject).toMatch(/^กำหนดเวลาเรื่องร้องเรียน 1 เรื่อง ประจำวันที่/);
  });
});
