// The executive loop in Chromium: the agency's admin chooses, on the agency page, to publish only
// after an executive's approval; the quarter is then prepared, not published; the executive opens the
// quarterly report from the console menu, writes an analysis of problems and remedies and approves;
// the published statistics page then carries the approval's Bangkok date and the analysis, and so
// does its English page (the date in the Common Era with the Buddhist-era year beside it, the Thai
// analysis as written and marked Thai). axe finds nothing on the report page, with its form empty,
// with its error, and approved, nor on the English statistics page.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/rules/fiscal';
import { bangkokDate, englishDay, thaiDay } from '../../shared/rules/thai-time';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { post } from '../support/http';
import { thaiOutsideThaiParts } from '../support/languages';
import { startTestStack, type TestStack } from '../support/local-stack';

const TOKEN_KEY = 'integrity.staff.token';
const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;
const ANALYSIS_PROBLEM = 'ปัญหา: ตอบรับเรื่องล่าช้าในช่วงปลายไตรมาส <em>สามเรื่อง</em>';
const ANALYSIS_REMEDY = 'แนวทางแก้ไข: จัดเวรรับเรื่องทุกวันทำการ & รายงานผู้บริหารทุกสัปดาห์';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  // The seed's other agency is retired, so /stats/ is about this one.
  await stack.context.agencies.update('bma-medical', { status: 'retired' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function staffPage(claims: Parameters<TestStack['issuer']['issue']>[0], options: BrowserContextOptions = {}) {
  const token = await stack.issuer.issue(claims);
  const watched = await openPage(browser, { viewport: DESKTOP_VIEWPORT, ...options });
  watched.context.setDefaultTimeout(15_000);
  await watched.context.addInitScript(([key, value]) => sessionStorage.getItem(key) ?? sessionStorage.setItem(key, value), [TOKEN_KEY, token] as const);
  return watched;
}

const EXECUTIVE: Parameters<TestStack['issuer']['issue']>[0] = { sub: 'director-somsri', roles: ['executive'], agency: 'bma-health' };

describe('the executive loop', { timeout: 180_000 }, () => {
  it('an executive opens the report from the menu, writes an analysis, approves, and the published page carries the approval', async () => {
    // --- The agency's admin turns the setting on, on the agency page --------------------------------
    const admin = await staffPage({ sub: 'admin-e2e', roles: ['admin'], agency: 'bma-health' });
    await admin.page.goto(`${stack.url}/staff/agency.html`);
    const setting = admin.page.getByRole('checkbox', { name: 'เผยแพร่สถิติเมื่อผู้บริหารอนุมัติรายงานแล้วเท่านั้น' });
    await setting.waitFor();
    // The seed agency was stored before the setting: it publishes at once until its admin says otherwise.
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await admin.page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await admin.page.locator('#settings-done').waitFor();
    expectNoProblems(admin.problems);
    await admin.context.close();
    expect((await (await fetch(`${stack.url}/api/agencies/bma-health`)).json()).publishAfterApproval).toBe(true);

    for (let index = 0; index < 6; index += 1) {
      const filed = await post(stack.url, '/api/complaints', { category: 'bribery', subject: `เรื่องที่ ${index + 1}`, description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } });
      expect(filed.status).toBe(201);
    }

    // --- The quarter ends; the job prepares it and publishes nothing --------------------------------
    const quarter = quarterOf(new Date());
    const realClock = stack.context.clock;
    // 23:30 UTC on the quarter's last day is 06:30 of the next day in Bangkok: the day the page must show.
    const approvedAt = new Date(quarter.end.getTime() + 6.5 * 3600_000);
    stack.context.clock = { now: () => approvedAt };
    try {
      const publisher = await stack.issuer.issue({ sub: 'admin-e2e', roles: ['admin'], agency: 'bma-health' });
      const prepared = await post(stack.url, '/api/publications', { period: quarter.id, agency: 'bma-health' }, { authorization: `Bearer ${publisher}` });
      expect(prepared.body.results).toEqual([{ agency: 'bma-health', periods: [], written: [], awaitingApproval: true }]);
      expect((await fetch(`${stack.url}/stats/bma-health/${quarter.id}/`)).status).toBe(404);

      // --- axe on the report page: empty form, then its error ----------------------------------------
      const checker = await staffPage(EXECUTIVE, AXE_CONTEXT);
      await checker.page.goto(`${stack.url}/staff/report.html`);
      await checker.page.locator('#sign-off-form').waitFor();
      await checker.page.locator('#report-body section').first().waitFor();
      expect(await axeViolations(checker.page)).toEqual([]);
      await checker.page.getByRole('button', { name: 'อนุมัติรายงานและเผยแพร่สถิติ' }).click();
      await checker.page.locator('#sign-off-summary').waitFor();
      await checker.page.locator('#analysis-error').waitFor();
      expect(await axeViolations(checker.page)).toEqual([]);
      await checker.context.close();

      // --- The executive, from the menu ------------------------------------------------------------
      const executive = await staffPage(EXECUTIVE);
      await executive.page.goto(`${stack.url}/staff/indicators.html`);
      await executive.page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'รายงานผู้บริหารรายไตรมาส' }).click();
      await executive.page.waitForURL((url) => url.pathname === '/staff/report.html');
      await executive.page.getByRole('heading', { level: 1, name: 'รายงานผู้บริหารรายไตรมาส' }).waitFor();
      await executive.page.locator('#report-body section').first().waitFor();
      expect(await executive.page.locator('#sign-off-state').innerText()).toContain('ยังไม่มีผู้บริหารอนุมัติรายงานไตรมาสนี้');
      expect(await executive.page.locator('#report-body').innerText()).toContain('เรื่องที่เกินกำหนด');
      await executive.page.getByLabel('การวิเคราะห์ปัญหาและแนวทางแก้ไข').fill(`${ANALYSIS_PROBLEM}\n${ANALYSIS_REMEDY}`);
      const approving = executive.page.waitForResponse((response) => response.url().endsWith(`/api/reports/${quarter.id}/approval`));
      await executive.page.getByRole('button', { name: 'อนุมัติรายงานและเผยแพร่สถิติ' }).click();
      expect((await approving).status()).toBe(200);
      await executive.page.locator('#sign-off-done').waitFor();
      const state = await executive.page.locator('#sign-off-state').innerText();
      expect(state).toContain(`อนุมัติโดย director-somsri เมื่อ ${thaiDay(bangkokDate(approvedAt))}`);
      expect(state).toContain(ANALYSIS_REMEDY);
      expect(await executive.page.locator('#sign-off-form').isHidden()).toBe(true);

      // --- The published page carries the approval -------------------------------------------------
      await executive.page.getByRole('link', { name: 'ดูสถิติที่เผยแพร่แล้ว' }).click();
      await executive.page.waitForURL((url) => url.pathname === `/stats/bma-health/${quarter.id}/`);
      const approval = executive.page.getByRole('region', { name: 'การพิจารณาของผู้บริหาร' });
      const published = await approval.innerText();
      expect(published).toContain(`ผู้บริหารพิจารณาและอนุมัติให้เผยแพร่เมื่อ ${thaiDay(bangkokDate(approvedAt))}`);
      // As written, markup and all, as text.
      expect(published).toContain(ANALYSIS_PROBLEM);
      expect(published).toContain(ANALYSIS_REMEDY);
      expect(await approval.locator('em').count()).toBe(0);

      // --- And so does its English page, reached by its language switch ----------------------------
      await executive.page.getByRole('banner').locator('a[hreflang="en"]').click();
      await executive.page.waitForURL((url) => url.pathname === `/stats/bma-health/en/${quarter.id}/`);
      expect(await executive.page.locator('html').getAttribute('lang')).toBe('en');
      const review = executive.page.getByRole('region', { name: 'The executive’s review' });
      expect(await review.innerText()).toContain(`An executive reviewed these statistics and approved their publication on ${englishDay(bangkokDate(approvedAt))}`);
      // The analysis as written, each paragraph in Thai marked so.
      expect(await review.locator('p[lang="th"]').allInnerTexts()).toEqual([ANALYSIS_PROBLEM, ANALYSIS_REMEDY]);
      expect(await review.locator('em').count()).toBe(0);
      expect(await thaiOutsideThaiParts(executive.page)).toEqual([]);
      expectNoProblems(executive.problems);
      await executive.context.close();
      const reader = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
      await reader.page.goto(`${stack.url}/stats/bma-health/en/${quarter.id}/`);
      expect(await reader.page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await axeViolations(reader.page)).toEqual([]);
      await reader.context.close();

      // --- axe on the approved report ---------------------------------------------------------------
      const after = await staffPage(EXECUTIVE, AXE_CONTEXT);
      await after.page.goto(`${stack.url}/staff/report.html?period=${quarter.id}`);
      await after.page.locator('#sign-off-published').waitFor();
      expect(await axeViolations(after.page)).toEqual([]);
      await after.context.close();
    } finally {
      stack.context.clock = realClock;
    }
  });
});
