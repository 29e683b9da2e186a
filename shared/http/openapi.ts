// You are here: the OpenAPI 3.1 document, generated from the route table's zod contracts so the
// published contract is the one the handlers enforce.
import * as z from 'zod/mini';
import type { Route } from '../../functions/route';

const errorSchema = z.lazy(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      fields: z.optional(z.record(z.string(), z.string())).check(z.meta({ description: 'field path → what is wrong' })),
    }),
  }),
);

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
      schema: { type: 'string' },
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
    const responses = Object.fromEntries(
      Object.entries(contract.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          content: {
            'application/json': { schema: response.schema ? jsonSchema(response.schema, 'output') : { $ref: '#/components/schemas/Error' } },
          },
        },
      ]),
    );
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: contract.summary,
      ...(contract.description ? { description: contract.description } : {}),
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
      ...(route.access.kind === 'staff' ? { security: [{ staffJwt: [] }], 'x-roles': route.access.roles } : { security: [] }),
      parameters: [...pathParameters, ...idempotencyHeader],
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
        'Confidential corruption-complaint channel of the anti-corruption action plan (4.3.2). Text is NFC-normalised and lengths count Unicode code points. Bodies are JSON of at most 64 KB.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: { staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths,
  };
}
