// You are here: GET /api/surveys/{surveyId}, the questions of the current version (never the answer key).
import { publicDefinitionSchema } from '../../shared/domain/surveys/instrument-schema';
import { getSurvey } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { surveyIdFromPath } from './schemas';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'A survey\'s current definition',
  responses: {
    200: { description: 'The instrument without its answer key', schema: publicDefinitionSchema },
    404: { description: 'No such survey' },
  },
};

export const makeHandler = () => {
  const get = getSurvey();
  return httpHandler(contract, async (request) => json(200, get(surveyIdFromPath(request.pathParameters)), { 'cache-control': 'public, max-age=300' }));
};
