// Bounded random and hostile requests to every operation of the served OpenAPI document, public and
// staff (no token, and each role), over real HTTP. The stack's fetch check (test/support/openapi-check.ts)
// refuses any answer the document does not describe; here no answer may be a 5xx either.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
}

const HOSTILE = ['', ' ', '\u0000', '\u202e', '\ud800', '0000-00-00', '2570-Q5', '../../etc/passwd', '<script>', "' OR 1=1 --", '%00', '{}'];
const hostileText = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE, 'ก'.repeat(3000)));
/**
 * In a URL the text stays short: a URL of tens of KB is refused by the HTTP server itself (431, tested
 * below) before any route runs, so it would never reach the routes this run is for.
 */
const hostileUrlText = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE, 'ก'.repeat(300)));

/** Values shaped by a schema most of the time (so requests get past the first check), hostile otherwise. */
function valueFor(schema: JsonSchema | undefined, depth = 0, text = hostileText): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.anything({ maxDepth: 2 });
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueFor(variant, depth + 1, text)));
  if (schema.const !== undefined) return fc.oneof(fc.constant(schema.const), text);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), text);
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      return fc.record(Object.fromEntries(Object.entries(properties).map(([name, inner]) => [name, valueFor(inner, depth + 1, text)])), {
        requiredKeys: (schema.required ?? []).filter((name) => name in properties),
      });
    }
    case 'array':
      return fc.array(valueFor(schema.items, depth + 1, text), { maxLength: 4 });
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(Number.POSITIVE_INFINITY, -0, 2 ** 53));
    case 'number':
      return fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 }));
    case 'boolean':
      return fc.oneof(fc.boolean(), text);
    default:
      return text;
  }
}

/** A lone surrogate cannot be percent-encoded as UTF-8; its raw (invalid) bytes go instead. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value) || 'x';
  } catch {
    return '%ED%A0%80';
  }
}

interface Operation {
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
}

describe('every operation under random and hostile requests', () => {
  it('never answers 5xx, and only as the document says', async () => {
    const document = (await (await fetch(`${stack.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
    const tokens = [undefined, ...(await Promise.all(STAFF_ROLES.map((role) => stack.issuer.issue({ sub: `fuzz-${role}`, roles: [role], agency: 'bma-health' }))))];
    let sent = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const staff = Boolean(operation.security?.length);
        const parameters = operation.parameters ?? [];
        const request = fc.record({
          path: fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, hostileUrlText]))),
          query: fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, valueFor(p.schema, 0, hostileUrlText)])), { requiredKeys: [] }),
          body: operation.requestBody ? valueFor(operation.requestBody.content['application/json']!.schema) : fc.constant(undefined),
          token: staff ? fc.constantFrom(...tokens) : fc.constant(undefined),
          // Header values are printable ASCII, or fetch refuses to send them.
          key: fc.option(fc.oneof(fc.uuid(), fc.stringMatching(/^[ -~]{0,140}$/)), { nil: undefined }),
        });
        await fc.assert(
          fc.asyncProperty(request, async ({ path: values, query, body, token, key }) => {
            const concrete = path.replace(/\{(\w+)\}/g, (_match, name: string) => pathSegment(String(values[name] ?? '')));
            const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)])).toString();
            const headers: Record<string, string> = {};
            if (body !== undefined) headers['content-type'] = 'application/json';
            if (token) headers.authorization = `Bearer ${token}`;
            if (key !== undefined) headers['idempotency-key'] = key;
            sent += 1;
            // The stack's fetch throws when the status is undocumented or the body does not conform.
            const response = await fetch(`${stack.url}${concrete}${search ? `?${search}` : ''}`, {
              method: method.toUpperCase(),
              headers,
              ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
            await response.arrayBuffer();
            expect(response.status, `${method.toUpperCase()} ${concrete}`).toBeLessThan(500);
          }),
          { numRuns: staff ? 12 : 20, seed: 2570 },
        );
      }
    }
    expect(sent).toBeGreaterThan(400);
  }, 60_000);
});

describe('a request whose headers are larger than the HTTP server reads', () => {
  it('is answered 431 without a body, as the document says of every operation', async () => {
    const token = await stack.issuer.issue({ sub: 'fuzz-big', roles: ['officer'], agency: 'bma-health' });
    for (const [method, path, headers] of [
      ['POST', '/api/complaints', { 'content-type': 'application/json' }],
      ['GET', '/api/cases', { authorization: `Bearer ${token}` }],
    ] as const) {
      // The stack's fetch check refuses a 431 the document does not describe, or one with a body it does not.
      const response = await fetch(`${stack.url}${path}`, { method, headers: { ...headers, 'x-padding': 'a'.repeat(20 * 1024) }, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(response.status, `${method} ${path}`).toBe(431);
      expect(await response.text()).toBe('');
    }
  });
});
