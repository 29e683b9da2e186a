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
    expect(list.body.surveys.map((survey: { id: string }) => survey.id).sort()).toEqual(['info-center-satisfaction', 'knowledge-test', 'promotion-satisfaction', 'vigilance-followup']);
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

  it('counts a retried public response once and gives executives the results of the period', async () => {
    const headers = { 'idempotency-key': 'survey-integration-0001' };
    const path = '/api/surveys/info-center-satisfaction/responses';
    expect((await post(stack.url, path, { answers: ratings('info-center-satisfaction', 4) }, headers)).status).toBe(201);
    expect((await post(stack.url, path, { answers: ratings('info-center-satisfaction', 4) }, headers)).status).toBe(201);
    expect((await post(stack.url, path, { answers: { ...ratings('info-center-satisfaction', 5), comment: 'ขอบคุณ' } })).status).toBe(201);

    const executive = await stack.issuer.issue({ sub: 'exec-1', roles: ['executive'], agency: 'bma-health' });
    const response = await fetch(`${stack.url}/api/surveys/info-center-satisfaction/results?period=2570`, { headers: { authorization: `Bearer ${executive}` } });
    const results = await response.json();
    expect(response.status).toBe(200);
    // Two respondents: one at 4 on every item, one at 5: mean 4.5 → 90 %.
    expect(results).toMatchObject({ n: 2, satisfactionPercent: 90, targetMet: true, satisfiedSharePercent: 100, comments: ['ขอบคุณ'] });
    const officer = await stack.issuer.issue({ sub: 'officer-1', roles: ['officer'], agency: 'bma-health' });
    expect((await fetch(`${stack.url}/api/surveys/info-center-satisfaction/results?period=2570`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
    expect((await fetch(`${stack.url}/api/surveys/info-center-satisfaction/results?period=2570-Q9`, { headers: { authorization: `Bearer ${executive}` } })).status).toBe(400);
  });
});
