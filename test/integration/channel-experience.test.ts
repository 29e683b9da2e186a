// The channel-experience survey over HTTP against DynamoDB Local: offered once a case is concluded,
// answered once, stored with nothing that leads back to the case; and every agency's statistics
// folder answers 200 before its first publication.
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { surveysTable } from '../../shared/adapters/dynamodb/tables';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const answers = { convenient: 5, fast: 4, safe: 5 };

async function surveyItems() {
  const client = localDynamoClient(inject('dynamoEndpoint'), 1);
  const items = (await client.send(new ScanCommand({ TableName: localTableName(surveysTable, stack.tablePrefix) }))).Items ?? [];
  client.destroy();
  return items;
}

/** Files an anonymous complaint and returns its credentials and a way to conclude it as an officer. */
async function filedCase() {
  const filed = await post(
    stack.url,
    '/api/complaints',
    { category: 'bribery', subject: 'เรียกรับเงินเพื่อเร่งงาน', description: 'เจ้าหน้าที่เรียกเงินเพื่อเร่งออกใบอนุญาต', reporter: { mode: 'anonymous' } },
    { 'idempotency-key': crypto.randomUUID() },
  );
  expect(filed.status).toBe(201);
  const credentials = { reference: filed.body.reference as string, secret: filed.body.secret as string };
  const officer = await stack.issuer.issue({ sub: 'officer-survey', roles: ['officer'], agency: 'bma-health' });
  const conclude = async () => {
    for (const step of [{ to: 'acknowledged' }, { to: 'investigating' }, { to: 'closed', outcome: 'unsubstantiated' }]) {
      expect((await post(stack.url, `/api/cases/${credentials.reference}/transitions`, step, { authorization: `Bearer ${officer}` })).status).toBe(200);
    }
  };
  return { credentials, conclude };
}

describe('the channel-experience survey over HTTP', () => {
  it('refuses an open case with 409, then takes one answer of a concluded case and keeps it apart from the case', async () => {
    const { credentials, conclude } = await filedCase();
    const open = await post(stack.url, '/api/tracking/survey', { ...credentials, answers });
    expect(open.status).toBe(409);
    expect(open.body.error.code).toBe('case-not-concluded');
    expect((await post(stack.url, '/api/tracking', credentials)).body.experienceSurvey).toBeUndefined();

    await conclude();
    expect((await post(stack.url, '/api/tracking', credentials)).body.experienceSurvey).toBe('open');

    const bad = await post(stack.url, '/api/tracking/survey', { ...credentials, answers: { convenient: 5, fast: 7, safe: 5 } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['body.answers.fast']);
    const long = await post(stack.url, '/api/tracking/survey', { ...credentials, answers: { ...answers, comment: 'ก'.repeat(501) } });
    expect(long.status).toBe(400);
    expect(Object.keys(long.body.error.fields)).toEqual(['body.answers.comment']);
    expect((await post(stack.url, '/api/tracking/survey', { ...credentials, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', answers })).status).toBe(401);

    const before = await surveyItems();
    const twice = await Promise.all([
      post(stack.url, '/api/tracking/survey', { ...credentials, answers }),
      post(stack.url, '/api/tracking/survey', { ...credentials, answers: { convenient: 1, fast: 1, safe: 1, comment: 'ช้ามาก' } }),
    ]);
    expect(twice.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(twice.find((answer) => answer.status === 409)!.body.error.code).toBe('already-answered');
    expect((await post(stack.url, '/api/tracking', credentials)).body.experienceSurvey).toBe('answered');

    const added = (await surveyItems()).filter((item) => !before.some((old) => old.PK!.S === item.PK!.S && old.SK!.S === item.SK!.S));
    expect(added).toHaveLength(2);
    const response = added.find((item) => item.PK!.S!.startsWith('RESPONSES#'))!;
    const marker = added.find((item) => item.PK!.S!.startsWith('REDEEMED#'))!;
    // The marker is its key and nothing else; the response is its agency, day and answers.
    expect(Object.keys(marker).sort()).toEqual(['PK', 'SK']);
    expect(response.PK!.S).toBe('RESPONSES#bma-health#channel-experience');
    expect(response.SK!.S).toMatch(/^\d{4}-\d{2}-\d{2}#[0-9a-f]{32}$/);
    expect(Object.keys(response).sort()).toEqual(['PK', 'SK', 'agency', 'id', 'ratings', 'requestHash', 'submittedOn', 'surveyId', 'version'].concat(response.comment ? ['comment'] : []).sort());
    const stored = JSON.stringify(added);
    for (const trace of [credentials.reference, credentials.reference.replace('-', ''), credentials.secret, credentials.secret.replace(/-/g, '')]) {
      expect(stored).not.toContain(trace);
    }
    expect(stored).not.toMatch(/T\d{2}:\d{2}/);
  });

  it('is not answered through the survey route', async () => {
    const refused = await post(stack.url, '/api/surveys/channel-experience/responses', { answers }, { 'idempotency-key': crypto.randomUUID() });
    expect(refused.status).toBe(409);
  });
});

describe('statistics before the first publication', () => {
  it('answers 200 at /stats/, at a seeded agency\'s folder and at a newly onboarded agency\'s folder', async () => {
    const index = await fetch(`${stack.url}/stats/`);
    expect(index.status).toBe(200);
    const seeded = await fetch(`${stack.url}/stats/bma-health/`);
    expect(seeded.status).toBe(200);
    expect(await seeded.text()).toContain('ยังไม่ได้เผยแพร่สถิติ');

    const platformAdmin = await stack.issuer.issue({ sub: 'platform-1', roles: ['platform-admin'], agency: 'bma-health' });
    const onboarded = await post(
      stack.url,
      '/api/agencies',
      { id: 'tambon-pending', nameTh: 'องค์การบริหารส่วนตำบลรอเผยแพร่', nameEn: 'Tambon Pending SAO', units: [{ id: 'palat', nameTh: 'สำนักปลัด', nameEn: 'Office of the Permanent Secretary' }], contact: { responsibleUnit: 'สำนักปลัด', phone: '02 111 1111' } },
      { authorization: `Bearer ${platformAdmin}`, 'idempotency-key': 'onboard-tambon-pending' },
    );
    expect(onboarded.status).toBe(201);
    const page = await fetch(`${stack.url}/stats/tambon-pending/`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('องค์การบริหารส่วนตำบลรอเผยแพร่ยังไม่ได้เผยแพร่สถิติ');
    expect(text).toContain('href="/a/tambon-pending/"');
  });
});
