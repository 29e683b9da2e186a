// You are here: GET /api/openapi.json, the contract of every route, generated from the route table.
import * as z from 'zod/mini';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { openApiDocument } from '../../shared/http/openapi';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'This API\'s OpenAPI 3.1 document',
  responses: { 200: { description: 'The document', schema: z.lazy(() => z.looseObject({ openapi: z.string() })) } },
};

export const makeHandler = () => {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return httpHandler(contract, async () => {
    // Imported on first use: the route table includes this module, so a static import would be a cycle.
    document ??= openApiDocument((await import('../routes')).routes);
    return json(200, document, { 'cache-control': 'public, max-age=300' });
  });
};
