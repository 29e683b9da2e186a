// Accessibility of every staff page as a test, in each language the console is built in (/staff/ and
// /en/staff/): axe-core runs the WCAG 2.1 AA rules on each page in Chromium against the local stack, signed in with a role whose work the page is, in the states a
// person sees: the page loaded with data (a queue holding cases, also at phone width; a filed case
// open, then acknowledged; a suggestion to read), and each form showing the errors it gives when sent
// empty. One stack and one browser; one context per role, whose tab holds that role's token as the
// sign-in page would leave it. An English page also says nothing in Thai script but what people
// wrote (marked lang="th").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../web/src/api';
import { previousQuarter, quarterOf } from '../../shared/rules/fiscal';
import { languageFolder, LANGUAGES, type Language } from '../../shared/rules/languages';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { post } from '../support/http';
import { thaiOutsideThaiParts } from '../support/languages';
import { startTestStack, type TestStack } from '../support/local-stack';

const AGENCY = 'bma-health';
const DESKTOP = { width: 1280, height: 900 } as const;

/** How long a page may take to show what a request changed, on a machine shared with other tests. */
const SLOW = { timeout: 10_000 } as const;

let stack: TestStack;
let browser: Browser;
/** The reference of a case filed below, for the case page. */
let reference: string;
/** A case whose reporter gave their identity, for the custodian's reveal form. */
let identifiedReference: string;

/** A national ID with a valid check digit. */
function nationalId(first12: string): string {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  for (const [index, category] of ['bribery', 'procurement', 'misconduct'].entries()) {
    const filed = await post(
      stack.url,
      '/api/complaints',
      { agency: AGENCY, category, subject: `เรื่องทดสอบการเข้าถึงที่ ${index + 1}`, description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
      { 'Idempotency-Key': `staff-axe-${index}` },
    );
    expect(filed.status).toBe(201);
    reference = filed.body.reference;
  }
  const identified = await post(
    stack.url,
    '/api/complaints',
    { agency: AGENCY, category: 'bribery', subject: 'เรื่องทดสอบแบบเปิดเผยตัวตน', description: 'เจ้าหน้าที่เรียกรับเงินค่าตรวจสถานประกอบการ', reporter: { mode: 'identified', name: 'สมหญิง ใจกล้า', nationalId: nationalId('110170020345') } },
    { 'Idempotency-Key': 'staff-axe-identified' },
  );
  expect(identified.status).toBe(201);
  identifiedReference = identified.body.reference;
  const suggestion = await post(stack.url, '/api/suggestions', { agency: AGENCY, text: 'อยากให้ศูนย์ข้อมูลข่าวสารเปิดให้บริการในวันเสาร์' }, { 'Idempotency-Key': 'staff-axe-suggestion' });
  expect(suggestion.status).toBe(201);
  // The registers as an administrator left them, in Thai: a topic, a channel in service and a retired one.
  const admin = { authorization: `Bearer ${await stack.issuer.issue({ sub: 'admin-seed', roles: ['admin'], agency: AGENCY })}` };
  const topic = { title: 'การรับของขวัญของเจ้าหน้าที่', summary: 'มูลค่าไม่เกิน 3,000 บาทต่อโอกาส', mediaType: 'leaflet', channel: 'อินทราเน็ต', publishedOn: '2026-10-01', link: 'https://www.example.go.th/knowledge/gift-policy' };
  expect((await post(stack.url, '/api/registers/topics', topic, admin)).status).toBe(201);
  const hotline = { name: 'สายด่วนศูนย์ข้อมูลข่าวสาร', kind: 'phone-line', contact: '02 245 3174', activeSince: '2026-10-01' };
  expect((await post(stack.url, '/api/registers/channels', hotline, admin)).status).toBe(201);
  const box = await post(stack.url, '/api/registers/channels', { name: 'ตู้รับความคิดเห็นชั้น 1', kind: 'suggestion-box', contact: 'อาคารสำนักอนามัย ชั้น 1', activeSince: '2026-10-01' }, admin);
  expect((await post(stack.url, `/api/registers/channels/${box.body.id}/retirement`, undefined, admin)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A tab signed in with these roles: the token sits in sessionStorage, where the sign-in page puts it. */
async function signedIn(sub: string, roles: StaffRole[]): Promise<Page> {
  const token = await stack.issuer.issue({ sub, roles, agency: AGENCY });
  const { page, context } = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
  await context.addInitScript((value) => sessionStorage.setItem('integrity.staff.token', value), token);
  page.setDefaultTimeout(10_000);
  return page;
}

/** Opens a staff page and waits until its script has filled it (no request outstanding, the heading named). */
async function open(page: Page, path: string, language: Language) {
  await page.goto(`${stack.url}/${languageFolder(language)}staff/${path}`);
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
}

/** Opens a page of the signed-in console, which must be this person's work (no "not allowed" problem shown). */
async function openAsStaff(page: Page, path: string, language: Language) {
  await open(page, path, language);
  expect(await page.locator('#page-problem').isHidden()).toBe(true);
}

/** Sends a form as it stands (empty) and waits for the errors it shows. */
async function sendEmpty(page: Page, formId: string) {
  await page.locator(`#${formId} button[type="submit"]`).first().click();
  await page.locator(`#${formId} .field-error`).first().waitFor();
}

async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  if ((await page.locator('html').getAttribute('lang')) !== 'th') expect(await thaiOutsideThaiParts(page), page.url()).toEqual([]);
}

describe.each(LANGUAGES)('axe on every staff page (WCAG 2.1 AA), in %s', { timeout: 90_000 }, (language: Language) => {
  it('the sign-in page: empty, with its errors, filled, and saying the person signed out', async () => {
    const { page, context } = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
    await open(page, 'index.html', language);
    await page.locator('#local-form').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'local-form');
    expect(await page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoViolations(page);
    await page.locator('#sub').fill('officer-axe');
    await page.locator('#role-officer').check();
    await expectNoViolations(page);
    // The notice a sign-out leaves for the sign-in page.
    await context.addInitScript(() => sessionStorage.setItem('integrity.staff.notice', 'signed-out'));
    await open(page, 'index.html', language);
    await page.locator('#sign-in-notice').waitFor();
    await expectNoViolations(page);
  });

  it('the callback page, reached without a code, and with the hosted UI refusing', async () => {
    const { page } = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
    await open(page, 'callback.html', language);
    await page.locator('#callback-problem').waitFor();
    await expectNoViolations(page);
    await open(page, 'callback.html?error=access_denied', language);
    await page.locator('#callback-retry').waitFor();
    await expectNoViolations(page);
  });

  it("an officer's queue: with cases, on a phone, and filtered to none", async () => {
    const page = await signedIn('officer-axe', ['officer']);
    await openAsStaff(page, 'cases.html', language);
    await expect.poll(() => page.locator('main').innerText()).toContain(reference);
    await expectNoViolations(page);
    // On a phone the queue's table folds into cards.
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectNoViolations(page);
    await page.setViewportSize(DESKTOP);
    // No case filed here is late yet: the late-only list is empty and says so.
    await page.locator('#filter-overdue').check();
    await page.locator('#filters-submit').click();
    await page.locator('#case-table').waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('#queue-status').innerText()).not.toBe('');
    await expectNoViolations(page);
  });

  it("an officer's and an executive's e-mail notifications: loaded and saved", async () => {
    for (const [sub, roles] of [['officer-axe', ['officer']], ['executive-axe', ['executive']]] as const) {
      const page = await signedIn(sub, [...roles]);
      await openAsStaff(page, 'notifications.html', language);
      await page.locator('#preferences-form').waitFor();
      await expectNoViolations(page);
      await page.locator('#preference-case-new-digest').check();
      await page.locator('#preferences-submit').click();
      await page.locator('#saved-notice').waitFor();
      await expectNoViolations(page);
    }
  });

  it("an officer's record page: empty, with its errors, filled with the reporter's identity, and the slip", async () => {
    const page = await signedIn('officer-record-axe', ['officer']);
    await openAsStaff(page, 'record.html', language);
    await page.locator('#record-form').waitFor();
    await page.locator('#record-submit:enabled').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'record-form');
    expect(await page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoViolations(page);
    // Filled, with the identity panel open: what the reporter said is typed as said, in Thai.
    await page.locator('#channel-letter').check();
    await page.locator('#kind-complaint').check();
    await page.locator('#reporterType-public').check();
    await page.locator('#category-bribery').check();
    await page.locator('#subject').fill('หนังสือร้องเรียนเรื่องเรียกรับเงิน');
    await page.locator('#description').fill('ผู้ร้องส่งหนังสือแจ้งว่าเจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต');
    await page.locator('#reporter-identified').check();
    await page.locator('#reporter-name').fill('สมชาย ใจดี');
    await expectNoViolations(page);
    await page.locator('#record-submit').click();
    await page.locator('#slip').waitFor();
    expect(await page.locator('#slip-tracking').innerText()).toContain(`/a/${AGENCY}/${languageFolder(language)}track.html`);
    await expectNoViolations(page);
  });

  it("the case page for an officer: a filed case, the message form's errors, a message sent, the status changed, the closing form's errors", async () => {
    // A case of its own in each language, so each run moves a case from the start of its workflow.
    const filed = await post(
      stack.url,
      '/api/complaints',
      { agency: AGENCY, category: 'bribery', subject: `เรื่องทดสอบหน้าเรื่องร้องเรียน (${language})`, description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
      { 'Idempotency-Key': `staff-axe-case-${language}` },
    );
    expect(filed.status).toBe(201);
    const page = await signedIn('officer-axe-case', ['officer']);
    await openAsStaff(page, `case.html?ref=${filed.body.reference}`, language);
    await expect.poll(() => page.locator('main').innerText(), SLOW).toContain(`เรื่องทดสอบหน้าเรื่องร้องเรียน (${language})`);
    await expectNoViolations(page);
    // On a phone the actions sit below the case and the files' table folds into cards.
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectNoViolations(page);
    await page.setViewportSize(DESKTOP);

    // The status form starts with the one next status chosen, so the empty form to send is the message.
    await sendEmpty(page, 'message-form');
    await expectNoViolations(page);
    // A message sent shows in the case's messages, as written.
    await page.locator('#message').fill('โปรดส่งสำเนาใบเสร็จที่ได้รับเพิ่มเติมทางหน้าติดตามเรื่อง');
    const sent = page.waitForResponse((response) => response.url().includes('/messages') && response.request().method() === 'POST');
    await page.locator('#message-submit').click();
    expect((await sent).status()).toBeLessThan(300);
    await expect.poll(() => page.locator('#case-messages').innerText(), SLOW).toContain('โปรดส่งสำเนาใบเสร็จ');
    await expectNoViolations(page);

    // The status form starts on the one next status (acknowledged): sent with notes, the case shows its history.
    for (const status of ['acknowledged', 'investigating']) {
      await page.locator(`#to-${status}:checked`).waitFor();
      await page.locator('#public-note').fill('รับเรื่องไว้พิจารณาแล้ว');
      await page.locator('#internal-note').fill('ตรวจสอบกับฝ่ายการเงิน');
      const moved = page.waitForResponse((response) => response.url().includes('/transitions') && response.request().method() === 'POST');
      await page.locator('#transition-submit').click();
      expect((await moved).status()).toBeLessThan(300);
      await expect.poll(() => page.locator('#case-timeline li').count(), SLOW).toBeGreaterThan(status === 'acknowledged' ? 1 : 2);
    }
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page);
    // Closing the case asks for its outcome: sent without one, the form says so.
    await page.locator('#to-closed').check();
    await page.locator('#outcome').waitFor();
    await page.locator('#transition-submit').click();
    await page.locator('#outcome-field .field-error').waitFor();
    await expectNoViolations(page);
  });

  it("the case page for a custodian: the reveal form, its errors, the identity revealed, the custody forms' errors, an export made, the audit trail", async () => {
    const custodian = await signedIn('custodian-axe', ['custodian']);
    await openAsStaff(custodian, `case.html?ref=${identifiedReference}`, language);
    await custodian.locator('#reveal-form').waitFor();
    await expectNoViolations(custodian);
    await sendEmpty(custodian, 'reveal-form');
    await expectNoViolations(custodian);
    // A reason too short is refused on the page, then a good one opens the identity.
    await custodian.locator('#reveal-reason').fill('ต้องติดต่อ');
    await custodian.locator('#reveal-submit').click();
    await expect.poll(() => custodian.locator('#reveal-reason').getAttribute('aria-invalid'), SLOW).toBe('true');
    await expectNoViolations(custodian);
    await custodian.locator('#reveal-reason').fill('ต้องติดต่อผู้ร้องเรียนเพื่อขอหลักฐานเพิ่มเติมตามคำสั่งของผู้บังคับบัญชา');
    await custodian.locator('#reveal-confirm').check();
    await custodian.locator('#reveal-submit').click();
    await custodian.locator('#identity-box').waitFor();
    await expect.poll(() => custodian.locator('#identity-list').innerText(), SLOW).toContain('สมหญิง ใจกล้า');
    await expectNoViolations(custodian);

    // The custodian's other forms, each sent empty.
    for (const form of ['assign-form', 'hold-form', 'conflict-form', 'export-form']) await sendEmpty(custodian, form);
    await expectNoViolations(custodian);

    // An export made: its link, and what it holds.
    await custodian.locator('#export-reason').fill('ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือที่ กท 0601/123');
    await custodian.locator('#export-submit').click();
    await custodian.locator('#export-result').waitFor();
    await expectNoViolations(custodian);

    // The case's audit trail, holding the reveal and the export with their reasons as written.
    await custodian.locator('#audit-load').click();
    await expect.poll(() => custodian.locator('#audit-rows').innerText(), SLOW).toContain('ต้องติดต่อผู้ร้องเรียนเพื่อขอหลักฐานเพิ่มเติม');
    await expect.poll(() => custodian.locator('#audit-rows').innerText(), SLOW).toContain('ส่งต่อสำนักงาน ป.ป.ช.');
    await expectNoViolations(custodian);
  });

  it("the case page for an agency admin, who reads its audit trail, and for a role that may not open it", async () => {
    const admin = await signedIn('admin-axe-case', ['admin']);
    await openAsStaff(admin, `case.html?ref=${reference}`, language);
    await admin.locator('#audit-load').click();
    await expect.poll(() => admin.locator('#audit-rows tr').count(), SLOW).toBeGreaterThan(0);
    await expectNoViolations(admin);

    const executive = await signedIn('executive-axe-case', ['executive']);
    await open(executive, `case.html?ref=${reference}`, language);
    await executive.locator('#case-problem').waitFor();
    await expectNoViolations(executive);
  });

  it("an agency admin's queue page: not theirs, offering a case's audit trail by reference, and with its form's errors", async () => {
    const page = await signedIn('admin-axe', ['admin']);
    // Administrators reach a case's audit trail from the queue page, by its reference; the queue itself says it is not theirs.
    await open(page, 'cases.html', language);
    await page.locator('#audit-lookup').waitFor();
    expect(await page.locator('#page-problem').isVisible()).toBe(true);
    await expectNoViolations(page);
    await sendEmpty(page, 'audit-lookup');
    await expectNoViolations(page);
  });

  it("an agency admin's indicators and audit trail: loaded, with the filters' errors, and a search that finds nothing", async () => {
    const page = await signedIn('admin-audit-axe', ['admin']);
    await openAsStaff(page, 'indicators.html', language);
    await page.locator('#quarter-rows tr').first().waitFor();
    await expectNoViolations(page);

    await openAsStaff(page, 'audit.html', language);
    await expect.poll(() => page.locator('#audit-rows tr').count()).toBeGreaterThan(0);
    await expectNoViolations(page);
    // A start after the end is refused on the page; years are typed in the page's era.
    const [later, earlier] = language === 'th' ? ['2569', '2568'] : ['2026', '2025'];
    await page.locator('#filter-from-day').fill('1');
    await page.locator('#filter-from-month').selectOption('1');
    await page.locator('#filter-from-year').fill(later);
    await page.locator('#filter-to-day').fill('1');
    await page.locator('#filter-to-month').selectOption('1');
    await page.locator('#filter-to-year').fill(earlier);
    await page.locator('#filters-submit').click();
    await page.locator('#error-summary').waitFor();
    await expectNoViolations(page);
    // A search that matches nothing says so.
    await page.locator('#filter-from-year').fill(earlier);
    await page.locator('#filter-actor').fill('nobody-at-all');
    await page.locator('#filters-submit').click();
    await expect.poll(() => page.locator('#audit-table').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#audit-status').innerText()).not.toBe('');
    await expectNoViolations(page);
  });

  it("an agency admin's information-centre pages: the registers, the service log and the suggestions, empty, with errors and filled", async () => {
    const page = await signedIn('admin-info-axe', ['admin']);
    await openAsStaff(page, 'registers.html', language);
    await page.locator('#channels-rows tr').nth(1).waitFor();
    await expectNoViolations(page);
    // On a phone the registers' tables fold into cards.
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectNoViolations(page);
    await page.setViewportSize(DESKTOP);
    await sendEmpty(page, 'topic-form');
    await sendEmpty(page, 'channel-form');
    await expectNoViolations(page);
    // A channel whose last day is before its first, then a topic filled and added (announced by its name).
    await page.locator('#channel-activeUntil-day').fill('1');
    await page.locator('#channel-activeUntil-month').selectOption('1');
    await page.locator('#channel-activeUntil-year').fill(language === 'th' ? '2560' : '2017');
    await page.locator('#channel-submit').click();
    await page.locator('#channel-activeUntil-error').waitFor();
    await expectNoViolations(page);
    const title = `จดหมายข่าวศูนย์ข้อมูลข่าวสาร (${language})`;
    await page.locator('#topic-title').fill(title);
    await page.locator('#topic-summary').fill('ช่องทางขอข้อมูลข่าวสารของราชการ');
    await page.locator('#topic-mediaType').selectOption('newsletter');
    await page.locator('#topic-channel').fill('บอร์ดประชาสัมพันธ์');
    await page.locator('#topic-submit').click();
    const row = page.locator('#topics-rows tr').filter({ hasText: title });
    await row.waitFor();
    await expect.poll(() => page.locator('#page-status').innerText()).toContain(title);
    await expectNoViolations(page);
    // Editing an entry names it in the form's heading; retiring asks first.
    await row.locator('.row-actions button').first().click();
    await page.locator('#topic-cancel:visible').waitFor();
    await expectNoViolations(page);
    await page.locator('#topic-cancel').click();
    await row.locator('.row-actions button').nth(1).click();
    await row.locator('.row-actions__question').waitFor();
    await expectNoViolations(page);

    await openAsStaff(page, 'service-log.html', language);
    await page.locator('#service-form').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'service-form');
    await expectNoViolations(page);
    await page.locator('#service-channel-phone').check();
    await page.locator('#service-requestKind').fill('ขอสำเนาประกาศผลการจัดซื้อจัดจ้าง');
    await page.locator('#service-fulfilled-yes').check();
    await page.locator('#service-daysToFulfil').fill('2');
    await page.locator('#service-submit').click();
    await page.locator('#saved-section').waitFor();
    await expectNoViolations(page);

    await openAsStaff(page, 'suggestions.html', language);
    const suggestion = page.locator('#suggestion-list > li').filter({ hasText: 'อยากให้ศูนย์ข้อมูลข่าวสารเปิดให้บริการในวันเสาร์' });
    await suggestion.waitFor();
    await expectNoViolations(page);
    // An empty answer is refused beside its field; an answer is then saved and shown.
    await suggestion.locator('button[type="submit"]').click();
    await suggestion.locator('.field-error').waitFor();
    await expectNoViolations(page);
    await suggestion.locator('textarea').fill(`ขอบคุณสำหรับข้อเสนอแนะ (${language})`);
    await suggestion.locator('button[type="submit"]').click();
    await suggestion.locator('.suggestion__answer-text').filter({ hasText: `(${language})` }).waitFor();
    await expectNoViolations(page);
  });

  it("an executive's indicators and quarterly report: the sign-off form, its errors, and the approval", async () => {
    const executive = await signedIn('executive-report-axe', ['executive']);
    await openAsStaff(executive, 'indicators.html', language);
    await executive.locator('#quarter-rows tr').first().waitFor();
    await expectNoViolations(executive);
    // The quarterly report with its sign-off form, then the form sent without an analysis.
    await openAsStaff(executive, 'report.html', language);
    await executive.locator('#report-body section').first().waitFor();
    await expectNoViolations(executive);
    await sendEmpty(executive, 'sign-off-form');
    await expectNoViolations(executive);
    // Last quarter, which has ended, approved (by the first language's run) and shown approved.
    const ended = previousQuarter(quarterOf(new Date())).id;
    await openAsStaff(executive, `report.html?period=${ended}`, language);
    await executive.locator('#report-body section').first().waitFor();
    if (await executive.locator('#sign-off-form').isVisible()) {
      await executive.locator('#analysis').fill('เรื่องร้องเรียนส่วนใหญ่เป็นเรื่องการเรียกรับเงิน ควรเพิ่มการตรวจสอบ');
      await executive.locator('#sign-off-submit').click();
      await executive.locator('#sign-off-done').waitFor();
    }
    await executive.locator('#sign-off-state .approved-on').waitFor();
    expect(await executive.locator('#sign-off-state .approved-on').innerText()).toContain('executive-report-axe');
    await expectNoViolations(executive);
  });

  it("the platform admin's agencies page: loaded, with its form's errors, an agency added, a search that finds none, retiring", async () => {
    const page = await signedIn('platform-axe', ['platform-admin']);
    await openAsStaff(page, 'agencies.html', language);
    await page.locator('#agencies-table tbody tr').first().waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'onboard-form');
    await expectNoViolations(page);
    // A unit's row with a problem of its own, then the form filled and sent.
    await page.locator('#onboard-add-unit').click();
    await page.locator('#onboard-units input[data-unit="id"]').fill('Not An Id');
    await page.locator('#onboard-submit').click();
    await page.locator('#onboard-units .field-error').first().waitFor();
    await expectNoViolations(page);
    const id = `axe-agency-${language}`;
    await page.locator('#id').fill(id);
    await page.locator('#nameTh').fill(`เทศบาลทดสอบการเข้าถึง ${language}`);
    await page.locator('#nameEn').fill(`Accessibility Test Municipality ${language}`);
    await page.locator('#responsibleUnit').fill('สำนักปลัด');
    await page.locator('#onboard-units input[data-unit="id"]').fill('health-centre-1');
    await page.locator('#onboard-units input[data-unit="nameTh"]').fill('ศูนย์บริการสาธารณสุข 1');
    await page.locator('#onboard-units input[data-unit="nameEn"]').fill('Public Health Centre 1');
    await page.locator('#onboard-submit').click();
    await page.locator('#onboard-done').waitFor();
    await page.locator('#agencies-table').getByText(id, { exact: true }).waitFor();
    await expectNoViolations(page);
    // A search that finds nothing says so.
    await page.locator('#agencies-q').fill('no-such-agency-anywhere');
    await page.locator('#agencies-search button[type="submit"]').click();
    await expect.poll(() => page.locator('#agencies-table').isHidden()).toBe(true);
    await expectNoViolations(page);
    // Retiring asks to be confirmed, then says it is done.
    await page.locator('#agencies-q').fill('');
    await page.locator('#agencies-search button[type="submit"]').click();
    const row = page.locator('#agencies-table tbody tr').filter({ hasText: id });
    await row.getByRole('button').click();
    await expectNoViolations(page);
    await row.getByRole('button').click();
    await expect.poll(() => row.count()).toBe(0);
    await expectNoViolations(page);
  });

  it("an agency admin's own agency: loaded, each form with its errors, saved, and a staff account created", async () => {
    const page = await signedIn('admin-agency-axe', ['admin']);
    await openAsStaff(page, 'agency.html', language);
    await page.locator('#suppressions-section').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'staff-form');
    await expectNoViolations(page);
    // A unit added with a bad id and no names.
    await page.locator('#settings-add-unit').click();
    await page.locator('#settings-units fieldset').last().locator('input[data-unit="id"]').fill('Bad Id');
    await page.locator('#settings-submit').click();
    await page.locator('#settings-units .field-error').first().waitFor();
    await expectNoViolations(page);
    // Removed again, the settings save as they were.
    await page.locator('#settings-units fieldset').last().getByRole('button').click();
    await page.locator('#settings-submit').click();
    await page.locator('#settings-done').waitFor();
    await expectNoViolations(page);
    // A staff account with a Thai name, listed in the table.
    await page.locator('#staff-name').fill('สมศรี ทดสอบ');
    await page.locator('#staff-email').fill(`axe-staff-${language}@example.org`);
    await page.locator('#staff-role-officer').check();
    await page.locator('#staff-submit').click();
    await page.locator('#staff-done').waitFor();
    await page.locator('#staff-table').getByText(`axe-staff-${language}@example.org`).waitFor();
    await expectNoViolations(page);
  });

  it('the disclosure register: empty, the form with its errors, an entry added, and its removal asked and done', async () => {
    const page = await signedIn('admin-disclosures-axe', ['admin']);
    await openAsStaff(page, 'disclosures.html', language);
    await page.locator('#register-empty').waitFor();
    await expectNoViolations(page);
    // The publication date comes filled with today: emptied, every field says what it needs.
    await page.locator('#disclosure-publishedOn-day').fill('');
    await sendEmpty(page, 'disclosure-form');
    await expectNoViolations(page);
    await page.locator('#disclosure-title').fill('ประกาศราคากลางงานจ้างปรับปรุงอาคาร');
    await page.locator('#disclosure-category').selectOption({ index: 1 });
    await page.locator('#disclosure-publishedOn-day').fill('1');
    await page.locator('#disclosure-publishedOn-month').selectOption('10');
    await page.locator('#disclosure-publishedOn-year').fill(language === 'th' ? '2569' : '2026');
    await page.locator('#disclosure-nextUpdateDue-day').fill('1');
    await page.locator('#disclosure-nextUpdateDue-month').selectOption('10');
    await page.locator('#disclosure-nextUpdateDue-year').fill(language === 'th' ? '2570' : '2027');
    await page.locator('#disclosure-source-link').check();
    await page.locator('#disclosure-link').fill('https://www.example.go.th/procurement/plan-2570');
    await expectNoViolations(page);
    await page.locator('#disclosure-submit').click();
    await page.locator('#saved-notice').waitFor();
    await page.locator('#register-rows tr').first().waitFor();
    await expectNoViolations(page);
    const row = page.locator('#register-rows tr').first();
    await row.locator('button').click();
    await row.locator('.row-actions__question').waitFor();
    await expectNoViolations(page);
    await row.locator('button').first().click();
    await page.locator('#register-empty').waitFor();
    await expectNoViolations(page);
  });

  it("the plan's surveys: an administrator's token form, its errors and the codes issued; an executive's results", async () => {
    const admin = await signedIn('admin-surveys-axe', ['admin']);
    await openAsStaff(admin, 'survey-admin.html', language);
    await admin.locator('#tokens-panel').waitFor();
    await expectNoViolations(admin);
    await sendEmpty(admin, 'tokens-form');
    await expectNoViolations(admin);
    await admin.locator('#tokens-count').fill('3');
    await admin.locator('#tokens-submit').click();
    await admin.locator('#issued-tokens code').first().waitFor();
    await expectNoViolations(admin);

    const executive = await signedIn('executive-surveys-axe', ['executive']);
    await openAsStaff(executive, 'survey-admin.html', language);
    await executive.locator('#results-panel').waitFor();
    await expectNoViolations(executive);
    await executive.locator('#results-submit').click();
    await executive.locator('#results').waitFor();
    await expectNoViolations(executive);
  });
});
