// You are here: GET /api/health, the liveness answer for load balancers and people.
import * as z from 'zod/mini';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'Liveness check',
  responses: { 200: { description: 'The API answers', schema: z.lazy(() => z.strictObject({ ok: z.literal(true) })) } },
};

export const makeHandler = () => httpHandler(contract, async () => json(200, { ok: true }));
