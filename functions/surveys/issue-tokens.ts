// You are here: POST /api/surveys/{surveyId}/tokens, one-time tokens for a staff survey.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { issueTokens, SURVEY_ROLES } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { surveyIdFromPath, tokensRequestSchema } from './schemas';

export const contract: Contract<typeof tokensRequestSchema> = {
  access: staffOnly(SURVEY_ROLES.tokens),
  summary: 'Issue one-time tokens for a staff survey (shown once; only their hashes are kept)',
  body: tokensRequestSchema,
  responses: {
    201: { description: 'The tokens', schema: z.lazy(() => z.strictObject({ surveyId: z.string(), expiresAt: z.iso.datetime(), tokens: z.array(z.string()) })) },
    409: { description: 'The survey is public and takes no tokens' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const issue = issueTokens(context);
  return httpHandler(contract, async (request) => json(201, await issue(principalOf(request), surveyIdFromPath(request.pathParameters), request.body.count)));
};
