// The information centre end to end (plan items 1.1.3 and 2.1.1): Chromium drives the real public
// and staff pages served by the local stack against DynamoDB Local. A member of the public reads the
// centre's page and sends a suggestion; an administrator keeps the knowledge register, which the
// public knowledge page follows, records a request in the service log and answers the suggestion;
// an executive reads the indicators. Suggestion text is a stranger's: it must reach staff as text,
// never as HTML, and never be shown back to the public.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/domain/fiscal';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;
const ROLE = { admin: 'ผู้ดูแลระบบ', executive: 'ผู้บริหาร' } as const;
const KNOWLEDGE_INDICATOR = 'องค์ความรู้ด้านการต่อต้านการทุจริตที่เผยแพร่แก่บุคลากร (สะสมในปีงบประมาณ)';

const buddhistDay = (iso: string) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const bangkokToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());

let stack: TestStack;
let browser: Browser;
let screenshotDir: string;
/** What the public sent, as the administrator should later read it: literally, markup and all. */
const suggestionText = 'อยากให้เผยแพร่รายงานการใช้จ่ายงบประมาณรายเดือน <img src=x onerror="document.title=1"> ขอบคุณครับ';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'information-centre-shots-'));
  mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A fresh page whose waits fail well inside the test's own timeout, naming the step that never came. */
async function open(viewport: { width: number; height: number }) {
  const watched = await openPage(browser, { viewport });
  watched.page.setDefaultTimeout(10_000);
  return watched;
}

/** A phone shows the whole page width: nothing pushes it sideways. */
async function expectFitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

async function adminApi(method: string, path: string, body?: unknown) {
  const token = await stack.issuer.issue({ sub: 'admin-api', roles: ['admin'], agency: 'bma-health' });
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) };
}

/** Signs in on the local form at /staff/; the page goes on to the person's first page. */
async function signInAtStaff(page: Page, sub: string, role: keyof typeof ROLE) {
  await page.goto(`${stack.url}/staff/`);
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  await page.getByRole('checkbox', { name: ROLE[role] }).check();
  const signedIn = page.waitForResponse((response) => response.url().endsWith('/local-issuer/sign-in'));
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  expect((await signedIn).status()).toBe(200);
  await page.waitForURL((url) => !url.pathname.startsWith('/staff/index.html') && url.pathname !== '/staff/');
}

const registerRow = (page: Page, tableId: string, name: string) => page.locator(`#${tableId} tbody tr`).filter({ hasText: name });

/** The value shown beside a term of a description list (<dt>/<dd>), as a reader pairs them. */
const definitionOf = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

describe('the information centre', () => {
  it('shows the public the centre, its active channels and the right to information, and takes a suggestion without showing it back', async () => {
    // Two channels in the register, one of them retired: only the active one is offered.
    const hotline = await adminApi('POST', '/api/registers/channels', { name: 'สายด่วนศูนย์ข้อมูลข่าวสาร', kind: 'phone-line', contact: '02 245 3174', activeSince: '2026-10-01' });
    expect(hotline.status).toBe(201);
    const old = await adminApi('POST', '/api/registers/channels', { name: 'ตู้รับความคิดเห็นชั้น 1', kind: 'suggestion-box', contact: 'อาคารสำนักอนามัย ชั้น 1', activeSince: '2026-10-01' });
    expect((await adminApi('POST', `/api/registers/channels/${old.body.id}/retirement`)).status).toBe(200);

    const { page, problems } = await open(PHONE_VIEWPORT);
    const requests = recordRequests(page);
    await page.goto(`${stack.url}/a/bma-health/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'ศูนย์ข้อมูลข่าวสาร' }).click();
    await page.waitForURL('**/a/bma-health/information-centre.html');
    await page.getByRole('heading', { level: 1, name: 'ศูนย์ข้อมูลข่าวสาร' }).waitFor();
    expect(await page.getByRole('region', { name: 'สิทธิของท่านตามกฎหมาย' }).innerText()).toContain('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐');
    expect(await page.getByRole('link', { name: 'แบบสำรวจความพึงพอใจการใช้บริการศูนย์ข้อมูลข่าวสาร' }).getAttribute('href')).toBe('survey.html?id=info-center-satisfaction');
    const channels = page.getByRole('list', { name: 'ช่องทางติดต่อศูนย์ข้อมูลข่าวสาร' });
    await channels.waitFor();
    expect(await channels.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('สายด่วนศูนย์ข้อมูลข่าวสาร')]);
    expect(await channels.getByRole('link', { name: '02 245 3174' }).getAttribute('href')).toBe('tel:022453174');
    expect(await page.getByText('ตู้รับความคิดเห็นชั้น 1').count()).toBe(0);

    // An empty suggestion is refused on the page; a real one is sent once, with its key.
    await page.getByRole('button', { name: 'ส่งข้อเสนอแนะ' }).click();
    expect(await page.locator('#suggestion-text-error').innerText()).toContain('โปรดพิมพ์ข้อเสนอแนะของท่าน');
    await page.getByLabel('ข้อเสนอแนะของท่าน').fill(suggestionText);
    expect(await page.locator('#suggestion-text-count').innerText()).toMatch(/^ใช้ไปแล้ว \d+ จาก 1,000 ตัวอักษร$/);
    await expectFitsPhone(page);
    await page.screenshot({ path: join(screenshotDir, 'information-centre-phone.png'), fullPage: true });
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/suggestions'));
    await page.getByRole('button', { name: 'ส่งข้อเสนอแนะ' }).click();
    const answer = await sent;
    expect(answer.status()).toBe(201);
    expect(answer.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    // Into the agency of the page's address.
    expect(JSON.parse(answer.request().postData() ?? '{}')).toEqual({ text: suggestionText, agency: 'bma-health' });

    const thanks = page.locator('#suggestion-thanks');
    await thanks.waitFor();
    expect(await thanks.innerText()).toContain('ขอบคุณสำหรับข้อเสนอแนะ');
    expect(await thanks.innerText()).toContain(`ได้รับข้อเสนอแนะของท่านแล้วเมื่อวันที่ ${buddhistDay(bangkokToday())}`);
    // Never shown back, as text or as markup.
    expect(await page.content()).not.toContain('รายงานการใช้จ่ายงบประมาณรายเดือน');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.title()).toBe('ศูนย์ข้อมูลข่าวสาร | สำนักอนามัย กรุงเทพมหานคร');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(requests.filter((request) => request.url().endsWith('/api/suggestions'))).toHaveLength(1);
    await page.setViewportSize(DESKTOP_VIEWPORT);
    await page.screenshot({ path: join(screenshotDir, 'information-centre-desktop.png'), fullPage: true });
    expectNoProblems(problems);
  });

  it('lets an administrator add, edit and retire knowledge topics, and the public knowledge page follows the register', async () => {
    const { page, problems } = await open(DESKTOP_VIEWPORT);
    await signInAtStaff(page, 'admin-kanya', 'admin');
    // Administrators land on the queue (audit trails), with the menu to the centre's pages.
    await page.waitForURL('**/staff/cases.html');
    await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'องค์ความรู้และช่องทาง' }).click();
    await page.waitForURL('**/staff/registers.html');
    await page.getByRole('heading', { level: 1, name: 'องค์ความรู้และช่องทางประชาสัมพันธ์' }).waitFor();
    await page.locator('#topics-summary').filter({ hasText: 'เผยแพร่แล้วในปีงบประมาณนี้ 0 เรื่อง' }).waitFor();
    // The channels added before are listed, the retired one marked as such.
    expect(await registerRow(page, 'channels-table', 'ตู้รับความคิดเห็นชั้น 1').innerText()).toContain('ยกเลิกแล้ว');
    expect(await page.locator('#channels-summary').innerText()).toBe('เปิดให้บริการวันนี้ 1 ช่องทาง จากเป้าหมายอย่างน้อย 5 ช่องทาง');

    const form = page.getByRole('form', { name: 'เพิ่มองค์ความรู้' });
    // The publication date starts at today, in the Buddhist era.
    const [year, month, day] = bangkokToday().split('-').map(Number) as [number, number, number];
    expect(await form.getByLabel('วันที่', { exact: true }).inputValue()).toBe(String(day));
    expect(await form.getByLabel('เดือน').inputValue()).toBe(String(month));
    expect(await form.getByLabel('ปี พ.ศ.').inputValue()).toBe(String(year + 543));

    // An incomplete topic is refused on the page, each problem linked to its field.
    await form.getByRole('button', { name: 'เพิ่มองค์ความรู้' }).click();
    const summary = page.locator('#topic-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['โปรดกรอกชื่อเรื่อง', 'โปรดกรอกสาระสำคัญ', 'โปรดเลือกประเภทสื่อ', 'โปรดกรอกช่องทางที่เผยแพร่']);

    const title = 'การรับของขวัญและประโยชน์อื่นใดของเจ้าหน้าที่';
    await form.getByLabel('ชื่อเรื่อง').fill(title);
    await form.getByLabel('สาระสำคัญ').fill('มูลค่าไม่เกิน 3,000 บาทต่อโอกาส และต้องไม่รับจากผู้ที่มีส่วนได้เสียกับงานของตน');
    await form.getByLabel('ประเภทสื่อ').selectOption({ label: 'วิดีโอ' });
    await form.getByLabel('ช่องทางที่เผยแพร่').fill('อินทราเน็ตสำนักอนามัย');
    await form.getByLabel('ลิงก์ไปยังสื่อ (ไม่บังคับ)').fill('http://intranet.example/gift');
    await form.getByRole('button', { name: 'เพิ่มองค์ความรู้' }).click();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['โปรดกรอกลิงก์ที่ขึ้นต้นด้วย https:// เช่น https://www.example.go.th/knowledge']);
    await form.getByLabel('ลิงก์ไปยังสื่อ (ไม่บังคับ)').fill('https://www.example.go.th/knowledge/gift-policy');
    const added = page.waitForResponse((response) => response.url().endsWith('/api/registers/topics') && response.request().method() === 'POST');
    await form.getByRole('button', { name: 'เพิ่มองค์ความรู้' }).click();
    expect((await added).status()).toBe(201);
    const row = registerRow(page, 'topics-table', title);
    await row.waitFor();
    expect(await row.innerText()).toContain('วิดีโอ');
    expect(await row.innerText()).toContain('เผยแพร่แล้ว');
    expect(await row.innerText()).toContain(buddhistDay(bangkokToday()));
    await page.locator('#topics-summary').filter({ hasText: 'เผยแพร่แล้วในปีงบประมาณนี้ 1 เรื่อง จากเป้าหมายอย่างน้อย 5 เรื่อง' }).waitFor();
    expect(await form.getByLabel('ชื่อเรื่อง').inputValue()).toBe('');

    // Editing puts the topic in the form and saves it in place.
    await row.getByRole('button', { name: `แก้ไข “${title}”` }).click();
    expect(await page.getByRole('heading', { name: `แก้ไของค์ความรู้: ${title}` }).isVisible()).toBe(true);
    const edited = `${title} (ฉบับปรับปรุง)`;
    await page.locator('#topic-form').getByLabel('ชื่อเรื่อง').fill(edited);
    const replaced = page.waitForResponse((response) => response.url().includes('/api/registers/topics/') && response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    expect((await replaced).status()).toBe(200);
    await registerRow(page, 'topics-table', edited).waitFor();
    expect(await page.locator('#topics-table tbody tr').count()).toBe(1);

    // A second topic, retired after a second, explicit press: it stays in the register, marked.
    const retiredTitle = 'จดหมายข่าวฉบับทดลอง';
    await form.getByLabel('ชื่อเรื่อง').fill(retiredTitle);
    await form.getByLabel('สาระสำคัญ').fill('ฉบับที่เผยแพร่ผิดพลาด');
    await form.getByLabel('ประเภทสื่อ').selectOption({ label: 'จดหมายข่าว' });
    await form.getByLabel('ช่องทางที่เผยแพร่').fill('บอร์ดประชาสัมพันธ์');
    await form.getByRole('button', { name: 'เพิ่มองค์ความรู้' }).click();
    const second = registerRow(page, 'topics-table', retiredTitle);
    await second.waitFor();
    await second.getByRole('button', { name: `ยกเลิกการเผยแพร่ “${retiredTitle}”` }).click();
    expect(await second.innerText()).toContain(`ยกเลิกการเผยแพร่ “${retiredTitle}” ใช่หรือไม่`);
    const retired = page.waitForResponse((response) => response.url().endsWith('/retirement'));
    await second.getByRole('button', { name: `ยืนยันยกเลิกการเผยแพร่ “${retiredTitle}”` }).click();
    expect((await retired).status()).toBe(200);
    await second.filter({ hasText: 'ยกเลิกการเผยแพร่แล้ว' }).waitFor();
    expect(await second.getByRole('button').count()).toBe(0);
    await page.locator('#topics-summary').filter({ hasText: 'เผยแพร่แล้วในปีงบประมาณนี้ 1 เรื่อง' }).waitFor();

    // A channel through the same kind of form: open from today, with no last day.
    const channelForm = page.getByRole('form', { name: 'เพิ่มช่องทาง' });
    await channelForm.getByLabel('ชื่อช่องทาง').fill('เพจศูนย์ข้อมูลข่าวสาร สำนักอนามัย');
    await channelForm.getByLabel('ประเภทช่องทาง').selectOption({ label: 'สื่อสังคมออนไลน์' });
    await channelForm.getByLabel('ข้อมูลติดต่อ').fill('https://www.facebook.com/example.health.info');
    const channelAdded = page.waitForResponse((response) => response.url().endsWith('/api/registers/channels') && response.request().method() === 'POST');
    await channelForm.getByRole('button', { name: 'เพิ่มช่องทาง' }).click();
    expect((await channelAdded).status()).toBe(201);
    expect(JSON.parse((await channelAdded).request().postData() ?? '{}')).toEqual({
      name: 'เพจศูนย์ข้อมูลข่าวสาร สำนักอนามัย',
      kind: 'social-media',
      contact: 'https://www.facebook.com/example.health.info',
      activeSince: bangkokToday(),
    });
    await registerRow(page, 'channels-table', 'เพจศูนย์ข้อมูลข่าวสาร').filter({ hasText: 'เปิดให้บริการ' }).waitFor();
    await page.locator('#channels-summary').filter({ hasText: 'เปิดให้บริการวันนี้ 2 ช่องทาง' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'registers-desktop.png'), fullPage: true });
    expectNoProblems(problems);

    // The public knowledge page lists the edited topic with its label, date and a safe link; not the retired one.
    const visitor = await open(PHONE_VIEWPORT);
    await visitor.page.goto(`${stack.url}/knowledge.html`);
    const topics = visitor.page.getByRole('list', { name: 'องค์ความรู้ด้านการต่อต้านการทุจริต' });
    await topics.waitFor();
    const cards = topics.getByRole('listitem');
    expect(await cards.count()).toBe(1);
    const card = await cards.first().innerText();
    expect(card).toContain(edited);
    expect(card).toContain('วิดีโอ');
    expect(card).toContain(`เผยแพร่เมื่อ ${buddhistDay(bangkokToday())}`);
    const link = cards.first().getByRole('link', { name: new RegExp(`^เปิดดู “${edited.replace(/[()]/g, '\\$&')}”`) });
    expect(await link.getAttribute('href')).toBe('https://www.example.go.th/knowledge/gift-policy');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await visitor.page.getByText(retiredTitle).count()).toBe(0);
    await expectFitsPhone(visitor.page);
    await visitor.page.screenshot({ path: join(screenshotDir, 'knowledge-phone.png'), fullPage: true });
    expectNoProblems(visitor.problems);
  });

  it('lets an administrator record a request and answer the suggestion, which is shown as text only', async () => {
    const { page, problems } = await open(DESKTOP_VIEWPORT);
    await signInAtStaff(page, 'admin-kanya', 'admin');
    await page.goto(`${stack.url}/staff/service-log.html`);
    const form = page.getByRole('form', { name: 'บันทึกการให้บริการข้อมูลข่าวสาร' });
    await form.waitFor();
    await form.getByRole('radio', { name: 'มาติดต่อด้วยตนเอง' }).check();
    await form.getByLabel('เรื่องที่ขอ').fill('ขอสำเนาประกาศผลการจัดซื้อจัดจ้าง');
    await form.getByRole('radio', { name: 'ให้ข้อมูลแล้ว' }).check();
    await form.getByLabel('ใช้เวลากี่วันจึงให้ข้อมูลได้').fill('2');
    const recorded = page.waitForResponse((response) => response.url().endsWith('/api/service-log'));
    await form.getByRole('button', { name: 'บันทึกการให้บริการ' }).click();
    expect((await recorded).status()).toBe(201);
    await page.locator('#saved-notice').filter({ hasText: 'บันทึกการให้บริการ “ขอสำเนาประกาศผลการจัดซื้อจัดจ้าง” แล้ว' }).waitFor();
    expect(await page.getByRole('table', { name: 'บันทึกแล้วในครั้งนี้' }).innerText()).toContain('ให้ข้อมูลแล้ว (2 วัน)');

    await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link', { name: 'ข้อเสนอแนะจากประชาชน' }).click();
    const list = page.getByRole('list', { name: 'ข้อเสนอแนะ' });
    const item = list.getByRole('listitem').filter({ hasText: 'รายงานการใช้จ่ายงบประมาณรายเดือน' });
    await item.waitFor();
    // This quarter is shown first, and the address says so for a reload or Back.
    expect(new URL(page.url()).search).toBe(`?period=${quarterOf(new Date()).id}`);
    // The stranger's words, exactly as typed: markup shown as characters, never run.
    expect(await item.locator('.suggestion__text').innerText()).toBe(suggestionText);
    expect(await item.locator('img').count()).toBe(0);
    expect(await item.innerText()).toContain('ยังไม่ได้ตอบ');
    expect(await page.locator('#suggestions-status').innerText()).toContain('ข้อเสนอแนะ 1 เรื่อง ยังไม่ได้ตอบ 1 เรื่อง');

    const reply = 'ขอบคุณค่ะ ศูนย์จะเผยแพร่รายงานรายเดือนบนเว็บไซต์ตั้งแต่เดือนหน้า';
    await item.getByLabel('คำตอบ').fill(reply);
    const answered = page.waitForResponse((response) => response.url().endsWith('/answer'));
    await item.getByRole('button', { name: 'บันทึกคำตอบ' }).click();
    expect((await answered).status()).toBe(200);
    await item.filter({ hasText: 'ตอบแล้ว' }).waitFor();
    expect(await item.locator('.suggestion__answer-text').innerText()).toBe(reply);
    await page.screenshot({ path: join(screenshotDir, 'suggestions-desktop.png'), fullPage: true });
    expect(await page.title()).not.toBe('1');
    expectNoProblems(problems);

    const stored = await adminApi('GET', `/api/suggestions?period=${quarterOf(new Date()).id}`);
    expect(stored.body.items).toEqual([expect.objectContaining({ text: suggestionText, status: 'answered', answer: reply })]);
  });

  it('shows an executive the indicators: target beside actual, for the quarter and the year to date', async () => {
    const { page, problems } = await open(DESKTOP_VIEWPORT);
    await signInAtStaff(page, 'executive-prasert', 'executive');
    // Executives start at the indicators, which they are here to read.
    await page.waitForURL((url) => url.pathname === '/staff/indicators.html');
    const quarter = page.locator('#quarter-table');
    const knowledge = quarter.getByRole('row').filter({ hasText: KNOWLEDGE_INDICATOR });
    await knowledge.waitFor();
    const now = quarterOf(new Date());
    expect(await page.locator('#quarter-title').innerText()).toMatch(new RegExp(`^ไตรมาสที่ ${now.quarter} ปีงบประมาณ พ.ศ. ${now.fiscalYear} \\(`));
    const cells = await knowledge.getByRole('cell').allInnerTexts();
    expect(cells).toEqual([KNOWLEDGE_INDICATOR, '1.1.3', 'อย่างน้อย 5 เรื่อง', '1 เรื่อง', 'ยังไม่บรรลุเป้าหมาย']);
    const channels = await quarter.getByRole('row').filter({ hasText: 'ช่องทางประชาสัมพันธ์และติดต่อศูนย์ข้อมูลข่าวสารที่เปิดให้บริการ' }).getByRole('cell').allInnerTexts();
    expect(channels.slice(2)).toEqual(['อย่างน้อย 5 ช่องทาง', '2 ช่องทาง', 'ยังไม่บรรลุเป้าหมาย']);
    expect(await definitionOf(page.locator('#quarter-centre'), 'ผู้ขอรับบริการ').innerText()).toBe('1 ครั้ง');
    expect(await definitionOf(page.locator('#quarter-centre'), 'ข้อเสนอแนะจากประชาชนที่ได้รับ').innerText()).toBe('1 เรื่อง');
    const yearRow = await page.locator('#year-table').getByRole('row').filter({ hasText: KNOWLEDGE_INDICATOR }).getByRole('cell').allInnerTexts();
    expect(yearRow[3]).toBe('1 เรื่อง');
    // The menu offers executives only what their role opens.
    expect(await page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' }).getByRole('link').allInnerTexts()).toEqual(['ตัวชี้วัดตามแผน', 'รายงานผู้บริหารรายไตรมาส', 'แบบสำรวจ', 'การแจ้งเตือนทางอีเมล']);
    await page.screenshot({ path: join(screenshotDir, 'indicators-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectFitsPhone(page);
    await page.screenshot({ path: join(screenshotDir, 'indicators-phone.png'), fullPage: true });
    expectNoProblems(problems);

    // The same figures through the API, which the page must not have altered.
    const token = await stack.issuer.issue({ sub: 'executive-api', roles: ['executive'], agency: 'bma-health' });
    const response = await fetch(`${stack.url}/api/indicators?period=${quarterOf(new Date()).id}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { quarter: { indicators: { id: string; actual: unknown; met: unknown }[] } };
    expect(body.quarter.indicators.find((row) => row.id === 'knowledge-topics')).toMatchObject({ actual: 1, met: false });
  });
});
