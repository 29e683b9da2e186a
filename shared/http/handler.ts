// You are here: the one middleware stack for HTTP handlers (docs/architecture.md): request logging →
// error mapping → body checks (media type, size, JSON, NFC, zod). Handlers hand it a contract and a
// function from a validated request to a result; they never parse, catch or format errors themselves.
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import '../config/zod-locale';
import { UnauthorizedError, ValidationError, type FieldErrors } from '../domain/errors';
import { actingRole, type StaffPrincipal, type StaffRole } from '../domain/staff';
import { principalFromClaims } from './staff-claims';
import { normalizeNfc } from '../domain/text';
import { logger, stackFrames } from '../observability/logger';
import { mapError, PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;
/** No contract nests deeper than a handful of levels; 400 leaves room and keeps every walk shallow. */
export const MAX_JSON_DEPTH = 400;

/**
 * Whether JSON text opens more than `limit` arrays or objects inside each other, found in one pass
 * without recursion, before anything (parser, NFC walk, zod) descends into it. 64 KB of `[` would
 * otherwise overflow the stack of the recursive steps that follow the parser.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** Who may call a route: anyone, or staff holding one of the roles (checked from the verified JWT). */
export type Access = { kind: 'public' } | { kind: 'staff'; roles: readonly StaffRole[] };

export const PUBLIC: Access = { kind: 'public' };
export const staffOnly = (roles: readonly StaffRole[]): Access => ({ kind: 'staff', roles });

/** Any zod schema: the middleware only parses with it, and the OpenAPI document describes it. */
export type Schema = z.core.$ZodType;

/** What a route accepts and answers: validated at run time and published as OpenAPI. */
export interface Contract<Body extends Schema | undefined = Schema | undefined, Query extends Schema | undefined = Schema | undefined> {
  summary: string;
  description?: string;
  access: Access;
  body?: Body;
  query?: Query;
  /**
   * Whether the route honours an Idempotency-Key header; 'required' where a retry could not find what
   * the first attempt made without one (an upload slot).
   */
  idempotent?: boolean | 'required';
  /**
   * What it answers, for the OpenAPI document only. Give each schema as z.lazy(() => …): nothing at
   * run time parses responses, so a Lambda should not spend its start building them.
   */
  responses: Record<number, { description: string; schema?: Schema; mediaType?: 'text/html'; /** A redirect: no body, a Location header. */ redirect?: true }>;
}

export interface ValidRequest<Body, Query = undefined> {
  body: Body;
  query: Query;
  /** The verified staff member on staff routes; absent on public ones. */
  principal?: StaffPrincipal;
  idempotencyKey?: string;
  pathParameters: Record<string, string>;
  requestId: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

const SECURITY_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** A whole HTML document (the executive report): it may load only this site's stylesheet. */
export function html(statusCode: number, body: string): HttpResult {
  return {
    statusCode,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
    body,
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...SECURITY_HEADERS, ...headers }, body: JSON.stringify(body) };
}

const requestIdOf = (event: HttpEvent) => event.requestContext?.requestId ?? 'unknown';

/** The part of the request a field error names: `body.subject`, `query.limit`, `header.Idempotency-Key`, `path.period`. */
export type RequestPart = 'body' | 'query' | 'header' | 'path';

const REQUEST_PARTS: readonly RequestPart[] = ['body', 'query', 'header', 'path'];

/** The names of a query schema's parameters (a strict, flat object), whether or not the request sent them. */
const queryNames = (schema: Schema | undefined): string[] => {
  const shape = (schema as z.core.$ZodObject | undefined)?._zod.def.shape;
  return shape ? Object.keys(shape) : [];
};

/**
 * A use case names the fields of its own input (`period`, `outcome`, `answers.q1`); the client sent
 * them as a path parameter, a query parameter or in the body, and the error names that part as the
 * schema checks do. A field already named by its part is left as it is.
 */
function namedByPart(fields: FieldErrors, event: HttpEvent, contract: Contract): FieldErrors {
  const partOf = (field: string): RequestPart | undefined => {
    const head = field.split('.')[0] ?? field;
    if (REQUEST_PARTS.some((part) => head === part)) return undefined;
    if (event.pathParameters && Object.hasOwn(event.pathParameters, head)) return 'path';
    const sentInQuery = event.queryStringParameters !== undefined && Object.hasOwn(event.queryStringParameters, head);
    if (contract.query && (sentInQuery || queryNames(contract.query).includes(head))) return 'query';
    return contract.body || !contract.query ? 'body' : 'query';
  };
  return Object.fromEntries(
    Object.entries(fields).map(([field, reason]) => {
      const part = partOf(field);
      return [part ? `${part}.${field}` : field, reason];
    }),
  );
}

function fieldErrors(error: z.core.$ZodError, part: RequestPart): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [part, ...issue.path].join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

function readBody(event: HttpEvent, schema: Schema): unknown {
  const contentType = event.headers?.['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new UnsupportedMediaTypeError('Send the body as JSON with Content-Type: application/json');
  }
  const raw = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (raw.length > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES / 1024} KB`);
  }
  const text = raw.toString('utf8');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new ValidationError(`The body nests more than ${MAX_JSON_DEPTH} levels deep`, { body: `at most ${MAX_JSON_DEPTH} levels of arrays and objects` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ValidationError('The body is not valid JSON', { body: 'malformed JSON' });
  }
  const result = z.safeParse(schema, normalizeNfc(parsed));
  if (!result.success) throw new ValidationError('Some fields are missing or not valid', fieldErrors(result.error, 'body'));
  return result.data;
}

function readIdempotencyKey(event: HttpEvent, required: boolean): string | undefined {
  const key = event.headers?.['idempotency-key'];
  if (key === undefined && required) {
    throw new ValidationError('An Idempotency-Key header is required', { 'header.Idempotency-Key': 'send a random value of 8–128 characters' });
  }
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationError('The Idempotency-Key header is not valid', {
      'header.Idempotency-Key': 'must be 8 to 128 letters, digits or the characters _ . : -',
    });
  }
  return key;
}

const requestLog: MiddlewareObj<HttpEvent, HttpResult> = {
  before: (request) => {
    (request.internal as { startedAt?: number }).startedAt = performance.now();
  },
  after: (request) => logRequest(request.event, request.response, (request.internal as { startedAt: number }).startedAt),
  onError: (request) => logRequest(request.event, request.response, (request.internal as { startedAt: number }).startedAt),
};

function logRequest(event: HttpEvent, response: HttpResult | null, startedAt: number) {
  logger.info('request', {
    requestId: requestIdOf(event),
    route: event.routeKey,
    status: response?.statusCode ?? 500,
    durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
  });
}

const errorResponse: MiddlewareObj<HttpEvent, HttpResult> = {
  onError: (request) => {
    const requestId = requestIdOf(request.event);
    const mapped = mapError(request.error, requestId);
    if (mapped.status >= 500) {
      const error = request.error as Error & { dependency?: string; cause?: unknown };
      logger.error('request failed', {
        requestId,
        route: request.event.routeKey,
        errorName: error?.name,
        errorCode: mapped.body.error.code,
        ...(error?.dependency ? { dependency: error.dependency } : {}),
        ...(error?.cause instanceof Error ? { detail: error.cause.name } : {}),
        ...(mapped.status === 500 ? { frames: stackFrames(error) } : {}),
      });
    }
    request.response = json(mapped.status, mapped.body, mapped.headers);
  },
};

function readQuery(event: HttpEvent, schema: Schema): unknown {
  const result = z.safeParse(schema, normalizeNfc(event.queryStringParameters ?? {}));
  if (!result.success) throw new ValidationError('Some query parameters are not valid', fieldErrors(result.error, 'query'));
  return result.data;
}

/**
 * API Gateway's JWT authorizer (or the local server, doing the same checks) has verified the token
 * and put its claims on the event; this turns them into a principal and checks the route's roles.
 */
function readPrincipal(event: HttpEvent, access: Access): StaffPrincipal | undefined {
  if (access.kind === 'public') return undefined;
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }).authorizer?.jwt?.claims;
  const principal = claims && principalFromClaims(claims);
  if (!principal) throw new UnauthorizedError('Sign in as staff to use this');
  actingRole(principal, access.roles);
  return principal;
}

type Out<T> = T extends Schema ? z.output<T> : undefined;

/** Builds a Lambda handler for an HTTP API route from its contract and the work it does. */
export function httpHandler<Body extends Schema | undefined, Query extends Schema | undefined = undefined>(
  contract: Contract<Body, Query>,
  run: (request: ValidRequest<Out<Body>, Out<Query>>) => Promise<HttpResult>,
): HttpHandler {
  type Valid = ValidRequest<Out<Body>, Out<Query>>;
  // middy hands the handler only the event, so the validated request travels beside it.
  const validated = new WeakMap<HttpEvent, Valid>();
  const validate: MiddlewareObj<HttpEvent, HttpResult> = {
    before: ({ event }) => {
      const principal = readPrincipal(event, contract.access);
      const idempotencyKey = contract.idempotent ? readIdempotencyKey(event, contract.idempotent === 'required') : undefined;
      validated.set(event, {
        body: (contract.body ? readBody(event, contract.body) : undefined) as Valid['body'],
        query: (contract.query ? readQuery(event, contract.query) : undefined) as Valid['query'],
        ...(principal ? { principal } : {}),
        ...(idempotencyKey ? { idempotencyKey } : {}),
        pathParameters: (event.pathParameters ?? {}) as Record<string, string>,
        requestId: requestIdOf(event),
      });
    },
  };
  return middy<HttpEvent, HttpResult>()
    .use(requestLog)
    .use(errorResponse)
    .use(validate)
    .handler(async (event) => {
      const request = validated.get(event);
      if (!request) throw new Error('The request was not validated');
      try {
        return await run(request);
      } catch (error) {
        if (error instanceof ValidationError && error.fields) throw new ValidationError(error.message, namedByPart(error.fields, event, contract));
        throw error;
      }
    });
}

/** The principal of a staff route's request; the stack guarantees it is there. */
export function principalOf(request: { principal?: StaffPrincipal }): StaffPrincipal {
  if (!request.principal) throw new UnauthorizedError('Sign in as staff to use this');
  return request.principal;
}
