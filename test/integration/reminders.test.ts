// The daily digest over the local stack: complaints filed over HTTP into DynamoDB Local, a member's
// preference set over HTTP, then the job `npm run reminders` runs (runLocalDigests) delivering over real
// SMTP to the test stack's mail server. Read back from the .eml files: one digest per member and day,
// none to the unit concerned, nothing twice on a rerun, a refused message sent by the next run, and no
// byte of the complaints' text, subject or identity. A member who saved their choice from the English
// console page is mailed in English: the digest, and then a new case at once.
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localContexts } from '../../infra/local/local-context';
import { runLocalDigests } from '../../infra/local/local-reminders';
import type { StaffAccount } from '../../shared/domain/staff-directory';
import { bangkokDate } from '../../shared/rules/thai-time';
import { capturedMail, type CapturedMail } from '../support/captured-mail';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let contexts: ReturnType<typeof localContexts>;
const readUnits: { operation: string; units: number }[] = [];
const staff: Record<string, StaffAccount> = {};
const references: string[] = [];
let dueDay = '';

const MARKERS = ['QXSUBJECTMARK', 'QXDESCRIPTIONMARK', 'QXACCUSEDMARK', 'QXLOCATIONMARK', 'QXNAMEMARK', 'qxreporter', 'QXADDRESSMARK', '0819998877', '1101700230708'];
const DAY_MS = 24 * 60 * 60 * 1000;
const dayOffset = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
const siteUrl = 'http://localhost:3000';

async function call(method: 'GET' | 'PUT', path: string, member: StaffAccount, body?: unknown) {
  const token = await stack.issuer.issue({ sub: member.id, roles: member.roles, agency: member.agency, ...(member.unit ? { unit: member.unit } : {}) });
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const digests = async (day: string): Promise<CapturedMail[]> => {
  await stack.notificationsSettled();
  return (await capturedMail(stack.mailDir)).filter((mail) => mail.messageId.startsWith(`<digest_${day}_`));
};

const run = (day: string) => runLocalDigests(contexts, { smtpPort: stack.smtpPort, siteUrl, day });

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, notifications: true });
  // The job's own adapters on the stack's tables and data folder, as `npm run reminders` makes them.
  contexts = localContexts({
    dynamoEndpoint: inject('dynamoEndpoint'),
    dataDir: stack.dataDir,
    tablePrefix: stack.tablePrefix,
    onCapacity: (operation, consumed) => readUnits.push({ operation, units: consumed.reduce((sum, item) => sum + (item.CapacityUnits ?? 0), 0) }),
  });
  const create = (key: string, email: string, roles: StaffAccount['roles'], unit?: string) =>
    stack.context.staffDirectory.create({ email, name: key, agency: 'bma-health', roles, ...(unit ? { unit } : {}) }).then((account) => (staff[key] = account));
  await create('officer-a', 'officer-a@example.org', ['officer'], 'secretariat');
  await create('officer-b', 'officer-b@example.org', ['officer']);
  await create('pharmacy', 'pharmacy-officer@example.org', ['officer'], 'pharmacy');
  await create('executive', 'executive@example.org', ['executive']);
});
afterAll(() => stack.close());

describe('notification preferences over HTTP', () => {
  it("reads the defaults, saves a member's own choice and reads it back", async () => {
    expect(await call('GET', '/api/me/notification-preferences', staff['officer-b']!)).toEqual({ status: 200, body: { 'case-new': 'immediate', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: 'th' } });
    // officer-b saves from the English console page, which sends its language with the choice.
    const saved = await call('PUT', '/api/me/notification-preferences', staff['officer-b']!, { 'case-new': 'digest', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: 'en' });
    expect(saved).toEqual({ status: 200, body: { 'case-new': 'digest', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: 'en' } });
    expect((await call('GET', '/api/me/notification-preferences', staff['officer-b']!)).body).toMatchObject({ 'case-new': 'digest', language: 'en' });
    // Another member's choices are their own.
    expect((await call('GET', '/api/me/notification-preferences', staff['officer-a']!)).body).toMatchObject({ 'case-new': 'immediate', language: 'th' });
  });

  it('refuses an unknown mode, a missing kind or an unknown kind with 400 naming the field', async () => {
    const bad = await call('PUT', '/api/me/notification-preferences', staff['officer-a']!, { 'case-new': 'weekly', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body.case-new');
    expect((await call('PUT', '/api/me/notification-preferences', staff['officer-a']!, { 'case-new': 'digest' })).status).toBe(400);
    expect((await call('PUT', '/api/me/notification-preferences', staff['officer-a']!, { 'case-new': 'digest', 'reporter-activity': 'digest', 'report-sign-off': 'digest', deadlines: 'immediate' })).status).toBe(400);
    const language = await call('PUT', '/api/me/notification-preferences', staff['officer-a']!, { 'case-new': 'digest', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: 'fr' });
    expect(language.status).toBe(400);
    expect(Object.keys((language.body.error as { fields: Record<string, string> }).fields)).toEqual(['body.language']);
    expect((await call('GET', '/api/me/notification-preferences', staff['officer-a']!)).body['case-new']).toBe('immediate');
  });
});

describe('the daily digest over the local stack', () => {
  it('mails each member who may be told one digest listing every case, the held new cases included', async () => {
    for (let index = 0; index < 3; index += 1) {
      const filed = await post(stack.url, '/api/complaints', {
        category: 'procurement',
        subject: `จัดซื้อ QXSUBJECTMARK ${index}`,
        description: 'รายละเอียด QXDESCRIPTIONMARK ผู้ขายรายเดียว',
        accused: 'หัวหน้า QXACCUSEDMARK',
        location: 'อาคาร QXLOCATIONMARK',
        unit: 'pharmacy',
        reporter: { mode: 'identified', name: 'สมชาย QXNAMEMARK', email: 'qxreporter@example.org', phone: '0819998877', nationalId: '1101700230708', address: 'แขวง QXADDRESSMARK' },
      });
      expect(filed.status).toBe(201);
      references.push(filed.body.reference as string);
    }
    await stack.notificationsSettled();
    // officer-b chose the digest for new cases: only officer-a was mailed at once.
    const immediate = (await capturedMail(stack.mailDir)).filter((mail) => mail.messageId.startsWith('<case-new_'));
    expect(immediate.map((mail) => mail.to)).toEqual(['officer-a@example.org', 'officer-a@example.org', 'officer-a@example.org']);

    const { complaint } = await stack.context.complaints.loadCaseFile(references[0]!, { system: 'notifier' });
    dueDay = bangkokDate(new Date(complaint!.acknowledgeBy));
    const day = dayOffset(dueDay, -3);
    const report = await run(day);
    expect(report).toMatchObject({ day, sent: 2, alreadySent: 0, failed: 0, failedAgencies: [] });

    const mail = await digests(day);
    expect(mail.map((message) => message.to).sort()).toEqual(['officer-a@example.org', 'officer-b@example.org']);
    const thai = mail.find((message) => message.to === 'officer-a@example.org')!;
    for (const reference of references) expect(thai.decoded).toContain(`${siteUrl}/staff/case.html?ref=${reference}`);
    expect(thai.decoded).toContain('ทุจริตการจัดซื้อจัดจ้าง');
    expect(thai.decoded).toContain('ต้องตอบรับผู้ร้องเรียนภายใน');
    // officer-b chose in English: the digest, its held new cases and its links are English.
    const held = mail.find((message) => message.to === 'officer-b@example.org')!;
    expect(held.subject).toMatch(/^Summary of 3 notifications and deadlines of 3 cases, \d{1,2} [A-Z][a-z]+ \d{4} \(B\.E\.\u00a0\d{4}\)$/);
    for (const reference of references) expect(held.decoded).toContain(`${siteUrl}/en/staff/case.html?ref=${reference}`);
    expect(held.decoded).toContain('Procurement fraud');
    expect(held.decoded).toContain('Acknowledge the reporter by');
    expect(held.decoded).toContain('New complaint');
    expect(held.decoded).not.toContain('ต้องตอบรับผู้ร้องเรียนภายใน');
  });

  it('sends nothing twice when the same day runs again', async () => {
    const day = dayOffset(dueDay, -3);
    expect(await run(day)).toMatchObject({ sent: 0, alreadySent: 2, failed: 0 });
    expect(await digests(day)).toHaveLength(2);
  });

  it('announces the missed deadline on the day after it, sends a refused message on the next run, and nothing the day after', async () => {
    const missedDay = dayOffset(dueDay, 1);
    stack.failMail(1);
    expect(await run(missedDay)).toMatchObject({ sent: 1, failed: 1 });
    expect(await digests(missedDay)).toHaveLength(1);
    expect(await run(missedDay)).toMatchObject({ sent: 1, alreadySent: 1, failed: 0 });
    const mail = await digests(missedDay);
    expect(mail.map((message) => message.to).sort()).toEqual(['officer-a@example.org', 'officer-b@example.org']);
    expect(mail.find((message) => message.to === 'officer-a@example.org')!.decoded).toContain('เลยกำหนดตอบรับผู้ร้องเรียนแล้ว');
    expect(mail.find((message) => message.to === 'officer-b@example.org')!.decoded).toContain('Acknowledgement overdue');

    expect(await run(dayOffset(dueDay, 2))).toMatchObject({ sent: 0, failed: 0 });
    expect(await digests(dayOffset(dueDay, 2))).toHaveLength(0);
  });

  it('holds none of the text, subject or identity in any captured byte, and reads the open cases in a few read units', async () => {
    const all = await capturedMail(stack.mailDir);
    expect(all.length).toBeGreaterThan(0);
    for (const message of all) {
      expect(message.to).not.toBe('pharmacy-officer@example.org');
      for (const marker of MARKERS) {
        expect(message.raw.includes(marker), `${marker} in ${message.name}`).toBe(false);
        expect(message.decoded.includes(marker), `${marker} decoded in ${message.name}`).toBe(false);
      }
    }
    const openCaseReads = readUnits.filter((read) => read.operation === 'digest.open-cases');
    // One Query per agency and run, each one page of small index items: the least a Query is charged.
    expect(openCaseReads.length).toBeGreaterThan(0);
    // (DynamoDB Local reports an agency with no cases in the index as 0.)
    for (const read of openCaseReads) expect(read.units).toBeLessThanOrEqual(0.5);
    expect(Math.max(...openCaseReads.map((read) => read.units))).toBe(0.5);
  });

  it('mails a new case at once in English to the member who chose so from the English page, and in Thai to the others', async () => {
    const chosen = await call('PUT', '/api/me/notification-preferences', staff['officer-b']!, { 'case-new': 'immediate', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: 'en' });
    expect(chosen.status).toBe(200);
    const filed = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'เรียกรับเงิน', description: 'เจ้าหน้าที่เรียกเงินเพื่อเร่งงาน', unit: 'pharmacy', reporter: { mode: 'anonymous' } });
    expect(filed.status).toBe(201);
    const reference = filed.body.reference as string;
    await stack.notificationsSettled();
    const told = (await capturedMail(stack.mailDir)).filter((mail) => mail.messageId.startsWith(`<case-new_${reference}_`));
    expect(told.map((mail) => `${mail.to}|${mail.subject}`).sort()).toEqual([
      `officer-a@example.org|เรื่องร้องเรียนใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`,
      `officer-b@example.org|New complaint ${reference} (Health Department, Bangkok Metropolitan Administration)`,
    ]);
    const english = told.find((mail) => mail.to === 'officer-b@example.org')!;
    expect(english.decoded).toContain('Type: Bribery / improper benefits');
    expect(english.decoded).toContain(`${siteUrl}/en/staff/case.html?ref=${reference}`);
    expect(english.decoded).toMatch(/Acknowledge the reporter by: \d{1,2} [A-Z][a-z]+ \d{4} \(B\.E\.\u00a0\d{4}\)/);
  });
});
