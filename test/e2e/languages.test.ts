// Every public page in Thai and in English, in Chromium against the local stack: each page links the
// same page in the other language (<a hreflang lang>), the English page is <html lang="en">, its
// visible text (and what a screen reader reads from attributes) holds no Thai script except what is
// marked lang="th" (the switch back to Thai, names and contact details as the agency registered
// them in Thai), a form's errors and the server's refusals reach the reporter in English, dates are
// in the Common Era with the Buddhist-era year beside them, and axe-core finds no WCAG 2.1 AA
// violation on any English page.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { post } from '../support/http';
import { thaiOutsideThaiParts } from '../support/languages';
import { startTestStack, type TestStack } from '../support/local-stack';

/** An agency whose registry holds Thai words an English page must show as they are (its unit, its address). */
const AGENCY = {
  id: `tambon-lang-${randomUUID().slice(0, 4)}`,
  nameTh: 'องค์การบริหารส่วนตำบลทดสอบภาษา',
  nameEn: 'Tambon Language Test SAO',
  units: [{ id: 'finance', nameTh: 'กองคลัง', nameEn: 'Finance Division' }],
  contact: {
    responsibleUnit: 'สำนักปลัด',
    phone: '02 555 0199',
    address: '1 หมู่ 2 ตำบลทดสอบ อำเภอเมือง จังหวัดนนทบุรี 11000',
    dataProtectionContact: 'นางสาวมาลี ปกป้อง',
  },
} as const;

/** Every page of a channel, by its name in the channel's folder ('' is the channel's home). */
const CHANNEL_PAGES = ['', 'report.html', 'track.html', 'surveys.html', 'survey.html?id=info-center-satisfaction', 'information-centre.html', 'knowledge.html', 'guide.html', 'privacy.html', 'disclosures.html'];

/**
 * Pages whose English version still shows Thai words of its own: the survey form's script (its
 * messages and the questions the plan's instruments write in Thai) is not translated yet. Their
 * switch, lang and axe are checked like every other page's.
 */
const NOT_YET_TRANSLATED = /\/survey\.html\?/;

/** Each public page's Thai address and its English one: the agency's channel, the default agency's at the root, the finder. */
const PAGES: { th: string; en: string }[] = [
  ...CHANNEL_PAGES.map((page) => ({ th: `/a/${AGENCY.id}/${page}`, en: `/a/${AGENCY.id}/en/${page}` })),
  ...CHANNEL_PAGES.filter((page) => page !== '').map((page) => ({ th: `/${page}`, en: `/en/${page}` })),
  { th: '/', en: '/en/' },
  // Where a news e-mail's stop link leads (here without its token, so it says the link is cut).
  { th: '/stop.html', en: '/en/stop.html' },
];

let stack: TestStack;
let browser: Browser;
let tracked: { reference: string; secret: string };

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  const platform = await stack.issuer.issue({ sub: 'platform-lang', roles: ['platform-admin'], agency: 'bma-health' });
  const onboarded = await post(stack.url, '/api/agencies', AGENCY, { authorization: `Bearer ${platform}`, 'Idempotency-Key': `onboard-${AGENCY.id}` });
  expect(onboarded.status).toBe(201);
  const filed = await post(
    stack.url,
    '/api/complaints',
    { agency: AGENCY.id, category: 'bribery', subject: 'เรียกรับเงิน', description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
    { 'Idempotency-Key': `lang-${AGENCY.id}` },
  );
  expect(filed.status).toBe(201);
  tracked = { reference: filed.body.reference, secret: filed.body.secret };
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A channel page has finished asking the registry; the finder and the survey list have listed what they list. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getElementById('agency-loading')?.hidden !== false);
  await page.waitForLoadState('networkidle');
}

describe('every public page in English', () => {
  it('is linked from its Thai page and back, is lang="en", and says nothing in Thai script but what is marked Thai', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    for (const { th, en } of PAGES) {
      await page.goto(`${stack.url}${th}`);
      await settled(page);
      expect(await page.locator('html').getAttribute('lang'), th).toBe('th');
      const toEnglish = page.getByRole('banner').locator('a[hreflang="en"]');
      expect(await toEnglish.getAttribute('lang'), th).toBe('en');
      expect((await toEnglish.textContent())?.trim(), th).toBe('English');
      await toEnglish.click();
      await page.waitForURL(`${stack.url}${en}`);
      await settled(page);
      expect(await page.locator('html').getAttribute('lang'), en).toBe('en');
      if (!NOT_YET_TRANSLATED.test(en)) expect(await thaiOutsideThaiParts(page), en).toEqual([]);
      // The agency is named as it registered itself in English.
      if (en.startsWith('/a/')) expect(await page.getByRole('banner').textContent(), en).toContain(AGENCY.nameEn);
      const toThai = page.getByRole('banner').locator('a[hreflang="th"]');
      expect(await toThai.getAttribute('lang'), en).toBe('th');
      expect((await toThai.textContent())?.trim(), en).toBe('ไทย');
      await toThai.click();
      await page.waitForURL(`${stack.url}${th}`);
      expect(await page.locator('html').getAttribute('lang'), th).toBe('th');
    }
    expectNoProblems(problems);
  }, 180_000);

  it('lists agencies on the English finder by their English names, each linking to its English channel', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/en/`);
    await page.getByLabel('Agency name').fill('Language Test');
    // Before the search answers, the list of all agencies may show the agency already: wait for the search's count.
    await page.locator('#finder-status').getByText(/^1 agency found$/).waitFor();
    const link = page.getByRole('link', { name: AGENCY.nameEn });
    expect(await link.getAttribute('href')).toBe(`/a/${AGENCY.id}/en/`);
    expect(await thaiOutsideThaiParts(page)).toEqual([]);
    expectNoProblems(problems);
  });

  it('tells a reporter what to fix in English, and the server\'s refusal too', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/report.html`);
    await settled(page);
    await page.getByRole('button', { name: 'Send complaint' }).click();
    const summary = page.locator('#error-summary');
    await summary.getByText('Please choose the type of complaint').waitFor();
    await summary.getByText('Please enter the subject').waitFor();
    // The date of the incident is asked in the Common Era.
    await page.getByLabel('Year', { exact: true }).fill('2099');
    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).selectOption({ label: 'January' });
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await summary.getByText('The date of the incident cannot be after today').waitFor();
    // The unit the complaint concerns is offered by its English name.
    await page.locator('#unit option', { hasText: 'Finance Division' }).waitFor({ state: 'attached' });
    expect(await thaiOutsideThaiParts(page)).toEqual([]);

    // A wrong secret is refused by the server (401); the page says so in English.
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/track.html`);
    await settled(page);
    await page.getByLabel('Reference number').fill(tracked.reference);
    await page.getByLabel('Secret code for following your complaint').fill('AAAAAA-AAAAAA-AAAAAA-AAAAAA');
    await page.getByRole('button', { name: 'See progress' }).click();
    await page.getByText('The reference number or secret code is not correct.').waitFor();
    expect(await thaiOutsideThaiParts(page)).toEqual([]);
    expectNoProblems(problems, [/401/]);
  });

  it('shows a tracked case in English, its dates in the Common Era with the Buddhist-era year beside them', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/track.html`);
    await settled(page);
    await page.getByLabel('Reference number').fill(tracked.reference);
    await page.getByLabel('Secret code for following your complaint').fill(tracked.secret);
    await page.getByRole('button', { name: 'See progress' }).click();
    await page.locator('#case-status').getByText('Received').waitFor();
    const year = new Date().getFullYear();
    expect(await page.locator('#case-acknowledge-by').textContent()).toMatch(new RegExp(`^\\d{1,2} \\w+ ${year} \\(B\\.E\\.\\s${year + 543}\\)$`));
    expect(await page.locator('#case-category').textContent()).toBe('Bribery / improper benefits');
    expect(await thaiOutsideThaiParts(page)).toEqual([]);
    expectNoProblems(problems);
  });
});

describe('axe-core finds no WCAG 2.1 AA violation on the English pages', () => {
  it('on every English page as it opens', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    for (const { en } of PAGES) {
      await page.goto(`${stack.url}${en}`);
      await settled(page);
      expect(await axeViolations(page), en).toEqual([]);
    }
  }, 180_000);

  it('on the English report form with its errors shown, and on a tracked case', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/report.html`);
    await settled(page);
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.locator('#error-summary').getByText('Please choose the type of complaint').waitFor();
    expect(await axeViolations(page), 'report form with errors').toEqual([]);
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/track.html`);
    await settled(page);
    await page.getByLabel('Reference number').fill(tracked.reference);
    await page.getByLabel('Secret code for following your complaint').fill(tracked.secret);
    await page.getByRole('button', { name: 'See progress' }).click();
    await page.locator('#case-status').getByText('Received').waitFor();
    expect(await axeViolations(page), 'tracked case').toEqual([]);
  });
});
