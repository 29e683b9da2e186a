// You are here: POST /api/surveys/{surveyId}/responses, one person's answers.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { submitResponse } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { responseSchema, surveyIdFromPath } from './schemas';

export const contract: Contract<typeof responseSchema> = {
  access: PUBLIC,
  summary: 'Answer a survey',
  description:
    'Staff surveys need a one-time token, consumed with the response; nothing stored links the two. Public surveys take an Idempotency-Key so a retry counts once. The knowledge test answers with the score.',
  body: responseSchema,
  idempotent: true,
  responses: {
    201: {
      description: 'Recorded',
      schema: z.lazy(() => z.strictObject({ surveyId: z.string(), version: z.number(), scorePercent: z.optional(z.number()), passed: z.optional(z.boolean()), passMarkPercent: z.optional(z.number()) })),
    },
    400: { description: 'Unknown question, out-of-range answer, missing item or token' },
    404: { description: 'No such survey' },
    409: { description: 'The survey is closed, or the token is unknown or used' },
    422: { description: 'Idempotency-Key reused with different answers' },
  },
};

export const makeHandler = (context: AppContext) => {
  const submit = submitResponse(context);
  return httpHandler(contract, async (request) => json(201, await submit(surveyIdFromPath(request.pathParameters), request.body, request.idempotencyKey)));
};
