// You are here: what the survey routes accept and answer.
import { z } from 'zod';
import { NotFoundError } from '../../shared/domain/errors';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { MAX_TOKENS_PER_REQUEST } from '../../shared/domain/use-cases/surveys';
import { agencyIdSchema } from '../../shared/domain/complaint';

export const responseSchema = z
  .object({
    answers: z
      .record(z.string().max(64), z.union([z.number(), z.string().max(10_000)]))
      .refine((answers) => Object.keys(answers).length <= 100, 'too many answers')
      .meta({ description: 'question id → 1–5 for ratings, an option id for choices, text for comments' }),
    phase: z.enum(['pre', 'post']).optional().meta({ description: 'knowledge test only: before or after the training' }),
    token: z.string().max(64).optional().meta({ description: 'the one-time token, for staff surveys' }),
    agency: agencyIdSchema.optional(),
  })
  .strict();

export const tokensRequestSchema = z.object({ count: z.number().int().min(1).max(MAX_TOKENS_PER_REQUEST) }).strict();

export const resultsQuerySchema = z
  .object({ period: z.string().regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1 or a fiscal year like 2570') })
  .strict();

export function surveyIdFromPath(pathParameters: Record<string, string>): string {
  const surveyId = pathParameters.surveyId;
  if (!surveyId || !/^[a-z-]{1,64}$/.test(surveyId)) throw new NotFoundError('No such survey');
  return surveyId;
}
