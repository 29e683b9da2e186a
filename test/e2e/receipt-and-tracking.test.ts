// The receipt and tracking in Chromium: the receipt carries the tracking page's address and a QR code
// of it (decoded here from what the page drew: the address, never the secret), prints on one A4
// page, keeps the secret's groups whole when it wraps, and the browser asks before the receipt is
// left until the secret was copied, saved or printed. Tracking then shows the stages ahead with the
// dates the reporter can expect.
import type { Browser, Dialog, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import decodeQR from 'qr/decode.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatThaiDate } from '../../shared/rules/thai-time';
import { launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { jpegWithGps } from '../support/evidence-fixtures';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function fileOnThePage(page: Page, open = true) {
  if (open) await page.goto(`${stack.url}/report.html`);
  await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
  await page.getByLabel('หัวข้อเรื่อง').fill('เรียกเงินเพื่อเร่งออกใบอนุญาต');
  await page.getByLabel('รายละเอียดเรื่อง').fill('เจ้าหน้าที่เรียกเงิน 5,000 บาท เพื่อให้ออกใบอนุญาตเร็วขึ้น มีพยานคือพนักงานในร้าน 2 คน');
  const anonymous = page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน', exact: true });
  if (await anonymous.count()) await anonymous.check();
  const filed = page.waitForResponse((response) => response.url().endsWith('/api/complaints'));
  await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
  const body = (await (await filed).json()) as { reference: string; secret: string; acknowledgeBy: string };
  await page.getByRole('heading', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' }).waitFor();
  return body;
}

/** The QR code as drawn: the path's unit squares read back into pixels (4 a module) and decoded. */
async function decodeDrawnQr(page: Page): Promise<string> {
  const [viewBox, d] = await page.locator('#receipt-qr svg').evaluate((svg) => [svg.getAttribute('viewBox') ?? '', svg.querySelector('path')?.getAttribute('d') ?? '']);
  const size = Number(viewBox.split(' ')[2]);
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data[offset] = data[offset + 1] = data[offset + 2] = 0;
      }
    }
  }
  return decodeQR({ width, height: width, data });
}

const leaveDialogs = (page: Page) => {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    // Stay on the receipt: the test then checks the page is still there.
    void dialog.dismiss();
  });
  return seen;
};

describe('the receipt', () => {
  it('shows the tracking address and its QR code, never the secret, and prints on one A4 page', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const { secret } = await fileOnThePage(page);
    const address = `${stack.url}/track.html`;
    const link = page.locator('#receipt-track-url');
    expect(await link.innerText()).toBe(address);
    expect(await link.getAttribute('href')).toBe(address);
    const decoded = await decodeDrawnQr(page);
    expect(decoded).toBe(address);
    expect(decoded).not.toContain(secret);
    expect(decoded).not.toContain(secret.replace(/-/g, ''));
    expect(await page.locator('#receipt-qr svg').getAttribute('aria-label')).toContain(address);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#receipt-qr svg').isVisible()).toBe(true);
    expect(await link.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('keeps each group of the secret whole when it wraps on a narrow phone', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 700 } });
    const { secret } = await fileOnThePage(page);
    const groups = page.locator('#receipt-secret .code__group');
    expect(await groups.count()).toBe(secret.split('-').length);
    const lines = await groups.evaluateAll((spans) => spans.map((span) => ({ rects: span.getClientRects().length, top: Math.round(span.getBoundingClientRect().top) })));
    // It does wrap at this width, and never inside a group.
    expect(new Set(lines.map((line) => line.top)).size).toBeGreaterThan(1);
    expect(lines.every((line) => line.rects === 1)).toBe(true);
    expect((await page.locator('#receipt-secret').innerText()).replace(/\s/g, '')).toBe(secret);
  });

  it('asks before the receipt is left until the secret is copied, and not after', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const dialogs = leaveDialogs(page);
    await fileOnThePage(page);
    const trackLink = page.getByRole('link', { name: 'หน้าติดตามเรื่องร้องเรียน' });
    await trackLink.click();
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    // Dismissed: still on the receipt.
    expect(await page.locator('#receipt').isVisible()).toBe(true);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
    await page.getByRole('button', { name: 'คัดลอกเลขที่เรื่องและรหัสลับ' }).click();
    await page.getByText('คัดลอกเลขที่เรื่องและรหัสลับแล้ว').waitFor();
    await trackLink.click();
    await page.waitForURL('**/track.html');
    expect(dialogs).toEqual(['beforeunload']);
  });

  it('asks while a file is still uploading, even after the secret was copied', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const dialogs = leaveDialogs(page);
    // The upload to the bucket is held until the test lets it go.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/local-bucket/', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${stack.url}/report.html`);
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles({ name: 'ภาพ.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithGps()) });
    await fileOnThePage(page, false);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
    await page.getByRole('button', { name: 'คัดลอกเลขที่เรื่องและรหัสลับ' }).click();
    await page.getByText('คัดลอกเลขที่เรื่องและรหัสลับแล้ว').waitFor();
    const trackLink = page.getByRole('link', { name: 'หน้าติดตามเรื่องร้องเรียน' });
    await trackLink.click();
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(await page.locator('#receipt').isVisible()).toBe(true);

    release();
    await page.locator('#receipt-files-result').waitFor();
    await trackLink.click();
    await page.waitForURL('**/track.html');
    expect(dialogs).toEqual(['beforeunload']);
    // The file is processed (cleaned) before the receipt says it is settled.
  }, 60_000);

  it('does not ask once the receipt was printed', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const dialogs = leaveDialogs(page);
    await fileOnThePage(page);
    await page.getByRole('button', { name: 'พิมพ์', exact: true }).click();
    await page.getByRole('link', { name: 'หน้าติดตามเรื่องร้องเรียน' }).click();
    await page.waitForURL('**/track.html');
    expect(dialogs).toEqual([]);
  });
});

describe('tracking', () => {
  it('shows the stages ahead with the dates to expect, and moves on when the case does', async () => {
    const { page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const { reference, secret, acknowledgeBy } = await fileOnThePage(page);
    const open = async () => {
      await page.goto(`${stack.url}/track.html`);
      await page.getByLabel('เลขที่เรื่อง').fill(reference);
      await page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(secret);
      const tracked = page.waitForResponse((response) => response.url().endsWith('/api/tracking'));
      await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
      const view = (await (await tracked).json()) as { concludeBy: string; nextUpdateBy?: string };
      await page.locator('#case-stages li').first().waitFor();
      return { view, stages: await page.locator('#case-stages li').allInnerTexts() };
    };

    const first = await open();
    expect(first.view.concludeBy).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first.stages).toHaveLength(4);
    const words = first.stages.map((text) => text.replace(/\s+/g, ' '));
    expect(words[0]).toContain('ขั้นตอนปัจจุบัน');
    expect(words[0]).toContain('รับเรื่องแล้ว');
    expect(words[1]).toContain('ขั้นตอนถัดไป');
    expect(words[1]).toContain(`ภายในวันที่ ${formatThaiDate(acknowledgeBy)}`);
    expect(words[2]).toContain('อยู่ระหว่างการตรวจสอบข้อเท็จจริง');
    expect(words[3]).toContain('ยุติเรื่อง หรือส่งต่อหน่วยงานที่มีอำนาจหน้าที่');
    expect(words[3]).toContain(`เป้าหมายภายในวันที่ ${formatThaiDate(first.view.concludeBy)}`);
    expect(await page.locator('#case-stages li[aria-current="step"]').count()).toBe(1);

    const token = await stack.issuer.issue({ sub: 'officer-stages', roles: ['officer'], agency: 'bma-health' });
    const moved = await post(stack.url, `/api/cases/${reference}/transitions`, { to: 'acknowledged' }, { authorization: `Bearer ${token}` });
    expect(moved.status).toBe(200);
    const second = await open();
    const after = second.stages.map((text) => text.replace(/\s+/g, ' '));
    expect(after[0]).toContain('ดำเนินการแล้ว');
    expect(after[1]).toContain('ขั้นตอนปัจจุบัน');
    expect(after[2]).toContain(`แจ้งความคืบหน้าครั้งถัดไปภายในวันที่ ${formatThaiDate(second.view.nextUpdateBy!)}`);
    expect(after[3]).toContain('เป้าหมายภายในวันที่');
  }, 60_000);
});
