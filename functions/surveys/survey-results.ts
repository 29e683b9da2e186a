// You are here: GET /api/surveys/{surveyId}/results?period=2570-Q1, results for executives.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { SURVEY_ROLES, surveyResultsFor } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { resultsQuerySchema, surveyIdFromPath } from './schemas';

export const contract: Contract<undefined, typeof resultsQuerySchema> = {
  access: staffOnly(SURVEY_ROLES.results),
  summary: 'A survey\'s results for a fiscal quarter or year, against its target (comments for staff only)',
  query: resultsQuerySchema,
  responses: {
    200: { description: 'Results', schema: z.lazy(() => z.looseObject({ surveyId: z.string(), n: z.number(), period: z.looseObject({ id: z.string() }) })) },
    400: { description: 'Invalid period' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const results = surveyResultsFor(context);
  return httpHandler(contract, async (request) => json(200, await results(principalOf(request), surveyIdFromPath(request.pathParameters), request.query.period)));
};
