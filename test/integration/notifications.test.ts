// Notifications over the local stack: a complaint filed over HTTP, the complaints table's write handing
// it to the notifier, the message delivered over SMTP and captured as an .eml; the officers who may be
// told get one each, no one else does, and no captured byte holds the complaint's text or identity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedMail, type CapturedMail } from '../support/captured-mail';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, notifications: true });
  await stack.context.staffDirectory.create({ email: 'officer-a@example.org', name: 'เจ้าหน้าที่ ก', agency: 'bma-health', unit: 'secretariat', roles: ['officer'] });
  await stack.context.staffDirectory.create({ email: 'officer-b@example.org', name: 'เจ้าหน้าที่ ข', agency: 'bma-health', roles: ['officer', 'custodian'] });
  await stack.context.staffDirectory.create({ email: 'pharmacy-officer@example.org', name: 'เจ้าหน้าที่ ค', agency: 'bma-health', unit: 'pharmacy', roles: ['officer'] });
  await stack.context.staffDirectory.create({ email: 'executive@example.org', name: 'ผู้บริหาร', agency: 'bma-health', roles: ['executive'] });
});
afterAll(() => stack.close());

async function mailbox(): Promise<CapturedMail[]> {
  await stack.notificationsSettled();
  return capturedMail(stack.mailDir);
}

const MARKERS = ['QXSUBJECTMARK', 'QXDESCRIPTIONMARK', 'QXACCUSEDMARK', 'QXLOCATIONMARK', 'QXNAMEMARK', 'qxreporter', 'QXADDRESSMARK', 'QXMESSAGEMARK', '0819998877', '1101700230708'];

describe('notifications over the local stack', () => {
  let reference = '';
  let secret = '';

  it("mails a new case to the agency's officers outside the unit concerned, once each", async () => {
    const filed = await post(
      stack.url,
      '/api/complaints',
      {
        category: 'procurement',
        subject: 'จัดซื้อ QXSUBJECTMARK',
        description: 'รายละเอียด QXDESCRIPTIONMARK ผู้ขายรายเดียว',
        accused: 'หัวหน้า QXACCUSEDMARK',
        location: 'อาคาร QXLOCATIONMARK',
        unit: 'pharmacy',
        reporter: { mode: 'identified', name: 'สมชาย QXNAMEMARK', email: 'qxreporter@example.org', phone: '0819998877', nationalId: '1101700230708', address: 'แขวง QXADDRESSMARK' },
      },
      { 'Idempotency-Key': 'notifications-test-complaint-0001' },
    );
    expect(filed.status).toBe(201);
    reference = filed.body.reference as string;
    secret = filed.body.secret as string;

    const mail = await mailbox();
    expect(mail.map((message) => message.to).sort()).toEqual(['officer-a@example.org', 'officer-b@example.org']);
    for (const message of mail) {
      expect(message.subject).toBe(`เรื่องร้องเรียนใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`);
      expect(message.decoded).toContain('ประเภท: ทุจริตการจัดซื้อจัดจ้าง');
      expect(message.decoded).toContain(`http://localhost:3000/staff/case.html?ref=${reference}`);
    }
  });

  it('sends nothing more when the same complaint is sent again with its key', async () => {
    const before = (await mailbox()).length;
    const again = await post(stack.url, '/api/complaints', { category: 'procurement', subject: 'จัดซื้อ QXSUBJECTMARK', description: 'รายละเอียด QXDESCRIPTIONMARK ผู้ขายรายเดียว', accused: 'หัวหน้า QXACCUSEDMARK', location: 'อาคาร QXLOCATIONMARK', unit: 'pharmacy', reporter: { mode: 'identified', name: 'สมชาย QXNAMEMARK', email: 'qxreporter@example.org', phone: '0819998877', nationalId: '1101700230708', address: 'แขวง QXADDRESSMARK' } }, { 'Idempotency-Key': 'notifications-test-complaint-0001' });
    expect(again.status).toBe(201);
    expect(again.body.reference).toBe(reference);
    // A faithful retry gets a fresh secret that replaces the first.
    secret = again.body.secret as string;
    expect(await mailbox()).toHaveLength(before);
  });

  it("tells the officers of a reporter's message, even when the SMTP server refuses the first tries", async () => {
    const before = await mailbox();
    stack.failMail(3);
    const sent = await post(stack.url, '/api/tracking/messages', { reference, secret, body: 'ข้อความ QXMESSAGEMARK' });
    expect(sent.status).toBe(201);
    const added = (await mailbox()).filter((message) => !before.some((old) => old.name === message.name));
    expect(added.map((message) => message.to).sort()).toEqual(['officer-a@example.org', 'officer-b@example.org']);
    for (const message of added) expect(message.subject).toBe(`ผู้ร้องเรียนส่งข้อความใหม่ เลขที่ ${reference} (สำนักอนามัย กรุงเทพมหานคร)`);
  });

  it('holds none of the text, subject, identity or message in any captured byte', async () => {
    const mail = await mailbox();
    expect(mail.length).toBe(4);
    for (const message of mail) {
      // The search finds what is there: the reference, raw and decoded, and the Thai words only decoded.
      expect(message.decoded).toContain(reference);
      expect(message.decoded).toContain('เลขที่เรื่อง');
      for (const marker of MARKERS) {
        expect(message.raw.includes(marker), `${marker} in ${message.name}`).toBe(false);
        expect(message.decoded.includes(marker), `${marker} decoded in ${message.name}`).toBe(false);
      }
    }
  });

  it('with 10 % of SMTP deliveries refused, 30 case events end with one message per intended recipient (90): 0 lost, 0 duplicated', { timeout: 120_000 }, async () => {
    const before = new Set((await mailbox()).map((message) => message.name));
    stack.failMailRate(0.1);
    const references: string[] = [];
    for (let index = 0; index < 15; index += 1) {
      const filed = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'เรียกรับเงิน', description: 'เจ้าหน้าที่เรียกเงินเพื่อเร่งงาน', reporter: { mode: 'anonymous' } });
      expect(filed.status).toBe(201);
      references.push(filed.body.reference as string);
      const sent = await post(stack.url, '/api/tracking/messages', { reference: filed.body.reference, secret: filed.body.secret, body: 'ข้อมูลเพิ่มเติม' });
      expect(sent.status).toBe(201);
    }
    const added = (await mailbox()).filter((message) => !before.has(message.name));
    stack.failMailRate(0);
    const delivered = added.map((message) => `${message.subject.split(' เลขที่ ')[0]}|${message.subject.match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0]}|${message.to}`).sort();
    const intended = references
      // No unit named: every officer of the agency may be told, the executive is not.
      .flatMap((ref) => ['เรื่องร้องเรียนใหม่', 'ผู้ร้องเรียนส่งข้อความใหม่'].flatMap((what) => ['officer-a@example.org', 'officer-b@example.org', 'pharmacy-officer@example.org'].map((to) => `${what}|${ref}|${to}`)))
      .sort();
    expect(delivered).toEqual(intended);
  });
});
