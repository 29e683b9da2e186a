// The response checker the integration and end-to-end tests run on every answer: it must refuse a
// leaked field, an undocumented status and a 405 without Allow, against the document the API serves.
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { openApiDocument } from '../../shared/http/openapi';
import { ResponseChecker } from '../support/openapi-check';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { currentInstrument } from '../../shared/domain/surveys/instrument';
import { indicatorsFor } from '../../shared/domain/use-cases/indicators';
import { publicRegisters, recordService, saveRegisterEntry } from '../../shared/domain/use-cases/information-centre';
import { getSurvey, issueTokens, submitResponse, surveyResultsFor } from '../../shared/domain/use-cases/surveys';
import { memoryContext } from '../support/memory-context';

const checker = new ResponseChecker(JSON.parse(JSON.stringify(openApiDocument(routes))));
const JSON_TYPE = new Headers({ 'content-type': 'application/json; charset=utf-8' });
const url = (path: string) => new URL(`http://127.0.0.1${path}`);

const summary = {
  reference: 'BHD-2570-ABCD-EFGH',
  agency: 'bma-health',
  category: 'bribery',
  status: 'received',
  subject: 'เรียกรับเงิน',
  receivedAt: '2026-10-01T03:00:00.000Z',
  updatedAt: '2026-10-01T03:00:00.000Z',
  acknowledgeBy: '2026-10-04T03:00:00.000Z',
  concludeBy: '2026-12-30T03:00:00.000Z',
  overdue: { acknowledgement: false, progress: false, conclusion: false },
};
const error = (code: string) => JSON.stringify({ error: { code, message: 'm', requestId: 'r' } });

describe('the response checker', () => {
  it('accepts a documented answer and refuses the same answer with one field more', () => {
    expect(checker.problem('GET', url('/api/cases'), 200, JSON_TYPE, JSON.stringify({ items: [summary] }))).toBeUndefined();
    expect(checker.problem('GET', url('/api/cases'), 200, JSON_TYPE, JSON.stringify({ items: [{ ...summary, reporterName: 'x' }] }))).toMatch(/additional/);
  });

  it('refuses a status the operation does not document, and a missing required field', () => {
    expect(checker.problem('GET', url('/api/health'), 401, JSON_TYPE, error('unauthorized'))).toMatch(/not documented/);
    expect(checker.problem('GET', url('/api/cases'), 401, JSON_TYPE, JSON.stringify({ error: { code: 'unauthorized' } }))).toMatch(/requestId/);
  });

  it('accepts both shapes of a staff 401 and nothing else', () => {
    expect(checker.problem('GET', url('/api/cases'), 401, JSON_TYPE, error('unauthorized'))).toBeUndefined();
    expect(checker.problem('GET', url('/api/cases'), 401, JSON_TYPE, '{"message":"Unauthorized"}')).toBeUndefined();
    expect(checker.problem('GET', url('/api/cases'), 401, JSON_TYPE, '{"message":"Unauthorized","hint":1}')).toBeDefined();
  });

  it('accepts the bodiless 431 of an oversized request line or headers on every operation, and nothing under it', () => {
    const document = openApiDocument(routes) as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>> };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.responses['431'], `${method} ${path}`).toBeDefined();
        expect(operation.responses['431']!.content, `${method} ${path}`).toBeUndefined();
      }
    }
    expect(checker.problem('POST', url('/api/complaints'), 431, new Headers(), '')).toBeUndefined();
    expect(checker.problem('GET', url('/api/cases'), 431, new Headers(), '')).toBeUndefined();
  });

  it('wants 405 with Allow for a method a path does not have, and 404 for a path that does not exist', () => {
    expect(checker.problem('DELETE', url('/api/cases'), 405, JSON_TYPE, error('method-not-allowed'))).toMatch(/Allow/);
    expect(checker.problem('DELETE', url('/api/cases'), 405, new Headers({ ...Object.fromEntries(JSON_TYPE), allow: 'GET' }), error('method-not-allowed'))).toBeUndefined();
    expect(checker.problem('DELETE', url('/api/cases'), 404, JSON_TYPE, error('not-found'))).toMatch(/405/);
    expect(checker.problem('GET', url('/api/nothing'), 200, JSON_TYPE, '{}')).toMatch(/404/);
  });
});

/** Every object schema under `node` that lets an unnamed key through, by where it is. */
function openObjects(node: unknown, where: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child, index) => openObjects(child, `${where}/${index}`, found));
  if (!node || typeof node !== 'object' || Array.isArray(node)) return found;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'object') {
    const extra = schema.additionalProperties;
    // A map (a record) names no properties and says what each value is; any other object is closed.
    const isMap = schema.properties === undefined && typeof extra === 'object' && extra !== null && Object.keys(extra).length > 0;
    if (extra !== false && !isMap) found.push(where);
  }
  for (const [key, child] of Object.entries(schema)) openObjects(child, `${where}/${key}`, found);
  return found;
}

describe('the response schemas', () => {
  const document = openApiDocument(routes) as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

  it('are strict everywhere: every object names its properties and refuses others, or is a map of described values', () => {
    const open: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          // The OpenAPI document itself is strict at its top; its paths and components hold schemas of any shape.
          const found = openObjects(response, `${method.toUpperCase()} ${path} ${status}`);
          open.push(...(path === '/api/openapi.json' ? found.filter((where) => !/\/properties\/(paths|components)\//.test(where)) : found));
        }
      }
    }
    expect(open).toEqual([]);
  });

  const executive: StaffPrincipal = { id: 'exec-1', roles: ['executive'], agency: 'bma-health' };
  const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
  /** The checker's verdict on a body, and on the same body with `field` leaked into the object at `at`. */
  const verdicts = (method: string, path: string, status: number, body: unknown, at: (string | number)[], field: string) => {
    const copy: unknown = JSON.parse(JSON.stringify(body));
    const target = at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string, unknown>;
    target[field] = 'leaked';
    return [checker.problem(method, url(path), status, JSON_TYPE, JSON.stringify(body)), checker.problem(method, url(path), status, JSON_TYPE, JSON.stringify(copy))];
  };

  it('accept a survey\'s public definition and refuse it with the answer key or any other field leaked', () => {
    const definition = getSurvey()('knowledge-test');
    const choice = definition.questions.findIndex((question) => question.type === 'choice');
    const [clean, leaked] = verdicts('GET', '/api/surveys/knowledge-test', 200, definition, ['questions', choice], 'answer');
    expect(clean).toBeUndefined();
    expect(leaked).toMatch(/additional/);
    expect(verdicts('GET', '/api/surveys/knowledge-test', 200, definition, [], 'owner')[1]).toMatch(/additional/);
  });

  it('accept released survey results, of a satisfaction survey and of the knowledge test, and refuse a leaked field', async () => {
    const { context, advance } = memoryContext();
    const submit = submitResponse(context);
    const info = currentInstrument('info-center-satisfaction')!;
    const ratings = Object.fromEntries(info.questions.filter((question) => question.type === 'rating').map((question) => [question.id, 4]));
    for (let index = 0; index < 5; index += 1) await submit('info-center-satisfaction', { answers: { ...ratings, ...(index === 0 ? { comment: 'ดี' } : {}) } });
    const knowledge = currentInstrument('knowledge-test')!;
    const answers = Object.fromEntries(knowledge.questions.flatMap((question) => (question.type === 'choice' ? [[question.id, question.answer]] : [])));
    const { tokens } = await issueTokens(context)(admin, 'knowledge-test', 6);
    for (const [index, token] of tokens.entries()) await submit('knowledge-test', { answers, token, phase: index % 2 ? 'post' : 'pre' });
    advance(40 * 24 * 3600); // into 2570-Q2: Q1 has ended
    for (const surveyId of ['info-center-satisfaction', 'knowledge-test']) {
      const results = await surveyResultsFor(context)(executive, surveyId, '2570-Q1');
      expect(results.withheld, surveyId).toBe(false);
      const [clean, leaked] = verdicts('GET', `/api/surveys/${surveyId}/results?period=2570-Q1`, 200, results, [], 'respondents');
      expect(clean, surveyId).toBeUndefined();
      expect(leaked, surveyId).toBeDefined();
    }
  });

  it('accept the indicators and refuse a leaked field in them', async () => {
    const indicators = await indicatorsFor(memoryContext().context)(executive, '2570-Q1');
    const [clean, leaked] = verdicts('GET', '/api/indicators?period=2570-Q1', 200, indicators, ['quarter', 'informationCentre'], 'suggestionTexts');
    expect(clean).toBeUndefined();
    expect(leaked).toMatch(/additional/);
    expect(verdicts('GET', '/api/indicators?period=2570-Q1', 200, indicators, ['yearToDate', 'indicators', 0], 'trueCount')[1]).toMatch(/additional/);
  });

  it('accept the public registers and a service record, and refuse them with a register field leaked', async () => {
    const { context } = memoryContext();
    await saveRegisterEntry(context, 'topics')(admin, { title: 'ของขวัญ', summary: 'รับได้ไม่เกิน 3,000 บาท', mediaType: 'leaflet', channel: 'intranet', publishedOn: '2026-10-01' });
    await saveRegisterEntry(context, 'channels')(admin, { name: 'สายด่วน', kind: 'phone-line', contact: '1555', activeSince: '2026-10-01' });
    const registers = publicRegisters(context);
    for (const kind of ['topics', 'channels'] as const) {
      const items = await registers[kind]();
      expect(items).toHaveLength(1);
      const [clean, leaked] = verdicts('GET', `/api/${kind}`, 200, { items }, ['items', 0], 'createdAt');
      expect(clean, kind).toBeUndefined();
      expect(leaked, kind).toMatch(/additional/);
    }
    const record = await recordService(context)(admin, { date: '2026-10-02', channel: 'walk-in', requestKind: 'ขอสำเนาคำสั่ง', fulfilled: true, daysToFulfil: 2 });
    const [clean, leaked] = verdicts('POST', '/api/service-log', 201, record, [], 'agency');
    expect(clean).toBeUndefined();
    expect(leaked).toMatch(/additional/);
  });
});
