// The public complaint channel end to end: Chromium drives the real pages served by the local stack,
// which runs the real handlers against DynamoDB Local. Assertions are about what a reporter sees
// (roles, labels, words) and about what must never happen (a secret in a URL or in storage, a CSP
// violation, a complaint filed twice).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

// The reporter-facing sentences of docs/glossary.md, written out here so the test does not trust the pages' own copy.
const RECEIPT_WARNING = 'โปรดจดหรือพิมพ์รหัสลับนี้เก็บไว้ในที่ปลอดภัย ระบบจะแสดงรหัสนี้เพียงครั้งเดียว และไม่สามารถกู้คืนได้';
const ANONYMOUS_GUIDANCE = 'หากต้องการไม่เปิดเผยตัวตน อย่าระบุชื่อ เบอร์โทรศัพท์ หรือข้อมูลที่ทำให้ระบุตัวท่านได้ในรายละเอียดเรื่อง';
const IDENTITY_PROTECTION = 'ข้อมูลตัวตนของท่านจะถูกเข้ารหัส และเปิดดูได้เฉพาะผู้ที่ได้รับอนุญาตเมื่อจำเป็นเท่านั้น โดยทุกครั้งจะถูกบันทึกไว้';
const NOT_CORRECT = 'เลขที่เรื่องหรือรหัสลับไม่ถูกต้อง';
const LOCKOUT_MAX_FAILURES = 3;

const buddhistDate = (iso: string) =>
  new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'Asia/Bangkok' }).format(new Date(iso));

/** A Thai national ID with a correct check digit, built from twelve digits. */
function nationalId(first12: string): string {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

let stack: TestStack;
let browser: Browser;
let screenshotDir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startTestStack({ env: { LOCKOUT_MAX_FAILURES: String(LOCKOUT_MAX_FAILURES) } }),
    launchBrowser(),
  ]);
  screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'complaint-channel-shots-'));
  mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const complaintPosts = (requests: Request[]) => requests.filter((request) => request.method() === 'POST' && request.url().endsWith('/api/complaints'));

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** The value shown beside a term of a description list (<dt>/<dd>), as a reader pairs them. */
const definitionOf = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

interface ComplaintInput {
  category: string;
  subject: string;
  description: string;
}

async function fillComplaint(page: Page, input: ComplaintInput) {
  await page.getByRole('radio', { name: input.category }).check();
  await page.getByLabel('หัวข้อเรื่อง').fill(input.subject);
  await page.getByLabel('รายละเอียดเรื่อง').fill(input.description);
}

async function submitComplaint(page: Page) {
  const response = page.waitForResponse((candidate) => candidate.url().endsWith('/api/complaints'));
  await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
  return response;
}

async function readReceipt(page: Page) {
  const receipt = page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' });
  await receipt.waitFor();
  const reference = (await definitionOf(receipt, 'เลขที่เรื่อง').innerText()).trim();
  const secret = (await definitionOf(receipt, 'รหัสลับสำหรับติดตามเรื่อง').innerText()).trim();
  return { receipt, reference, secret };
}

async function openTracking(page: Page, reference: string, secret: string) {
  await page.getByLabel('เลขที่เรื่อง').fill(reference);
  await page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(secret);
  const response = page.waitForResponse((candidate) => candidate.url().endsWith('/api/tracking'));
  await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
  return response;
}

describe('the public complaint channel', () => {
  it('files an identified complaint, shows the receipt once, and tracks it with a reply', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const requests = recordRequests(page);
    const reporter = { name: 'สมหญิง ใจกล้า', phone: '081 234 5678', email: 'somying@example.com', nationalId: nationalId('110170020345') };
    const subject = 'เรียกเงินเพื่อเร่งออกใบอนุญาตจำหน่ายอาหาร';

    // / is the finder now; the default agency's channel home is its /a/{id}/ address.
    await page.goto(`${stack.url}/a/bma-health/`);
    await page.getByRole('heading', { level: 1, name: 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
    expect(await page.getByText('แยกจากช่องทางร้องเรียนทั่วไป').first().isVisible()).toBe(true);
    await page.getByRole('link', { name: 'ร้องเรียนการทุจริต', exact: true }).click();
    await page.waitForURL('**/a/bma-health/report.html');

    await fillComplaint(page, {
      category: 'เรียกรับสินบน / ผลประโยชน์',
      subject,
      description: 'เจ้าหน้าที่ฝ่ายสุขาภิบาลอาหารเรียกเงิน 5,000 บาท เพื่อให้ออกใบอนุญาตเร็วขึ้น มีพยานคือพนักงานในร้าน 2 คน',
    });
    expect(await page.getByText(`ใช้ไปแล้ว ${[...subject].length} จาก 200 ตัวอักษร`).isVisible()).toBe(true);
    await page.getByLabel('วันที่', { exact: true }).fill('5');
    await page.getByLabel('เดือน', { exact: true }).selectOption({ label: 'มีนาคม' });
    await page.getByLabel('ปี พ.ศ.').fill('2568');
    await page.getByLabel('สถานที่เกิดเหตุ').fill('ศูนย์บริการสาธารณสุข 9 ประชาธิปไตย');
    await page.getByLabel('ผู้ถูกร้องเรียน').fill('เจ้าพนักงานสาธารณสุข ฝ่ายสุขาภิบาลอาหาร');

    // Identity fields stay hidden until the reporter chooses to be identified.
    expect(await page.getByLabel('ชื่อ–นามสกุล').isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'เปิดเผยตัวตน', exact: true }).check();
    expect(await page.getByText(IDENTITY_PROTECTION, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(ANONYMOUS_GUIDANCE, { exact: true }).isVisible()).toBe(false);
    await page.getByLabel('ชื่อ–นามสกุล').fill(reporter.name);
    await page.getByLabel('เบอร์โทรศัพท์').fill(reporter.phone);
    await page.getByRole('textbox', { name: 'อีเมล (ไม่บังคับ)', exact: true }).fill(reporter.email);
    await page.getByLabel('เลขประจำตัวประชาชน').fill(reporter.nationalId);

    const response = await submitComplaint(page);
    expect(response.status()).toBe(201);
    const issued = (await response.json()) as { reference: string; secret: string; receivedAt: string; acknowledgeBy: string };
    expect(response.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(JSON.parse(response.request().postData() ?? '{}')).toMatchObject({
      agency: 'bma-health',
      category: 'bribery',
      incidentDate: '2025-03-05',
      reporter: { mode: 'identified', name: reporter.name, nationalId: reporter.nationalId },
    });

    // The receipt: both codes, the warning word for word, the acknowledgement date in the Buddhist era.
    const { receipt, reference, secret } = await readReceipt(page);
    expect(reference).toBe(issued.reference);
    expect(secret).toBe(issued.secret);
    expect(await receipt.getByText(RECEIPT_WARNING, { exact: true }).isVisible()).toBe(true);
    expect(await definitionOf(receipt, 'เจ้าหน้าที่จะตอบรับเรื่องภายในวันที่').innerText()).toBe(buddhistDate(issued.acknowledgeBy));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('receipt');
    // The form and what was typed into it are gone from the page.
    expect(await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).count()).toBe(0);
    const html = await page.content();
    for (const typed of [reporter.name, reporter.phone, reporter.email, reporter.nationalId, subject]) expect(html).not.toContain(typed);
    await page.screenshot({ path: join(screenshotDir, 'receipt.png'), fullPage: true });

    // Save as a text file: the download holds both codes and the warning.
    const download = page.waitForEvent('download');
    await receipt.getByRole('button', { name: 'บันทึกเป็นไฟล์ข้อความ' }).click();
    const saved = await readFile((await (await download).path()), 'utf8');
    expect(saved).toContain(`เลขที่เรื่อง: ${reference}`);
    expect(saved).toContain(`รหัสลับสำหรับติดตามเรื่อง: ${secret}`);
    expect(saved).toContain(RECEIPT_WARNING);

    // Copy both codes.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
    await receipt.getByRole('button', { name: 'คัดลอกเลขที่เรื่องและรหัสลับ' }).click();
    await receipt.getByText('คัดลอกเลขที่เรื่องและรหัสลับแล้ว').waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(reference);
    expect(clipboard).toContain(secret);

    // Printed, the page carries the receipt and nothing else.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(secret).isVisible()).toBe(true);
    expect(await page.getByText(RECEIPT_WARNING).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'พิมพ์' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Tracking.
    await receipt.getByRole('link', { name: 'หน้าติดตามเรื่องร้องเรียน' }).click();
    await page.waitForURL('**/track.html');
    const tracked = await openTracking(page, reference.toLowerCase(), secret);
    expect(tracked.status()).toBe(200);
    const caseView = page.getByRole('region', { name: `เรื่องเลขที่ ${reference}` });
    await caseView.waitFor();
    expect(await caseView.getByText('สถานะปัจจุบัน').isVisible()).toBe(true);
    expect(await caseView.locator('.status-card').innerText()).toContain('รับเรื่องแล้ว');
    expect(await definitionOf(caseView, 'ประเภทเรื่อง').innerText()).toBe('เรียกรับสินบน / ผลประโยชน์');
    expect(await definitionOf(caseView, 'เจ้าหน้าที่จะตอบรับเรื่องภายในวันที่').innerText()).toBe(buddhistDate(issued.acknowledgeBy));
    const timeline = caseView.getByRole('list', { name: 'ความคืบหน้า' }).getByRole('listitem');
    expect(await timeline.count()).toBe(1);
    const firstEvent = await timeline.first().innerText();
    expect(firstEvent).toContain('รับเรื่องแล้ว');
    expect(firstEvent).toContain(buddhistDate(issued.receivedAt));
    expect(await caseView.getByText('ยังไม่มีข้อความ').isVisible()).toBe(true);
    // The secret was typed into the form only; once accepted, the inputs are empty.
    expect(await page.content()).not.toContain(secret);

    // A reply to the officers appears in the list, signed ท่าน.
    const reply = 'ขอเพิ่มเติมว่า มีใบเสร็จที่ไม่ได้ลงชื่อเก็บไว้ 1 ใบ';
    await caseView.getByLabel('ส่งข้อความถึงเจ้าหน้าที่').fill(reply);
    const sent = page.waitForResponse((candidate) => candidate.url().endsWith('/api/tracking/messages'));
    const refreshed = page.waitForResponse((candidate) => candidate.url().endsWith('/api/tracking'));
    await caseView.getByRole('button', { name: 'ส่งข้อความ' }).click();
    expect((await sent).status()).toBe(201);
    expect((await sent).request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    await refreshed;
    const messages = caseView.getByRole('list', { name: 'ข้อความ' }).getByRole('listitem');
    await messages.filter({ hasText: reply }).waitFor();
    expect(await messages.count()).toBe(1);
    expect(await messages.first().innerText()).toMatch(/^ท่าน · /);
    expect(await caseView.getByText('ยังไม่มีข้อความ').isVisible()).toBe(false);
    expect(await caseView.getByLabel('ส่งข้อความถึงเจ้าหน้าที่').inputValue()).toBe('');

    // An officer acknowledges the case with a note and writes back; the reporter sees both, signed เจ้าหน้าที่.
    const officer = { authorization: `Bearer ${await stack.issuer.issue({ sub: 'officer-somchai', roles: ['officer'], agency: 'bma-health' })}` };
    const casePath = `/api/cases/${encodeURIComponent(reference)}`;
    const note = 'ได้รับเรื่องแล้ว อยู่ระหว่างรวบรวมเอกสาร';
    const question = 'ขอทราบว่าใบเสร็จดังกล่าวออกเมื่อวันที่เท่าใด';
    expect((await post(stack.url, `${casePath}/transitions`, { to: 'acknowledged', publicNote: note }, officer)).status).toBe(200);
    expect((await post(stack.url, `${casePath}/messages`, { body: question }, officer)).status).toBe(201);
    const latest = page.waitForResponse((candidate) => candidate.url().endsWith('/api/tracking'));
    await caseView.getByRole('button', { name: 'ดูความคืบหน้าล่าสุด' }).click();
    await latest;
    await messages.filter({ hasText: question }).waitFor();
    expect(await caseView.locator('.status-card').innerText()).toContain('ตอบรับและตรวจสอบเบื้องต้น');
    expect(await timeline.count()).toBe(2);
    expect(await timeline.nth(1).innerText()).toContain('ตอบรับและตรวจสอบเบื้องต้น');
    expect(await timeline.nth(1).innerText()).toContain(note);
    // Once acknowledged, the page stops promising the acknowledgement and names the next update instead.
    expect(await definitionOf(caseView, 'เจ้าหน้าที่จะตอบรับเรื่องภายในวันที่').isVisible()).toBe(false);
    expect(await definitionOf(caseView, 'เจ้าหน้าที่จะแจ้งความคืบหน้าครั้งถัดไปภายในวันที่').innerText()).toMatch(/^\d{1,2} \S+ 25\d\d$/);
    expect(await messages.filter({ hasText: question }).innerText()).toMatch(/^เจ้าหน้าที่ · /);
    expect(await page.content()).not.toContain('somchai');
    await page.screenshot({ path: join(screenshotDir, 'tracking.png'), fullPage: true });

    // Signing out wipes the case and the credentials from the page.
    await page.getByRole('button', { name: 'ออกและล้างข้อมูลจากหน้านี้' }).click();
    await page.getByText('ล้างเลขที่เรื่องและรหัสลับออกจากหน้านี้แล้ว').first().waitFor();
    expect(await caseView.isVisible()).toBe(false);
    expect(await page.getByLabel('เลขที่เรื่อง').inputValue()).toBe('');
    expect(await page.content()).not.toContain(reference);

    // The secret never left the request bodies: not in a URL, storage or cookie.
    for (const request of requests) expect(request.url()).not.toContain(secret);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect(await context.cookies()).toEqual([]);
    // And the server's logs hold neither the secret nor what identifies the reporter.
    const logs = stack.logLines.join('\n');
    for (const value of [secret, reporter.name, reporter.phone, reporter.email, reporter.nationalId, subject, reply, question]) expect(logs).not.toContain(value);

    expectNoProblems(problems);
    await context.close();
  });

  it('files anonymously, then tells a wrong secret kindly, slows guessing after repeated failures and still lets the right secret in', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/report.html`);
    await fillComplaint(page, {
      category: 'ทุจริตการจัดซื้อจัดจ้าง',
      subject: 'กำหนดคุณสมบัติผู้เสนอราคาให้เอื้อบริษัทเดียว',
      description: 'ประกาศจัดซื้อเครื่องมือแพทย์กำหนดคุณสมบัติที่มีบริษัทเดียวทำได้',
    });
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    expect(await page.getByText(ANONYMOUS_GUIDANCE, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(IDENTITY_PROTECTION, { exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel('ชื่อ–นามสกุล').isVisible()).toBe(false);
    const response = await submitComplaint(page);
    expect(JSON.parse(response.request().postData() ?? '{}').reporter).toEqual({ mode: 'anonymous' });
    const { reference, secret } = await readReceipt(page);

    await page.goto(`${stack.url}/track`);
    const wrongSecret = secret.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
    for (let attempt = 1; attempt <= LOCKOUT_MAX_FAILURES; attempt += 1) {
      expect((await openTracking(page, reference, wrongSecret)).status()).toBe(401);
      const alert = page.getByRole('alert').filter({ hasText: NOT_CORRECT });
      await alert.waitFor();
      expect(await page.getByRole('region', { name: `เรื่องเลขที่ ${reference}` }).isVisible()).toBe(false);
    }

    // Past the limit a wrong secret waits; the page says for how long.
    expect((await openTracking(page, reference, wrongSecret)).status()).toBe(429);
    await page.getByRole('alert').filter({ hasText: /หรือลองใหม่ในอีกประมาณ \d+ นาที/ }).waitFor();
    // One message at a time: the lock replaces the "not correct" one.
    expect(await page.getByRole('alert').count()).toBe(1);
    // The right secret is never kept out by the wrong ones.
    expect((await openTracking(page, reference, secret)).status()).toBe(200);
    await page.getByRole('region', { name: `เรื่องเลขที่ ${reference}` }).waitFor();

    expectNoProblems(problems, [/status of 401/, /status of 429/]);
    await context.close();
  });

  it('lists what is missing on an empty form without sending it, and shows the fields the server refuses', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const requests = recordRequests(page);
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();

    const summary = page.locator('#error-summary');
    await summary.getByRole('heading', { name: 'โปรดแก้ไขข้อมูลต่อไปนี้' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'โปรดเลือกประเภทเรื่อง',
      'โปรดกรอกหัวข้อเรื่อง',
      'โปรดกรอกรายละเอียดเรื่อง',
      'โปรดเลือกว่าท่านต้องการเปิดเผยตัวตนหรือไม่',
    ]);
    // Each message is tied to its field, and a summary link puts the cursor in that field.
    const subject = page.getByLabel('หัวข้อเรื่อง');
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await subject.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain('subject-error');
    expect(await page.locator('#subject-error').innerText()).toContain('โปรดกรอกหัวข้อเรื่อง');
    await summary.getByRole('link', { name: 'โปรดกรอกหัวข้อเรื่อง' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('subject');
    expect(complaintPosts(requests)).toEqual([]);

    // A value the page lets through but the server refuses is named against its field in Thai.
    await fillComplaint(page, { category: 'อื่น ๆ', subject: 'ทดสอบ', description: 'รายละเอียดที่ครบถ้วน' });
    await page.getByRole('radio', { name: 'เปิดเผยตัวตน', exact: true }).check();
    await page.getByLabel('ชื่อ–นามสกุล').fill('ผู้ทดสอบ');
    await page.getByLabel('เบอร์โทรศัพท์').fill('02 123 4567');
    await page.route('**/api/complaints', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { reporter: Record<string, string> };
      body.reporter.phone = 'โทรหาได้ตลอด';
      await route.continue({ postData: JSON.stringify(body) });
    });
    const refused = await submitComplaint(page);
    expect(refused.status()).toBe(400);
    await summary.getByRole('link', { name: 'เบอร์โทรศัพท์ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง' }).waitFor();
    expect(await page.locator('#reporter-phone-error').innerText()).toContain('เบอร์โทรศัพท์ไม่ถูกต้อง');
    expect(await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).isVisible()).toBe(true);

    expectNoProblems(problems, [/status of 400/]);
    await context.close();
  });

  it('files once when the answer is lost and the reporter sends again, even after editing', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const requests = recordRequests(page);
    await page.goto(`${stack.url}/report.html`);
    await fillComplaint(page, { category: 'ใช้อำนาจหน้าที่โดยมิชอบ', subject: 'สั่งให้ทำงานส่วนตัวในเวลาราชการ', description: 'หัวหน้างานสั่งให้ลูกน้องไปทำธุระส่วนตัว' });
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();

    // The server stores the complaint, but the answer never reaches the phone.
    let stored: { reference: string; secret: string } | undefined;
    await page.route('**/api/complaints', async (route) => {
      const answer = await route.fetch();
      stored = (await answer.json()) as { reference: string; secret: string };
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.getByRole('alert').filter({ hasText: 'ยังส่งเรื่องไม่สำเร็จ' }).waitFor();
    await page.unroute('**/api/complaints');
    expect(stored?.reference).toBeTruthy();

    // The reporter edits the subject and sends again: the page does not file a second complaint.
    await page.getByLabel('หัวข้อเรื่อง').fill('สั่งให้ทำงานส่วนตัวในเวลาราชการ (แก้ไข)');
    await submitComplaint(page);
    const { receipt, reference, secret } = await readReceipt(page);
    expect(reference).toBe(stored!.reference);
    expect(await receipt.getByText('ระบบได้รับเรื่องที่ท่านส่งไว้ก่อนหน้านี้แล้ว จึงไม่ได้บันทึกซ้ำ').isVisible()).toBe(true);
    const keys = new Set(complaintPosts(requests).map((request) => request.headers()['idempotency-key']));
    expect(keys.size).toBe(1);

    // The secret on the receipt is the one that works now.
    const tracking = await fetch(`${stack.url}/api/tracking`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference, secret }),
    });
    expect(tracking.status).toBe(200);

    expectNoProblems(problems, [/ERR_CONNECTION_RESET/, /status of 422/]);
    await context.close();
  });
});
