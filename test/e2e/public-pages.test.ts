// The public pages a citizen reads before and after reporting, in Chromium against the local stack:
// every page links to the agency's guideline and its statistics; the guideline and the privacy notice
// show the agency's own deadlines, retention and contact from the registry (an agency onboarded with
// settings that differ from the standard ones); the statistics pages carry the site's header and a
// way back, fit a 390 px phone, explain a suppressed cell beside it and hatch its bar; and axe-core
// finds no WCAG 2.1 AA violation on any of them, in the states a person sees. The statistics in
// English (/stats/en/, /stats/{id}/en/…) switch to the Thai page and back, say nothing in Thai script
// but what is marked Thai, fit the phone and pass axe too; the English channel pages link them.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/rules/fiscal';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { thaiOutsideThaiParts } from '../support/languages';
import { startTestStack, type TestStack } from '../support/local-stack';

/** An agency whose every setting the pages show differs from the standard 15/15/90 days and 5 years. */
const AGENCY = {
  id: `tambon-notice-${randomUUID().slice(0, 4)}`,
  nameTh: 'องค์การบริหารส่วนตำบลทดสอบประกาศ',
  nameEn: 'Tambon Notice Test SAO',
  deadlines: { acknowledgeDays: 7, progressDays: 21, conclusionDays: 60 },
  retentionYears: 8,
  // Published as soon as the quarter ends, without waiting for an executive's approval.
  publishAfterApproval: false,
  contact: {
    responsibleUnit: 'กองตรวจสอบภายใน',
    phone: '02 555 0147',
    email: 'integrity@notice-test.go.th',
    address: '99 หมู่ 4 ตำบลทดสอบ อำเภอเมือง จังหวัดนนทบุรี 11000',
    dataProtectionContact: 'นางสาวมาลี ปกป้อง เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล',
  },
} as const;

/** Every page of an agency's channel set. */
const CHANNEL_PAGES = ['', 'report.html', 'track.html', 'surveys.html', 'survey.html?id=info-center-satisfaction', 'information-centre.html', 'knowledge.html', 'disclosures.html', 'guide.html', 'privacy.html'];

let stack: TestStack;
let browser: Browser;
/** The tracking credentials of one of the complaints filed below. */
let tracked: { reference: string; secret: string };

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  const platform = await stack.issuer.issue({ sub: 'platform-notice', roles: ['platform-admin'], agency: 'bma-health' });
  const onboarded = await post(stack.url, '/api/agencies', AGENCY, { authorization: `Bearer ${platform}`, 'Idempotency-Key': `onboard-${AGENCY.id}` });
  expect(onboarded.status).toBe(201);
  // Fifteen complaints this quarter: 6 bribery, 5 procurement, 2 abuse of power, 2 misconduct, so the
  // categories the statistics show hold exact counts and counts under five ("<5") side by side.
  const categories = [...Array<string>(6).fill('bribery'), ...Array<string>(5).fill('procurement'), 'abuse-of-power', 'abuse-of-power', 'misconduct', 'misconduct'];
  for (const [index, category] of categories.entries()) {
    const filed = await post(
      stack.url,
      '/api/complaints',
      { agency: AGENCY.id, category, subject: `เรื่องทดสอบที่ ${index + 1}`, description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
      { 'Idempotency-Key': `notice-${AGENCY.id}-${index}` },
    );
    expect(filed.status).toBe(201);
    tracked = { reference: filed.body.reference, secret: filed.body.secret };
  }
  // The stack's clock moves to the day after the quarter to publish it (tokens keep real time).
  const quarter = quarterOf(new Date());
  const realClock = stack.context.clock;
  stack.context.clock = { now: () => new Date(quarter.end.getTime() + 86_400_000) };
  try {
    const admin = await stack.issuer.issue({ sub: 'admin-notice', roles: ['admin'], agency: AGENCY.id });
    expect((await post(stack.url, '/api/publications', { period: quarter.id, agency: AGENCY.id }, { authorization: `Bearer ${admin}` })).status).toBe(200);
  } finally {
    stack.context.clock = realClock;
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** How far the page is wider than the phone (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);

/** The channel page has finished asking the registry (the agency's name is in its header). */
async function named(page: Page) {
  await page.getByRole('banner').getByText(/\S/).last().waitFor();
  await page.waitForFunction(() => document.getElementById('agency-loading')?.hidden !== false);
}

describe('every public page leads to the guideline and the statistics', () => {
  it('on each page of an agency, at /a/{id}/, the footer links its guideline, its statistics and its privacy notice', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    for (const path of CHANNEL_PAGES) {
      await page.goto(`${stack.url}/a/${AGENCY.id}/${path}`);
      await named(page);
      const about = page.getByRole('navigation', { name: 'ข้อมูลเกี่ยวกับช่องทางนี้' });
      // The statistics link is pointed at the agency's own folder once the registry has answered.
      await page.waitForFunction((id) => document.querySelector('a[data-agency-stats]')?.getAttribute('href') === `/stats/${id}/`, AGENCY.id);
      expect(await about.getByRole('link', { name: 'สถิติเรื่องร้องเรียน' }).getAttribute('href'), path).toBe(`/stats/${AGENCY.id}/`);
      expect(await about.getByRole('link', { name: 'คู่มือการร้องเรียน' }).getAttribute('href'), path).toBe('guide.html');
      expect(await about.getByRole('link', { name: 'การคุ้มครองข้อมูลส่วนบุคคล' }).getAttribute('href'), path).toBe('privacy.html');
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
    // Followed, they stay with the agency.
    await page.getByRole('navigation', { name: 'ข้อมูลเกี่ยวกับช่องทางนี้' }).getByRole('link', { name: 'คู่มือการร้องเรียน' }).click();
    await page.waitForURL(`**/a/${AGENCY.id}/guide.html`);
    expectNoProblems(problems);
  }, 60_000);

  it('on the default agency\'s pages at the root and on the finder', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    for (const path of ['report.html', 'track.html', 'guide.html', 'privacy.html']) {
      await page.goto(`${stack.url}/${path}`);
      const about = page.getByRole('navigation', { name: 'ข้อมูลเกี่ยวกับช่องทางนี้' });
      expect(await about.getByRole('link', { name: 'สถิติเรื่องร้องเรียน' }).getAttribute('href'), path).toBe('/stats/bma-health/');
      expect(await about.getByRole('link', { name: 'คู่มือการร้องเรียน' }).getAttribute('href'), path).toBe('guide.html');
    }
    await page.goto(`${stack.url}/`);
    const about = page.getByRole('navigation', { name: 'ข้อมูลเกี่ยวกับช่องทางนี้' });
    expect(await about.getByRole('link', { name: 'สถิติเรื่องร้องเรียนทุกหน่วยงาน' }).getAttribute('href')).toBe('/stats/');
    expect(await about.getByRole('link', { name: 'คู่มือการร้องเรียน' }).getAttribute('href')).toBe('/a/bma-health/guide.html');
    expectNoProblems(problems);
  });

  it('the statistics pages carry the site header and lead back to the agency\'s channel and guideline', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/stats/${AGENCY.id}/`);
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('link', { name: 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ' }).getAttribute('href')).toBe(`/a/${AGENCY.id}/`);
    await banner.getByText(AGENCY.nameTh).waitFor();
    const links = page.getByRole('navigation', { name: 'ลิงก์ของช่องทางร้องเรียน' });
    expect(await links.getByRole('link', { name: `กลับไปที่ช่องทางร้องเรียนของ${AGENCY.nameTh}` }).getAttribute('href')).toBe(`/a/${AGENCY.id}/`);
    expect(await links.getByRole('link', { name: 'คู่มือการร้องเรียน' }).getAttribute('href')).toBe(`/a/${AGENCY.id}/guide.html`);
    await page.goto(`${stack.url}/stats/`);
    expect(await page.getByRole('banner').getByRole('link', { name: 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ' }).getAttribute('href')).toBe('/');
    expectNoProblems(problems);
  });
});

describe('statistics a citizen can read', () => {
  it('fit a 390 px phone, name indicators in plain Thai, explain "<5" beside it and hatch its bar', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    for (const path of ['/stats/', `/stats/${AGENCY.id}/`, `/stats/${AGENCY.id}/archive.html`, '/stats/all/']) {
      await page.goto(`${stack.url}${path}`);
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await page.goto(`${stack.url}/stats/${AGENCY.id}/`);
    // Abuse of power had two complaints: shown as "<5", with what that means right under its chart.
    const chart = page.getByRole('figure', { name: 'เรื่องที่ได้รับ แยกตามประเภท' });
    expect(await chart.getByRole('row', { name: /ใช้อำนาจหน้าที่โดยมิชอบ/ }).innerText()).toContain('น้อยกว่า 5');
    expect(await chart.getByRole('row', { name: /เรียกรับสินบน/ }).innerText()).toContain('6');
    expect(await chart.locator('.cell-note').innerText()).toContain('“น้อยกว่า 5” หมายถึงมี 0 ถึง 4 เรื่อง');
    expect(await chart.locator('svg .chart-range').count()).toBeGreaterThan(0);
    expect(await chart.locator('svg .chart-hatch').count()).toBeGreaterThan(0);
    // The indicator's name is words; the plan's clause is a small reference beside it.
    const indicators = page.getByRole('table', { name: 'ตัวชี้วัดตามแผนปฏิบัติการ' });
    const received = indicators.getByRole('rowheader', { name: /จำนวนเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ได้รับ/ });
    expect(await received.locator('small.ref').innerText()).toBe('(แผนข้อ 4.3.2)');
    expect(await page.locator('body').innerText()).not.toMatch(/ไม่ผ่านเป้าหมาย/);
    // The print stylesheet hides the links and keeps the header plain.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'ลิงก์ของช่องทางร้องเรียน' }).isVisible()).toBe(false);
    expectNoProblems(problems);
  });
});

describe('the statistics in English', () => {
  const quarter = quarterOf(new Date()).id;
  const fiscalYear = quarterOf(new Date()).fiscalYear;
  /** Each statistics page's Thai address and its English one: an agency's quarter, fiscal year to date and archive, the default agency's page before it publishes, the index and the national roll-up. */
  const STATS_PAGES = [
    { th: `/stats/${AGENCY.id}/${quarter}/`, en: `/stats/${AGENCY.id}/en/${quarter}/` },
    { th: `/stats/${AGENCY.id}/${fiscalYear}/`, en: `/stats/${AGENCY.id}/en/${fiscalYear}/` },
    { th: `/stats/${AGENCY.id}/archive.html`, en: `/stats/${AGENCY.id}/en/archive.html` },
    { th: '/stats/bma-health/', en: '/stats/bma-health/en/' },
    { th: '/stats/', en: '/stats/en/' },
    { th: `/stats/all/${quarter}/`, en: `/stats/all/en/${quarter}/` },
  ];

  it('each page switches to English and back, is lang="en", says nothing in Thai script but what is marked Thai, fits 390 px and passes axe', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    for (const { th, en } of [...STATS_PAGES, { th: `/stats/${AGENCY.id}/`, en: `/stats/${AGENCY.id}/en/` }]) {
      await page.goto(`${stack.url}${th}`);
      expect(await page.locator('html').getAttribute('lang'), th).toBe('th');
      const toEnglish = page.getByRole('banner').locator('a[hreflang="en"]');
      expect(await toEnglish.getAttribute('lang'), th).toBe('en');
      expect((await toEnglish.textContent())?.trim(), th).toBe('English');
      // An agency's front page is its latest quarter: its switch leads to that quarter's English page.
      const english = th === `/stats/${AGENCY.id}/` ? `/stats/${AGENCY.id}/en/${quarter}/` : en;
      await toEnglish.click();
      await page.waitForURL(`${stack.url}${english}`);
      if (english !== en) await page.goto(`${stack.url}${en}`);
      expect(await page.locator('html').getAttribute('lang'), en).toBe('en');
      expect(await thaiOutsideThaiParts(page), en).toEqual([]);
      expect(await overflow(page), en).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), en).toEqual([]);
      const toThai = page.getByRole('banner').locator('a[hreflang="th"]');
      expect(await toThai.getAttribute('lang'), en).toBe('th');
      expect((await toThai.textContent())?.trim(), en).toBe('ไทย');
      if (english !== en) continue;
      await toThai.click();
      await page.waitForURL(`${stack.url}${th}`);
      expect(await page.locator('html').getAttribute('lang'), th).toBe('th');
    }
    expectNoProblems(problems);
  }, 120_000);

  it('an agency\'s English page explains "fewer than 5" beside it, names the agency in English and leads back to the English channel', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/stats/${AGENCY.id}/en/`);
    const banner = page.getByRole('banner');
    await banner.getByText(AGENCY.nameEn).waitFor();
    expect(await banner.getByRole('link', { name: 'Corruption and Misconduct Complaints' }).getAttribute('href')).toBe(`/a/${AGENCY.id}/en/`);
    const links = page.getByRole('navigation', { name: 'Links of the complaint channel' });
    expect(await links.getByRole('link', { name: `Back to the complaint channel of ${AGENCY.nameEn}` }).getAttribute('href')).toBe(`/a/${AGENCY.id}/en/`);
    expect(await links.getByRole('link', { name: 'How to complain' }).getAttribute('href')).toBe(`/a/${AGENCY.id}/en/guide.html`);
    // Abuse of power had two complaints: "Fewer than 5", with what that means right under its chart.
    const chart = page.getByRole('figure', { name: 'Complaints received, by type' });
    expect(await chart.getByRole('row', { name: /Abuse of authority/ }).innerText()).toContain('Fewer than 5');
    expect(await chart.getByRole('row', { name: /Bribery/ }).innerText()).toContain('6');
    expect(await chart.locator('.cell-note').innerText()).toContain('“Fewer than 5” means 0 to 4 complaints');
    expect(await chart.locator('svg .chart-hatch').count()).toBeGreaterThan(0);
    const indicators = page.getByRole('table', { name: 'Indicators of the action plan' });
    const received = indicators.getByRole('rowheader', { name: /Corruption and misconduct complaints received/ });
    expect(await received.locator('small.ref').innerText()).toBe('(plan item 4.3.2)');
    // The way back leads to the English channel page.
    await links.getByRole('link', { name: 'How to complain' }).click();
    await page.waitForURL(`**/a/${AGENCY.id}/en/guide.html`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expectNoProblems(problems);
  });

  it('the English channel pages and finder link the English statistics', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const about = () => page.getByRole('navigation', { name: 'About this channel' });
    await page.goto(`${stack.url}/a/${AGENCY.id}/en/guide.html`);
    await named(page);
    await page.waitForFunction((id) => document.querySelector('a[data-agency-stats]')?.getAttribute('href') === `/stats/${id}/en/`, AGENCY.id);
    expect(await about().getByRole('link', { name: 'Complaint statistics', exact: true }).getAttribute('href')).toBe(`/stats/${AGENCY.id}/en/`);
    expect(await page.locator('main a[data-agency-stats]').getAttribute('href')).toBe(`/stats/${AGENCY.id}/en/`);
    await page.goto(`${stack.url}/en/report.html`);
    expect(await about().getByRole('link', { name: 'Complaint statistics', exact: true }).getAttribute('href')).toBe('/stats/bma-health/en/');
    await page.goto(`${stack.url}/en/`);
    await about().getByRole('link', { name: 'Complaint statistics of every agency', exact: true }).click();
    await page.waitForURL(`${stack.url}/stats/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expectNoProblems(problems);
  });
});

describe('the guideline and the privacy notice of each agency', () => {
  it('show the agency\'s own deadlines, unit and contact from the registry', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/guide.html`);
    await named(page);
    const steps = page.getByRole('region', { name: 'ขั้นตอน ระยะเวลา และสิ่งที่ท่านจะเห็น' });
    await steps.getByText('7 วัน').waitFor();
    await steps.getByText('21 วัน').waitFor();
    await steps.getByText('60 วัน').waitFor();
    const ways = page.getByRole('region', { name: 'ช่องทางร้องเรียน' });
    for (const text of [AGENCY.contact.phone, AGENCY.contact.email, AGENCY.contact.address]) expect(await ways.innerText()).toContain(text);
    expect(await page.getByRole('region', { name: 'หน่วยงานที่รับผิดชอบ' }).innerText()).toContain(AGENCY.contact.responsibleUnit);
    const outside = await page.getByRole('region', { name: 'หน่วยงานภายนอกที่รับเรื่องร้องเรียน' }).innerText();
    for (const hotline of ['1205', '1206', '1567']) expect(outside).toContain(hotline);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${stack.url}/a/${AGENCY.id}/privacy.html`);
    await named(page);
    await page.getByRole('region', { name: 'ระยะเวลาเก็บรักษา' }).getByText('8 ปี').waitFor();
    expect(await page.getByRole('region', { name: 'ผู้ติดต่อด้านข้อมูลส่วนบุคคล' }).innerText()).toContain(AGENCY.contact.dataProtectionContact);
    expect(await page.getByRole('region', { name: 'วัตถุประสงค์และฐานทางกฎหมาย' }).innerText()).toContain('มาตรา ๒๔');
    expectNoProblems(problems);
  });

  it('for the default agency at /guide.html and /privacy.html, with its standard settings', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/guide.html`);
    await page.getByRole('region', { name: 'ขั้นตอน ระยะเวลา และสิ่งที่ท่านจะเห็น' }).getByText('90 วัน').waitFor();
    await page.goto(`${stack.url}/privacy.html`);
    await page.getByRole('region', { name: 'ระยะเวลาเก็บรักษา' }).getByText('5 ปี').waitFor();
    expectNoProblems(problems);
  });

  it('say something true without JavaScript, and point to where the agency\'s figures are', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
    await page.goto(`${stack.url}/a/${AGENCY.id}/guide.html`);
    const steps = await page.getByRole('region', { name: 'ขั้นตอน ระยะเวลา และสิ่งที่ท่านจะเห็น' }).innerText();
    expect(steps).toContain('ระยะเวลาที่หน่วยงานกำหนด');
    expect(await page.locator('main').innerText()).toContain('จะแสดงเมื่อเปิดใช้ JavaScript');
  });

  it('are linked from the report and survey forms where personal data is asked for', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/report.html`);
    const note = page.locator('#privacy-note');
    expect(await note.getByRole('link', { name: /ประกาศความเป็นส่วนตัว/ }).getAttribute('href')).toBe('privacy.html');
    // It sits with the identity questions, before the first of them.
    expect(await page.evaluate(() => {
      const note = document.getElementById('privacy-note');
      const identity = document.getElementById('reporter');
      return !!note && !!identity && !!(note.compareDocumentPosition(identity) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    await page.goto(`${stack.url}/a/${AGENCY.id}/survey.html?id=info-center-satisfaction`);
    expect(await page.getByRole('form').getByRole('link', { name: /ประกาศความเป็นส่วนตัว/ }).getAttribute('href')).toBe('privacy.html');
  });
});

describe('axe-core finds no WCAG 2.1 AA violation', () => {
  /** Runs axe on the page as it stands; the page's context must be one axe can be injected into (AXE_CONTEXT). */
  async function check(page: Page, label: string) {
    expect(await axeViolations(page), label).toEqual([]);
  }

  it('on every public page as it first shows', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    for (const path of CHANNEL_PAGES) {
      await page.goto(`${stack.url}/a/${AGENCY.id}/${path}`);
      await named(page);
      await check(page, `/a/{id}/${path}`);
    }
    const fiscalYear = quarterOf(new Date()).fiscalYear;
    for (const path of ['/', '/guide.html', '/privacy.html', '/stats/', `/stats/${AGENCY.id}/`, `/stats/${AGENCY.id}/${fiscalYear}/`, `/stats/${AGENCY.id}/archive.html`, '/stats/all/']) {
      await page.goto(`${stack.url}${path}`);
      await check(page, path);
    }
  }, 120_000);

  it('on the forms with errors and filled, and on the finder with results', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/a/${AGENCY.id}/report.html`);
    await named(page);
    const send = page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' });
    await page.waitForFunction(() => !(document.getElementById('submit-complaint') as HTMLButtonElement).disabled);
    await send.click();
    await page.locator('#error-summary').waitFor();
    await check(page, 'report form with errors');
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill('เรียกเงินเพื่อเร่งออกใบอนุญาต');
    await page.getByLabel('รายละเอียดเรื่อง').fill('เจ้าหน้าที่เรียกเงินห้าพันบาทเพื่อเร่งออกใบอนุญาตประกอบกิจการ');
    await page.getByRole('radio', { name: 'เปิดเผยตัวตน', exact: true }).check();
    await page.getByLabel('ชื่อ–นามสกุล').fill('สมหญิง ตั้งใจ');
    await check(page, 'report form filled, identified');
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    await check(page, 'report form filled, anonymous');

    await page.goto(`${stack.url}/a/${AGENCY.id}/track.html`);
    await named(page);
    await page.waitForFunction(() => !(document.getElementById('track-submit') as HTMLButtonElement).disabled);
    await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
    await page.locator('#error-summary').waitFor();
    await check(page, 'tracking form with errors');
    await page.getByLabel('เลขที่เรื่อง').fill(tracked.reference);
    await page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(tracked.secret);
    await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
    await page.locator('#case').waitFor();
    await check(page, 'tracking a case');

    await page.goto(`${stack.url}/a/${AGENCY.id}/survey.html?id=info-center-satisfaction`);
    await named(page);
    await page.waitForFunction(() => !(document.getElementById('survey-submit') as HTMLButtonElement).disabled);
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.locator('#error-summary').waitFor();
    await check(page, 'survey form with errors');

    await page.goto(`${stack.url}/`);
    await page.getByLabel('ชื่อหน่วยงาน').fill('ทดสอบประกาศ');
    await page.getByRole('link', { name: AGENCY.nameTh }).waitFor();
    await check(page, 'finder with results');
  }, 120_000);
});
