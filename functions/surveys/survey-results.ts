// You are here: GET /api/surveys/{surveyId}/results?period=2570-Q1, results for executives: an ended
// quarter with enough responses, or a statement that they are withheld.
import type { AppContext } from '../../shared/config/context';
import { SURVEY_ROLES, surveyResultsFor } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { resultsAnswerSchema, resultsQuerySchema, surveyIdFromPath } from './schemas';

export const contract: Contract<undefined, typeof resultsQuerySchema> = {
  access: staffOnly(SURVEY_ROLES.results),
  summary: 'A survey\'s results for an ended fiscal quarter against its target, withheld below the minimum of responses (executives only)',
  query: resultsQuerySchema,
  responses: {
    200: { description: 'Results, or that they are withheld (the quarter has not ended, or has fewer responses than the minimum)', schema: resultsAnswerSchema },
    400: { description: 'Not a fiscal quarter' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const results = surveyResultsFor(context);
  return httpHandler(contract, async (request) => json(200, await results(principalOf(request), surveyIdFromPath(request.pathParameters), request.query.period)));
};
