// Agencies end to end, in Chromium against the local stack: a platform administrator onboards an
// agency with two units on the platform console, the agency's administrator creates an officer on
// the agency's page, a citizen finds the agency on / by typing its short name and files a complaint
// at /a/{agency}/ naming a unit, and the officer, signed in as the account just made, finds it in the
// queue. The quarter is then published for that agency, and /stats/ lists it. Every page is watched
// for console errors and CSP violations.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/rules/fiscal';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

const TOKEN_KEY = 'integrity.staff.token';
const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

const AGENCY = {
  id: `tambon-example-${randomUUID().slice(0, 4)}`,
  // Onboarded under its full name; the citizen types the short form everyone uses, อบต.
  nameTh: 'องค์การบริหารส่วนตำบลตัวอย่าง',
  nameEn: 'Tambon Example Subdistrict Administrative Organization',
  units: [
    { id: 'palad', nameTh: 'สำนักปลัด', nameEn: 'Office of the Permanent Secretary' },
    { id: 'kong-chang', nameTh: 'กองช่าง', nameEn: 'Division of Engineering' },
  ],
} as const;
const OFFICER = { name: 'สมชาย ใจดี', email: `somchai-${randomUUID().slice(0, 6)}@tambon-example.go.th` } as const;

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A staff tab that holds a token from the local issuer, as the sign-in page would have left it. */
async function staffPage(claims: Parameters<TestStack['issuer']['issue']>[0]) {
  const token = await stack.issuer.issue(claims);
  const watched = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
  watched.context.setDefaultTimeout(15_000);
  await watched.context.addInitScript(([key, value]) => sessionStorage.getItem(key) ?? sessionStorage.setItem(key, value), [TOKEN_KEY, token] as const);
  return watched;
}

describe('agencies join and are found', () => {
  it('onboards an agency, whose admin creates an officer, a citizen finds it on / and files naming a unit, and the officer sees it', async () => {
    // --- The platform administrator onboards the agency with two units -------------------------
    // The platform's administrator here is also the default agency's: the menu offers both consoles.
    const platform = await staffPage({ sub: 'platform-somsak', roles: ['platform-admin', 'admin'], agency: 'bma-health' });
    await platform.page.goto(`${stack.url}/staff/agencies.html`);
    await platform.page.getByRole('heading', { level: 1, name: 'หน่วยงานในระบบ' }).waitFor();
    const platformMenu = platform.page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' });
    await platformMenu.getByRole('link', { name: 'หน่วยงานในระบบ' }).waitFor();
    await platformMenu.getByRole('link', { name: 'หน่วยงานย่อยและบัญชีเจ้าหน้าที่' }).waitFor();

    const onboard = platform.page.getByRole('form', { name: 'เพิ่มหน่วยงาน' });
    // A wrong id is said on the page before anything is sent.
    await onboard.getByLabel('รหัสหน่วยงาน').fill('Tambon Example');
    await onboard.getByRole('button', { name: 'เพิ่มหน่วยงาน', exact: true }).click();
    expect(await platform.page.locator('#error-summary').innerText()).toContain('รหัสต้องขึ้นต้นด้วยตัวอักษรภาษาอังกฤษตัวเล็ก');

    await onboard.getByLabel('รหัสหน่วยงาน').fill(AGENCY.id);
    await onboard.getByLabel('ชื่อหน่วยงาน (ภาษาไทย)').fill(AGENCY.nameTh);
    await onboard.getByLabel('ชื่อหน่วยงาน (ภาษาอังกฤษ)').fill(AGENCY.nameEn);
    await onboard.getByLabel('หน่วยงานที่รับผิดชอบเรื่องร้องเรียน (ไม่บังคับ)').fill('สำนักปลัด');
    for (const [index, unit] of AGENCY.units.entries()) {
      await onboard.getByRole('button', { name: 'เพิ่มหน่วยงานย่อย' }).click();
      const row = onboard.getByRole('group', { name: `หน่วยงานย่อยที่ ${index + 1}` });
      await row.getByLabel('รหัส').fill(unit.id);
      await row.getByLabel('ชื่อภาษาไทย').fill(unit.nameTh);
      await row.getByLabel('ชื่อภาษาอังกฤษ').fill(unit.nameEn);
    }
    const created = platform.page.waitForResponse((response) => response.url().endsWith('/api/agencies') && response.request().method() === 'POST');
    await onboard.getByRole('button', { name: 'เพิ่มหน่วยงาน', exact: true }).click();
    const answer = await created;
    expect(answer.status()).toBe(201);
    expect(answer.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(JSON.parse(answer.request().postData() ?? '{}')).toEqual({ id: AGENCY.id, nameTh: AGENCY.nameTh, nameEn: AGENCY.nameEn, units: AGENCY.units, contact: { responsibleUnit: 'สำนักปลัด' } });
    await platform.page.getByText(`เพิ่ม${AGENCY.nameTh}แล้ว`).waitFor();
    await platform.page.getByRole('table').getByRole('link', { name: AGENCY.nameTh }).waitFor();
    expectNoProblems(platform.problems);
    await platform.context.close();

    // --- Its administrator creates an officer of one unit ---------------------------------------
    const admin = await staffPage({ sub: 'admin-tambon', roles: ['admin'], agency: AGENCY.id });
    await admin.page.goto(`${stack.url}/staff/agency.html`);
    await admin.page.getByRole('heading', { level: 1, name: 'หน่วยงานของท่าน' }).waitFor();
    // The console names the signed-in member's agency, from the registry.
    await admin.page.getByRole('banner').getByText(AGENCY.nameTh).waitFor();
    const adminMenu = admin.page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' });
    await adminMenu.getByRole('link', { name: 'หน่วยงานย่อยและบัญชีเจ้าหน้าที่' }).waitFor();
    expect(await adminMenu.getByRole('link', { name: 'หน่วยงานในระบบ' }).count()).toBe(0);
    expect(await admin.page.getByRole('group', { name: 'หน่วยงานย่อยที่ 2' }).getByLabel('ชื่อภาษาไทย').inputValue()).toBe('กองช่าง');

    const staffForm = admin.page.getByRole('form', { name: 'สร้างบัญชีเจ้าหน้าที่' });
    await staffForm.getByLabel('ชื่อ–นามสกุล').fill(OFFICER.name);
    await staffForm.getByLabel('อีเมล').fill(OFFICER.email);
    await staffForm.getByRole('checkbox', { name: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน' }).check();
    await staffForm.getByLabel('หน่วยงานย่อยที่สังกัด (ไม่บังคับ)').selectOption({ label: 'สำนักปลัด' });
    const made = admin.page.waitForResponse((response) => response.url().endsWith(`/api/agencies/${AGENCY.id}/staff`) && response.request().method() === 'POST');
    await staffForm.getByRole('button', { name: 'สร้างบัญชี' }).click();
    expect((await made).status()).toBe(201);
    const staffRow = admin.page.getByRole('table').getByRole('row').filter({ hasText: OFFICER.email });
    await staffRow.waitFor();
    expect(await staffRow.innerText()).toContain('สำนักปลัด');
    expectNoProblems(admin.problems);
    await admin.context.close();

    // --- A citizen finds the agency on / by its short name, on a phone --------------------------
    const citizen = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await citizen.page.goto(`${stack.url}/`);
    await citizen.page.getByRole('heading', { level: 1, name: 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ' }).waitFor();
    const searched = citizen.page.waitForResponse((response) => response.url().includes('/api/agencies?q='));
    await citizen.page.getByLabel('ชื่อหน่วยงาน').pressSequentially('อบต. ตัวอย่าง', { delay: 20 });
    expect((await searched).status()).toBe(200);
    const results = citizen.page.getByRole('list', { name: 'หน่วยงานที่พบ' });
    const found = results.getByRole('link', { name: AGENCY.nameTh });
    await found.waitFor();
    expect(await results.getByRole('link', { name: 'สำนักอนามัย กรุงเทพมหานคร' }).count()).toBe(0);
    expect(await fitsPhone(citizen.page)).toBeLessThanOrEqual(0);
    await found.click();
    await citizen.page.waitForURL(`**/a/${AGENCY.id}/`);
    await citizen.page.getByRole('banner').getByText(AGENCY.nameTh).waitFor();
    expect(await citizen.page.title()).toContain(AGENCY.nameTh);
    expect(await citizen.page.getByRole('contentinfo').innerText()).toContain(`ดูแลโดย สำนักปลัด ${AGENCY.nameTh}`);

    // --- … and files a complaint at /a/{agency}/ naming a unit ----------------------------------
    await citizen.page.getByRole('link', { name: 'ร้องเรียนการทุจริต', exact: true }).click();
    await citizen.page.waitForURL(`**/a/${AGENCY.id}/report.html`);
    const unitSelect = citizen.page.getByLabel('หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน (ไม่บังคับ)');
    await unitSelect.waitFor();
    expect(await unitSelect.locator('option').allInnerTexts()).toEqual(['ไม่ระบุ', 'สำนักปลัด', 'กองช่าง']);
    const subject = `เรียกเงินค่าตรวจแบบก่อสร้าง ${randomUUID().slice(0, 6)}`;
    await citizen.page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await citizen.page.getByLabel('หัวข้อเรื่อง').fill(subject);
    await citizen.page.getByLabel('รายละเอียดเรื่อง').fill('นายช่างเรียกเงิน 3,000 บาท เพื่อให้ผ่านการตรวจแบบขออนุญาตก่อสร้างเร็วขึ้น');
    await unitSelect.selectOption({ label: 'กองช่าง' });
    await citizen.page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน', exact: true }).check();
    expect(await fitsPhone(citizen.page)).toBeLessThanOrEqual(0);
    const filed = citizen.page.waitForResponse((response) => response.url().endsWith('/api/complaints'));
    await citizen.page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    const receipt = await filed;
    expect(receipt.status()).toBe(201);
    expect(JSON.parse(receipt.request().postData() ?? '{}')).toMatchObject({ agency: AGENCY.id, unit: 'kong-chang', subject });
    const { reference } = (await receipt.json()) as { reference: string };
    await citizen.page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' }).waitFor();
    expectNoProblems(citizen.problems);
    await citizen.context.close();

    // --- The officer signs in as the account just made and sees it in the queue ------------------
    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await officer.page.goto(`${stack.url}/staff/cases.html`);
    await officer.page.waitForURL('**/staff/index.html');
    await officer.page.getByRole('button', { name: `เข้าสู่ระบบเป็น ${OFFICER.name} (${OFFICER.email})` }).click();
    await officer.page.waitForURL('**/staff/cases.html');
    await officer.page.getByRole('banner').getByText(AGENCY.nameTh).waitFor();
    const row = officer.page.getByRole('row').filter({ has: officer.page.getByRole('link', { name: reference }) });
    await row.waitFor();
    expect(await row.innerText()).toContain(subject);
    expectNoProblems(officer.problems);
    await officer.context.close();

    // --- The quarter is published for the agency, and /stats/ lists it ---------------------------
    // The stack's clock moves to the day after the quarter (tokens keep real time).
    const quarter = quarterOf(new Date());
    const realClock = stack.context.clock;
    stack.context.clock = { now: () => new Date(quarter.end.getTime() + 86_400_000) };
    try {
      const publisher = await stack.issuer.issue({ sub: 'admin-tambon', roles: ['admin'], agency: AGENCY.id });
      // A new agency waits for its executive's approval; this one chooses to publish at once.
      const atOnce = await fetch(`${stack.url}/api/agencies/${AGENCY.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${publisher}` }, body: JSON.stringify({ publishAfterApproval: false }) });
      expect(atOnce.status).toBe(200);
      const published = await post(stack.url, '/api/publications', { period: quarter.id, agency: AGENCY.id }, { authorization: `Bearer ${publisher}` });
      expect(published.status).toBe(200);
      expect(published.body.results.map((result: { agency: string }) => result.agency)).toEqual([AGENCY.id]);
    } finally {
      stack.context.clock = realClock;
    }
    const reader = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await reader.page.goto(`${stack.url}/stats/`);
    const listed = reader.page.getByRole('link', { name: AGENCY.nameTh });
    await listed.waitFor();
    expect(await listed.getAttribute('href')).toBe(`/stats/${AGENCY.id}/`);
    expectNoProblems(reader.problems);
    await reader.context.close();
  }, 180_000);

  it('checks evidence files against the agency\'s own limits from the registry, on its channel and on the default agency\'s at the root', async () => {
    const strict = { id: `tambon-strict-${randomUUID().slice(0, 4)}`, nameTh: 'เทศบาลตำบลเข้มงวด', nameEn: 'Strict Subdistrict Municipality' };
    const platform = await stack.issuer.issue({ sub: 'platform-somsak', roles: ['platform-admin'], agency: 'bma-health' });
    const onboarded = await post(
      stack.url,
      '/api/agencies',
      { ...strict, evidence: { maxFiles: 1, maxBytes: 2048, uploadSeconds: 900, downloadSeconds: 300 } },
      { authorization: `Bearer ${platform}`, 'idempotency-key': randomUUID() },
    );
    expect(onboarded.status).toBe(201);
    const pdf = (name: string, bytes: number) => ({ name, mimeType: 'application/pdf', buffer: Buffer.alloc(bytes, 0x25) });

    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/${strict.id}/report.html`);
    await page.getByRole('banner').getByText(strict.nameTh).waitFor();
    // The hint says the agency's limits, not the standard ones.
    await page.locator('#evidence-hint').getByText('ไม่เกิน 1 ไฟล์ ไฟล์ละไม่เกิน 2 KB').waitFor();
    const chooser = page.getByLabel('แนบไฟล์หลักฐาน');
    const problem = page.locator('#evidence-error');
    await chooser.setInputFiles([pdf('หนึ่ง.pdf', 100), pdf('สอง.pdf', 100)]);
    await problem.getByText('แนบไฟล์ได้ไม่เกิน 1 ไฟล์ต่อเรื่อง', { exact: false }).waitFor();
    await chooser.setInputFiles([pdf('ใหญ่.pdf', 4096)]);
    await problem.getByText('“ใหญ่.pdf” มีขนาด 4 KB เกิน 2 KB ที่รับได้', { exact: false }).waitFor();

    // The default agency's pages at the root carry only its id: its name and its limits (5 files of
    // 10 MB) come from the registry too, so the same choice is fine there.
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('banner').getByText('สำนักอนามัย กรุงเทพมหานคร').waitFor();
    expect(await page.title()).toContain('สำนักอนามัย กรุงเทพมหานคร');
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles([pdf('หนึ่ง.pdf', 100), pdf('ใหญ่.pdf', 4096)]);
    await page.getByRole('list').filter({ hasText: 'ใหญ่.pdf' }).waitFor();
    expect(await page.locator('#evidence-error').count()).toBe(0);
    expectNoProblems(problems);
    await page.context().close();
  });

  it("shows the agency's admin, in Thai, which staff address is not mailed, why and since when, never a reporter's, and lifts it", async () => {
    const suppressions = stack.context.mailSuppressions;
    await suppressions.add('bounced-officer@example.org', { reason: 'bounce', since: '2026-12-01T02:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    await suppressions.add('qx-reporter-marker@example.net', { reason: 'complaint', since: '2026-12-02T02:00:00.000Z' }, { kind: 'other', agency: 'bma-health' });
    const admin = await staffPage({ sub: 'admin-suppressions', roles: ['admin'], agency: 'bma-health' });
    await admin.page.goto(`${stack.url}/staff/agency.html`);
    const section = admin.page.getByRole('region', { name: 'อีเมลที่ระบบระงับการส่ง' });
    const row = section.getByRole('row', { name: /bounced-officer@example\.org/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('อีเมลตีกลับ (ส่งไม่ถึงอย่างถาวร)');
    expect(await row.textContent()).toContain('1 ธันวาคม 2569');
    expect(await section.textContent()).toContain('อีเมลของผู้ร้องเรียนที่ระงับการส่ง 1 รายการ');
    expect(await admin.page.content()).not.toContain('marker');
    await row.getByRole('button', { name: 'ส่งการแจ้งเตือนถึง bounced-officer@example.org อีกครั้ง' }).click();
    await section.getByText('ไม่มีอีเมลเจ้าหน้าที่ที่ระงับการส่ง').waitFor();
    expect(await suppressions.find('bounced-officer@example.org')).toBeUndefined();
    expectNoProblems(admin.problems);
    await admin.context.close();
  });

  it('says plainly when the agency in the address is unknown, and links to the finder', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/no-such-agency/report.html`);
    const problem = page.getByRole('alert').filter({ hasText: 'ไม่พบหน่วยงานนี้ในช่องทางร้องเรียน' });
    await problem.waitFor();
    expect(await problem.getByRole('link', { name: 'ค้นหาหน่วยงาน' }).getAttribute('href')).toBe('/');
    // Nothing can be filed into it.
    expect(await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).isVisible()).toBe(false);
    expectNoProblems(problems, [/404/]);
  });

  it('keeps the default agency reachable from the finder, at its own /a/{id}/ address, and an address without its slash gets one', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/`);
    await page.getByRole('link', { name: 'ไปที่ช่องทางร้องเรียนของสำนักอนามัย กรุงเทพมหานคร' }).click();
    await page.waitForURL('**/a/bma-health/');
    await page.getByRole('banner').getByText('สำนักอนามัย กรุงเทพมหานคร').waitFor();
    // Every link of the channel stays under the agency's address.
    await page.getByRole('contentinfo').getByRole('link', { name: 'ศูนย์ข้อมูลข่าวสาร' }).click();
    await page.waitForURL('**/a/bma-health/information-centre.html');
    await page.goto(`${stack.url}/a/bma-health`);
    await page.waitForURL('**/a/bma-health/');
    expectNoProblems(problems);
  });
});
