import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { resultsAnswerSchema } from '../../functions/surveys/schemas';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { currentInstrument, INSTRUMENTS, publicDefinition } from '../../shared/domain/surveys/instrument';
import { instrumentSchema } from '../../shared/domain/surveys/instrument-schema';
import { surveyResults, wilsonInterval, type StoredResponse } from '../../shared/domain/surveys/results';
import { scoreAnswers } from '../../shared/domain/surveys/scoring';
import { issueTokens, listSurveys, submitResponse, surveyResultsFor } from '../../shared/domain/use-cases/surveys';
import { memoryContext } from '../support/memory-context';
import { seededRandom } from '../support/random';

const knowledge = currentInstrument('knowledge-test')!;
const info = currentInstrument('info-center-satisfaction')!;
const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
const executive: StaffPrincipal = { id: 'exec-1', roles: ['executive'], agency: 'bma-health' };

/** The knowledge test answered with the first `correct` questions right and the rest wrong. */
function knowledgeAnswers(correct: number) {
  return Object.fromEntries(
    knowledge.questions.flatMap((question, index) => {
      if (question.type !== 'choice') return [];
      const wrong = question.options.find((option) => option.id !== question.answer)!.id;
      return [[question.id, index < correct ? question.answer : wrong]];
    }),
  );
}

const ratingAnswers = (value: number) => Object.fromEntries(info.questions.filter((question) => question.type === 'rating').map((question) => [question.id, value]));

const response = (ratings: Record<string, number>, extra: Partial<StoredResponse> = {}): StoredResponse => ({
  surveyId: 'info-center-satisfaction',
  version: 1,
  agency: 'bma-health',
  submittedOn: '2026-11-01',
  ratings,
  ...extra,
});

describe('the instruments', () => {
  // The Lambdas use the committed files without checking them at start; this is where they are checked.
  it('are every file in instruments/, each valid against the instrument schema as it stands', () => {
    const folder = new URL('../../shared/domain/surveys/instruments/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files.length).toBe(INSTRUMENTS.length);
    for (const name of files) {
      const data: unknown = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
      const result = instrumentSchema.safeParse(data);
      expect(result.error?.issues, name).toBeUndefined();
      expect(result.data, name).toEqual(data);
      expect(`${result.data!.id}.v${result.data!.version}.json`).toBe(name);
      expect(INSTRUMENTS, name).toContainEqual(data);
    }
  });

  it('refuses a broken instrument', () => {
    const knowledgeTest = INSTRUMENTS.find((instrument) => instrument.id === 'knowledge-test')!;
    const [first, ...rest] = knowledgeTest.questions;
    if (first?.type !== 'choice') throw new Error('expected a choice question first');
    const broken = {
      'an answer that is not an option': { ...knowledgeTest, questions: [{ ...first, answer: 'none' }, ...rest] },
      'a repeated question id': { ...knowledgeTest, questions: [first, first, ...rest] },
      'a test without a pass mark': { ...knowledgeTest, passMarkPercent: undefined },
      'an unknown key': { ...knowledgeTest, colour: 'red' },
      'a translation into a language the pages are not built in': { ...knowledgeTest, translations: { fr: { title: 'Quiz', introduction: 'Bonjour' } } },
      'a translation of a field the object does not have': { ...knowledgeTest, questions: [{ ...first, translations: { en: { text: 'What is it?', hint: 'Think' } } }, ...rest] },
      'a translation without its text': { ...knowledgeTest, questions: [{ ...first, options: first.options.map((option) => ({ ...option, translations: { en: {} } })) }, ...rest] },
    };
    for (const [what, data] of Object.entries(broken)) expect(instrumentSchema.safeParse(data).success, what).toBe(false);
  });

  it('are five, valid, with at least 10 knowledge questions on the four topics', () => {
    expect(new Set(INSTRUMENTS.map((instrument) => instrument.id)).size).toBe(5);
    const choices = knowledge.questions.filter((question) => question.type === 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(10);
    for (const topic of ['conflict-of-interest', 'gifts', 'reporting-channels', 'whistleblower-protection']) {
      expect(choices.some((question) => question.topic === topic), topic).toBe(true);
    }
  });

  it('never publish the answer key', () => {
    expect(JSON.stringify(publicDefinition(knowledge))).not.toContain('"answer"');
  });
});

describe('scoring', () => {
  it('scores the knowledge test as percent correct against the pass mark', () => {
    expect(scoreAnswers(knowledge, knowledgeAnswers(12), 'pre')).toMatchObject({ scorePercent: 100, passed: true });
    expect(scoreAnswers(knowledge, knowledgeAnswers(9), 'post')).toMatchObject({ scorePercent: 75, passed: true });
    expect(scoreAnswers(knowledge, knowledgeAnswers(7), 'post')).toMatchObject({ scorePercent: 58.3, passed: false });
  });

  it('names every unknown question, out-of-range answer, missing item and missing phase', () => {
    const answers = { ...ratingAnswers(4), complete: 6, correct: 2.5, bogus: 1 } as Record<string, number>;
    delete answers.overall;
    try {
      scoreAnswers(info, answers, 'pre');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields!).sort()).toEqual(['answers.bogus', 'answers.complete', 'answers.correct', 'answers.overall', 'phase']);
    }
    expect(() => scoreAnswers(knowledge, knowledgeAnswers(12), undefined)).toThrow(ValidationError);
  });
});

describe('results', () => {
  it('computes the Wilson interval as published tables do', () => {
    expect(wilsonInterval(8, 10)).toEqual({ low: 49, high: 94.3 });
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: 27.8 });
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it('reports satisfaction both ways against the 80 % target, with item means', () => {
    // Respondent means 5, 4, 3 and 4.5 (two items at 5 and 4): hand-computed below.
    const all = (value: number) => Object.fromEntries(Object.keys(ratingAnswers(1)).map((id) => [id, value]));
    const mixed = Object.fromEntries(Object.keys(ratingAnswers(1)).map((id, index) => [id, index % 2 ? 4 : 5]));
    const results = surveyResults(info, [response(all(5)), response(all(4)), response(all(3)), response(mixed, { comment: 'ดีมาก' })], { includeComments: false });
    if (results.kind !== 'satisfaction') throw new Error('expected satisfaction');
    // 8 items each: sums 40 + 32 + 24 + 36 = 132 over 32 ratings = 4.125 → 82.5 %.
    expect(results).toMatchObject({ n: 4, meanScore: 4.13, satisfactionPercent: 82.5, targetMet: true, satisfiedSharePercent: 75 });
    expect(results.satisfiedShareInterval).toEqual(wilsonInterval(3, 4));
    expect(results.itemMeans.complete).toBe(4.25);
    expect(results.itemMeans.correct).toBe(4);
    expect(results).not.toHaveProperty('comments');
    expect(surveyResults(info, [response(all(5), { comment: 'ดีมาก' })], { includeComments: true })).toMatchObject({ comments: ['ดีมาก'] });
  });

  it('reports the knowledge test mean, pass rate and pre/post change', () => {
    const scored = (phase: 'pre' | 'post', scorePercent: number) =>
      ({ surveyId: 'knowledge-test', version: 1, agency: 'bma-health', submittedOn: '2026-11-01', ratings: {}, phase, scorePercent, passed: scorePercent >= 60 }) as StoredResponse;
    const results = surveyResults(knowledge, [scored('pre', 50), scored('pre', 70), scored('post', 80), scored('post', 100)], { includeComments: false });
    expect(results).toMatchObject({ n: 4, meanScorePercent: 75, passRatePercent: 75, pre: { n: 2, meanScorePercent: 60 }, post: { n: 2, meanScorePercent: 90 }, preToPostChange: 30 });
  });

  it('holds its invariants for any set of responses', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 200; trial += 1) {
      const count = 1 + Math.floor(random() * 40);
      const responses = Array.from({ length: count }, () => response(Object.fromEntries(Object.keys(ratingAnswers(1)).map((id) => [id, 1 + Math.floor(random() * 5)]))));
      const results = surveyResults(info, responses, { includeComments: false });
      const shuffled = surveyResults(info, [...responses].reverse(), { includeComments: false });
      if (results.kind !== 'satisfaction') throw new Error('expected satisfaction');
      expect(results.n).toBe(count);
      expect(results.satisfactionPercent).toBeGreaterThanOrEqual(20);
      expect(results.satisfactionPercent).toBeLessThanOrEqual(100);
      expect(results.satisfiedShareInterval!.low).toBeLessThanOrEqual(results.satisfiedSharePercent! + 0.05);
      expect(results.satisfiedShareInterval!.high).toBeGreaterThanOrEqual(results.satisfiedSharePercent! - 0.05);
      expect(shuffled).toEqual(results);
    }
  });
});

describe('survey use cases', () => {
  it('lists open surveys and refuses answers outside the open period', async () => {
    const before = memoryContext(new Date('2026-09-15T03:00:00Z'));
    expect(listSurveys(before.context)()).toEqual([]);
    await expect(submitResponse(before.context)('info-center-satisfaction', { answers: ratingAnswers(5) })).rejects.toBeInstanceOf(ConflictError);
    expect(before.surveys.responses).toHaveLength(0);
    expect(listSurveys(memoryContext().context)().map((survey) => survey.id)).toHaveLength(5);
  });

  it('takes each staff token once and keeps nothing that links answer and token', async () => {
    const { context, surveys } = memoryContext();
    const { tokens } = await issueTokens(context)(admin, 'promotion-satisfaction', 2);
    const submit = submitResponse(context);
    const answers = Object.fromEntries(currentInstrument('promotion-satisfaction')!.questions.filter((question) => question.type === 'rating').map((question) => [question.id, 4]));
    await expect(submit('promotion-satisfaction', { answers })).rejects.toBeInstanceOf(ValidationError);
    await submit('promotion-satisfaction', { answers, token: tokens[0]!.toLowerCase() });
    await expect(submit('promotion-satisfaction', { answers, token: tokens[0] })).rejects.toBeInstanceOf(ConflictError);
    await expect(submit('promotion-satisfaction', { answers, token: 'AAAA-AAAA-AAAA-AAAA-AAAA' })).rejects.toBeInstanceOf(ConflictError);
    await expect(submit('vigilance-followup', { answers, token: tokens[1] })).rejects.toBeInstanceOf(ValidationError);
    expect(surveys.responses).toHaveLength(1);
    const stored = JSON.stringify(surveys.responses[0], (_key, value) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value));
    for (const hash of surveys.tokens.keys()) expect(stored).not.toContain(hash);
    expect(surveys.responses[0]).not.toHaveProperty('submittedAt');
  });

  it('counts a public response once per Idempotency-Key', async () => {
    const { context, surveys } = memoryContext();
    const submit = submitResponse(context);
    await submit('info-center-satisfaction', { answers: ratingAnswers(5) }, 'survey-key-0001');
    await submit('info-center-satisfaction', { answers: ratingAnswers(5) }, 'survey-key-0001');
    expect(surveys.responses).toHaveLength(1);
    await expect(submit('info-center-satisfaction', { answers: ratingAnswers(1) }, 'survey-key-0001')).rejects.toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('counts a public response once when its retry with the same Idempotency-Key arrives after Bangkok midnight', async () => {
    const { context, surveys, advance } = memoryContext(new Date('2026-11-27T16:59:00Z')); // 23:59 in Bangkok
    const submit = submitResponse(context);
    await submit('info-center-satisfaction', { answers: ratingAnswers(5) }, 'survey-key-0002');
    advance(120);
    await submit('info-center-satisfaction', { answers: ratingAnswers(5) }, 'survey-key-0002');
    expect(surveys.responses.map((stored) => stored.submittedOn)).toEqual(['2026-11-27']);
  });

  it('refuses a staff token once the clock has passed its expiry, and stores nothing', async () => {
    const { context, surveys, advance } = memoryContext();
    const { tokens, expiresAt } = await issueTokens(context)(admin, 'promotion-satisfaction', 1);
    advance((Date.parse(expiresAt) - context.clock.now().getTime()) / 1000 + 1);
    const answers = Object.fromEntries(currentInstrument('promotion-satisfaction')!.questions.filter((question) => question.type === 'rating').map((question) => [question.id, 4]));
    await expect(submitResponse(context)('promotion-satisfaction', { answers, token: tokens[0] })).rejects.toBeInstanceOf(ConflictError);
    expect(surveys.responses).toHaveLength(0);
  });

  it('gives executives the results of an ended quarter with enough responses, audited, and 404 for an unknown survey', async () => {
    const { context, audit, advance } = memoryContext();
    for (let index = 0; index < 5; index += 1) await submitResponse(context)('info-center-satisfaction', { answers: ratingAnswers(4) });
    advance(40 * 24 * 3600); // into 2570-Q2: Q1 has ended
    const results = await surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570-Q1');
    expect(results).toMatchObject({ withheld: false, n: 5, satisfactionPercent: 80, targetMet: true, period: { id: '2570-Q1' } });
    expect(audit.entries.map((entry) => entry.action)).toEqual(['survey.results']);
    await expect(surveyResultsFor(context)(executive, 'nope', '2570-Q1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570')).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('survey results that cannot single anyone out', () => {
  const rating = (value: number, comment?: string) => ({ answers: { ...ratingAnswers(value), ...(comment ? { comment } : {}) } });
  const ended = 40 * 24 * 3600;

  it('says nothing while the quarter is open, so reads before and after one response cannot be differenced', async () => {
    const { context } = memoryContext();
    const submit = submitResponse(context);
    const read = () => surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570-Q1');
    for (let index = 0; index < 9; index += 1) await submit('info-center-satisfaction', rating(4));
    const before = await read();
    await submit('info-center-satisfaction', rating(1, 'ผู้อำนวยการเรียกเงินค่าเลื่อนขั้น'));
    const after = await read();
    // The attacker's whole view: the two answers must be the same, and hold nothing about answers.
    expect(after).toEqual(before);
    expect(after).toMatchObject({ withheld: true, reason: 'period-open' });
    expect(after).not.toHaveProperty('n');
    for (const key of ['meanScore', 'satisfactionPercent', 'itemMeans', 'comments', 'satisfiedSharePercent']) expect(after).not.toHaveProperty(key);
  });

  it('once the quarter has ended, its results never change, so no later response can be isolated either', async () => {
    const { context, advance } = memoryContext();
    const submit = submitResponse(context);
    const read = () => surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570-Q1');
    for (let index = 0; index < 6; index += 1) await submit('info-center-satisfaction', rating(4));
    advance(ended);
    const before = await read();
    await submit('info-center-satisfaction', rating(1, 'ข้อความของผู้ตอบคนหนึ่ง'));
    expect(await read()).toEqual(before);
    expect(JSON.stringify(await read())).not.toContain('ข้อความของผู้ตอบคนหนึ่ง');
  });

  it('withholds everything but n below the minimum, and gives all at the minimum', async () => {
    const { context, advance } = memoryContext();
    const submit = submitResponse(context);
    for (let index = 0; index < 4; index += 1) await submit('info-center-satisfaction', rating(index + 1, `ความเห็น ${index}`));
    advance(ended);
    const below = await surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570-Q1');
    expect(below).toEqual({
      surveyId: 'info-center-satisfaction',
      title: info.title,
      planItem: info.planItem,
      kind: 'satisfaction',
      period: { id: '2570-Q1', firstDay: '2026-10-01', lastDay: '2026-12-31' },
      agency: 'bma-health',
      n: 4,
      withheld: true,
      reason: 'too-few-responses',
      message: expect.any(String),
      minimumResponses: 5,
    });
    expect(JSON.stringify(below)).not.toContain('ความเห็น');
    expect(z.safeParse(resultsAnswerSchema, below).success).toBe(true);
  });

  it('follows the deployment\'s minimum', async () => {
    const { context, advance } = memoryContext(undefined, { SURVEY_MIN_RESPONSES: '3' });
    for (let index = 0; index < 3; index += 1) await submitResponse(context)('info-center-satisfaction', rating(5, `ความเห็น ${2 - index}`));
    advance(ended);
    const results = await surveyResultsFor(context)(executive, 'info-center-satisfaction', '2570-Q1');
    expect(results).toMatchObject({ withheld: false, n: 3, minimumResponses: 3, satisfactionPercent: 100, comments: ['ความเห็น 0', 'ความเห็น 1', 'ความเห็น 2'] });
    expect(z.safeParse(resultsAnswerSchema, results).success).toBe(true);
  });

  it('leaves out a before- or after-training group below the minimum, and its complement', () => {
    const scored = (phase: 'pre' | 'post', scorePercent: number) =>
      ({ surveyId: 'knowledge-test', version: 1, agency: 'bma-health', submittedOn: '2026-11-01', ratings: {}, phase, scorePercent, passed: scorePercent >= 60 }) as StoredResponse;
    const results = surveyResults(knowledge, [scored('pre', 10), ...Array.from({ length: 6 }, () => scored('post', 80))], { includeComments: false, minimumResponses: 5 });
    if (results.kind !== 'test') throw new Error('expected a test');
    // Shown: 7 × mean − 6 × post mean would give the one pre score; so neither group's mean is.
    expect(results.pre).toEqual({ n: 1, meanScorePercent: undefined });
    expect(results.post).toEqual({ n: 6, meanScorePercent: undefined });
    expect(results.preToPostChange).toBeUndefined();
  });

  it('keeps results from the administrator who issues tokens', async () => {
    const { context, advance } = memoryContext();
    await issueTokens(context)(admin, 'promotion-satisfaction', 1);
    advance(ended);
    await expect(surveyResultsFor(context)(admin, 'promotion-satisfaction', '2570-Q1')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(issueTokens(context)(executive, 'promotion-satisfaction', 1)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
