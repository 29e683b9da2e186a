// A phone complaint about a health centre, in Chromium against the local stack, from the call to the
// published quarter: an officer records it on the staff page naming the centre, a colleague whose
// account belongs to that centre cannot find it (not in the queue, "not found" by its reference), a
// supervisor reads how it arrived and assigns it to an officer on the case page, the assignee finds it
// under "assigned to me", and the quarter counts it under "phone". The deployment here suppresses
// cells below 2; with the earlier complaints below, the phone count is published exactly.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDate } from '../../shared/domain/calendar';
import { quarterOf } from '../../shared/domain/fiscal';
import type { StaffRole } from '../../shared/domain/staff';
import { launchBrowser, openPage, type WatchedPage, expectNoProblems } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;
const TOKEN_KEY = 'integrity.staff.token';
const AGENCY = 'bma-health';
const CENTRE = { id: 'health-centre-3', label: 'ศูนย์บริการสาธารณสุข 3' } as const;

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ env: { STATS_SUPPRESSION_THRESHOLD: '2' } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A staff account of the agency made through the API, so the directory knows it (and its unit). */
async function account(name: string, roles: StaffRole[], unit?: string) {
  const admin = await stack.issuer.issue({ sub: 'admin-journey', roles: ['admin'], agency: AGENCY });
  const made = await post(stack.url, `/api/agencies/${AGENCY}/staff`, { email: `${name}@example.org`, name, roles, ...(unit ? { unit } : {}) }, { authorization: `Bearer ${admin}` });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return { id: made.body.id as string, roles, ...(unit ? { unit } : {}) };
}

/** A staff tab holding a token for the member, as the sign-in page would have left it. */
async function staffPage(member: { id: string; roles: StaffRole[]; unit?: string }): Promise<WatchedPage> {
  const token = await stack.issuer.issue({ sub: member.id, roles: member.roles, agency: AGENCY, ...(member.unit ? { unit: member.unit } : {}) });
  const watched = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
  watched.context.setDefaultTimeout(15_000);
  await watched.context.addInitScript(([key, value]) => sessionStorage.getItem(key) ?? sessionStorage.setItem(key, value), [TOKEN_KEY, token] as const);
  return watched;
}

const caseLink = (page: Page, reference: string) => page.locator('#case-rows').getByRole('link', { name: reference, exact: true });
const factOf = (page: Page, term: string) => page.locator('#case-facts .facts__item').filter({ has: page.getByRole('term').filter({ hasText: term }) }).getByRole('definition');

describe('a phone complaint about a health centre', () => {
  it('is recorded, hidden from the centre, assigned by a supervisor, found by the assignee and counted under phone', async () => {
    // Three earlier calls about no unit and three online complaints this quarter: beside the channels
    // with none, online (3) is the one count withheld to protect them, and phone (4) is published exactly.
    const earlierToken = await stack.issuer.issue({ sub: 'officer-earlier', roles: ['officer'], agency: AGENCY });
    const earlier: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const call = await post(
        stack.url,
        '/api/cases',
        { channel: 'phone', receivedOn: bangkokDate(new Date()), kind: 'complaint', reporterType: 'public', category: 'other', subject: `โทรแจ้ง ${index}`, description: 'ผู้ร้องโทรแจ้งเรื่อง', reporter: { mode: 'anonymous' } },
        { authorization: `Bearer ${earlierToken}`, 'idempotency-key': randomUUID() },
      );
      expect(call.status).toBe(201);
      earlier.push(call.body.reference as string);
    }
    for (let index = 0; index < 3; index += 1) {
      expect((await post(stack.url, '/api/complaints', { category: 'bribery', subject: `ออนไลน์ ${index}`, description: 'ส่งทางแบบฟอร์ม', reporter: { mode: 'anonymous' } })).status).toBe(201);
    }
    const [colleague, supervisor, assignee] = await Promise.all([
      account('officer-centre-3', ['officer'], CENTRE.id),
      account('supervisor-wipa', ['supervisor']),
      account('officer-anan', ['officer']),
    ]);

    // --- An officer records the call on the staff page, naming the health centre ------------------
    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    officer.context.setDefaultTimeout(15_000);
    const { page } = officer;
    await page.goto(`${stack.url}/staff/record.html`);
    await page.waitForURL('**/staff/index.html');
    await page.getByLabel('ชื่อผู้ใช้').fill('officer-recorder');
    await page.getByRole('checkbox', { name: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน' }).check();
    await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
    await page.waitForURL('**/staff/record.html');
    await page.getByRole('radio', { name: 'โทรศัพท์' }).check();
    await page.getByRole('radio', { name: 'เรื่องร้องเรียน', exact: true }).check();
    await page.getByRole('radio', { name: 'ประชาชน / บุคคลภายนอก' }).check();
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill('เจ้าหน้าที่ศูนย์บริการสาธารณสุข 3 เรียกเงินค่าใบรับรองแพทย์');
    await page.getByLabel('รายละเอียดเรื่อง').fill('ผู้ร้องโทรแจ้งว่าเจ้าหน้าที่เรียกเงิน 500 บาท เพื่อออกใบรับรองแพทย์เร็วขึ้น');
    const unit = page.getByLabel('หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน (ไม่บังคับ)');
    await unit.waitFor();
    await unit.selectOption({ label: CENTRE.label });
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน', exact: true }).check();
    const recorded = page.waitForResponse((response) => response.url().endsWith('/api/cases') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'บันทึกเรื่อง' }).click();
    const answer = await recorded;
    expect(answer.status()).toBe(201);
    expect(JSON.parse(answer.request().postData() ?? '{}')).toMatchObject({ channel: 'phone', unit: CENTRE.id });
    const slip = page.getByRole('region', { name: 'ใบรับเรื่องร้องเรียน' });
    await slip.waitFor();
    const reference = (await slip.locator('#slip-reference').innerText()).trim();
    expect(reference).toBe(((await answer.json()) as { reference: string }).reference);
    expectNoProblems(officer.problems);
    await officer.context.close();

    // --- A colleague of the health centre cannot find it -------------------------------------------
    const fromCentre = await staffPage(colleague);
    await fromCentre.page.goto(`${stack.url}/staff/cases.html`);
    // The queue has loaded (the earlier calls concern no unit, so the colleague sees them) …
    await caseLink(fromCentre.page, earlier[0]!).waitFor();
    expect(await caseLink(fromCentre.page, reference).count()).toBe(0);
    // … and the case's own address answers as for a case that does not exist.
    const opened = fromCentre.page.waitForResponse((response) => response.url().endsWith(`/api/cases/${reference}`));
    await fromCentre.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    expect((await opened).status()).toBe(404);
    const problem = fromCentre.page.locator('#case-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('ไม่พบเรื่องเลขที่นี้ในหน่วยงานของท่าน');
    expect(await fromCentre.page.locator('#case').isVisible()).toBe(false);
    expect(await fromCentre.page.content()).not.toContain('ใบรับรองแพทย์');
    expectNoProblems(fromCentre.problems, [/404/]);
    await fromCentre.context.close();

    // --- A supervisor reads how it arrived and assigns it on the case page ---------------------------
    const lead = await staffPage(supervisor);
    await lead.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await lead.page.locator('#case').waitFor();
    expect(await factOf(lead.page, 'ช่องทางที่รับเรื่อง').innerText()).toBe('โทรศัพท์');
    expect(await factOf(lead.page, 'ประเภทของเรื่อง').innerText()).toBe('เรื่องร้องเรียน');
    expect(await factOf(lead.page, 'ผู้ร้องเรียนหรือผู้แจ้งเบาะแส').innerText()).toBe('ประชาชน / บุคคลภายนอก');
    expect(await factOf(lead.page, 'วันที่เรื่องมาถึงหน่วยงาน').innerText()).toMatch(/^\d{1,2} \S+ 25\d\d$/);
    const assignForm = lead.page.getByRole('form', { name: 'มอบหมายผู้รับผิดชอบเรื่อง' });
    await assignForm.getByLabel('รหัสผู้ใช้ของผู้รับผิดชอบ').fill(assignee.id);
    const assigned = lead.page.waitForResponse((response) => response.url().endsWith(`/api/cases/${reference}/assignment`));
    await assignForm.getByRole('button', { name: 'มอบหมาย' }).click();
    expect((await assigned).status()).toBe(200);
    await lead.page.getByRole('status').filter({ hasText: 'มอบหมายผู้รับผิดชอบเรื่องแล้ว' }).waitFor({ state: 'attached' });
    expect(await factOf(lead.page, 'ผู้รับผิดชอบ').innerText()).toContain(assignee.id);
    expectNoProblems(lead.problems);
    await lead.context.close();

    // --- The assignee finds it under "assigned to me" ------------------------------------------------
    const handler = await staffPage(assignee);
    const listed = handler.page.waitForResponse((response) => response.url().includes('/api/cases?') && response.url().includes('assignee=me'));
    await handler.page.goto(`${stack.url}/staff/cases.html?assignee=me`);
    expect((await listed).status()).toBe(200);
    await caseLink(handler.page, reference).waitFor();
    expect(await handler.page.locator('#filter-assignee').inputValue()).toBe('me');
    // Only the case assigned to them: none of the unassigned calls.
    expect(await handler.page.locator('#case-rows').getByRole('link').allInnerTexts()).toEqual([reference]);
    expectNoProblems(handler.problems);
    await handler.context.close();

    // --- The quarter is published and counts it under phone ------------------------------------------
    const quarter = quarterOf(new Date());
    const realClock = stack.context.clock;
    stack.context.clock = { now: () => new Date(quarter.end.getTime() + 86_400_000) };
    try {
      const admin = await stack.issuer.issue({ sub: 'admin-publisher', roles: ['admin'], agency: AGENCY });
      expect((await post(stack.url, '/api/publications', { period: quarter.id, agency: AGENCY }, { authorization: `Bearer ${admin}` })).status).toBe(200);
    } finally {
      stack.context.clock = realClock;
    }
    const stats = (await (await fetch(`${stack.url}/stats/${AGENCY}/${quarter.id}/stats.json`)).json()) as { complaints: { byChannel: Record<string, unknown> } };
    expect(stats.complaints.byChannel.phone).toBe(4);
    const reader = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await reader.page.goto(`${stack.url}/stats/${AGENCY}/${quarter.id}/`);
    const channels = reader.page.getByRole('table', { name: 'ข้อมูลของแผนภูมิ: เรื่องที่ได้รับ แยกตามช่องทาง' });
    const phoneRow = channels.getByRole('row').filter({ has: reader.page.getByRole('rowheader', { name: 'โทรศัพท์' }) });
    expect(await phoneRow.getByRole('cell').innerText()).toBe('4');
    expectNoProblems(reader.problems);
    await reader.context.close();
  }, 90_000);
});
