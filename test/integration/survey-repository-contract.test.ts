// One contract, two adapters: the SurveyRepository behaviour that the survey use cases rely on, run
// against the memory adapter of the unit tests and the DynamoDB adapter on DynamoDB Local. A staff
// token counts exactly once, an anonymous retry returns the stored answer, and a period lists only its
// own survey, agency and days, without the ids that could link an answer to its request.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoSurveyRepository } from '../../shared/adapters/dynamodb/survey-repository';
import { allTables, surveysTable } from '../../shared/adapters/dynamodb/tables';
import { memorySurveyRepository } from '../../shared/adapters/memory/memory-survey-repository';
import { ConflictError, DependencyUnavailableError } from '../../shared/domain/errors';
import type { NewResponse, SurveyRepository } from '../../shared/domain/ports';

/** The repositories' clock, set by each test that needs a time; unset, it reads the test's start. */
const START = new Date('2026-11-27T03:00:00.000Z');
const clock = { at: START, now: () => clock.at };

const adapters: [string, () => Promise<{ surveys: SurveyRepository; close: () => void }>][] = [
  ['memory', async () => ({ surveys: memorySurveyRepository(clock), close: () => {} })],
  [
    'DynamoDB',
    async () => {
      const endpoint = inject('dynamoEndpoint');
      const prefix = `s${randomUUID().slice(0, 8)}-`;
      const admin = localDynamoClient(endpoint, 1);
      await ensureTables(admin, allTables, (definition) => localTableName(definition, prefix));
      admin.destroy();
      const client = localDynamoClient(endpoint);
      return { surveys: dynamoSurveyRepository(dynamoAccess(client), localTableName(surveysTable, prefix), clock), close: () => client.destroy() };
    },
  ],
];

/** A survey and agency of the test's own, so tests sharing one table never see each other. */
const fresh = () => {
  const id = randomUUID().slice(0, 8);
  return { surveyId: `survey-${id}`, agency: `agency-${id}` };
};
const tokenHash = () => new Uint8Array(Buffer.from(randomUUID().replace(/-/g, ''), 'hex'));
// Far enough ahead that no clock running these tests reaches it.
const NOT_EXPIRED = Math.floor(Date.UTC(2099, 0, 1) / 1000);

const response = (scope: { surveyId: string; agency: string }, submittedOn: string, overrides: Partial<NewResponse> = {}): NewResponse => ({
  id: randomUUID(),
  requestHash: new Uint8Array([4, 2]),
  surveyId: scope.surveyId,
  agency: scope.agency,
  version: 1,
  submittedOn,
  ratings: { clarity: 5, fairness: 4 },
  comment: 'บริการดี',
  ...overrides,
});

describe.each(adapters)('SurveyRepository contract: %s', (_name, open) => {
  let surveys: SurveyRepository;
  let close = () => {};
  beforeAll(async () => {
    ({ surveys, close } = await open());
  });
  afterAll(() => close());
  beforeEach(() => {
    clock.at = START;
  });

  it('finds an issued, unused token by its hash, and nothing for a hash never issued', async () => {
    const scope = fresh();
    const hashes = [tokenHash(), tokenHash()];
    await surveys.issueTokens(hashes.map((hash) => ({ hash, ...scope, expiresAt: NOT_EXPIRED })));
    for (const hash of hashes) await expect(surveys.findToken(hash)).resolves.toStrictEqual({ ...scope, expiresAt: NOT_EXPIRED });
    await expect(surveys.findToken(tokenHash())).resolves.toBeUndefined();
  });

  it('spends a token with its response, once: the second answer under it is refused and not stored', async () => {
    const scope = fresh();
    const hash = tokenHash();
    await surveys.issueTokens([{ hash, ...scope, expiresAt: NOT_EXPIRED }]);
    const first = response(scope, '2026-11-27', { phase: 'post', scorePercent: 80, passed: true });
    await expect(surveys.submit(first, { token: hash })).resolves.toEqual({ created: true });
    await expect(surveys.findToken(hash)).resolves.toBeUndefined();
    await expect(surveys.submit(response(scope, '2026-11-27'), { token: hash })).rejects.toBeInstanceOf(ConflictError);
    const { id: _id, requestHash: _hash, ...stored } = first;
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-27', '2026-11-27')).toStrictEqual([stored]);
  });

  it('refuses an answer under a token that was never issued, and stores nothing', async () => {
    const scope = fresh();
    await expect(surveys.submit(response(scope, '2026-11-27'), { token: tokenHash() })).rejects.toBeInstanceOf(ConflictError);
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-01', '2026-11-30')).toStrictEqual([]);
  });

  it('answers an anonymous retry with the stored response instead of a second one', async () => {
    const scope = fresh();
    const first = response(scope, '2026-11-27');
    await expect(surveys.submit(first, { idempotent: true })).resolves.toEqual({ created: true });
    const retry = await surveys.submit({ ...first, ratings: { clarity: 1, fairness: 1 } }, { idempotent: true });
    expect(retry.created).toBe(false);
    const existing = retry.created ? undefined : retry.existing;
    expect({ ...existing, requestHash: [...existing!.requestHash] }).toStrictEqual({ ...first, requestHash: [4, 2] });
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-27', '2026-11-27')).toHaveLength(1);
  });

  it('judges a token by the repository clock: found up to its last second, gone after it, and then refused with nothing stored', async () => {
    const scope = fresh();
    const hash = tokenHash();
    const expiresAt = Math.floor(clock.at.getTime() / 1000) + 3600;
    await surveys.issueTokens([{ hash, ...scope, expiresAt }]);
    await expect(surveys.findToken(hash)).resolves.toStrictEqual({ ...scope, expiresAt });
    clock.at = new Date(expiresAt * 1000);
    await expect(surveys.findToken(hash)).resolves.toStrictEqual({ ...scope, expiresAt });
    clock.at = new Date(expiresAt * 1000 + 1);
    await expect(surveys.findToken(hash)).resolves.toBeUndefined();
    await expect(surveys.submit(response(scope, '2026-11-27'), { token: hash })).rejects.toBeInstanceOf(ConflictError);
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-27', '2026-11-27')).toStrictEqual([]);
  });

  it('never asks the machine for the time: a token expired by the machine is valid by the clock, and the other way round', async () => {
    const scope = fresh();
    const [old, distant] = [tokenHash(), tokenHash()];
    const machine = Math.floor(Date.now() / 1000);
    await surveys.issueTokens([
      { hash: old, ...scope, expiresAt: machine - 30 * 86_400 },
      { hash: distant, ...scope, expiresAt: machine + 30 * 86_400 },
    ]);
    clock.at = new Date((machine - 60 * 86_400) * 1000);
    await expect(surveys.findToken(old)).resolves.toStrictEqual({ ...scope, expiresAt: machine - 30 * 86_400 });
    clock.at = new Date((machine + 60 * 86_400) * 1000);
    await expect(surveys.findToken(distant)).resolves.toBeUndefined();
  });

  it('answers a retry with the same Idempotency-Key after Bangkok midnight with the stored response, not a second one', async () => {
    const scope = fresh();
    const first = response(scope, '2026-11-27');
    await expect(surveys.submit(first, { idempotent: true })).resolves.toEqual({ created: true });
    const retry = await surveys.submit({ ...first, submittedOn: '2026-11-28' }, { idempotent: true });
    expect(retry.created ? undefined : retry.existing.submittedOn).toBe('2026-11-27');
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-27', '2026-11-28')).toHaveLength(1);
  });

  it('stores one response when two tries of one Idempotency-Key straddle midnight at the same moment', async () => {
    const scope = fresh();
    const first = response(scope, '2026-11-27');
    const outcomes = await Promise.allSettled([surveys.submit(first, { idempotent: true }), surveys.submit({ ...first, submittedOn: '2026-11-28' }, { idempotent: true })]);
    // The other is answered with the stored response, or (two transactions on one item) told to retry.
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.created)).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(DependencyUnavailableError);
    }
    expect(await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-27', '2026-11-28')).toHaveLength(1);
  });

  it('lists the days asked for, both ends included, of one survey and agency, without ids or request hashes', async () => {
    const scope = fresh();
    const days = ['2026-10-31', '2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01'];
    for (const day of days) await surveys.submit(response(scope, day));
    await surveys.submit(response({ ...scope, surveyId: fresh().surveyId }, '2026-11-15'));
    await surveys.submit(response({ ...scope, agency: fresh().agency }, '2026-11-15'));
    const listed = await surveys.listResponses(scope.surveyId, scope.agency, '2026-11-01', '2026-11-30');
    expect(listed.map((stored) => stored.submittedOn).sort()).toEqual(['2026-11-01', '2026-11-15', '2026-11-30']);
    for (const stored of listed) {
      expect(stored).not.toHaveProperty('id');
      expect(stored).not.toHaveProperty('requestHash');
      expect(stored).toStrictEqual({ surveyId: scope.surveyId, agency: scope.agency, version: 1, submittedOn: stored.submittedOn, ratings: { clarity: 5, fairness: 4 }, comment: 'บริการดี' });
    }
  });
});
