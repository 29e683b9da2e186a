// The channel-experience survey and the statistics links in Chromium against the local stack. A case
// is concluded, its reporter tracks it, the survey appears, is answered and says thanks; with enough
// answers, the published quarter's statistics page shows convenient, fast and safe. axe-core finds
// no WCAG 2.1 AA violation on the tracking page while the survey shows, with its errors, and after.
// And the statistics link of every public page answers 200 for an agency that has not published.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/rules/fiscal';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Every page of an agency's channel set. */
const CHANNEL_PAGES = ['', 'report.html', 'track.html', 'surveys.html', 'survey.html?id=info-center-satisfaction', 'information-centre.html', 'knowledge.html', 'guide.html', 'privacy.html'];

/** A concluded complaint of the default agency: its credentials. */
async function concludedCase(index: number) {
  const filed = await post(
    stack.url,
    '/api/complaints',
    { category: 'bribery', subject: `เรื่องที่ ${index}`, description: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
    { 'Idempotency-Key': randomUUID() },
  );
  expect(filed.status).toBe(201);
  const officer = await stack.issuer.issue({ sub: 'officer-experience', roles: ['officer'], agency: 'bma-health' });
  for (const step of [{ to: 'acknowledged' }, { to: 'investigating' }, { to: 'closed', outcome: 'unsubstantiated' }]) {
    expect((await post(stack.url, `/api/cases/${filed.body.reference}/transitions`, step, { authorization: `Bearer ${officer}` })).status).toBe(200);
  }
  return { reference: filed.body.reference as string, secret: filed.body.secret as string };
}

const noViolations = async (page: Page, label: string) => expect(await axeViolations(page), label).toEqual([]);

describe('the channel-experience survey on the tracking page', () => {
  it('appears once the case is concluded, is answered once, says thanks, and its quarter publishes the result', async () => {
    const credentials = await concludedCase(1);
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/track.html`);
    await page.getByLabel('เลขที่เรื่อง').fill(credentials.reference);
    await page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(credentials.secret);
    await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();

    const survey = page.getByRole('region', { name: 'ช่องทางนี้สะดวก รวดเร็ว และปลอดภัยสำหรับท่านหรือไม่' });
    await survey.getByRole('group', { name: /สะดวกและเข้าใจง่าย/ }).waitFor();
    await noViolations(page, 'tracking with the survey');

    // Sent without answers: each question says so, and nothing is sent.
    await survey.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await survey.getByText('โปรดเลือกคะแนนของข้อนี้').first().waitFor();
    expect(await survey.getByText('โปรดเลือกคะแนนของข้อนี้').count()).toBe(3);
    await noViolations(page, 'tracking with the survey\'s errors');

    for (const [question, score] of [[/สะดวกและเข้าใจง่าย/, '5 มากที่สุด'], [/อย่างรวดเร็ว/, '4 มาก'], [/รู้สึกปลอดภัย/, '5 มากที่สุด']] as const) {
      await survey.getByRole('group', { name: question }).getByRole('radio', { name: score }).check();
    }
    await survey.getByLabel(/ข้อเสนอแนะเพิ่มเติม/).fill('ติดตามเรื่องได้สะดวก');
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/tracking/survey'));
    await survey.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    expect((await answered).status()).toBe(201);
    await survey.getByText('ขอบคุณที่ตอบแบบสำรวจ').waitFor();
    expect(await survey.getByRole('button', { name: 'ส่งคำตอบ' }).isVisible()).toBe(false);
    await noViolations(page, 'tracking after the survey');

    // Looked at again, the case says it was answered and offers no second answer.
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/tracking'));
    await page.getByRole('button', { name: 'ดูความคืบหน้าล่าสุด' }).click();
    await refreshed;
    expect(await survey.getByText('ขอบคุณที่ตอบแบบสำรวจ').isVisible()).toBe(true);
    expect(await survey.getByRole('button', { name: 'ส่งคำตอบ' }).isVisible()).toBe(false);
    expectNoProblems(problems);

    // Four more concluded cases answer, so the quarter reaches the threshold of five.
    for (let index = 2; index <= 5; index += 1) {
      const more = await concludedCase(index);
      expect((await post(stack.url, '/api/tracking/survey', { ...more, answers: { convenient: 4, fast: 4, safe: 5 } })).status).toBe(201);
    }
    const quarter = quarterOf(new Date());
    const realClock = stack.context.clock;
    stack.context.clock = { now: () => new Date(quarter.end.getTime() + 86_400_000) };
    try {
      const admin = await stack.issuer.issue({ sub: 'admin-experience', roles: ['admin'], agency: 'bma-health' });
      expect((await post(stack.url, '/api/publications', { period: quarter.id, agency: 'bma-health' }, { authorization: `Bearer ${admin}` })).status).toBe(200);
    } finally {
      stack.context.clock = realClock;
    }
    await page.goto(`${stack.url}/stats/bma-health/`);
    const row = page.locator('#survey-channel-experience');
    expect(await row.getByRole('cell').first().innerText()).toBe('5 คน');
    // (5+4+4+4+4) convenient, (4×5) fast, (5×5) safe: 21, 20 and 25 of 25.
    for (const item of ['สะดวก 84 %', 'รวดเร็ว 80 %', 'ปลอดภัย 100 %']) expect(await row.innerText()).toContain(item);
    expect(await page.getByRole('row', { name: /ความพึงพอใจของผู้ร้องเรียนต่อช่องทางร้องเรียน/ }).innerText()).toContain('บรรลุเป้าหมาย');
  }, 120_000);

  it('asks in English on the English tracking page, and says what to fix and thanks in English', async () => {
    const credentials = await concludedCase(6);
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/en/track.html`);
    await page.getByLabel('Reference number').fill(credentials.reference);
    await page.getByLabel('Secret code for following your complaint').fill(credentials.secret);
    await page.getByRole('button', { name: 'See progress' }).click();

    const survey = page.getByRole('region', { name: 'Was this channel convenient, quick and safe for you?' });
    await survey.getByRole('group', { name: /convenient and easy to understand/ }).waitFor();
    await survey.getByRole('button', { name: 'Send my answers' }).click();
    await survey.getByText('Please choose a score for this question').first().waitFor();
    expect(await survey.getByText('Please choose a score for this question').count()).toBe(3);
    expect(await survey.innerText()).not.toMatch(/[\u0E00-\u0E7F]/);
    await noViolations(page, 'English tracking with the survey\'s errors');

    for (const [question, score] of [[/convenient and easy/, '5 Very much'], [/handled quickly/, '3 Moderately'], [/felt safe/, '4 Much']] as const) {
      await survey.getByRole('group', { name: question }).getByRole('radio', { name: score }).check();
    }
    await survey.getByLabel(/Any other suggestions/).fill('Easy to follow');
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/tracking/survey'));
    await survey.getByRole('button', { name: 'Send my answers' }).click();
    expect((await answered).status()).toBe(201);
    await survey.getByText('Thank you for answering the survey.').waitFor();
    expect(await survey.innerText()).not.toMatch(/[\u0E00-\u0E7F]/);
    expectNoProblems(problems);
  }, 60_000);
});

describe('the statistics link of every public page', () => {
  it('answers 200 for an agency that has not published', async () => {
    const id = `tambon-unpublished-${randomUUID().slice(0, 4)}`;
    const platform = await stack.issuer.issue({ sub: 'platform-unpublished', roles: ['platform-admin'], agency: 'bma-health' });
    const onboarded = await post(
      stack.url,
      '/api/agencies',
      { id, nameTh: 'องค์การบริหารส่วนตำบลยังไม่เผยแพร่', nameEn: 'Tambon Unpublished SAO', units: [{ id: 'palat', nameTh: 'สำนักปลัด', nameEn: 'Office of the Permanent Secretary' }], contact: { responsibleUnit: 'สำนักปลัด', phone: '02 111 1111' } },
      { authorization: `Bearer ${platform}`, 'Idempotency-Key': `onboard-${id}` },
    );
    expect(onboarded.status).toBe(201);

    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    const statisticsLink = page.getByRole('navigation', { name: 'ข้อมูลเกี่ยวกับช่องทางนี้' }).getByRole('link', { name: /^สถิติเรื่องร้องเรียน/ });
    const followed = new Set<string>();
    for (const path of CHANNEL_PAGES.map((name) => `/a/${id}/${name}`).concat('/')) {
      await page.goto(`${stack.url}${path}`);
      if (path !== '/') await page.waitForFunction((agency) => document.querySelector('a[data-agency-stats]')?.getAttribute('href') === `/stats/${agency}/`, id);
      const href = (await statisticsLink.getAttribute('href'))!;
      followed.add(href);
      expect((await fetch(new URL(href, stack.url))).status, `${path} → ${href}`).toBe(200);
    }
    expect([...followed].sort()).toEqual(['/stats/', `/stats/${id}/`]);

    // Followed in the browser, the agency's page says nothing is published yet and leads back.
    await page.goto(`${stack.url}/a/${id}/`);
    await page.waitForFunction((agency) => document.querySelector('a[data-agency-stats]')?.getAttribute('href') === `/stats/${agency}/`, id);
    await statisticsLink.click();
    await page.waitForURL(`**/stats/${id}/`);
    await page.getByText('องค์การบริหารส่วนตำบลยังไม่เผยแพร่ยังไม่ได้เผยแพร่สถิติ').waitFor();
    expect(await page.getByRole('link', { name: 'กลับไปที่ช่องทางร้องเรียนขององค์การบริหารส่วนตำบลยังไม่เผยแพร่' }).getAttribute('href')).toBe(`/a/${id}/`);
    await noViolations(page, 'the statistics page before the first publication');
    expectNoProblems(problems);
  }, 120_000);
});
