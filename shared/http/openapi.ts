// You are here: the OpenAPI 3.1 document, generated from the route table's zod contracts so the
// published contract is the one the handlers enforce.
import * as z from 'zod/mini';
import type { Route } from '../../functions/route';

const errorSchema = z.lazy(() =>
  z.strictObject({
    error: z.strictObject({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      fields: z.optional(z.record(z.string(), z.string())).check(z.meta({ description: 'field path → what is wrong' })),
    }),
  }),
);

/** What API Gateway itself answers, before any function runs (its JWT authorizer, its size limit, its throttle). */
const gatewayMessageSchema = {
  type: 'object',
  properties: { message: { type: 'string' } },
  required: ['message'],
  additionalProperties: false,
  description: 'Written by API Gateway, not by the API: e.g. {"message":"Unauthorized"}',
} as const;

const ERROR = { $ref: '#/components/schemas/Error' } as const;
const ERROR_OR_GATEWAY = { anyOf: [ERROR, { $ref: '#/components/schemas/GatewayMessage' }] } as const;

/** A documented answer; one without a schema has no body. */
type Documented = { description: string; schema?: object; headers?: Record<string, unknown> };

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'string', pattern: '^[0-9]+$' } } };

/**
 * The answers every route of a kind can give, whatever its own contract says: they come from the
 * middleware (handler.ts), the error mapper, the Lambda entry and API Gateway, not from the use case.
 */
function sharedResponses(route: Route, hasPathParameters: boolean): Record<number, Documented> {
  const { contract } = route.module;
  const takesInput = Boolean(contract.body || contract.query || contract.idempotent);
  const staff = route.access.kind === 'staff';
  const answers: Record<number, Documented> = {};
  if (takesInput) {
    answers[400] = {
      description: 'A field, parameter or header is missing or not valid; `fields` names each by part: `body.subject`, `query.period`, `path.period`, `header.Idempotency-Key`',
      schema: ERROR,
    };
  }
  if (staff) {
    answers[401] = {
      description: 'No valid staff token. On AWS, API Gateway\'s JWT authorizer answers before the function with {"message":"Unauthorized"}; the function and the local server answer with Error',
      schema: ERROR_OR_GATEWAY,
    };
  }
  answers[403] = {
    description: staff
      ? 'The token lacks a role this needs, or the request did not come through the site address'
      : 'The request did not come through the site address (only CloudFront reaches the API)',
    schema: ERROR,
  };
  if (hasPathParameters) answers[404] = { description: 'Nothing with this identifier (a malformed one cannot exist, so it is not found either)', schema: ERROR };
  answers[413] = { description: 'The body is larger than allowed (64 KB for the function, 10 MB for API Gateway)', schema: ERROR_OR_GATEWAY };
  // Node's HTTP server answers it on its own, before the local server sees a route; no function does.
  answers[431] = {
    description:
      'The request line and headers are larger than the HTTP server reads (16 KB locally), refused before any route runs and without a body. On AWS, CloudFront and API Gateway refuse oversized requests themselves, before the function',
  };
  if (contract.body) answers[415] = { description: 'The body is not sent as application/json', schema: ERROR };
  if (contract.idempotent) answers[422] = { description: 'This Idempotency-Key was used for a different request', schema: ERROR };
  answers[429] = { description: 'Too many requests (API Gateway\'s throttle, or a route\'s own limit)', schema: ERROR_OR_GATEWAY, headers: RETRY_AFTER };
  answers[503] = { description: 'A storage or key service did not answer in time; retry', schema: ERROR_OR_GATEWAY, headers: RETRY_AFTER };
  return answers;
}

/** The query string parameters of a contract, one per property of its (strict, flat) query schema. */
function queryParameters(schema: z.core.$ZodType | undefined) {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    schema: property,
  }));
}

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output') {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

export function openApiDocument(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { contract } = route.module;
    const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: 128 },
    }));
    const idempotencyHeader = contract.idempotent
      ? [{
          name: 'Idempotency-Key',
          in: 'header',
          required: contract.idempotent === 'required',
          description: 'A random value (8–128 characters) chosen by the client; a retry with the same key never stores twice.',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
        }]
      : [];
    const shared = sharedResponses(route, pathParameters.length > 0);
    const own = Object.fromEntries(
      Object.entries(contract.responses).map(([status, response]): [string, Documented & { mediaType?: string }] => [
        status,
        {
          description: response.description,
          schema: response.redirect ? undefined : response.schema ? jsonSchema(response.schema, 'output') : (shared[Number(status)]?.schema ?? ERROR),
          ...(response.redirect
            ? { headers: { Location: { description: 'where to go', required: true, schema: { type: 'string', format: 'uri' } } } }
            : shared[Number(status)]?.headers
              ? { headers: shared[Number(status)]!.headers }
              : {}),
          ...(response.mediaType ? { mediaType: response.mediaType } : {}),
        },
      ]),
    );
    const merged: Record<string, Documented & { mediaType?: string }> = { ...shared, ...own };
    const responses = Object.fromEntries(
      Object.entries(merged)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, { description, schema, headers, mediaType }]) => [
          status,
          {
            description,
            ...(headers ? { headers } : {}),
            ...(schema ? { content: { [mediaType ?? 'application/json']: { schema } } } : {}),
          },
        ]),
    );
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: contract.summary,
      ...(contract.description ? { description: contract.description } : {}),
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
      ...(route.access.kind === 'staff' ? { security: [{ staffJwt: [] }], 'x-roles': route.access.roles } : { security: [] }),
      parameters: [...pathParameters, ...queryParameters(contract.query), ...idempotencyHeader],
      ...(contract.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(contract.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Integrity platform API',
      version: '1.0.0',
      description:
        'Confidential corruption-complaint channel of the anti-corruption action plan (4.3.2). Text is NFC-normalised and lengths count Unicode code points. Bodies are JSON of at most 64 KB. ' +
        'A method a path does not have answers 405 with an Allow header listing those it has; a path that does not exist answers 404. Both bodies are Error.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output'), GatewayMessage: gatewayMessageSchema },
      securitySchemes: { staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths,
  };
}
