// You are here: GET /api/openapi.json, the contract of every route, generated from the route table.
import * as z from 'zod/mini';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { openApiDocument } from '../../shared/http/openapi';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'This API\'s OpenAPI 3.1 document',
  responses: {
    200: {
      description: 'The document',
      // Strict at its top; below paths and components it holds JSON Schemas of any shape, as OpenAPI does.
      schema: z.lazy(() =>
        z.strictObject({
          openapi: z.literal('3.1.0'),
          info: z.strictObject({ title: z.string(), version: z.string(), description: z.string() }),
          servers: z.array(z.strictObject({ url: z.string() })),
          components: z.strictObject({ schemas: z.record(z.string(), z.unknown()), securitySchemes: z.record(z.string(), z.unknown()) }),
          paths: z.record(z.string(), z.record(z.string(), z.unknown())),
        }),
      ),
    },
  },
};

export const makeHandler = () => {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return httpHandler(contract, async () => {
    // Imported on first use: the route table includes this module, so a static import would be a cycle.
    document ??= openApiDocument((await import('../routes')).routes);
    return json(200, document, { 'cache-control': 'public, max-age=300' });
  });
};
