// A reporter's news over the local stack, with the real SMTP server: a reporter leaves an address, an
// officer writes and moves the case on, and the "news" .eml arrives (saying nothing of the case); the
// reporter replies and sends a file, and the assignee's .eml arrives (never the file's name). No
// captured byte holds the complaint's text, subject, identity, file name or secret; the address is in
// no staff answer and no audit entry; and the stop link stops the news. A reporter who opted in on an
// English page gets the news in English with the English stop page, and nothing a member of staff can
// read (answers, audit, the case's item in the table) tells that they used English.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { complaintKeys } from '../../shared/adapters/dynamodb/keys';
import { complaintsTable } from '../../shared/adapters/dynamodb/tables';
import { applyRetention } from '../../shared/domain/use-cases/custody';
import type { StaffRole } from '../../shared/domain/staff';
import { capturedMail, type CapturedMail } from '../support/captured-mail';
import type { Answer } from '../support/http';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let assignee = '';

const NEWS_ADDRESS = 'qxnewsbox@example.net';
const MARKERS = ['QXSUBJECTMARK', 'QXDESCRIPTIONMARK', 'QXNAMEMARK', 'qxidentity', '0817776655', 'QXADDRESSMARK', 'QXREPLYMARK', 'QXFILENAMEMARK', 'QXOFFICERMARK', 'QXNOTEMARK'];

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, notifications: true });
  const account = await stack.context.staffDirectory.create({ email: 'assignee@example.org', name: 'เจ้าหน้าที่ผู้รับผิดชอบ', agency: 'bma-health', roles: ['officer'] });
  await stack.context.staffDirectory.create({ email: 'other-officer@example.org', name: 'เจ้าหน้าที่อื่น', agency: 'bma-health', roles: ['officer'] });
  assignee = account.id;
});
afterAll(() => stack.close());

const token = (roles: StaffRole[], sub = `staff-${roles.join('-')}`) => stack.issuer.issue({ sub, roles, agency: 'bma-health' });

async function call(method: string, path: string, bearer: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (response.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
}

/** Every captured message, its raw text searched too (headers such as List-Unsubscribe and Message-ID). */
async function mailbox(): Promise<CapturedMail[]> {
  await stack.notificationsSettled();
  return (await capturedMail(stack.mailDir)).map((mail) => ({ ...mail, decoded: `${mail.decoded}\n${mail.raw.toString('utf8')}` }));
}

const NEWS_SUBJECT = 'มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้';
const newsMail = async () => (await mailbox()).filter((message) => message.to.includes(NEWS_ADDRESS));

describe("a reporter's news over the local stack", () => {
  let reference = '';
  let secret = '';
  let officer = '';

  it('takes the address of a reporter who chose news, and refuses a bad one naming the field', async () => {
    const bad = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'ทดสอบ', description: 'ทดสอบที่อยู่อีเมล', reporter: { mode: 'anonymous' }, notifyEmail: 'not an address', acceptsEmailRisk: true });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toContain('body.notifyEmail');
    const unwarned = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'ทดสอบ', description: 'ทดสอบที่อยู่อีเมล', reporter: { mode: 'anonymous' }, notifyEmail: NEWS_ADDRESS });
    expect(unwarned.status).toBe(400);
    expect(Object.keys(unwarned.body.error.fields)).toEqual(['body.acceptsEmailRisk']);

    const filed = await post(
      stack.url,
      '/api/complaints',
      {
        category: 'procurement',
        subject: 'จัดซื้อ QXSUBJECTMARK',
        description: 'รายละเอียด QXDESCRIPTIONMARK',
        reporter: { mode: 'identified', name: 'สมใจ QXNAMEMARK', email: 'qxidentity@example.org', phone: '0817776655', address: 'แขวง QXADDRESSMARK' },
        notifyEmail: NEWS_ADDRESS,
      },
      { 'Idempotency-Key': 'reporter-news-complaint-0001' },
    );
    expect(filed.status).toBe(201);
    ({ reference, secret } = filed.body as { reference: string; secret: string });
    officer = await token(['officer'], assignee);
    const assigned = await call('POST', `/api/cases/${reference}/assignment`, await token(['supervisor']), { assignee });
    expect(assigned.status).toBe(200);
    // Filing tells staff; the reporter hears nothing of their own action.
    expect(await newsMail()).toEqual([]);
  });

  it("mails the reporter that there is news when an officer writes, and again when the status changes, saying nothing more", async () => {
    const sent = await call('POST', `/api/cases/${reference}/messages`, officer, { body: 'คำถาม QXOFFICERMARK' });
    expect(sent.status).toBe(201);
    expect(await newsMail()).toHaveLength(1);
    const moved = await call('POST', `/api/cases/${reference}/transitions`, officer, { to: 'acknowledged', publicNote: 'บันทึก QXNOTEMARK' });
    expect(moved.status).toBe(200);
    const news = await newsMail();
    expect(news).toHaveLength(2);
    for (const message of news) {
      expect(message.subject).toBe(NEWS_SUBJECT);
      expect(message.decoded).toMatch(/http:\/\/localhost:3000\/stop\.html#[A-Za-z0-9_-]{43}/);
      expect(message.decoded).toContain('http://localhost:3000/a/bma-health/track.html');
      // A header may be folded onto the next line.
      expect(message.raw.toString('utf8')).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost:3000\/stop\.html#[A-Za-z0-9_-]{43}>/m);
      // Not the reference, not the status.
      for (const never of [reference, 'ตอบรับและตรวจสอบเบื้องต้น']) expect(message.decoded.includes(never), never).toBe(false);
    }
  });

  it("tells the assignee alone of the reporter's reply and file, and the reporter nothing", async () => {
    const before = new Set((await mailbox()).map((message) => message.name));
    const reply = await post(stack.url, '/api/tracking/messages', { reference, secret, body: 'ตอบ QXREPLYMARK' });
    expect(reply.status).toBe(201);
    const slot = await post(stack.url, '/api/tracking/files', { reference, secret, name: 'QXFILENAMEMARK.pdf', mediaType: 'application/pdf', size: 1000 }, { 'idempotency-key': 'reporter-news-file-0001' });
    expect(slot.status).toBe(201);
    const added = (await mailbox()).filter((message) => !before.has(message.name));
    expect(added.map((message) => `${message.to}|${message.subject}`).sort()).toEqual([
      `assignee@example.org|ผู้ร้องเรียนส่งข้อความใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`,
      `assignee@example.org|ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`,
    ]);
  });

  it('holds none of the text, subject, identity, file name or secret in any captured byte, and the address only in the news', async () => {
    const mail = await mailbox();
    expect(mail.length).toBeGreaterThanOrEqual(5);
    for (const message of mail) {
      for (const marker of [...MARKERS, secret, secret.replace(/-/g, '')]) {
        expect(message.raw.includes(marker), `${marker} in ${message.name}`).toBe(false);
        expect(message.decoded.includes(marker), `${marker} decoded in ${message.name}`).toBe(false);
      }
      if (!message.to.includes(NEWS_ADDRESS)) expect(message.raw.includes(NEWS_ADDRESS), message.name).toBe(false);
    }
  });

  it('never shows the address to staff: not in the queue, the case, the revealed identity, nor any audit entry', async () => {
    const custodian = await token(['custodian']);
    const admin = await token(['admin']);
    const answers = [
      await call('GET', '/api/cases', officer),
      await call('GET', `/api/cases/${reference}`, officer),
      await call('GET', `/api/cases/${reference}`, custodian),
      await call('POST', `/api/cases/${reference}/identity-reveals`, custodian, { reason: 'ต้องติดต่อผู้ร้องเรียนเพื่อขอเอกสารเพิ่มเติมตามคำสั่ง' }),
      await call('GET', `/api/cases/${reference}/audit`, custodian),
      await call('GET', '/api/audit', admin),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // The identity the reporter typed is revealed; the news address is not part of it.
    expect(JSON.stringify(answers[3]!.body)).toContain('qxidentity@example.org');
    for (const answer of answers) {
      const text = JSON.stringify(answer.body);
      expect(text).not.toContain(NEWS_ADDRESS);
      expect(text).not.toContain('sealedContact');
      expect(text).not.toContain('stopTokenHash');
    }
  });

  it('stops the news with the link: later news is not mailed, and stopping again answers the same', async () => {
    const [first] = await newsMail();
    const stopToken = /stop\.html#([A-Za-z0-9_-]{43})/.exec(first!.decoded)?.[1];
    expect(stopToken).toBeDefined();
    const bad = await post(stack.url, '/api/notifications/stop', { token: 'not-a-token' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['body.token']);
    const stopped = await post(stack.url, '/api/notifications/stop', { token: stopToken });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ stopped: true });
    const again = await post(stack.url, '/api/notifications/stop', { token: stopToken });
    const unknown = await post(stack.url, '/api/notifications/stop', { token: 'Z'.repeat(43) });
    expect([again.status, again.body, unknown.status, unknown.body]).toEqual([200, { stopped: true }, 200, { stopped: true }]);

    const sent = await call('POST', `/api/cases/${reference}/messages`, officer, { body: 'อีกคำถามหนึ่ง' });
    expect(sent.status).toBe(201);
    expect(await newsMail()).toHaveLength(2);
  });

  it('loses the sealed address when retention destroys the case', async () => {
    const filed = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'ทดสอบ', description: 'ทดสอบการลบ', reporter: { mode: 'anonymous' }, notifyEmail: 'qxlater@example.net', acceptsEmailRisk: true });
    expect(filed.status).toBe(201);
    const later = filed.body.reference as string;
    for (const to of ['acknowledged', 'investigating', 'referred']) expect((await call('POST', `/api/cases/${later}/transitions`, officer, { to })).status).toBe(200);
    expect((await stack.context.complaints.loadCaseFile(later, { system: 'repository' })).complaint?.sealedContact).toBeInstanceOf(Uint8Array);
    const sixYearsOn = new Date(Date.now() + 6 * 366 * 24 * 60 * 60 * 1000);
    await applyRetention({ ...stack.context, clock: { now: () => sixYearsOn } })();
    const destroyed = (await stack.context.complaints.loadCaseFile(later, { system: 'repository' })).complaint!;
    expect(destroyed.destroyedAt).toBe(sixYearsOn.toISOString());
    expect(destroyed).not.toHaveProperty('sealedContact');
    expect(destroyed).not.toHaveProperty('stopTokenHash');
  });
});

describe("a reporter's news in the language of the page they reported from", () => {
  const ENGLISH_ADDRESS = 'qxenglish@example.net'; // as long as the Thai one, so the sealed sizes compare
  const THAI_ADDRESS = 'qxthaibox@example.net';
  const filed: Record<'en' | 'th', string> = { en: '', th: '' };

  /** The case's item as an insider with access to the table reads it. */
  async function rawItem(reference: string) {
    const client = localDynamoClient(inject('dynamoEndpoint'), 1);
    const { PK, SK } = complaintKeys.complaint(reference);
    const output = await client.send(new GetItemCommand({ TableName: localTableName(complaintsTable, stack.tablePrefix), Key: { PK: { S: PK }, SK: { S: SK } }, ConsistentRead: true }));
    return output.Item!;
  }

  it('mails the English opt-in in English with the English stop page, and the Thai one in Thai', async () => {
    const officer = await token(['officer'], assignee);
    for (const [language, address] of [['en', ENGLISH_ADDRESS], ['th', THAI_ADDRESS]] as const) {
      const answer = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'ทดสอบภาษา', description: 'ทดสอบภาษาของอีเมล', reporter: { mode: 'anonymous' }, notifyEmail: address, acceptsEmailRisk: true, language });
      expect(answer.status).toBe(201);
      filed[language] = answer.body.reference as string;
      expect((await call('POST', `/api/cases/${filed[language]}/messages`, officer, { body: 'คำถาม' })).status).toBe(201);
    }
    const mail = await mailbox();
    const [english] = mail.filter((message) => message.to.includes(ENGLISH_ADDRESS));
    expect(english!.subject).toBe('There is news on your report');
    expect(english!.decoded).toMatch(/http:\/\/localhost:3000\/en\/stop\.html#[A-Za-z0-9_-]{43}/);
    expect(english!.decoded).toContain('http://localhost:3000/a/bma-health/en/track.html');
    expect(english!.raw.toString('utf8')).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost:3000\/en\/stop\.html#[A-Za-z0-9_-]{43}>/m);
    expect(english!.decoded).not.toContain(filed.en);
    const [thai] = mail.filter((message) => message.to.includes(THAI_ADDRESS));
    expect(thai!.subject).toBe(NEWS_SUBJECT);
    expect(thai!.decoded).toMatch(/http:\/\/localhost:3000\/stop\.html#[A-Za-z0-9_-]{43}/);
    expect(thai!.decoded).not.toContain('/en/');
  });

  it('tells no member of staff that the reporter used English: not the case, the queue, a change of status, the audit, nor the item in the table', async () => {
    const officer = await token(['officer'], assignee);
    const custodian = await token(['custodian']);
    const admin = await token(['admin']);
    const reference = filed.en;
    const answers = [
      await call('GET', '/api/cases', officer),
      await call('GET', `/api/cases/${reference}`, officer),
      await call('GET', `/api/cases/${reference}`, custodian),
      await call('POST', `/api/cases/${reference}/transitions`, officer, { to: 'acknowledged' }),
      await call('GET', `/api/cases/${reference}/audit`, custodian),
      await call('GET', '/api/audit', admin),
    ];
    // (The export's ZIP is built from the same case view: test/unit/reporter-news.test.ts reads it.)
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const answer of answers) {
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      expect(text).not.toMatch(/language/i);
      expect(text).not.toContain('"en"');
    }
    const [english, thai] = [await rawItem(filed.en), await rawItem(filed.th)];
    expect(Object.keys(english)).not.toContain('language');
    expect(JSON.stringify({ ...english, sealedContact: undefined })).not.toMatch(/language|"en"/);
    // Sealed with the address: as long as a Thai reporter's, so its size tells nothing either.
    expect(english.sealedContact!.B!.length).toBe(thai.sealedContact!.B!.length);
  });
});
