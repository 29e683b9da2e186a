// You are here: GET /api/agencies, the public's way to find its agency.
import type { AppContext } from '../../shared/config/context';
import { listAgencies } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { agencyPageSchema, agencyQuerySchema } from './schemas';

export const contract: Contract<undefined, typeof agencyQuerySchema> = {
  access: PUBLIC,
  summary: 'Find an agency by name',
  description:
    'Active agencies in Thai dictionary order, 50 at a time. q matches Thai and English names as people type them: spaces and dots are ignored, and short forms (อบต., ทน., กทม., ศบส., …) match the words they stand for.',
  query: agencyQuerySchema,
  responses: {
    200: { description: 'A page of agencies; pass cursor back for the next page', schema: agencyPageSchema },
    400: { description: 'q too long, or a cursor that was not given by this list' },
  },
};

export const makeHandler = (context: AppContext) => {
  const list = listAgencies(context);
  // Anyone may cache a page for a minute: the registry itself is cached that long.
  return httpHandler(contract, async ({ query }) => json(200, await list(query), { 'cache-control': 'public, max-age=60' }));
};
