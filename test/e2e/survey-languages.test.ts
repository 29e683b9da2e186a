// The survey form in English, in Chromium against the local stack: a member of staff takes the
// knowledge test on the English page, reached by the language switch from the Thai one, and meets it
// in each state a person sees (empty, with errors, filled, the score) with no Thai script outside what
// is marked Thai and no WCAG 2.1 AA violation axe-core can find; the server's refusal reaches a
// respondent in English; and answers sent from the English page carry the same question ids as from
// the Thai page, so the quarter's results count both alike.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../shared/domain/fiscal';
import knowledgeTest from '../../shared/domain/surveys/instruments/knowledge-test.v1.json';
import { AXE_CONTEXT, axeViolations } from '../support/axe';
import { expectNoProblems, launchBrowser, openPage, PHONE_VIEWPORT } from '../support/browser';
import { post } from '../support/http';
import { thaiOutsideThaiParts } from '../support/languages';
import { startTestStack, type TestStack } from '../support/local-stack';

// The English words are written out here, so the test does not trust the pages' own copy.
const TITLE = { knowledgeTh: 'แบบทดสอบความรู้ด้านการต่อต้านการทุจริต', knowledgeEn: 'Anti-corruption knowledge quiz', infoEn: 'Satisfaction survey of the public information centre' } as const;

let stack: TestStack;
let browser: Browser;
let tokens: string[];

beforeAll(async () => {
  // Two responses are enough for a quarter's results here: one from each language's page.
  [stack, browser] = await Promise.all([startTestStack({ env: { SURVEY_MIN_RESPONSES: '2' } }), launchBrowser()]);
  const admin = await stack.issuer.issue({ sub: 'admin-survey-en', roles: ['admin'], agency: 'bma-health' });
  const issued = await post(stack.url, '/api/surveys/knowledge-test/tokens', { count: 2 }, { authorization: `Bearer ${admin}` });
  expect(issued.status).toBe(201);
  tokens = issued.body.tokens as string[];
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The page has named its agency and drawn the survey. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getElementById('agency-loading')?.hidden !== false);
  await page.locator('#survey-loading').waitFor({ state: 'hidden' });
  await page.waitForLoadState('networkidle');
}

/** Says nothing in Thai outside what is marked Thai, and axe finds no violation: the checks of every state. */
async function expectEnglishAndAccessible(page: Page, state: string) {
  expect(await thaiOutsideThaiParts(page), state).toEqual([]);
  expect(await axeViolations(page), state).toEqual([]);
}

/** The question's group, found by its number as the English page reads it ("Question 3 …"). */
const question = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^Question ${number} `) });

/** The knowledge test's answers with the first `correct` right and the rest wrong, by question id. */
const knowledgeAnswers = (correct: number) =>
  Object.fromEntries(knowledgeTest.questions.map((item, index) => [item.id, index < correct ? item.answer : item.options.find((option) => option.id !== item.answer)!.id]));

/** Ticks those answers on the page, finding each option by its text in the page's language. */
async function answerKnowledgeTest(page: Page, correct: number, language: 'th' | 'en') {
  const answers = knowledgeAnswers(correct);
  for (const [index, item] of knowledgeTest.questions.entries()) {
    const option = item.options.find((candidate) => candidate.id === answers[item.id])!;
    const text = language === 'en' ? option.translations.en.text : option.text;
    await page.getByRole('group', { name: new RegExp(`^${language === 'en' ? 'Question' : 'ข้อ'} ${index + 1} `) }).getByRole('radio', { name: text }).check();
  }
}

const sentAnswers = (request: Request) => JSON.parse(request.postData() ?? '{}') as { answers: Record<string, string | number>; phase?: string; token?: string };

const sentFrom: Record<'th' | 'en', ReturnType<typeof sentAnswers> | undefined> = { th: undefined, en: undefined };

describe('the survey form in English', () => {
  it('is reached by the language switch and shows the knowledge test in English, empty, with errors, filled and scored', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/survey.html?id=knowledge-test`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: TITLE.knowledgeTh }).waitFor();
    await page.getByRole('banner').locator('a[hreflang="en"]').click();
    await page.waitForURL(`${stack.url}/en/survey.html?id=knowledge-test`);
    await settled(page);

    // Empty: the instrument's own texts in English, its options lettered a, b, c, d.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: TITLE.knowledgeEn }).waitFor();
    expect(await page.title()).toMatch(new RegExp(`^${TITLE.knowledgeEn} \\| `));
    expect(await page.locator('#survey-introduction').innerText()).toContain('It has 12 questions and takes about 10 minutes');
    expect(await question(page, 1).locator('legend').innerText()).toBe('Question 1 What does a conflict of interest mean?');
    expect(await question(page, 2).locator('label').allInnerTexts()).toEqual(['a. 500 baht', 'b. 1,000 baht', 'c. 3,000 baht', 'd. No limit']);
    expect(await page.getByRole('group', { name: 'Are you taking this quiz before or after the training?' }).locator('label').allInnerTexts()).toEqual(['Before the training', 'After the training']);
    // The notice at the point of collection, in the page's language.
    expect(await page.getByRole('link', { name: 'privacy notice (opens in a new tab)' }).getAttribute('href')).toBe('privacy.html');
    await expectEnglishAndAccessible(page, 'empty');

    // With errors: one linked message per thing to fix, in English.
    await page.getByRole('button', { name: 'Send answers' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Please enter the survey code you received',
      'Please choose whether you are taking this quiz before or after the training',
      ...knowledgeTest.questions.map((_item, index) => `Please choose an answer to question ${index + 1}`),
    ]);
    await expectEnglishAndAccessible(page, 'with errors');
    await page.getByLabel('Survey code').fill('ABCD');
    await page.getByRole('button', { name: 'Send answers' }).click();
    await summary.getByRole('link', { name: 'A survey code has 20 characters, such as ABCD-EFGH-JKMN-PQRS-TVWX. Please check it again' }).waitFor();

    // Filled.
    await page.getByLabel('Survey code').fill(tokens[0]!);
    await page.getByRole('radio', { name: 'After the training' }).check();
    await answerKnowledgeTest(page, 9, 'en');
    await expectEnglishAndAccessible(page, 'filled');

    // Scored.
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/surveys/knowledge-test/responses'));
    await page.getByRole('button', { name: 'Send answers' }).click();
    const answer = await sent;
    expect(answer.status()).toBe(201);
    sentFrom.en = sentAnswers(answer.request());
    const thanks = page.getByRole('region', { name: 'Thank you for taking the quiz' });
    await thanks.waitFor();
    expect(await page.locator('#score-value').innerText()).toBe('75%');
    expect(await page.locator('#score-detail').innerText()).toBe('9 of 12 questions right · pass mark 60%');
    expect(await page.locator('#score-verdict').innerText()).toBe('Well done: you passed');
    expect(await page.locator('#survey-status').innerText()).toBe('Your answers have been sent. Your score is 75%: passed');
    expect(await thanks.getByRole('link', { name: 'anti-corruption knowledge' }).getAttribute('href')).toBe('knowledge.html');
    await expectEnglishAndAccessible(page, 'scored');

    // And back to Thai: the switch keeps the survey.
    await page.getByRole('banner').locator('a[hreflang="th"]').click();
    await page.waitForURL(`${stack.url}/survey.html?id=knowledge-test`);
    await page.getByRole('heading', { level: 1, name: TITLE.knowledgeTh }).waitFor();
    expectNoProblems(problems);
  }, 90_000);

  it('sends the same answers from the Thai page as from the English one, question id for question id', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await page.goto(`${stack.url}/survey.html?id=knowledge-test`);
    await settled(page);
    await page.getByLabel('รหัสแบบสำรวจ').fill(tokens[1]!);
    await page.getByRole('radio', { name: 'หลังการอบรม' }).check();
    await answerKnowledgeTest(page, 9, 'th');
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/surveys/knowledge-test/responses'));
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    const answer = await sent;
    expect(answer.status()).toBe(201);
    sentFrom.th = sentAnswers(answer.request());
    expect(await page.locator('#score-value').innerText()).toBe('75%');

    const withoutToken = ({ token: _token, ...rest }: ReturnType<typeof sentAnswers>) => rest;
    expect(withoutToken(sentFrom.th)).toEqual({ answers: knowledgeAnswers(9), phase: 'post', agency: 'bma-health' });
    expect(withoutToken(sentFrom.en!)).toEqual(withoutToken(sentFrom.th));
    expectNoProblems(problems);
  });

  it('says in English what the server refused, next to the question it concerns', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT, ...AXE_CONTEXT });
    await page.goto(`${stack.url}/en/surveys.html`);
    await page.getByRole('link', { name: TITLE.infoEn }).click();
    await page.waitForURL(`${stack.url}/en/survey.html?id=info-center-satisfaction`);
    await settled(page);
    for (let number = 1; number <= 8; number += 1) await question(page, number).getByRole('radio', { name: '4 Much', exact: true }).check();
    await page.getByLabel('Question 9 Any other suggestions (optional)').fill('Longer opening hours, please.');

    // The answer to question 8 is lost on the way: the server refuses the response and names it.
    await page.route('**/api/surveys/info-center-satisfaction/responses', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { answers: Record<string, unknown> };
      delete body.answers.overall;
      await route.continue({ postData: JSON.stringify(body) });
    });
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/surveys/info-center-satisfaction/responses'));
    await page.getByRole('button', { name: 'Send answers' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBe(400);
    expect(Object.keys(((await refusal.json()) as { error: { fields: Record<string, string> } }).error.fields)).toEqual(['body.answers.overall']);
    await page.locator('#error-summary').getByRole('link', { name: 'Please choose a score for question 8' }).waitFor();
    expect(await question(page, 8).innerText()).toContain('Please choose a score for question 8');
    await expectEnglishAndAccessible(page, 'refused by the server');

    // Sent whole, it is taken.
    await page.unroute('**/api/surveys/info-center-satisfaction/responses');
    await page.getByRole('button', { name: 'Send answers' }).click();
    const thanks = page.getByRole('region', { name: 'Thank you for answering the survey' });
    await thanks.waitFor();
    expect(await thanks.innerText()).toContain('We have received your answers.');
    await expectEnglishAndAccessible(page, 'thanks');
    expectNoProblems(problems, [/400/]);
  }, 60_000);

  it('counts the answers from both pages alike in the quarter\'s results', async () => {
    // The stack's clock moves to the first morning after this quarter, so the quarter has ended.
    const quarter = quarterOf(new Date());
    Object.assign(stack.context, { clock: { now: () => new Date(quarter.end.getTime() + 3 * 3600 * 1000) } });
    const executive = await stack.issuer.issue({ sub: 'executive-survey-en', roles: ['executive'], agency: 'bma-health' });
    const response = await fetch(`${stack.url}/api/surveys/knowledge-test/results?period=${quarter.id}`, { headers: { authorization: `Bearer ${executive}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ withheld: false, n: 2, post: { n: 2, meanScorePercent: 75 }, pre: { n: 0 }, passRatePercent: 100 });
  });
});
