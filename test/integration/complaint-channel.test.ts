// Every public route of the complaint channel over real HTTP, against DynamoDB Local.
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { receiptSchema } from '../../functions/complaints/file-complaint';
import { routes } from '../../functions/routes';
import { trackingViewSchema } from '../../functions/tracking/track';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { complaintsTable } from '../../shared/adapters/dynamodb/tables';
import { get, post, referenceComplaint } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const anonymous = (subject = 'เรียกรับเงินค่าตรวจสุขลักษณะ') => ({
  category: 'bribery',
  subject,
  description: 'เจ้าหน้าที่ตรวจสุขลักษณะร้านอาหารเรียกเงินห้าพันบาทเพื่อไม่ให้สั่งปิดร้าน',
  reporter: { mode: 'anonymous' },
});

async function rawItems() {
  const client = localDynamoClient(inject('dynamoEndpoint'), 1);
  const items = (await client.send(new ScanCommand({ TableName: localTableName(complaintsTable, stack.tablePrefix) }))).Items ?? [];
  client.destroy();
  return items;
}

const complaintItems = async () => (await rawItems()).filter((item) => item.SK?.S === 'COMPLAINT');

/** Capacity units consumed by the calls recorded since `from`. */
function unitsSince(from: number) {
  return stack.capacity.slice(from).reduce((total, record) => total + record.consumed.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0), 0);
}

describe('the complaint channel over HTTP', () => {
  it('answers health', async () => {
    expect(await get(stack.url, '/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('publishes an OpenAPI 3.1 document with every route and its bounds', async () => {
    const { status, body } = await get(stack.url, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const route of routes) expect(body.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    const intake = body.paths['/api/complaints'].post.requestBody.content['application/json'].schema;
    expect(intake.properties.description.maxLength).toBe(10_000);
    expect(intake.required).toEqual(expect.arrayContaining(['category', 'subject', 'description', 'reporter']));
  });

  it('files, tracks and exchanges a message', async () => {
    const filed = await post(stack.url, '/api/complaints', anonymous());
    expect(filed.status).toBe(201);
    const receipt = receiptSchema.parse(filed.body);
    const credentials = { reference: receipt.reference, secret: receipt.secret };

    const sent = await post(stack.url, '/api/tracking/messages', { ...credentials, body: 'มีหลักฐานเป็นภาพถ่าย' });
    expect(sent).toMatchObject({ status: 201, body: { from: 'reporter', body: 'มีหลักฐานเป็นภาพถ่าย' } });

    const tracked = await post(stack.url, '/api/tracking', credentials);
    expect(tracked.status).toBe(200);
    expect(tracked.headers.get('cache-control')).toBe('no-store');
    const view = trackingViewSchema.parse(tracked.body);
    expect(view).toMatchObject({ reference: receipt.reference, status: 'received', category: 'bribery', acknowledgeBy: receipt.acknowledgeBy });
    expect(view.messages).toEqual([{ at: sent.body.at, from: 'reporter', body: 'มีหลักฐานเป็นภาพถ่าย' }]);
  });

  it('keeps within the capacity and KMS budgets for the reference complaint', async () => {
    let mark = stack.capacity.length;
    const seals = stack.vaultCalls.seal;
    const filed = await post(stack.url, '/api/complaints', referenceComplaint());
    expect(filed.status).toBe(201);
    const identifiedWrite = unitsSince(mark);
    expect(stack.vaultCalls.seal - seals).toBe(1);

    const credentials = { reference: filed.body.reference, secret: filed.body.secret };
    for (const body of ['ข้อความที่หนึ่งถึงเจ้าหน้าที่', 'ข้อความที่สองถึงเจ้าหน้าที่']) {
      expect((await post(stack.url, '/api/tracking/messages', { ...credentials, body })).status).toBe(201);
    }
    mark = stack.capacity.length;
    expect((await post(stack.url, '/api/tracking', credentials)).status).toBe(200);
    const trackingRead = unitsSince(mark);

    mark = stack.capacity.length;
    const sealsBefore = stack.vaultCalls.seal;
    expect((await post(stack.url, '/api/complaints', anonymous())).status).toBe(201);
    const anonymousWrite = unitsSince(mark);
    expect(stack.vaultCalls.seal).toBe(sealsBefore);

    expect(identifiedWrite).toBeGreaterThan(0);
    expect(identifiedWrite).toBeLessThanOrEqual(5);
    expect(anonymousWrite).toBeLessThanOrEqual(identifiedWrite);
    expect(trackingRead).toBeGreaterThan(0);
    expect(trackingRead).toBeLessThanOrEqual(1);
    expect(stack.vaultCalls.open).toBe(0);
  });

  it('stores one complaint for a retried Idempotency-Key and refuses it for a different body', async () => {
    const headers = { 'idempotency-key': 'integration-retry-0001' };
    const before = (await complaintItems()).length;
    const first = await post(stack.url, '/api/complaints', anonymous('เรื่องที่ส่งซ้ำ'), headers);
    const second = await post(stack.url, '/api/complaints', anonymous('เรื่องที่ส่งซ้ำ'), headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.reference).toBe(first.body.reference);
    expect((await complaintItems()).length).toBe(before + 1);
    expect((await post(stack.url, '/api/tracking', { reference: second.body.reference, secret: second.body.secret })).status).toBe(200);

    const different = await post(stack.url, '/api/complaints', anonymous('เรื่องอื่นแต่ใช้กุญแจเดิม'), headers);
    expect(different.status).toBe(422);
    expect((await complaintItems()).length).toBe(before + 1);
  });

  it('answers 503 and writes nothing when DynamoDB or KMS fails, and a retry then stores once', async () => {
    const headers = { 'idempotency-key': 'integration-fault-0001' };
    const before = (await rawItems()).length;
    stack.failVault(1);
    expect((await post(stack.url, '/api/complaints', referenceComplaint(), headers)).status).toBe(503);
    stack.failDynamo(1);
    const failed = await post(stack.url, '/api/complaints', referenceComplaint(), headers);
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('service-unavailable');
    expect((await rawItems()).length).toBe(before);

    expect((await post(stack.url, '/api/complaints', referenceComplaint(), headers)).status).toBe(201);
    expect((await rawItems()).length).toBe(before + 1);
  });

  it('gives unknown references and wrong secrets the same 401, then 429 after 5 failures, but never to the right secret', async () => {
    const filed = await post(stack.url, '/api/complaints', anonymous());
    const wrong = { reference: filed.body.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    const unknown = await post(stack.url, '/api/tracking', { reference: 'ZZZZZ-ZZZZ0', secret: filed.body.secret });
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await post(stack.url, '/api/tracking', wrong));
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect({ ...answer.body.error, requestId: '' }).toEqual({ ...unknown.body.error, requestId: '' });
    }
    const locked = await post(stack.url, '/api/tracking', wrong);
    expect(locked.status).toBe(429);
    // Until the 15-minute window ends, in whole minutes.
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter % 60).toBe(0);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await post(stack.url, '/api/tracking/messages', { ...wrong, body: 'x' })).status).toBe(429);
    expect((await post(stack.url, '/api/tracking', { reference: filed.body.reference, secret: filed.body.secret })).status).toBe(200);
  });

  it('rejects bad input with clear 4xx answers', async () => {
    expect((await post(stack.url, '/api/complaints', '{"category":', {})).status).toBe(400);
    expect((await post(stack.url, '/api/complaints', 'category=bribery', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(stack.url, '/api/complaints', { ...anonymous(), description: 'ก'.repeat(10_001) })).body.error.fields).toHaveProperty(['body.description']);
    expect((await post(stack.url, '/api/complaints', 'x'.repeat(70_000))).status).toBe(413);
    expect((await post(stack.url, '/api/tracking', { reference: 'x' })).body.error.fields).toHaveProperty(['body.secret']);
    expect((await get(stack.url, '/api/nowhere')).status).toBe(404);
  });

  it('keeps identity only as ciphertext in DynamoDB and out of every log line', async () => {
    const marker = 'LEAKMARKERZQ';
    const filed = await post(stack.url, '/api/complaints', referenceComplaint(marker));
    expect(filed.status).toBe(201);
    const items = await rawItems();
    const dump = JSON.stringify(items, (_key, value) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value));
    for (const secretThing of [marker, '081-234-5678', 'reporter@example.org', '1101700230708', filed.body.secret]) {
      expect(dump).not.toContain(secretThing);
      expect(stack.logLines.join('\n')).not.toContain(secretThing);
    }
    const stored = items.find((item) => item.reference?.S === filed.body.reference);
    expect(stored?.sealedIdentity?.B?.length).toBeGreaterThan(0);
    expect(stored?.reporterMode?.S).toBe('identified');
  });
});
