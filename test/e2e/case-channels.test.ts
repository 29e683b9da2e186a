// A complaint from another channel, in Chromium against the local stack: an officer records a phone
// call about a health centre on the staff page, gets a slip with the reference and the secret that
// prints on one page, the reporter tracks the case with them, and the published quarter counts it
// under "phone" (the deployment here suppresses cells below 2, so the phone count is published exactly);
// a member of the public answers the report form's optional questions (a tip, from the public) and the form sends them.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDate } from '../../shared/domain/calendar';
import { quarterOf } from '../../shared/domain/fiscal';
import { launchBrowser, openPage, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ env: { STATS_SUPPRESSION_THRESHOLD: '2' } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function signIn(page: Page, sub: string) {
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  await page.getByRole('checkbox', { name: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน' }).check();
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/staff/index.html'));
}

describe('a complaint that arrived by phone', () => {
  it('is recorded by an officer, printed on one slip, tracked by the reporter and counted under phone in the published quarter', async () => {
    // Three earlier phone calls and two online complaints this quarter (with the tip below, online is
    // the smallest cell of at least 2 and is withheld beside the zeros; phone is published exactly).
    const officerToken = await stack.issuer.issue({ sub: 'officer-earlier', roles: ['officer'], agency: 'bma-health' });
    for (let index = 0; index < 3; index += 1) {
      const earlier = await post(
        stack.url,
        '/api/cases',
        { channel: 'phone', receivedOn: bangkokDate(new Date()), kind: 'complaint', reporterType: 'public', category: 'other', subject: `โทรแจ้ง ${index}`, description: 'ผู้ร้องโทรแจ้งเรื่อง', reporter: { mode: 'anonymous' } },
        { authorization: `Bearer ${officerToken}`, 'idempotency-key': randomUUID() },
      );
      expect(earlier.status).toBe(201);
    }
    for (let index = 0; index < 2; index += 1) {
      expect((await post(stack.url, '/api/complaints', { category: 'bribery', subject: `ออนไลน์ ${index}`, description: 'ส่งทางแบบฟอร์ม', reporter: { mode: 'anonymous' } })).status).toBe(201);
    }

    // --- A member of the public passes on a tip through the form, saying who they are -------------
    const citizen = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await citizen.page.goto(`${stack.url}/report.html`);
    await citizen.page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await citizen.page.getByRole('radio', { name: 'แจ้งเบาะแส: ให้ข้อมูลไว้เพื่อให้หน่วยงานตรวจสอบ' }).check();
    await citizen.page.getByLabel('หัวข้อเรื่อง').fill('เบาะแสการเรียกเงินที่ศูนย์บริการ');
    await citizen.page.getByLabel('รายละเอียดเรื่อง').fill('เห็นเจ้าหน้าที่รับเงินจากผู้มาขอใบรับรองโดยไม่ออกใบเสร็จ');
    await citizen.page.getByRole('radio', { name: 'ไม่ใช่ ฉันเป็นประชาชนหรือบุคคลภายนอก' }).check();
    await citizen.page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน', exact: true }).check();
    const filed = citizen.page.waitForResponse((response) => response.url().endsWith('/api/complaints'));
    await citizen.page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    const tip = await filed;
    expect(tip.status()).toBe(201);
    expect(JSON.parse(tip.request().postData() ?? '{}')).toMatchObject({ kind: 'tip', reporterType: 'public' });
    expectNoProblems(citizen.problems);
    await citizen.context.close();

    // --- The officer records the call from the staff menu --------------------------------------
    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    const { page } = officer;
    await page.goto(`${stack.url}/staff/cases.html`);
    await page.waitForURL('**/staff/index.html');
    await signIn(page, 'officer-malee');
    await page.waitForURL('**/staff/cases.html');
    await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'บันทึกเรื่องจากช่องทางอื่น' }).click();
    await page.waitForURL('**/staff/record.html');
    await page.getByRole('heading', { level: 1, name: 'บันทึกเรื่องที่รับจากช่องทางอื่น' }).waitFor();
    // Online is not offered: only the public form files online complaints.
    expect(await page.getByRole('radio', { name: 'ออนไลน์' }).count()).toBe(0);
    await page.getByRole('radio', { name: 'โทรศัพท์' }).check();
    await page.getByRole('radio', { name: 'เรื่องร้องเรียน', exact: true }).check();
    await page.getByRole('radio', { name: 'ประชาชน / บุคคลภายนอก' }).check();
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill('เจ้าหน้าที่ศูนย์บริการสาธารณสุขเรียกเงินค่าใบรับรองแพทย์');
    await page.getByLabel('รายละเอียดเรื่อง').fill('ผู้ร้องโทรแจ้งว่าเจ้าหน้าที่ที่ศูนย์บริการสาธารณสุข 3 เรียกเงิน 500 บาท เพื่อออกใบรับรองแพทย์เร็วขึ้น');
    const unit = page.getByLabel('หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน (ไม่บังคับ)');
    await unit.waitFor();
    await unit.selectOption({ label: 'ศูนย์บริการสาธารณสุข 3' });
    await page.getByRole('radio', { name: 'เปิดเผยตัวตน', exact: true }).check();
    await page.getByLabel('ชื่อ–นามสกุล').fill('นางโทรมา แจ้งเหตุ');
    await page.getByLabel('เบอร์โทรศัพท์ (ไม่บังคับ)').fill('081-555-0101');
    const recorded = page.waitForResponse((response) => response.url().endsWith('/api/cases') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'บันทึกเรื่อง' }).click();
    const answer = await recorded;
    expect(answer.status()).toBe(201);
    expect(JSON.parse(answer.request().postData() ?? '{}')).toMatchObject({ channel: 'phone', kind: 'complaint', reporterType: 'public', unit: 'health-centre-3' });
    expect(answer.request().headers()['idempotency-key']).toBeTruthy();

    // --- The slip: reference, secret, where to track, on one printed page -----------------------
    const slip = page.getByRole('region', { name: 'ใบรับเรื่องร้องเรียน' });
    await slip.waitFor();
    const reference = (await slip.locator('#slip-reference').innerText()).trim();
    const secret = (await slip.locator('#slip-secret').innerText()).trim();
    expect(reference).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(secret.length).toBeGreaterThan(20);
    expect(await slip.locator('#slip-tracking').innerText()).toBe(`${stack.url}/a/bma-health/track.html`);
    expect(await slip.locator('#slip-channel').innerText()).toBe('โทรศัพท์');
    await page.evaluate(() => document.body.classList.add('printing-slip'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#record-form').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).isVisible()).toBe(false);
    expect(await slip.isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
    expectNoProblems(officer.problems);
    await officer.context.close();

    // --- The reporter tracks it with what the slip says -------------------------------------------
    const tracked = await post(stack.url, '/api/tracking', { reference, secret });
    expect(tracked.status).toBe(200);

    // --- The quarter is published and counts it under phone ---------------------------------------
    const quarter = quarterOf(new Date());
    const realClock = stack.context.clock;
    stack.context.clock = { now: () => new Date(quarter.end.getTime() + 86_400_000) };
    try {
      const admin = await stack.issuer.issue({ sub: 'admin-publisher', roles: ['admin'], agency: 'bma-health' });
      const published = await post(stack.url, '/api/publications', { period: quarter.id, agency: 'bma-health' }, { authorization: `Bearer ${admin}` });
      expect(published.status).toBe(200);
    } finally {
      stack.context.clock = realClock;
    }
    const stats = (await (await fetch(`${stack.url}/stats/bma-health/${quarter.id}/stats.json`)).json()) as { complaints: { byChannel: Record<string, unknown>; byReporterType: Record<string, unknown> } };
    expect(stats.complaints.byChannel.phone).toBe(4);
    const reader = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await reader.page.goto(`${stack.url}/stats/bma-health/${quarter.id}/`);
    const channels = reader.page.getByRole('table', { name: 'ข้อมูลของแผนภูมิ: เรื่องที่ได้รับ แยกตามช่องทาง' });
    const phoneRow = channels.getByRole('row').filter({ has: reader.page.getByRole('rowheader', { name: 'โทรศัพท์' }) });
    expect(await phoneRow.getByRole('cell').innerText()).toBe('4');
    expectNoProblems(reader.problems);
    await reader.context.close();
  }, 180_000);
});
