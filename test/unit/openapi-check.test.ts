// The response checker the integration and end-to-end tests run on every answer: it must refuse a
// leaked field, an undocumented status and a 405 without Allow, against the document the API serves.
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { openApiDocument } from '../../shared/http/openapi';
import { ResponseChecker } from '../support/openapi-check';

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

  it('wants 405 with Allow for a method a path does not have, and 404 for a path that does not exist', () => {
    expect(checker.problem('DELETE', url('/api/cases'), 405, JSON_TYPE, error('method-not-allowed'))).toMatch(/Allow/);
    expect(checker.problem('DELETE', url('/api/cases'), 405, new Headers({ ...Object.fromEntries(JSON_TYPE), allow: 'GET' }), error('method-not-allowed'))).toBeUndefined();
    expect(checker.problem('DELETE', url('/api/cases'), 404, JSON_TYPE, error('not-found'))).toMatch(/405/);
    expect(checker.problem('GET', url('/api/nothing'), 200, JSON_TYPE, '{}')).toMatch(/404/);
  });
});
