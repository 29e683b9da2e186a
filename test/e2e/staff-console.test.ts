// The staff console end to end: Chromium signs in on the real staff pages (the local stack's
// password-less form), works the queue and a case against the real handlers and DynamoDB Local,
// and the reporter sees the result on the public tracking page. The Cognito sign-in is driven
// through the same pages with the hosted UI's answers played by the test. Assertions are about what
// each person sees and about what must never happen: an identity shown to an officer or kept after
// "hide", a token outside sessionStorage, a console error or a CSP violation.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { CONTENT_SECURITY_POLICY } from '../../web/security-headers';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;
const TOKEN_KEY = 'integrity.staff.token';

// docs/glossary.md's labels, written out here so the test does not trust the pages' own copy.
const ROLE = { officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน', custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน', admin: 'ผู้ดูแลระบบ' } as const;
const STATUS = { received: 'รับเรื่องแล้ว', acknowledged: 'ตอบรับและตรวจสอบเบื้องต้น', investigating: 'อยู่ระหว่างการตรวจสอบข้อเท็จจริง', closed: 'ยุติเรื่อง' } as const;

let stack: TestStack;
let browser: Browser;
let screenshotDir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'staff-console-shots-'));
  mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

interface Filed {
  reference: string;
  secret: string;
}

async function fileThroughApi(subject: string, reporter: Record<string, string> = { mode: 'anonymous' }): Promise<Filed> {
  const answer = await post(
    stack.url,
    '/api/complaints',
    {
      category: 'bribery',
      subject,
      description: 'เจ้าหน้าที่ฝ่ายสุขาภิบาลอาหารเรียกเงิน 5,000 บาท เพื่อให้ออกใบอนุญาตเร็วขึ้น\nมีพยานคือพนักงานในร้าน 2 คน',
      incidentDate: '2025-03-05',
      location: 'ศูนย์บริการสาธารณสุข 9 ประชาธิปไตย',
      accused: 'เจ้าพนักงานสาธารณสุข ฝ่ายสุขาภิบาลอาหาร',
      reporter,
    },
    { 'idempotency-key': randomUUID() },
  );
  expect(answer.status).toBe(201);
  return answer.body as Filed;
}

/** Signs in on the local form; the page returns to wherever the sign-in was asked for. */
async function signIn(page: Page, sub: string, roles: (keyof typeof ROLE)[]) {
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  for (const role of roles) await page.getByRole('checkbox', { name: ROLE[role] }).check();
  const signedIn = page.waitForResponse((response) => response.url().endsWith('/local-issuer/sign-in'));
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  expect((await signedIn).status()).toBe(200);
  await page.waitForURL((url) => !url.pathname.endsWith('/staff/index.html'));
}

const queueRow = (page: Page, reference: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });

/** The value shown beside a term of a description list (<dt>/<dd>), as a reader pairs them. */
const definitionOf = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

async function openCaseFromQueue(page: Page, reference: string) {
  const loaded = page.waitForResponse((response) => response.url().endsWith(`/api/cases/${reference}`));
  await queueRow(page, reference).getByRole('link', { name: reference }).click();
  expect((await loaded).status()).toBe(200);
  await page.getByRole('heading', { level: 1, name: `เรื่องเลขที่ ${reference}` }).waitFor();
}

/**
 * Cognito cannot run here, so the browser's requests to the hosted UI are answered by the test the
 * way Cognito answers them, and the pages get the settings and CSP they get on AWS: one redirect URI,
 * the Thai callback page, and one sign-out URI, the Thai sign-in page, as registered on the app client.
 */
async function standInForCognito(context: BrowserContext, idToken: string) {
  const domain = 'https://integrity-test.auth.ap-southeast-7.amazoncognito.com';
  const signInConfig = {
    kind: 'cognito',
    domain,
    clientId: 'staff-pages-client',
    redirectUri: `${stack.url}/staff/callback.html`,
    logoutUri: `${stack.url}/staff/`,
  };
  // A page that moves on at once, as the hosted UI's 302 does. A real 302 would do, but the browser
  // follows it without showing the next request to the test's routes, which add the CSP of AWS.
  const redirectTo = (url: string) => ({
    contentType: 'text/html',
    body: `<!doctype html><meta http-equiv="refresh" content="0;url=${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
  });
  await context.route(`${stack.url}/config.json`, (route) => route.fulfill({ json: { staffSignIn: signInConfig } }));
  await context.route((url) => /^\/(?:en\/)?staff\//.test(url.pathname) && url.origin === stack.url, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${domain}`) };
    await route.fulfill({ response, headers });
  });
  let authorize: URLSearchParams | undefined;
  await context.route((url) => url.href.startsWith(`${domain}/oauth2/authorize?`), (route) => {
    authorize = new URL(route.request().url()).searchParams;
    const back = new URL(authorize.get('redirect_uri')!);
    back.search = new URLSearchParams({ code: 'one-time-code', state: authorize.get('state')! }).toString();
    return route.fulfill(redirectTo(back.toString()));
  });
  let exchange: URLSearchParams | undefined;
  await context.route((url) => url.href === `${domain}/oauth2/token`, (route) => {
    exchange = new URLSearchParams(route.request().postData() ?? '');
    return route.fulfill({
      headers: { 'access-control-allow-origin': stack.url },
      json: { id_token: idToken, access_token: 'not-used', refresh_token: 'not-used', token_type: 'Bearer', expires_in: 3600 },
    });
  });
  let logout: URLSearchParams | undefined;
  await context.route((url) => url.href.startsWith(`${domain}/logout?`), (route) => {
    logout = new URL(route.request().url()).searchParams;
    return route.fulfill(redirectTo(logout.get('logout_uri')!));
  });
  return { signInConfig, answered: { authorize: () => authorize, exchange: () => exchange, logout: () => logout } };
}

const statusCard = (page: Page) => page.locator('#status-card');

describe('the staff console', () => {
  it('lets an officer acknowledge a case with a note and write to the reporter, who sees both when tracking', async () => {
    const reporterName = 'สมศรี กล้าแจ้ง';
    const subject = `เรียกเงินเพื่อเร่งออกใบอนุญาต ${randomUUID().slice(0, 6)}`;
    const filed = await fileThroughApi(subject, { mode: 'identified', name: reporterName, phone: '081 234 5678' });

    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    const requests = recordRequests(page);

    // Opening the queue without a session leads to the sign-in page, which says it is local only.
    await page.goto(`${stack.url}/staff/cases.html`);
    await page.waitForURL('**/staff/index.html');
    // The local form shows once the registry has listed the agencies to choose from.
    await page.getByText('มีเฉพาะในระบบทดสอบที่รันบนเครื่อง (local) เท่านั้น').waitFor();
    expect(await page.getByLabel('หน่วยงาน').inputValue()).toBe('bma-health');
    expect(await page.getByLabel('หน่วยงาน').locator('option:checked').innerText()).toBe('สำนักอนามัย กรุงเทพมหานคร');
    await page.screenshot({ path: join(screenshotDir, 'sign-in-desktop.png'), fullPage: true });

    // An empty form is refused on the page, naming what is missing.
    await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
    expect(await page.locator('#error-summary').getByRole('link').allInnerTexts()).toEqual(['โปรดกรอกชื่อผู้ใช้', 'โปรดเลือกบทบาทอย่างน้อยหนึ่งบทบาท']);

    await signIn(page, 'officer-somchai', ['officer']);
    await page.waitForURL('**/staff/cases.html');
    const header = page.getByRole('banner');
    expect(await header.innerText()).toContain('officer-somchai');
    expect(await header.innerText()).toContain(ROLE.officer);

    // The queue: the new case with its labels, its acknowledgement date, and no overdue flag.
    const row = queueRow(page, filed.reference);
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(subject);
    expect(rowText).toContain('เรียกรับสินบน / ผลประโยชน์');
    expect(rowText).toContain(STATUS.received);
    expect(rowText).toMatch(/ตอบรับภายใน \d{1,2} \S+ 25\d\d เวลา \d{2}:\d{2}\sน\./);
    expect(rowText).not.toContain('เกินกำหนด');
    await page.screenshot({ path: join(screenshotDir, 'queue-desktop.png'), fullPage: true });

    await openCaseFromQueue(page, filed.reference);
    expect(await page.getByText(subject).first().isVisible()).toBe(true);
    expect(await page.locator('#case-description').innerText()).toContain('มีพยานคือพนักงานในร้าน 2 คน');
    expect(await definitionOf(page.locator('#case-facts'), 'การเปิดเผยตัวตน').innerText()).toBe('เปิดเผยตัวตน');
    expect(await definitionOf(page.locator('#case-facts'), 'วันที่เกิดเหตุ').innerText()).toBe('5 มีนาคม 2568');
    expect(await statusCard(page).innerText()).toContain(STATUS.received);
    // Officers neither open identities nor read the audit trail, and the identity is nowhere in the page.
    expect(await page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).count()).toBe(0);
    expect(await page.content()).not.toContain(reporterName);

    // Acknowledge with a note for the reporter and one for staff only.
    const publicNote = 'ได้รับเรื่องแล้ว อยู่ระหว่างรวบรวมเอกสาร';
    const internalNote = 'ขอสำเนาใบอนุญาตจากฝ่ายสุขาภิบาลอาหารก่อนสอบข้อเท็จจริง';
    expect(await page.getByRole('radio', { name: STATUS.acknowledged }).isChecked()).toBe(true);
    expect(await page.getByLabel('ผลการพิจารณา').isVisible()).toBe(false);
    expect(await page.getByText('ผู้ร้องเรียนจะเห็นข้อความนี้').first().isVisible()).toBe(true);
    expect(await page.getByText('เห็นเฉพาะเจ้าหน้าที่ ผู้ร้องเรียนจะไม่เห็นบันทึกนี้').isVisible()).toBe(true);
    await page.getByLabel('ข้อความแจ้งผู้ร้องเรียน').fill(publicNote);
    await page.getByLabel('บันทึกภายใน').fill(internalNote);
    const moved = page.waitForResponse((response) => response.url().endsWith('/transitions'));
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).click();
    expect((await moved).status()).toBe(200);
    expect(JSON.parse((await moved).request().postData() ?? '{}')).toEqual({ to: 'acknowledged', publicNote, internalNote });
    await page.getByText(`เปลี่ยนสถานะเป็น “${STATUS.acknowledged}” แล้ว`).waitFor({ state: 'attached' });
    expect(await statusCard(page).innerText()).toContain(STATUS.acknowledged);
    const timeline = page.getByRole('list', { name: 'ความคืบหน้า' }).getByRole('listitem');
    expect(await timeline.count()).toBe(2);
    const acknowledged = await timeline.nth(1).innerText();
    expect(acknowledged).toContain(STATUS.acknowledged);
    expect(acknowledged).toContain(publicNote);
    expect(acknowledged).toMatch(new RegExp(`บันทึกภายใน · เห็นเฉพาะเจ้าหน้าที่\\s+${internalNote}`));
    // The next step is offered now, and the notes are cleared for it.
    expect(await page.getByRole('radio', { name: STATUS.investigating }).isVisible()).toBe(true);
    expect(await page.getByLabel('บันทึกภายใน').inputValue()).toBe('');
    expect(await definitionOf(page.locator('#case-deadlines'), 'แจ้งความคืบหน้าครั้งถัดไปภายใน').innerText()).toMatch(/^\d{1,2} \S+ 25\d\d เวลา \d{2}:\d{2}\sน\.$/);

    // A message to the reporter, with its own Idempotency-Key, shown signed เจ้าหน้าที่.
    const question = 'ขอทราบว่าใบเสร็จดังกล่าวออกเมื่อวันที่เท่าใด';
    await page.getByLabel('ข้อความถึงผู้ร้องเรียน', { exact: true }).fill(question);
    const sent = page.waitForResponse((response) => response.url().endsWith('/messages'));
    await page.getByRole('button', { name: 'ส่งข้อความ', exact: true }).click();
    expect((await sent).status()).toBe(201);
    expect((await sent).request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    const messages = page.getByRole('list', { name: 'ข้อความ' }).getByRole('listitem');
    await messages.filter({ hasText: question }).waitFor();
    expect(await messages.filter({ hasText: question }).innerText()).toMatch(/^เจ้าหน้าที่ · /);
    expect(await page.getByLabel('ข้อความถึงผู้ร้องเรียน', { exact: true }).inputValue()).toBe('');
    await page.screenshot({ path: join(screenshotDir, 'case-desktop.png'), fullPage: true });

    // The token went in the Authorization header only, and lives in sessionStorage only.
    const token = await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const apiCalls = requests.filter((request) => request.url().includes('/api/cases'));
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const request of requests) expect(request.url()).not.toContain(token!);
    for (const request of apiCalls) expect(request.headers().authorization).toBe(`Bearer ${token}`);
    expect(await page.evaluate(() => [localStorage.length, document.cookie])).toEqual([0, '']);
    expect(await context.cookies()).toEqual([]);

    // The reporter sees the new status, the public note and the message, and nothing meant for staff.
    const reporter = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await reporter.page.goto(`${stack.url}/track.html`);
    await reporter.page.getByLabel('เลขที่เรื่อง').fill(filed.reference);
    await reporter.page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(filed.secret);
    await reporter.page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
    const caseView = reporter.page.getByRole('region', { name: `เรื่องเลขที่ ${filed.reference}` });
    await caseView.waitFor();
    expect(await caseView.locator('.status-card').innerText()).toContain(STATUS.acknowledged);
    const reporterTimeline = await caseView.getByRole('list', { name: 'ความคืบหน้า' }).innerText();
    expect(reporterTimeline).toContain(publicNote);
    expect(reporterTimeline).not.toContain(internalNote);
    const reporterMessage = caseView.getByRole('list', { name: 'ข้อความ' }).getByRole('listitem').filter({ hasText: question });
    expect(await reporterMessage.innerText()).toMatch(/^เจ้าหน้าที่ · /);
    expect(await reporter.page.content()).not.toContain('officer-somchai');
    expectNoProblems(reporter.problems);
    await reporter.context.close();

    // Signing out forgets the token and says so.
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.waitForURL('**/staff/index.html');
    await page.getByText('ท่านออกจากระบบแล้ว').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goto(`${stack.url}/staff/cases.html`);
    await page.waitForURL('**/staff/index.html');

    expectNoProblems(problems);
    await context.close();
  }, 60_000); // two people in two browser contexts and a dozen round trips: room for a busy runner

  it('lets a custodian open an identity with a written reason, records it in the audit trail, and keeps it from officers', async () => {
    const reporterName = 'มานะ ใจซื่อ';
    const subject = `ตรวจรับงานไม่ครบตามสัญญา ${randomUUID().slice(0, 6)}`;
    const filed = await fileThroughApi(subject, { mode: 'identified', name: reporterName, email: 'mana@example.org' });
    const anonymous = await fileThroughApi(`ไม่ประสงค์ออกนาม ${randomUUID().slice(0, 6)}`);
    const reason = 'ต้องติดต่อผู้ร้องเรียนเพื่อขอสำเนาใบตรวจรับงานตามคำสั่งของผู้อำนวยการ';

    // A custodian follows a link to the case, signs in, and lands back on it.
    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    const requests = recordRequests(page);
    await page.goto(`${stack.url}/staff/case.html?ref=${filed.reference}`);
    await page.waitForURL('**/staff/index.html');
    await signIn(page, 'custodian-wipa', ['custodian']);
    await page.waitForURL(`**/staff/case.html?ref=${filed.reference}`);
    await page.getByText(subject).first().waitFor();
    // Custodians read cases but do not act on them.
    expect(await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'ส่งข้อความ', exact: true }).count()).toBe(0);
    expect(await page.content()).not.toContain(reporterName);

    // A short reason or a missing confirmation is refused on the page, before anything is sent.
    const reveals = () => requests.filter((request) => request.url().endsWith('/identity-reveals'));
    await page.getByLabel('เหตุผลในการเปิดดูข้อมูลตัวตน').fill('ตรวจสอบเรื่อง');
    await page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).click();
    await page.getByText('เหตุผลต้องมีอย่างน้อย 20 ตัวอักษร').waitFor();
    await page.getByLabel('เหตุผลในการเปิดดูข้อมูลตัวตน').fill(reason);
    await page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).click();
    await page.getByText('โปรดยืนยันว่าท่านทราบว่าการเปิดดูครั้งนี้จะถูกบันทึกไว้').waitFor();
    expect(reveals()).toEqual([]);

    await page.getByRole('checkbox', { name: 'ข้าพเจ้าทราบว่าการเปิดดูครั้งนี้จะถูกบันทึกไว้' }).check();
    const revealed = page.waitForResponse((response) => response.url().endsWith('/identity-reveals'));
    await page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).click();
    expect((await revealed).status()).toBe(200);
    const identity = page.getByRole('region', { name: 'ข้อมูลตัวตนที่เปิดดู' });
    await identity.waitFor();
    expect(await definitionOf(identity, 'ชื่อ–นามสกุล').innerText()).toBe(reporterName);
    expect(await definitionOf(identity, 'อีเมล').innerText()).toBe('mana@example.org');
    // Shown, not kept: nothing in storage but the token.
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([TOKEN_KEY]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // The audit trail names the reveal, who did it, in which role, and why.
    const audited = page.waitForResponse((response) => response.url().endsWith('/audit'));
    await page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).click();
    expect((await audited).status()).toBe(200);
    const revealEntry = page.getByRole('table', { name: 'ประวัติการดำเนินการ' }).getByRole('row').filter({ hasText: 'เปิดดูข้อมูลตัวตนผู้ร้องเรียน' });
    await revealEntry.waitFor();
    const entryText = await revealEntry.innerText();
    expect(entryText).toContain('custodian-wipa');
    expect(entryText).toContain(ROLE.custodian);
    expect(entryText).toContain(reason);
    expect(await page.getByRole('table', { name: 'ประวัติการดำเนินการ' }).innerText()).toContain('เปิดดูเรื่อง');
    await page.screenshot({ path: join(screenshotDir, 'case-custodian-desktop.png'), fullPage: true });

    // "Hide" takes the identity out of the page.
    await identity.getByRole('button', { name: 'ซ่อนข้อมูลตัวตน' }).click();
    expect(await identity.isVisible()).toBe(false);
    expect(await page.content()).not.toContain(reporterName);
    expect(await page.content()).not.toContain('mana@example.org');

    // An anonymous complaint has nothing to reveal, and the page says so instead of offering it.
    await page.goto(`${stack.url}/staff/case.html?ref=${anonymous.reference}`);
    await page.getByText('ผู้ร้องเรียนเลือกไม่เปิดเผยตัวตน จึงไม่มีข้อมูลตัวตนให้เปิดดู').waitFor();
    expect(await page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).count()).toBe(0);
    expectNoProblems(problems);
    await context.close();

    // After the reveal, the officer's view of the same case still carries no identity and no reveal.
    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await officer.page.goto(`${stack.url}/staff/case.html?ref=${filed.reference}`);
    await signIn(officer.page, 'officer-somchai', ['officer']);
    await officer.page.getByText(subject).first().waitFor();
    expect(await officer.page.getByRole('button', { name: 'เปิดดูข้อมูลตัวตน' }).count()).toBe(0);
    expect(await officer.page.getByRole('heading', { name: 'ข้อมูลตัวตนผู้ร้องเรียน' }).count()).toBe(0);
    const officerHtml = await officer.page.content();
    expect(officerHtml).not.toContain(reporterName);
    expect(officerHtml).not.toContain('mana@example.org');
    expectNoProblems(officer.problems);
    await officer.context.close();
  });

  it('flags a case past its acknowledgement deadline, filters to late cases, and says clearly when a case moved meanwhile', async () => {
    // A case received twenty days ago and never acknowledged, written through the real intake use
    // case and repository with the clock turned back, so no test waits for a deadline to pass.
    const subject = `ค้างตอบรับ ${randomUUID().slice(0, 6)}`;
    const receivedAt = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    const late = await fileComplaint({ ...stack.context, clock: { now: () => receivedAt } })(
      { category: 'procurement', subject, description: 'กำหนดคุณสมบัติผู้เสนอราคาให้เอื้อบริษัทเดียว', reporter: { mode: 'anonymous' } },
      randomUUID(),
    );
    expect(Date.parse(late.acknowledgeBy)).toBeLessThan(Date.now());
    const fresh = await fileThroughApi(`เรื่องใหม่ ${randomUUID().slice(0, 6)}`);

    const { page, context, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/staff/`);
    await page.getByLabel('ชื่อผู้ใช้').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'sign-in-phone.png'), fullPage: true });
    await signIn(page, 'officer-malee', ['officer']);
    await page.waitForURL('**/staff/cases.html');

    const lateRow = queueRow(page, late.reference);
    await lateRow.waitFor();
    // The flag is words; the "!" beside it is decoration hidden from screen readers.
    const flags = await lateRow.getByRole('listitem').allInnerTexts();
    expect(flags.map((flag) => flag.replace(/^!\s*/, ''))).toEqual(['เกินกำหนดตอบรับ']);
    expect(await lateRow.locator('[aria-hidden="true"]').allInnerTexts()).toEqual(['!']);
    expect(await queueRow(page, fresh.reference).innerText()).not.toContain('เกินกำหนด');

    // Late cases only: the filter drives the API and stays in the address for Back and reload.
    await page.getByRole('checkbox', { name: 'เฉพาะเรื่องที่เกินกำหนด' }).check();
    const filtered = page.waitForResponse((response) => response.url().includes('/api/cases?'));
    await page.getByRole('button', { name: 'แสดงรายการ' }).click();
    expect(new URL((await filtered).url()).searchParams.get('overdue')).toBe('true');
    await queueRow(page, fresh.reference).waitFor({ state: 'detached' });
    await lateRow.waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
    for (const text of await page.locator('#case-rows tr').allInnerTexts()) expect(text).toContain('เกินกำหนด');
    await page.screenshot({ path: join(screenshotDir, 'queue-phone.png'), fullPage: true });

    await openCaseFromQueue(page, late.reference);
    // On a phone the actions are below the case; links at the top lead to them.
    expect(await page.getByRole('navigation', { name: 'ไปยังส่วนของหน้านี้' }).getByRole('link').allInnerTexts()).toEqual(['เปลี่ยนสถานะเรื่อง', 'ส่งข้อความถึงผู้ร้องเรียน']);
    expect(await statusCard(page).innerText()).toContain('เกินกำหนดตอบรับ');
    expect(await definitionOf(page.locator('#case-deadlines'), 'ตอบรับภายใน').innerText()).toContain('เกินกำหนดตอบรับ');
    await page.screenshot({ path: join(screenshotDir, 'case-phone.png'), fullPage: true });

    // Another officer acknowledges the case while this page still offers to: the page explains the 409
    // and shows the case as it is now.
    const other = { authorization: `Bearer ${await stack.issuer.issue({ sub: 'officer-other', roles: ['officer'], agency: 'bma-health' })}` };
    expect((await post(stack.url, `/api/cases/${late.reference}/transitions`, { to: 'acknowledged' }, other)).status).toBe(200);
    const refused = page.waitForResponse((response) => response.url().endsWith('/transitions'));
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).click();
    expect((await refused).status()).toBe(409);
    await page.getByRole('alert').filter({ hasText: 'เปลี่ยนสถานะไม่ได้ เพราะสถานะของเรื่องเปลี่ยนไปแล้ว' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'เปลี่ยนสถานะไม่ได้' }).innerText()).toContain(`ขณะนี้สถานะคือ “${STATUS.acknowledged}”`);
    expect(await statusCard(page).innerText()).toContain(STATUS.acknowledged);
    expect(await statusCard(page).innerText()).not.toContain('เกินกำหนดตอบรับ');

    // Closing asks for an outcome, and only then.
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).click();
    await statusCard(page).filter({ hasText: STATUS.investigating }).waitFor();
    expect(await page.getByLabel('ผลการพิจารณา').isVisible()).toBe(false);
    await page.getByRole('radio', { name: STATUS.closed }).check();
    expect(await page.getByLabel('ผลการพิจารณา').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).click();
    await page.getByText('โปรดเลือกผลการพิจารณาก่อนยุติเรื่อง').waitFor();
    await page.getByLabel('ผลการพิจารณา').selectOption({ label: 'พยานหลักฐานไม่เพียงพอ' });
    const closed = page.waitForResponse((response) => response.url().endsWith('/transitions'));
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนสถานะ' }).click();
    expect(JSON.parse((await closed).request().postData() ?? '{}')).toEqual({ to: 'closed', outcome: 'insufficient-evidence' });
    await statusCard(page).filter({ hasText: STATUS.closed }).waitFor();
    expect(await statusCard(page).innerText()).toContain('ผลการพิจารณา: พยานหลักฐานไม่เพียงพอ');
    expect(await page.getByText('เรื่องนี้ดำเนินการแล้วเสร็จ ไม่มีสถานะถัดไปให้เปลี่ยน').isVisible()).toBe(true);

    // Back to the queue keeps the late-only filter.
    await page.getByRole('link', { name: 'กลับไปรายการเรื่องร้องเรียน' }).click();
    await page.waitForURL('**/staff/cases.html?overdue=true');
    expect(await page.getByRole('checkbox', { name: 'เฉพาะเรื่องที่เกินกำหนด' }).isChecked()).toBe(true);

    expectNoProblems(problems, [/status of 409/]);
    await context.close();
  });

  it('sends a person whose token is refused back to sign in, and leads an administrator to audit trails only', async () => {
    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await page.goto(`${stack.url}/staff/`);
    await signIn(page, 'officer-somchai', ['officer']);
    await page.waitForURL('**/staff/cases.html');

    // A token the gateway no longer accepts (here: a broken signature) ends the session.
    await page.evaluate((key) => {
      const token = sessionStorage.getItem(key)!;
      sessionStorage.setItem(key, `${token.slice(0, -4)}AAAA`);
    }, TOKEN_KEY);
    // Only the reload's request carries the broken token; the first page load's answer may still be in flight.
    const refused = page.waitForResponse((response) => response.url().includes('/api/cases') && response.status() === 401);
    await page.reload();
    await refused;
    await page.waitForURL('**/staff/index.html');
    await page.getByText('การเข้าสู่ระบบของท่านหมดอายุแล้ว โปรดเข้าสู่ระบบอีกครั้ง').waitFor();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBeNull();

    // An administrator reads audit trails but not cases: the queue says so and offers a trail by reference.
    const subject = `สำหรับผู้ดูแลระบบ ${randomUUID().slice(0, 6)}`;
    const filed = await fileThroughApi(subject);
    await signIn(page, 'admin-narong', ['admin']);
    await page.waitForURL('**/staff/cases.html');
    await page.getByRole('alert').filter({ hasText: 'ไม่มีสิทธิ์ดูรายการเรื่องร้องเรียน' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByLabel('เลขที่เรื่อง').fill(filed.reference.replace('-', '').toLowerCase());
    await page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).click();
    await page.waitForURL(`**/staff/case.html?ref=${filed.reference}`);
    const trail = page.waitForResponse((response) => response.url().endsWith('/audit'));
    await page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).click();
    expect((await trail).status()).toBe(200);
    const entries = page.getByRole('table', { name: 'ประวัติการดำเนินการ' }).getByRole('row');
    await entries.filter({ hasText: 'ดูประวัติการดำเนินการ' }).waitFor();
    expect(await entries.filter({ hasText: 'admin-narong' }).innerText()).toContain(ROLE.admin);
    expect(await page.getByText(subject).count()).toBe(0);

    expectNoProblems(problems, [/status of 401/]);
    await context.close();
  });

  it('signs in through Cognito\'s hosted UI with PKCE, and signs out of it too', async () => {
    const idToken = await stack.issuer.issue({ sub: 'somsak@bma-health.example', roles: ['officer'], agency: 'bma-health' });
    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    const { signInConfig, answered } = await standInForCognito(context, idToken);
    const { authorize, exchange, logout } = answered;

    await page.goto(`${stack.url}/staff/`);
    await page.getByRole('button', { name: 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่' }).click();
    await page.waitForURL('**/staff/cases.html');
    expect(Object.fromEntries(authorize()!)).toMatchObject({
      response_type: 'code',
      client_id: 'staff-pages-client',
      redirect_uri: signInConfig.redirectUri,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    // The verifier sent with the code is the one whose S256 hash went to the authorize endpoint.
    expect(Object.fromEntries(exchange()!)).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'staff-pages-client',
      code: 'one-time-code',
      redirect_uri: signInConfig.redirectUri,
    });
    expect(createHash('sha256').update(exchange()!.get('code_verifier')!).digest('base64url')).toBe(authorize()!.get('code_challenge'));
    // The ID token is the session; the verifier is gone once used.
    expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBe(idToken);
    const stored = await page.evaluate(() => Object.values(sessionStorage).join('\n'));
    expect(stored).not.toContain(exchange()!.get('code_verifier'));
    expect(stored).not.toContain(authorize()!.get('state'));
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.getByRole('banner').innerText()).toContain('somsak@bma-health.example');
    await page.getByRole('status').filter({ hasText: /แสดง|ไม่พบ/ }).waitFor();

    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.waitForURL(`${stack.url}/staff/`);
    expect(Object.fromEntries(logout()!)).toEqual({ client_id: 'staff-pages-client', logout_uri: signInConfig.logoutUri });
    await page.getByText('ท่านออกจากระบบแล้ว').waitFor();
    expect(await page.evaluate(() => Object.entries(sessionStorage))).toEqual([]);
    // On AWS there is no password-less form.
    expect(await page.getByRole('button', { name: 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่' }).isVisible()).toBe(true);
    expect(await page.getByLabel('ชื่อผู้ใช้').isVisible()).toBe(false);

    expectNoProblems(problems);
    await context.close();
  });
});

describe('the staff console in English', () => {
  /** Signs in on the English local form. */
  async function signInInEnglish(page: Page, sub: string) {
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await page.getByLabel('User name').fill(sub);
    await page.getByRole('checkbox', { name: 'Complaint officer' }).check();
    const signedIn = page.waitForResponse((response) => response.url().endsWith('/local-issuer/sign-in'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect((await signedIn).status()).toBe(200);
  }

  it('continues a sign-in started on an English page in English, though Cognito returns to the Thai callback page, and signs out to the English sign-in page', async () => {
    const idToken = await stack.issuer.issue({ sub: 'somsak@bma-health.example', roles: ['officer'], agency: 'bma-health' });
    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    const { signInConfig, answered } = await standInForCognito(context, idToken);

    await page.goto(`${stack.url}/en/staff/`);
    await page.getByRole('button', { name: 'Sign in with your staff account' }).click();
    await page.waitForURL(`${stack.url}/en/staff/cases.html`);
    // The hosted UI was asked to return to the one address registered with it, the Thai callback page.
    expect(answered.authorize()!.get('redirect_uri')).toBe(signInConfig.redirectUri);
    expect(answered.exchange()!.get('redirect_uri')).toBe(signInConfig.redirectUri);
    await page.getByRole('status').filter({ hasText: /Showing|No cases/ }).waitFor();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBe(idToken);
    // Nothing of the round trip is left in the tab: not the code handed between the callback pages, not the language.
    const stored = await page.evaluate(() => Object.entries(sessionStorage));
    expect(stored.map(([key]) => key).sort()).toEqual(['integrity.staff.queue-view', TOKEN_KEY]);
    expect(JSON.stringify(stored)).not.toContain('one-time-code');

    // The hosted UI's sign-out also knows the Thai sign-in page only; the person is back on the English one.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${stack.url}/en/staff/`);
    await page.getByText('You have signed out.').waitFor();
    expect(await page.evaluate(() => Object.entries(sessionStorage))).toEqual([]);

    // A sign-in refused by the hosted UI says so in English, and leads back to the English sign-in page.
    await page.getByRole('button', { name: 'Sign in with your staff account' }).waitFor();
    await page.evaluate(() => sessionStorage.setItem('integrity.staff.console', '/en/staff/'));
    await page.goto(`${stack.url}/staff/callback.html?error=access_denied&state=whatever`);
    await page.waitForURL(`${stack.url}/en/staff/callback.html`);
    await page.getByRole('alert').filter({ hasText: 'Signing in did not work, or you cancelled it.' }).waitFor();
    await page.getByRole('link', { name: 'Back to the sign-in page' }).click();
    await page.waitForURL(`${stack.url}/en/staff/`);

    expectNoProblems(problems);
    await context.close();
  });

  it('signs in on the English local form to English pages, even back to a Thai page whose session ended, whose language switch keeps the case and whose menu stays in English', async () => {
    const filed = await fileThroughApi(`เรื่องสำหรับหน้าภาษาอังกฤษ ${randomUUID().slice(0, 6)}`);
    const { page, context, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });

    await page.goto(`${stack.url}/en/staff/`);
    await signInInEnglish(page, 'officer-english');
    await page.waitForURL(`${stack.url}/en/staff/cases.html`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/en/staff/index.html');
    await page.getByText('You have signed out.').waitFor();

    // A Thai case page sends the person to sign in; they choose English there, and come back to the same case in English.
    await page.goto(`${stack.url}/staff/case.html?ref=${filed.reference}`);
    await page.waitForURL('**/staff/index.html');
    await page.getByRole('navigation', { name: 'ภาษา' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${stack.url}/en/staff/`);
    await signInInEnglish(page, 'officer-english');
    await page.waitForURL(`${stack.url}/en/staff/case.html?ref=${filed.reference}`);
    await page.locator('#case-reference').filter({ hasText: filed.reference }).waitFor();

    // The switch leads to the same case in Thai; every menu link stays in the page's language.
    const englishMenu = await page.locator('#staff-nav a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(englishMenu).toEqual(['/en/staff/cases.html', '/en/staff/record.html', '/en/staff/notifications.html']);
    const toThai = page.locator('a[data-language-switch][hreflang="th"]');
    expect(await toThai.getAttribute('href')).toBe(`${stack.url}/staff/case.html?ref=${filed.reference}`);
    await toThai.click();
    await page.waitForURL(`${stack.url}/staff/case.html?ref=${filed.reference}`);
    await page.locator('#case-reference').filter({ hasText: filed.reference }).waitFor();
    const thaiMenu = await page.locator('#staff-nav a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(thaiMenu).toEqual(['/staff/cases.html', '/staff/record.html', '/staff/notifications.html']);
    expect(await page.locator('a[data-language-switch][hreflang="en"]').getAttribute('href')).toBe(`${stack.url}/en/staff/case.html?ref=${filed.reference}`);

    expectNoProblems(problems);
    await context.close();
  });
});
