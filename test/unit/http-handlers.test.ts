import { afterEach, describe, expect, it } from 'vitest';
import * as fileComplaintRoute from '../../functions/complaints/file-complaint';
import * as trackRoute from '../../functions/tracking/track';
import * as indicatorsRoute from '../../functions/information-centre/indicators';
import * as suggestionsRoute from '../../functions/information-centre/suggestions';
import * as publishRoute from '../../functions/publications/publish';
import * as getReportRoute from '../../functions/reports/get-report';
import * as submitResponseRoute from '../../functions/surveys/submit-response';
import type { HttpEvent } from '../../shared/http/handler';
import { DependencyUnavailableError } from '../../shared/domain/errors';
import { setLogSink } from '../../shared/observability/logger';
import { bodyOf, httpEvent, lambdaContext } from '../support/events';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const logLines: string[] = [];
const previousSink = setLogSink((line) => logLines.push(line));
afterEach(() => {
  logLines.length = 0;
});
process.on('exit', () => setLogSink(previousSink));

function intake() {
  const memory = memoryContext();
  return { ...memory, handle: fileComplaintRoute.makeHandler(memory.context) };
}

describe('POST /api/complaints handler', () => {
  it('files the sample event and answers 201 with a receipt', async () => {
    const { handle, complaints } = intake();
    const result = await handle(httpEvent('post-complaint'), lambdaContext);
    expect(result.statusCode).toBe(201);
    expect(fileComplaintRoute.receiptSchema.parse(bodyOf(result)).status).toBe('received');
    expect(result.headers?.['cache-control']).toBe('no-store');
    expect(complaints.cases.size).toBe(1);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const { handle, complaints } = intake();
    const result = await handle(httpEvent('post-complaint', { headers: { 'content-type': 'text/plain' } }), lambdaContext);
    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).error.code).toBe('unsupported-media-type');
    expect(complaints.cases.size).toBe(0);
  });

  it('answers 413 for a body over 64 KB', async () => {
    const { handle } = intake();
    const result = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), description: 'ก'.repeat(30_000) } }), lambdaContext);
    expect(result.statusCode).toBe(413);
  });

  it('answers 400 for malformed JSON', async () => {
    const { handle } = intake();
    const result = await handle(httpEvent('post-complaint', { rawBody: '{"category": ' }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error).toMatchObject({ code: 'validation-failed', requestId: 'sample-request-0001' });
  });

  it('answers 400 naming each missing or invalid field', async () => {
    const { handle } = intake();
    const result = await handle(
      httpEvent('post-complaint', { body: { category: 'gossip', description: 'x', reporter: { mode: 'identified', email: 'nope' } } }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(400);
    expect(Object.keys(bodyOf(result).error.fields).sort()).toEqual(['body.category', 'body.reporter.email', 'body.reporter.name', 'body.subject']);
  });

  it('answers 400 for an Idempotency-Key that is not a plain token', async () => {
    const { handle } = intake();
    const result = await handle(httpEvent('post-complaint', { headers: { 'idempotency-key': 'a b' } }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.fields).toHaveProperty(['header.Idempotency-Key']);
  });

  it('stores text in NFC', async () => {
    const { handle, complaints } = intake();
    const decomposed = 'Cafe\u0301 ใกล้ศูนย์บริการ';
    const result = await handle(httpEvent('post-complaint', { body: anonymousComplaint({ location: decomposed }) }), lambdaContext);
    const stored = complaints.cases.get(bodyOf(result).reference)!.complaint!;
    expect(stored.content.location).toBe(decomposed.normalize('NFC'));
  });

  it('answers 503 with Retry-After and stores nothing when the vault is unavailable', async () => {
    const { context, complaints } = memoryContext();
    const handle = fileComplaintRoute.makeHandler({ ...context, vault: { ...context.vault, seal: async () => { throw new DependencyUnavailableError('KMS'); } } });
    const result = await handle(httpEvent('post-complaint'), lambdaContext);
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toBe('1');
    expect(complaints.cases.size).toBe(0);
  });

  it('answers an unexpected failure with 500 and a message that reveals nothing', async () => {
    const { context, complaints } = memoryContext();
    const handle = fileComplaintRoute.makeHandler({ ...context, vault: { ...context.vault, seal: async () => { throw new Error('internal detail 42'); } } });
    const result = await handle(httpEvent('post-complaint'), lambdaContext);
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result).error).toMatchObject({ code: 'internal-error', requestId: 'sample-request-0001' });
    expect(result.body).not.toContain('internal detail 42');
    expect(logLines.join('\n')).not.toContain('internal detail 42');
    expect(complaints.cases.size).toBe(0);
  });

  it('writes no identity, complaint text, address or agent into the logs', async () => {
    const { handle } = intake();
    await handle(httpEvent('post-complaint', { body: identifiedComplaint('LEAKMARKER-NAME') }), lambdaContext);
    await handle(httpEvent('post-complaint', { rawBody: '{"reporter":{"name":"LEAKMARKER-BROKEN"' }), lambdaContext);
    const logs = logLines.join('\n');
    expect(logs).toContain('POST /api/complaints');
    for (const marker of ['LEAKMARKER', 'ใบอนุญาต', '203.0.113.45', 'Mozilla']) expect(logs).not.toContain(marker);
  });
});

describe('POST /api/tracking handler', () => {
  it('answers 401 with the same body for an unknown reference and a wrong secret', async () => {
    const { context } = memoryContext();
    const handle = trackRoute.makeHandler(context);
    const receipt = bodyOf(await fileComplaintRoute.makeHandler(context)(httpEvent('post-complaint'), lambdaContext));
    const unknown = await handle(httpEvent('post-tracking'), lambdaContext);
    const wrong = await handle(httpEvent('post-tracking', { body: { reference: receipt.reference, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' } }), lambdaContext);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });
});

/** A survey open to everyone, without tokens. */
const PUBLIC_SURVEY = 'info-center-satisfaction';

describe('a refusal from a use case', () => {
  // The use cases name the field of their own input (`period`); the client must learn where it sent it.
  const staffEvent = (routeKey: string, roles: string, parts: { pathParameters?: Record<string, string>; queryStringParameters?: Record<string, string>; body?: unknown }): HttpEvent => {
    const event = httpEvent('post-tracking', { body: parts.body ?? {} });
    return {
      ...event,
      routeKey,
      ...(parts.pathParameters ? { pathParameters: parts.pathParameters } : {}),
      ...(parts.queryStringParameters ? { queryStringParameters: parts.queryStringParameters } : {}),
      ...(parts.body === undefined ? { body: undefined } : {}),
      requestContext: { ...event.requestContext, authorizer: { jwt: { claims: { sub: 'somchai', 'cognito:groups': `[${roles}]`, 'custom:agency': 'bma-health' }, scopes: [] } } } as HttpEvent['requestContext'],
    };
  };

  it('names a path parameter path.…', async () => {
    const handle = getReportRoute.makeHandler(memoryContext().context);
    const result = await handle(staffEvent('GET /api/reports/{period}', 'executive', { pathParameters: { period: '2570' } }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.fields).toEqual({ 'path.period': 'write a quarter like 2570-Q1' });
  });

  it('names a query parameter query.…', async () => {
    const handle = indicatorsRoute.indicators.makeHandler(memoryContext().context);
    const result = await handle(staffEvent('GET /api/indicators', 'executive', { queryStringParameters: { period: '2570' } }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.fields).toEqual({ 'query.period': 'write a quarter like 2570-Q1' });
  });

  it('names a body field body.…, and leaves a field already named by its part as it is', async () => {
    const publish = publishRoute.makeHandler(memoryContext().context);
    const result = await publish(staffEvent('POST /api/publications', 'admin', { body: { period: '2570' } }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.fields).toEqual({ 'body.period': 'write a quarter like 2570-Q1' });
    // A survey response's answers are checked by the use case against the instrument: body.answers.<id>.
    const submit = submitResponseRoute.makeHandler(memoryContext().context);
    const answered = await submit(
      { ...httpEvent('post-tracking', { body: { answers: { nothing: 1 } } }), routeKey: 'POST /api/surveys/{surveyId}/responses', pathParameters: { surveyId: PUBLIC_SURVEY } },
      lambdaContext,
    );
    expect(answered.statusCode).toBe(400);
    expect(Object.keys(bodyOf(answered).error.fields)).toContain('body.answers.nothing');
    expect(Object.keys(bodyOf(answered).error.fields).every((field) => field.startsWith('body.'))).toBe(true);
    // The suggestion use case names the header itself: it stays header.Idempotency-Key.
    const suggest = suggestionsRoute.submit.makeHandler(memoryContext().context);
    const withKey = (text: string) => ({ ...httpEvent('post-tracking', { body: { text }, headers: { 'idempotency-key': 'suggestion-key-1' } }), routeKey: 'POST /api/suggestions' });
    expect((await suggest(withKey('ขอที่จอดรถเพิ่ม'), lambdaContext)).statusCode).toBe(201);
    const reused = await suggest(withKey('ขอเปิดบริการวันเสาร์'), lambdaContext);
    expect(reused.statusCode).toBe(400);
    expect(bodyOf(reused).error.fields).toEqual({ 'header.Idempotency-Key': 'use a new key' });
  });
});
