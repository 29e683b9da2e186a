// A reporter's news in Chromium: the report form warns an anonymous reporter what an address reveals
// and sends one only once they confirm, the receipt says what will and will not be mailed, and the
// stop link's page stops the news with one press, dropping the token from the address bar.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ notifications: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function fillComplaint(page: Page) {
  await page.goto(`${stack.url}/report.html`);
  await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
  await page.getByLabel('หัวข้อเรื่อง').fill('เรียกเงินเพื่อเร่งออกใบอนุญาต');
  await page.getByLabel('รายละเอียดเรื่อง').fill('เจ้าหน้าที่เรียกเงิน 5,000 บาท เพื่อให้ออกใบอนุญาตเร็วขึ้น');
  await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน', exact: true }).check();
}

describe('leaving an address on the report form', () => {
  it('warns an anonymous reporter, sends nothing until they confirm, and the receipt says what will be mailed', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await fillComplaint(page);
    const warning = page.locator('#email-risk-panel');
    expect(await warning.isVisible()).toBe(false);
    await page.getByLabel('อีเมลสำหรับรับการแจ้งเตือน (ไม่บังคับ)').fill('new-box-for-news@example.net');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.innerText()).toContain('อีเมลของที่ทำงาน');

    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/complaints')) sent += 1;
    });
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.locator('#error-summary').waitFor({ state: 'visible' });
    expect(await page.locator('#error-summary').innerText()).toContain('คำเตือนเรื่องอีเมล');
    expect(sent).toBe(0);

    await page.getByLabel('ฉันอ่านคำเตือนนี้แล้ว และยังต้องการรับการแจ้งเตือนทางอีเมลนี้').check();
    const filed = page.waitForRequest((request) => request.url().endsWith('/api/complaints'));
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    expect((await filed).postDataJSON()).toMatchObject({ notifyEmail: 'new-box-for-news@example.net', acceptsEmailRisk: true, reporter: { mode: 'anonymous' } });
    await page.getByRole('heading', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' }).waitFor();
    expect(await page.locator('#receipt-news-note').isVisible()).toBe(true);
    expect(await page.locator('#receipt-news-note').innerText()).toContain('จะไม่มีเลขที่เรื่อง สถานะ หรือเนื้อหาใด ๆ');
    expect(await page.locator('#receipt-no-news-note').isVisible()).toBe(false);
    expectNoProblems(problems);
  });

  it('says on the receipt that nothing will be mailed when no address was left', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await fillComplaint(page);
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    await page.getByRole('heading', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' }).waitFor();
    expect(await page.locator('#receipt-no-news-note').isVisible()).toBe(true);
    expect(await page.locator('#receipt-news-note').isVisible()).toBe(false);
    expectNoProblems(problems);
  });
});

describe('the stop page', () => {
  it('drops the token from the address bar, stops with one press, and passes axe', async () => {
    const token = 'S'.repeat(43);
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/stop.html#${token}`);
    const button = page.getByRole('button', { name: 'หยุดรับอีเมล' });
    await button.waitFor();
    expect(new URL(page.url()).hash).toBe('');
    const stopped = page.waitForRequest((request) => request.url().endsWith('/api/notifications/stop'));
    await button.click();
    expect((await stopped).postDataJSON()).toEqual({ token });
    await page.locator('#stop-done').waitFor({ state: 'visible' });
    expectNoProblems(problems);

    const audit = await openPage(browser, { ...AXE_CONTEXT, viewport: PHONE_VIEWPORT });
    await audit.page.goto(`${stack.url}/stop.html#${token}`);
    await audit.page.getByRole('button', { name: 'หยุดรับอีเมล' }).waitFor();
    expect(await axeViolations(audit.page)).toEqual([]);
  });

  it('switches to English with the link still working there, the token never back in the address bar', async () => {
    const token = 'E'.repeat(43);
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/stop.html#${token}`);
    await page.getByRole('button', { name: 'หยุดรับอีเมล' }).waitFor();
    await page.getByRole('link', { name: 'English' }).click();
    const button = page.getByRole('button', { name: 'Stop e-mails' });
    await button.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).pathname).toBe('/en/stop.html');
    expect(new URL(page.url()).hash).toBe('');
    const stopped = page.waitForRequest((request) => request.url().endsWith('/api/notifications/stop'));
    await button.click();
    expect((await stopped).postDataJSON()).toEqual({ token });
    await page.getByText('E-mails have stopped.').waitFor();
    expect(await page.getByRole('link', { name: 'ไทย' }).evaluate((link: HTMLAnchorElement) => link.pathname + link.hash)).toBe(`/stop.html#${token}`);
    expectNoProblems(problems);
  });

  it('says a cut link is not complete, and offers no button', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/stop.html#abc`);
    await page.locator('#stop-problem').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'หยุดรับอีเมล' }).isVisible()).toBe(false);
    expectNoProblems(problems);
  });
});
