// The agency-wide audit view in Chromium: a custodian finds it in the menu, filters it, turns a page,
// and an officer is told the page is not for them (and gets no menu link to it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntry } from '../../shared/domain/audit';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { launchBrowser, openPage } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import type { Browser } from 'playwright-core';

const ROLE = { officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน', custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน' } as const;

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  const officer: StaffPrincipal = { id: 'officer-somchai', roles: ['officer'], agency: 'bma-health' };
  const custodian: StaffPrincipal = { id: 'custodian-wipa', roles: ['custodian'], agency: 'bma-health' };
  for (let index = 0; index < 55; index += 1) await stack.context.audit.append(auditEntry(stack.context, officer, 'officer', 'case.read', { reference: 'ABCDE-FGH23' }));
  await stack.context.audit.append(auditEntry(stack.context, custodian, 'custodian', 'identity.reveal', { reference: 'ABCDE-FGH23', reason: 'ตามหนังสือสำนักงาน ป.ป.ช. ที่ 123/2569 ขอข้อมูลผู้ร้อง' }));
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function signIn(page: Page, sub: string, role: keyof typeof ROLE) {
  await page.goto(`${stack.url}/staff/audit.html`);
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  await page.getByRole('checkbox', { name: ROLE[role] }).check();
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/staff/index.html'));
}

describe('the audit view page', () => {
  it('lets a custodian filter the agency log and turn its pages', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await signIn(page, 'custodian-wipa', 'custodian');
    if (!page.url().endsWith('/staff/audit.html')) await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'ประวัติการดำเนินการ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ประวัติการดำเนินการของหน่วยงาน' }).waitFor();
    await expect.poll(() => page.locator('#audit-status').innerText()).toContain('แสดง 50 รายการ');
    expect(await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'ประวัติการดำเนินการ' }).count()).toBe(1);
    // Newest first: this page's own read is at the top.
    expect(await page.locator('#audit-rows tr').first().innerText()).toContain('ดูประวัติการดำเนินการ');

    const next = page.waitForResponse((response) => response.url().includes('/api/audit?') && response.url().includes('cursor='));
    await page.getByRole('button', { name: 'หน้าถัดไป' }).click();
    expect((await next).status()).toBe(200);
    await expect.poll(() => page.locator('#audit-status').innerText()).toContain('หน้า 2: แสดง 7 รายการ');

    await page.locator('#filter-action').selectOption({ label: 'เปิดดูข้อมูลตัวตนผู้ร้องเรียน' });
    await page.locator('#filter-from-day').fill('1');
    await page.locator('#filter-from-month').selectOption('1');
    await page.locator('#filter-from-year').fill('2569');
    await page.getByRole('button', { name: 'แสดงประวัติ' }).click();
    await expect.poll(() => page.locator('#audit-status').innerText()).toContain('แสดง 1 รายการ');
    const row = page.locator('#audit-rows tr');
    expect(await row.innerText()).toContain('ตามหนังสือสำนักงาน ป.ป.ช.');
    expect(await row.getByRole('link', { name: 'ABCDE-FGH23' }).getAttribute('href')).toBe('/staff/case.html?ref=ABCDE-FGH23');
    expect(new URL(page.url()).searchParams.get('action')).toBe('identity.reveal');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01-01');

    // A start after the end is refused on the page, before any request.
    await page.locator('#filter-to-day').fill('1');
    await page.locator('#filter-to-month').selectOption('1');
    await page.locator('#filter-to-year').fill('2568');
    await page.getByRole('button', { name: 'แสดงประวัติ' }).click();
    expect(await page.locator('#error-summary').getByRole('link').allInnerTexts()).toEqual(['วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด']);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('tells an officer it is not theirs, with no menu link to it', async () => {
    const { page } = await openPage(browser);
    await signIn(page, 'officer-somchai', 'officer');
    await page.goto(`${stack.url}/staff/audit.html`);
    await expect.poll(() => page.locator('#page-problem').innerText()).toContain('ไม่มีสิทธิ์ดูประวัติการดำเนินการของหน่วยงาน');
    expect(await page.locator('#audit-section').isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'ประวัติการดำเนินการ' }).count()).toBe(0);
  });
});
