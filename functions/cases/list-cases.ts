// You are here: GET /api/cases, the agency's queue, newest first, with overdue flags.
import { listCases, CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { queuePageSchema, queueQuerySchema } from './schemas';

export const contract: Contract<undefined, typeof queueQuerySchema> = {
  access: staffOnly(CASE_ROLES.read),
  summary: 'The agency\'s case queue',
  description: 'Newest first, up to 50 a page; pass the returned cursor for the next page.',
  query: queueQuerySchema,
  responses: { 200: { description: 'A page of cases', schema: queuePageSchema }, 400: { description: 'Invalid filter' }, ...STAFF_ERRORS },
};

export const makeHandler = (context: AppContext) => {
  const list = listCases(context);
  return httpHandler(contract, async (request) => json(200, await list(principalOf(request), request.query)));
};
