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
  it('the sign-in page: empty, and with its errors', async () => {
    const { page } = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
    await open(page, 'index.html', language);
    await page.locator('#local-form').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'local-form');
    expect(await page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoViolations(page);
  });

  it('the callback page, reached without a code', async () => {
    const { page } = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
    await open(page, 'callback.html', language);
    await expectNoViolations(page);
  });

  it("an officer's pages: the queue with cases, a filed case and its forms' errors, recording a case", async () => {
    const page = await signedIn('officer-axe', ['officer']);
    await openAsStaff(page, 'cases.html', language);
    await expect.poll(() => page.locator('main').innerText()).toContain(reference);
    await expectNoViolations(page);
    // On a phone the queue's table folds into cards.
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectNoViolations(page);
    await page.setViewportSize(DESKTOP);

    await openAsStaff(page, `case.html?ref=${reference}`, language);
    await expect.poll(() => page.locator('main').innerText()).toContain('เรื่องทดสอบการเข้าถึงที่ 3');
    await expectNoViolations(page);
    // The status form starts with the one next status chosen, so the empty form to send is the message.
    await sendEmpty(page, 'message-form');
    await expectNoViolations(page);
    // The status form starts on the one next status (acknowledged): sent, the case shows its history.
    const acknowledged = page.waitForResponse((response) => response.url().includes('/transitions') && response.request().method() === 'POST');
    await page.locator('#transition-submit').click();
    expect((await acknowledged).status()).toBeLessThan(300);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page);
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

  it("an agency admin's pages, loaded and with their forms' errors", async () => {
    const page = await signedIn('admin-axe', ['admin']);
    // Administrators reach a case's audit trail from the queue page, by its reference.
    await openAsStaff(page, 'cases.html', language);
    await page.locator('#audit-lookup').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'audit-lookup');
    await expectNoViolations(page);
    await openAsStaff(page, `case.html?ref=${reference}`, language);
    await expectNoViolations(page);

    await openAsStaff(page, 'agency.html', language);
    await expectNoViolations(page);
    await sendEmpty(page, 'staff-form');
    await expectNoViolations(page);

    await openAsStaff(page, 'registers.html', language);
    await expectNoViolations(page);
    await sendEmpty(page, 'topic-form');
    await sendEmpty(page, 'channel-form');
    await expectNoViolations(page);

    await openAsStaff(page, 'service-log.html', language);
    await page.locator('#service-form').waitFor();
    await expectNoViolations(page);
    await sendEmpty(page, 'service-form');
    await expectNoViolations(page);

    await openAsStaff(page, 'survey-admin.html', language);
    await expectNoViolations(page);
    await sendEmpty(page, 'tokens-form');
    await expectNoViolations(page);

    await openAsStaff(page, 'suggestions.html', language);
    await expect.poll(() => page.locator('main').innerText()).toContain('อยากให้ศูนย์ข้อมูลข่าวสารเปิดให้บริการในวันเสาร์');
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

  it("a custodian's case page with the reveal form's errors, and an executive's pages", async () => {
    const custodian = await signedIn('custodian-axe', ['custodian']);
    await openAsStaff(custodian, `case.html?ref=${identifiedReference}`, language);
    await custodian.locator('#reveal-form').waitFor();
    await expectNoViolations(custodian);
    await sendEmpty(custodian, 'reveal-form');
    await expectNoViolations(custodian);

    const executive = await signedIn('executive-axe', ['executive']);
    await openAsStaff(executive, 'survey-admin.html', language);
    await expectNoViolations(executive);
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

  it("the platform admin's agencies page, loaded and with its form's errors", async () => {
    const page = await signedIn('platform-axe', ['platform-admin']);
    await openAsStaff(page, 'agencies.html', language);
    await expectNoViolations(page);
    await sendEmpty(page, 'onboard-form');
    await expectNoViolations(page);
  });
});
