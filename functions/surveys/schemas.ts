// You are here: what the survey routes accept and answer.
import * as z from 'zod/mini';
import { NotFoundError } from '../../shared/domain/errors';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { MAX_TOKENS_PER_REQUEST } from '../../shared/domain/use-cases/surveys';
import { agencyIdSchema } from '../../shared/domain/complaint';

export const responseSchema = z.strictObject({
  answers: z
    .record(z.string().check(z.maxLength(64)), z.union([z.number(), z.string().check(z.maxLength(10_000))]))
    .check(
      z.refine((answers) => Object.keys(answers).length <= 100, 'too many answers'),
      z.meta({ description: 'question id → 1–5 for ratings, an option id for choices, text for comments' }),
    ),
  phase: z.optional(z.enum(['pre', 'post'])).check(z.meta({ description: 'knowledge test only: before or after the training' })),
  token: z.optional(z.string().check(z.maxLength(64))).check(z.meta({ description: 'the one-time token, for staff surveys' })),
  agency: z.optional(agencyIdSchema),
});

export const tokensRequestSchema = z.strictObject({ count: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_TOKENS_PER_REQUEST)) });

export const resultsQuerySchema = z.strictObject({
  period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1 or a fiscal year like 2570')),
});

export function surveyIdFromPath(pathParameters: Record<string, string>): string {
  const surveyId = pathParameters.surveyId;
  if (!surveyId || !/^[a-z-]{1,64}$/.test(surveyId)) throw new NotFoundError('No such survey');
  return surveyId;
}
