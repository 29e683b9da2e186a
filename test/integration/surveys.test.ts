// The survey routes over HTTP against DynamoDB Local: tokens race, nothing links, bad input stores nothing.
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { surveysTable } from '../../shared/adapters/dynamodb/tables';
import { currentInstrument } from '../../shared/domain/surveys/instrument';
import { get, post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

/** Moves the stack's clock (the server's handlers read it on every request). */
const setNow = (iso: string) => Object.assign(stack.context, { clock: { now: () => new Date(iso) } });

async function results(role: 'executive' | 'admin' | 'officer', surveyId: string, period: string) {
  const token = await stack.issuer.issue({ sub: `${role}-results`, roles: [role], agency: 'bma-health' });
  const response = await fetch(`${stack.url}/api/surveys/${surveyId}/results?period=${period}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

const ratings = (surveyId: string, value: number) =>
  Object.fromEntries(currentInstrument(surveyId)!.questions.filter((question) => question.type === 'rating').map((question) => [question.id, value]));

async function rawItems() {
  const client = localDynamoClient(inject('dynamoEndpoint'), 1);
  const items = (await client.send(new ScanCommand({ TableName: localTableName(surveysTable, stack.tablePrefix) }))).Items ?? [];
  client.destroy();
  return items;
}

const responseItems = async () => (await rawItems()).filter((item) => item.PK?.S?.startsWith('RESPONSES#'));

async function tokens(count: number, surveyId = 'promotion-satisfaction') {
  const admin = await stack.issuer.issue({ sub: 'admin-1', roles: ['admin'], agency: 'bma-health' });
  const issued = await post(stack.url, `/api/surveys/${surveyId}/tokens`, { count }, { authorization: `Bearer ${admin}` });
  expect(issued.status).toBe(201);
  return issued.body.tokens as string[];
}

describe('surveys over HTTP', () => {
  it('lists open surveys and serves definitions without the answer key', async () => {
    const list = await get(stack.url, '/api/surveys');
    expect(list.body.surveys.map((survey: { id: string }) => survey.id).sort()).toEqual(['channel-experience', 'info-center-satisfaction', 'knowledge-test', 'promotion-satisfaction', 'vigilance-followup']);
    const test = await get(stack.url, '/api/surveys/knowledge-test');
    expect(test.status).toBe(200);
    expect(JSON.stringify(test.body)).not.toContain('"answer"');
    expect((await get(stack.url, '/api/surveys/nope')).status).toBe(404);
  });

  it('lets exactly one of two concurrent submissions with one token win', async () => {
    const [token] = await tokens(1);
    const before = (await responseItems()).length;
    const answers = ratings('promotion-satisfaction', 5);
    const answers2 = ratings('promotion-satisfaction', 4);
    const results = await Promise.all([
      post(stack.url, '/api/surveys/promotion-satisfaction/responses', { answers, token }),
      post(stack.url, '/api/surveys/promotion-satisfaction/responses', { answers: answers2, token }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect((await responseItems()).length).toBe(before + 1);
  });

  it('keeps no trace that links a staff response to its token', async () => {
    const [token] = await tokens(1, 'vigilance-followup');
    const before = await rawItems();
    const tokenItem = before.find((item) => item.PK?.S?.startsWith('TOKEN#') && item.surveyId?.S === 'vigilance-followup');
    expect(tokenItem).toBeDefined();
    expect((await post(stack.url, '/api/surveys/vigilance-followup/responses', { answers: ratings('vigilance-followup', 4), token })).status).toBe(201);
    const after = await rawItems();
    const spent = after.find((item) => item.PK?.S === tokenItem!.PK!.S)!;
    expect(spent.spent?.BOOL).toBe(true);
    expect(Object.keys(spent).sort()).toEqual([...Object.keys(tokenItem!), 'spent'].sort());
    const response = after.find((item) => item.PK?.S === 'RESPONSES#bma-health#vigilance-followup')!;
    const dump = JSON.stringify(response, (_key, value) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value));
    expect(dump).not.toContain(tokenItem!.PK!.S!.slice('TOKEN#'.length));
    expect(dump).not.toMatch(/T\d{2}:\d{2}/); // a day, never a time that could be matched to the moment a token went
  });

  it('scores the knowledge test and answers the score', async () => {
    const [token] = await tokens(1, 'knowledge-test');
    const test = currentInstrument('knowledge-test')!;
    const answers = Object.fromEntries(test.questions.flatMap((question) => (question.type === 'choice' ? [[question.id, question.answer]] : [])));
    const answered = await post(stack.url, '/api/surveys/knowledge-test/responses', { answers, phase: 'post', token });
    expect(answered).toMatchObject({ status: 201, body: { scorePercent: 100, passed: true, passMarkPercent: 60 } });
  });

  it('refuses bad input with 4xx and stores nothing', async () => {
    const before = (await rawItems()).length;
    const path = '/api/surveys/info-center-satisfaction/responses';
    const good = ratings('info-center-satisfaction', 5);
    const { overall: _missing, ...incomplete } = good;
    const cases: [unknown, number][] = [
      [{ answers: { ...good, bogus: 3 } }, 400],
      [{ answers: { ...good, complete: 9 } }, 400],
      [{ answers: incomplete }, 400],
      [{ answers: good, token: 'AAAA-AAAA-AAAA-AAAA-AAAA' }, 400],
      [{ answers: good, extra: true }, 400],
    ];
    for (const [body, status] of cases) expect((await post(stack.url, path, body)).status, JSON.stringify(body)).toBe(status);
    expect((await post(stack.url, '/api/surveys/promotion-satisfaction/responses', { answers: ratings('promotion-satisfaction', 3), token: 'BBBB-BBBB-BBBB-BBBB-BBBB' })).status).toBe(409);
    expect((await post(stack.url, '/api/surveys/nope/responses', { answers: good })).status).toBe(404);
    expect((await rawItems()).length).toBe(before);
  });

  it('counts a retried public response once and gives executives the results of an ended quarter', async () => {
    // A quarter of its own: 2569-Q4 (July–September 2026) is before the instruments opened, so use
    // 2570-Q2 (January–March 2027), answered under a clock set inside it and read after it ended.
    setNow('2027-02-10T03:00:00Z');
    const headers = { 'idempotency-key': 'survey-integration-0001' };
    const path = '/api/surveys/info-center-satisfaction/responses';
    expect((await post(stack.url, path, { answers: ratings('info-center-satisfaction', 4) }, headers)).status).toBe(201);
    expect((await post(stack.url, path, { answers: ratings('info-center-satisfaction', 4) }, headers)).status).toBe(201);
    for (let index = 0; index < 4; index += 1) expect((await post(stack.url, path, { answers: { ...ratings('info-center-satisfaction', 5), comment: `ขอบคุณ ${index}` } })).status).toBe(201);
    setNow('2027-04-02T03:00:00Z');

    const response = await results('executive', 'info-center-satisfaction', '2570-Q2');
    expect(response.status).toBe(200);
    // Five respondents: one at 4 on every item, four at 5: mean 4.8 → 96 %.
    expect(response.body).toMatchObject({ withheld: false, n: 5, satisfactionPercent: 96, targetMet: true, satisfiedSharePercent: 100, comments: ['ขอบคุณ 0', 'ขอบคุณ 1', 'ขอบคุณ 2', 'ขอบคุณ 3'] });
    expect((await results('officer', 'info-center-satisfaction', '2570-Q2')).status).toBe(403);
    expect((await results('executive', 'info-center-satisfaction', '2570-Q9')).status).toBe(400);
    expect((await results('executive', 'info-center-satisfaction', '2570')).status).toBe(400);
  });

  it('lets no one recover a response by reading results around it, below the minimum, or as the token issuer', async () => {
    setNow('2027-05-10T03:00:00Z'); // inside 2570-Q3
    const answer = (value: number, comment?: string) =>
      post(stack.url, '/api/surveys/promotion-satisfaction/responses', { answers: { ...ratings('promotion-satisfaction', value), ...(comment ? { comment } : {}) }, token: issued.shift() });
    const issued = await tokens(9);
    for (let index = 0; index < 3; index += 1) expect((await answer(4)).status).toBe(201);

    // The differencing attack while the quarter is open: read, one colleague answers, read again.
    const before = await results('executive', 'promotion-satisfaction', '2570-Q3');
    expect((await answer(1, 'หัวหน้าเลือกที่รักมักที่ชัง')).status).toBe(201);
    const after = await results('executive', 'promotion-satisfaction', '2570-Q3');
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect(after.body).toMatchObject({ withheld: true, reason: 'period-open' });
    expect(after.body).not.toHaveProperty('n');

    // Ended with 4 responses: the count and a statement, nothing about the answers.
    setNow('2027-07-02T03:00:00Z');
    const below = await results('executive', 'promotion-satisfaction', '2570-Q3');
    expect(below.body).toMatchObject({ withheld: true, reason: 'too-few-responses', n: 4, minimumResponses: 5 });
    expect(Object.keys(below.body).sort()).toEqual(['agency', 'kind', 'message', 'minimumResponses', 'n', 'period', 'planItem', 'reason', 'surveyId', 'title', 'withheld']);
    expect(JSON.stringify(below.body)).not.toContain('หัวหน้า');

    // A response on a later day lands in the quarter it was given in, never in the ended one.
    expect((await answer(5)).status).toBe(201);
    expect((await results('executive', 'promotion-satisfaction', '2570-Q3')).body).toEqual(below.body);

    // The administrator who handed out the tokens cannot read results at all.
    expect((await results('admin', 'promotion-satisfaction', '2570-Q3')).status).toBe(403);
  });
});
