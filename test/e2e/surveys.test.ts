// The plan's surveys end to end: Chromium drives the real survey pages served by the local stack,
// which runs the real handlers against DynamoDB Local. A member of the public answers the
// information centre's satisfaction survey; an administrator issues one-time tokens on the staff
// page; staff take the knowledge test with them and see their score; a used token is refused
// kindly; while the quarter is open nothing about the answers is given, and once it has ended (the
// stack's clock is moved past it) the executive's results count exactly the responses given.
// Nothing typed may reach storage or a URL, and no page may log an error or break its CSP.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/domain/fiscal';
import { post } from '../support/http';
import knowledgeTest from '../../shared/domain/surveys/instruments/knowledge-test.v1.json';
import { launchBrowser, openPage, PHONE_VIEWPORT, expectNoProblems } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

// docs/glossary.md's words, written out here so the test does not trust the pages' own copy.
const RATING = { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' } as const;
const TITLE = {
  satisfaction: 'แบบสำรวจความพึงพอใจการใช้บริการศูนย์ข้อมูลข่าวสาร',
  knowledge: 'แบบทดสอบความรู้ด้านการต่อต้านการทุจริต',
} as const;
const ROLE = { admin: 'ผู้ดูแลระบบ', executive: 'ผู้บริหาร' } as const;

let stack: TestStack;
let browser: Browser;
let screenshotDir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'surveys-shots-'));
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

const responsePosts = (requests: Request[], surveyId: string) =>
  requests.filter((request) => request.method() === 'POST' && request.url().endsWith(`/api/surveys/${surveyId}/responses`));

/** Nothing a respondent typed may be left in the browser's storage. */
async function expectEmptyStorage(page: Page) {
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
}

/** The question's group, found by its number as the page reads it ("ข้อ 3 …"). */
const question = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^ข้อ ${number} `) });

async function rate(page: Page, number: number, score: keyof typeof RATING) {
  await question(page, number).getByRole('radio', { name: `${score} ${RATING[score]}`, exact: true }).check();
}

/** Signs in on the local form; the page returns to wherever the sign-in was asked for. */
async function signIn(page: Page, sub: string, role: keyof typeof ROLE) {
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  await page.getByRole('checkbox', { name: ROLE[role] }).check();
  const signedIn = page.waitForResponse((response) => response.url().endsWith('/local-issuer/sign-in'));
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  expect((await signedIn).status()).toBe(200);
  await page.waitForURL((url) => !url.pathname.endsWith('/staff/index.html'));
}

/** The value shown beside a term of a description list (<dt>/<dd>), as a reader pairs them. */
const definitionOf = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${term.replace(/[()÷×]/g, '\\$&')}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

/** Answers the knowledge test with exactly `correct` right answers (the first ones), the rest wrong. */
async function answerKnowledgeTest(page: Page, correct: number) {
  for (const [index, item] of knowledgeTest.questions.entries()) {
    const wrong = item.options.find((option) => option.id !== item.answer)!;
    const chosen = index < correct ? item.options.find((option) => option.id === item.answer)! : wrong;
    await question(page, index + 1).getByRole('radio', { name: chosen.text }).check();
  }
}

const currentQuarter = () => quarterOf(new Date()).id;

async function resultsThroughApi(surveyId: string) {
  const token = await stack.issuer.issue({ sub: 'executive-api', roles: ['executive'], agency: 'bma-health' });
  const response = await fetch(`${stack.url}/api/surveys/${surveyId}/results?period=${currentQuarter()}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as { withheld: boolean; reason?: string; n?: number; satisfactionPercent?: number; pre?: { n: number }; post?: { n: number }; passRatePercent?: number; comments?: string[] };
}

/** Moves the server's clock to the first morning after this quarter, so the quarter has ended. */
function endTheQuarter() {
  const after = new Date(quarterOf(new Date()).end.getTime() + 3 * 3600 * 1000);
  Object.assign(stack.context, { clock: { now: () => after } });
}

describe('the plan surveys', () => {
  it('lets a member of the public answer the information centre survey, counted once even when the first send is lost', async () => {
    const { page, problems } = await open(PHONE_VIEWPORT);
    const requests = recordRequests(page);

    // The list says what each survey is and who it is for.
    await page.goto(`${stack.url}/surveys.html`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE.satisfaction }) });
    await card.waitFor();
    expect(await card.innerText()).toContain('สำหรับประชาชนผู้ใช้บริการ');
    const staffCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE.knowledge }) });
    expect(await staffCard.innerText()).toContain('ใช้รหัสแบบสำรวจที่ได้รับ');
    await card.getByRole('link', { name: TITLE.satisfaction }).click();

    await page.getByRole('heading', { level: 1, name: TITLE.satisfaction }).waitFor();
    expect(new URL(page.url()).search).toBe('?id=info-center-satisfaction');
    // A public survey asks for no token and no phase.
    expect(await page.getByLabel('รหัสแบบสำรวจ').isVisible()).toBe(false);
    const groups = page.getByRole('group', { name: /^ข้อ \d+ / });
    expect(await groups.count()).toBe(8);
    expect(await question(page, 1).locator('label').allInnerTexts()).toEqual(['5 มากที่สุด', '4 มาก', '3 ปานกลาง', '2 น้อย', '1 น้อยที่สุด']);

    // Sending nothing is refused on the page, one linked message per unanswered question.
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(8);
    expect(await links.first().innerText()).toBe('โปรดเลือกระดับคะแนนของข้อ 1');
    await links.nth(2).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-current-5');
    expect(responsePosts(requests, 'info-center-satisfaction')).toHaveLength(0);

    for (const [number, score] of [[1, 5], [2, 4], [3, 5], [4, 4], [5, 5], [6, 5], [7, 3], [8, 5]] as const) await rate(page, number, score);
    const comment = 'อยากให้ประกาศราคากลางทันทีที่ประกาศจัดซื้อ <b>ไม่ใช่ HTML</b>';
    await page.getByLabel('ข้อ 9 ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)').fill(comment);
    await expectFitsPhone(page);
    await page.screenshot({ path: join(screenshotDir, 'survey-satisfaction-phone.png'), fullPage: true });
    await page.setViewportSize(DESKTOP_VIEWPORT);
    await page.screenshot({ path: join(screenshotDir, 'survey-satisfaction-desktop.png'), fullPage: true });

    // The first send is lost on the way; the person presses again and the same key goes with it.
    let dropped = 0;
    await page.route('**/api/surveys/info-center-satisfaction/responses', async (route) => {
      if (dropped++ === 0) return route.abort('connectionreset');
      return route.continue();
    });
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.getByText('ยังส่งคำตอบไม่สำเร็จ เพราะติดต่อระบบไม่ได้').waitFor();
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/surveys/info-center-satisfaction/responses'));
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    const answer = await sent;
    expect(answer.status()).toBe(201);
    const posts = responsePosts(requests, 'info-center-satisfaction');
    expect(posts).toHaveLength(2);
    const keys = posts.map((request) => request.headers()['idempotency-key']);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(JSON.parse(answer.request().postData() ?? '{}')).toEqual({
      answers: { complete: 5, correct: 4, current: 5, reachable: 4, channels: 5, staff: 5, timely: 3, overall: 5, comment },
      // The agency of the page: the default agency's set names it in <html data-agency>.
      agency: 'bma-health',
    });

    const thanks = page.getByRole('region', { name: 'ขอบคุณที่สละเวลาตอบแบบสำรวจ' });
    await thanks.waitFor();
    expect(await thanks.innerText()).toContain('ระบบได้รับคำตอบของท่านแล้ว');
    expect(await page.locator('#survey-status').innerText()).toContain('ส่งคำตอบแล้ว');
    // The answers left the page with the form.
    expect(await page.locator('form').count()).toBe(0);
    await expectEmptyStorage(page);
    for (const request of requests) expect(request.url()).not.toContain('overall');
    expectNoProblems(problems, [/ERR_CONNECTION_RESET|ERR_FAILED/]);

    // While the quarter is open, results say nothing, not even how many have answered.
    const results = await resultsThroughApi('info-center-satisfaction');
    expect(results).toMatchObject({ withheld: true, reason: 'period-open' });
    expect(results).not.toHaveProperty('n');
    expect(JSON.stringify(results)).not.toContain('ราคากลาง');
  }, 90_000);

  it('lets an administrator issue tokens, staff take the knowledge test with them and see their score, and refuses a used token kindly', async () => {
    // The administrator issues two tokens on the staff page, arriving there through the sign-in.
    const admin = await open(DESKTOP_VIEWPORT);
    await admin.page.goto(`${stack.url}/staff/survey-admin.html`);
    await admin.page.waitForURL('**/staff/index.html');
    await signIn(admin.page, 'admin-survey', 'admin');
    await admin.page.waitForURL('**/staff/survey-admin.html');
    const nav = admin.page.getByRole('navigation', { name: 'เมนูเจ้าหน้าที่' });
    expect(await nav.getByRole('link', { name: 'แบบสำรวจ' }).getAttribute('aria-current')).toBe('page');
    // The one who hands out tokens never sees the answers.
    expect(await admin.page.getByRole('region', { name: 'ผลแบบสำรวจ' }).count()).toBe(0);
    const tokenPanel = admin.page.getByRole('region', { name: 'ออกรหัสแบบสำรวจสำหรับบุคลากร' });
    await tokenPanel.getByLabel('แบบสำรวจ', { exact: true }).selectOption({ label: TITLE.knowledge });
    await tokenPanel.getByLabel('จำนวนรหัส').fill('2');
    const issued = admin.page.waitForResponse((response) => response.url().endsWith('/api/surveys/knowledge-test/tokens'));
    await admin.page.getByRole('button', { name: 'ออกรหัส' }).click();
    expect((await issued).status()).toBe(201);
    const slips = admin.page.locator('#issued-tokens code');
    await slips.first().waitFor();
    const tokens = await slips.allInnerTexts();
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(token).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(await admin.page.getByText('ระบบแสดงรหัสชุดนี้เพียงครั้งเดียว').isVisible()).toBe(true);
    await admin.page.screenshot({ path: join(screenshotDir, 'survey-tokens-desktop.png'), fullPage: true });
    // "Clear" takes them off the page for good.
    await admin.page.getByRole('button', { name: 'ล้างรหัสออกจากหน้านี้' }).click();
    expect(await admin.page.locator('#issued-tokens code').count()).toBe(0);
    expectNoProblems(admin.problems);

    // A staff member on a phone takes the test after the training, typing the token loosely.
    const first = await open(PHONE_VIEWPORT);
    const requests = recordRequests(first.page);
    await first.page.goto(`${stack.url}/survey.html?id=knowledge-test`);
    await first.page.getByRole('heading', { level: 1, name: TITLE.knowledge }).waitFor();
    expect(await first.page.getByText('ระบบไม่เก็บข้อมูลที่เชื่อมโยงคำตอบกับรหัสหรือตัวท่าน').isVisible()).toBe(true);
    await first.page.getByLabel('รหัสแบบสำรวจ').fill(tokens[0]!.toLowerCase().replace(/-/g, ' '));
    await first.page.getByRole('group', { name: 'ท่านทำแบบทดสอบนี้ก่อนหรือหลังการอบรม' }).getByRole('radio', { name: 'หลังการอบรม' }).check();
    await answerKnowledgeTest(first.page, 9);
    await expectFitsPhone(first.page);
    await first.page.screenshot({ path: join(screenshotDir, 'survey-knowledge-phone.png'), fullPage: true });
    const sent = first.page.waitForResponse((response) => response.url().endsWith('/api/surveys/knowledge-test/responses'));
    await first.page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    expect((await sent).status()).toBe(201);
    const thanks = first.page.getByRole('region', { name: 'ขอบคุณที่ทำแบบทดสอบ' });
    await thanks.waitFor();
    expect(await first.page.locator('#score-value').innerText()).toBe('75%');
    expect(await thanks.innerText()).toContain('ตอบถูก 9 จาก 12 ข้อ');
    expect(await thanks.innerText()).toContain('เกณฑ์ผ่านร้อยละ 60');
    expect(await first.page.locator('#score-verdict').innerText()).toBe('ยินดีด้วย ท่านผ่านเกณฑ์');
    expect(await first.page.locator('#survey-status').innerText()).toBe('ส่งคำตอบแล้ว คะแนนของท่านร้อยละ 75 ผ่านเกณฑ์');
    await expectFitsPhone(first.page);
    await first.page.screenshot({ path: join(screenshotDir, 'knowledge-result-phone.png'), fullPage: true });
    await first.page.setViewportSize(DESKTOP_VIEWPORT);
    await first.page.screenshot({ path: join(screenshotDir, 'knowledge-result-desktop.png'), fullPage: true });
    // The token went in the body only, and nothing stayed in storage.
    const compact = (text: string) => decodeURIComponent(text).toUpperCase().replace(/[\s-]/g, '');
    for (const request of requests) expect(compact(request.url())).not.toContain(compact(tokens[0]!));
    await expectEmptyStorage(first.page);
    expectNoProblems(first.problems);

    // A colleague takes it before the training with the second token and does not reach the mark yet.
    const second = await open(PHONE_VIEWPORT);
    await second.page.goto(`${stack.url}/survey.html?id=knowledge-test`);
    await second.page.getByLabel('รหัสแบบสำรวจ').fill(tokens[1]!);
    await second.page.getByRole('radio', { name: 'ก่อนการอบรม' }).check();
    await answerKnowledgeTest(second.page, 5);
    await second.page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    const notYet = second.page.getByRole('region', { name: 'ขอบคุณที่ทำแบบทดสอบ' });
    await notYet.waitFor();
    expect(await second.page.locator('#score-value').innerText()).toBe('41.7%');
    expect(await second.page.locator('#score-verdict').innerText()).toBe('ครั้งนี้คะแนนยังไม่ถึงเกณฑ์ผ่าน ไม่เป็นไร');
    expect(await notYet.getByRole('link', { name: 'องค์ความรู้ด้านการต่อต้านการทุจริต' }).getAttribute('href')).toBe('knowledge.html');
    expectNoProblems(second.problems);

    // The first token again: refused in kind words, the answers still on the page, nothing counted.
    const again = await open(PHONE_VIEWPORT);
    await again.page.goto(`${stack.url}/survey.html?id=knowledge-test`);
    await again.page.getByLabel('รหัสแบบสำรวจ').fill(tokens[0]!);
    await again.page.getByRole('radio', { name: 'หลังการอบรม' }).check();
    await answerKnowledgeTest(again.page, 12);
    const refused = again.page.waitForResponse((response) => response.url().endsWith('/api/surveys/knowledge-test/responses'));
    await again.page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    expect((await refused).status()).toBe(409);
    const problem = again.page.locator('#form-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('รหัสแบบสำรวจนี้ถูกใช้ไปแล้ว');
    expect(await problem.innerText()).toContain('หากท่านเพิ่งส่งคำตอบไปเมื่อสักครู่ ระบบได้รับคำตอบของท่านแล้ว ไม่ต้องส่งซ้ำ');
    expect(await again.page.getByLabel('รหัสแบบสำรวจ').getAttribute('aria-invalid')).toBe('true');
    expect(await question(again.page, 1).getByRole('radio', { checked: true }).count()).toBe(1);
    expectNoProblems(again.problems, [/409/]);

    // Nothing about the two tests while the quarter is open.
    expect(await resultsThroughApi('knowledge-test')).toMatchObject({ withheld: true, reason: 'period-open' });
  }, 90_000);

  it('shows an executive that an open quarter is withheld, then the results of both surveys once it has ended, without the token form', async () => {
    // Four more members of the public and three more staff, so that each survey reaches the minimum of 5.
    for (let index = 0; index < 4; index += 1) {
      const answers = { complete: 4, correct: 4, current: 4, reachable: 4, channels: 4, staff: 4, timely: 4, overall: 4 };
      expect((await post(stack.url, '/api/surveys/info-center-satisfaction/responses', { answers })).status).toBe(201);
    }
    const admin = await stack.issuer.issue({ sub: 'admin-api', roles: ['admin'], agency: 'bma-health' });
    const issued = await post(stack.url, '/api/surveys/knowledge-test/tokens', { count: 3 }, { authorization: `Bearer ${admin}` });
    for (const [index, token] of (issued.body.tokens as string[]).entries()) {
      const correct = index < 2 ? 12 : 3;
      const answers = Object.fromEntries(knowledgeTest.questions.map((item, number) => [item.id, number < correct ? item.answer : item.options.find((option) => option.id !== item.answer)!.id]));
      expect((await post(stack.url, '/api/surveys/knowledge-test/responses', { answers, phase: 'post', token })).status).toBe(201);
    }

    const { page, problems } = await open(DESKTOP_VIEWPORT);
    await page.goto(`${stack.url}/staff/survey-admin.html`);
    await page.waitForURL('**/staff/index.html');
    await signIn(page, 'executive-somying', 'executive');
    await page.waitForURL('**/staff/survey-admin.html');
    const panel = page.getByRole('region', { name: 'ผลแบบสำรวจ' });
    await panel.waitFor();
    expect(await page.getByRole('region', { name: 'ออกรหัสแบบสำรวจสำหรับบุคลากร' }).count()).toBe(0);

    const showResults = async (title: string) => {
      await panel.getByLabel('แบบสำรวจ', { exact: true }).selectOption({ label: title });
      await panel.getByLabel('ช่วงเวลา').selectOption(currentQuarter());
      const loaded = page.waitForResponse((response) => response.url().includes('/results?period='));
      await panel.getByRole('button', { name: 'แสดงผล' }).click();
      expect((await loaded).status()).toBe(200);
      await page.locator('#results-heading').filter({ hasText: title }).waitFor();
    };

    // The quarter is still open: a statement, no figures.
    await showResults(TITLE.satisfaction);
    expect(await page.locator('#results-withheld').innerText()).toContain('ไตรมาสนี้ยังไม่สิ้นสุด');
    expect(await page.locator('#results-facts').innerText()).toBe('');

    endTheQuarter();
    for (const title of [TITLE.satisfaction, TITLE.knowledge]) {
      await showResults(title);
      expect(await page.locator('#results-withheld').isVisible()).toBe(false);
      expect(await definitionOf(page.locator('#results-facts'), 'จำนวนผู้ตอบ').innerText()).toBe('5 คน');
    }
    // 75 % and 100 % twice pass, 41.7 % and 25 % do not: 3 of 5.
    expect(await definitionOf(page.locator('#results-facts'), 'ผู้ผ่านเกณฑ์').innerText()).toMatch(/^60%/);
    await page.screenshot({ path: join(screenshotDir, 'survey-results-desktop.png'), fullPage: true });
    expectNoProblems(problems);
  }, 90_000);
});
