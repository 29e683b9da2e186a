// What the agency discloses, end to end (plan 2.1.1, steps 4–5): Chromium drives the real console and
// public pages served by the local stack against DynamoDB Local. The agency's admin sees an entry
// whose update is overdue marked, adds one entry with a link and one with a hostile PDF (uploaded
// from the page straight to the bucket, rebuilt on arrival); the public page then lists both under
// their categories with their dates, and its PDF link serves a file without the upload's metadata.
// axe finds nothing on either page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { MARKERS, pdfWithProperties } from '../support/evidence-fixtures';
import { startTestStack, type TestStack } from '../support/local-stack';
import { englishDay } from '../../shared/rules/thai-time';

const AGENCY = 'bma-health';
const DESKTOP = { width: 1280, height: 900 } as const;
const buddhistDay = (iso: string) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const bangkokToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function signedInPage(options: { axe: boolean }) {
  const token = await stack.issuer.issue({ sub: 'disclosure-admin', roles: ['admin'], agency: AGENCY });
  const watched = await openPage(browser, { ...(options.axe ? AXE_CONTEXT : {}), viewport: DESKTOP });
  await watched.context.addInitScript((value) => sessionStorage.setItem('integrity.staff.token', value), token);
  watched.page.setDefaultTimeout(15_000);
  return watched;
}

async function openConsole(page: Page) {
  await page.goto(`${stack.url}/staff/disclosures.html`);
  await page.waitForLoadState('networkidle');
  await page.locator('#register-section').waitFor();
  expect(await page.locator('#page-problem').isHidden()).toBe(true);
}

/** Types a day into the page's three-part Thai date (day, month, Buddhist-era year). */
async function fillThaiDate(page: Page, fieldset: string, iso: string) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  await page.locator(`#${fieldset}-day`).fill(String(day));
  await page.locator(`#${fieldset}-month`).selectOption(String(month));
  await page.locator(`#${fieldset}-year`).fill(String(year + 543));
}

const NEXT_YEAR = `${Number(bangkokToday().slice(0, 4)) + 1}-09-30`;
const LINKED = { title: 'อำนาจหน้าที่ของสำนักอนามัยตามข้อบัญญัติ', link: 'https://www.example.go.th/about/authority' };
const DOCUMENT = { title: 'ประกาศราคากลางงานจ้างปรับปรุงศูนย์บริการสาธารณสุข' };
const OVERDUE = { title: 'แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘', category: 'procurement', publishedOn: '2024-10-01', nextUpdateDue: '2025-09-30', link: 'https://www.example.go.th/procurement/2568' };

describe('the disclosure register in the browser', { timeout: 120_000 }, () => {
  it('the admin adds a link and a PDF, sees the overdue entry marked, and the public page lists both by category', async () => {
    const token = await stack.issuer.issue({ sub: 'disclosure-seed', roles: ['admin'], agency: AGENCY });
    const seeded = await fetch(`${stack.url}/api/agencies/${AGENCY}/disclosures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(OVERDUE),
    });
    expect(seeded.status).toBe(201);

    const { page, problems } = await signedInPage({ axe: false });
    await openConsole(page);
    // The overdue entry is marked in words, and counted above the table.
    const overdueRow = page.locator('#register-rows tr').filter({ hasText: OVERDUE.title });
    await expect.poll(() => overdueRow.locator('.flag').textContent()).toContain('เลยกำหนดปรับปรุง');
    expect(await page.locator('#overdue-summary').textContent()).toContain('เลยกำหนดปรับปรุง 1 รายการ');

    // A link.
    await page.getByLabel('ชื่อรายการ').fill(LINKED.title);
    await page.getByLabel('หมวด').selectOption('duties');
    await fillThaiDate(page, 'disclosure-nextUpdateDue', NEXT_YEAR);
    await page.getByRole('radio', { name: 'ลิงก์ไปยังเว็บไซต์ของหน่วยงาน' }).check();
    await page.getByLabel('ลิงก์', { exact: true }).fill(LINKED.link);
    await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
    await page.locator('#saved-notice').filter({ hasText: LINKED.title }).waitFor();

    // A PDF carrying its author, producer and XMP.
    const pdf = Buffer.from(await pdfWithProperties());
    await page.getByLabel('ชื่อรายการ').fill(DOCUMENT.title);
    await page.getByLabel('หมวด').selectOption('reference-prices');
    await fillThaiDate(page, 'disclosure-nextUpdateDue', NEXT_YEAR);
    await page.getByRole('radio', { name: 'ไฟล์ PDF' }).check();
    await page.locator('#disclosure-document').setInputFiles({ name: 'ราคากลาง.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
    await page.locator('#saved-notice').filter({ hasText: DOCUMENT.title }).waitFor();
    const documentRow = page.locator('#register-rows tr').filter({ hasText: DOCUMENT.title });
    await documentRow.filter({ hasText: 'ไฟล์ PDF ที่ล้างข้อมูลแฝงแล้ว' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#register-rows tr.case-row--overdue').count()).toBe(1);
    expectNoProblems(problems);

    // The public page of the default agency at the root, and the same agency's page under /a/{id}/.
    for (const path of ['/disclosures.html', `/a/${AGENCY}/disclosures.html`]) {
      const visitor = await openPage(browser, { viewport: DESKTOP });
      await visitor.page.goto(`${stack.url}${path}`);
      await visitor.page.locator('#disclosure-categories').waitFor();
      const duties = visitor.page.getByRole('region', { name: 'อำนาจหน้าที่ของหน่วยงาน' });
      const prices = visitor.page.getByRole('region', { name: 'ราคากลาง' });
      const linkedCard = duties.getByRole('listitem').filter({ hasText: LINKED.title });
      expect(await linkedCard.textContent()).toContain(`เผยแพร่เมื่อ ${buddhistDay(bangkokToday())}`);
      expect(await linkedCard.textContent()).toContain(`กำหนดปรับปรุงครั้งถัดไป ${buddhistDay(NEXT_YEAR)}`);
      expect(await linkedCard.getByRole('link').getAttribute('href')).toBe(LINKED.link);
      const documentCard = prices.getByRole('listitem').filter({ hasText: DOCUMENT.title });
      expect(await documentCard.textContent()).toContain(`กำหนดปรับปรุงครั้งถัดไป ${buddhistDay(NEXT_YEAR)}`);
      // Each entry is under its own category only.
      expect(await prices.getByText(LINKED.title).count()).toBe(0);
      expect(await duties.getByText(DOCUMENT.title).count()).toBe(0);
      const href = await documentCard.getByRole('link').getAttribute('href');
      const served = await visitor.page.request.get(new URL(href!, `${stack.url}${path}`).href);
      expect(served.status()).toBe(200);
      const text = (await served.body()).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      for (const marker of Object.values(MARKERS.pdf)) expect(text, marker).not.toContain(marker);
      // On a phone the cards fit the screen: nothing pushes the page sideways.
      await visitor.page.setViewportSize(PHONE_VIEWPORT);
      expect(await visitor.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expectNoProblems(visitor.problems);
      await visitor.context.close();
    }

    // The English page: the categories and dates in English, the agency's Thai titles marked as Thai.
    const reader = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await reader.page.goto(`${stack.url}/en/disclosures.html`);
    await reader.page.locator('#disclosure-categories').waitFor();
    expect(await reader.page.locator('html').getAttribute('lang')).toBe('en');
    const duties = reader.page.getByRole('region', { name: 'The agency’s duties and powers' });
    const linkedCard = duties.getByRole('listitem').filter({ hasText: LINKED.title });
    expect(await linkedCard.textContent()).toContain(`Published on ${englishDay(bangkokToday())}`);
    expect(await linkedCard.textContent()).toContain(`Next update due ${englishDay(NEXT_YEAR)}`);
    expect(await linkedCard.getByRole('heading').getAttribute('lang')).toBe('th');
    const prices = reader.page.getByRole('region', { name: 'Reference prices' });
    expect(await prices.getByRole('listitem').filter({ hasText: DOCUMENT.title }).getByRole('link').textContent()).toMatch(/^Open the document “.+” \(PDF file, \d+ KB, opens in a new tab\)$/);
    expectNoProblems(reader.problems);
    await reader.context.close();
  });

  it('axe finds no WCAG 2.1 AA violation on the console (with its errors and its entries) or the public page', async () => {
    const { page } = await signedInPage({ axe: true });
    await openConsole(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'เพิ่มรายการ' }).click();
    await page.locator('#disclosure-form .field-error').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'ไฟล์ PDF' }).check();
    expect(await axeViolations(page)).toEqual([]);

    const visitor = await openPage(browser, { ...AXE_CONTEXT, viewport: DESKTOP });
    for (const path of ['/disclosures.html', '/en/disclosures.html']) {
      await visitor.page.goto(`${stack.url}${path}`);
      await visitor.page.locator('#disclosure-categories').waitFor();
      expect(await axeViolations(visitor.page), path).toEqual([]);
    }
  });
});
