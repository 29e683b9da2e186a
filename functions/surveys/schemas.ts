// You are here: what the survey routes accept and answer.
import * as z from 'zod/mini';
import { NotFoundError } from '../../shared/domain/errors';

import { MAX_TOKENS_PER_REQUEST, WITHHELD, type WithheldReason } from '../../shared/domain/use-cases/surveys';

const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
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
  period: z.string().check(z.regex(QUARTER_PATTERN, 'write a fiscal quarter like 2570-Q1: results are given per quarter')),
});

/** What the results route answers: either the results of an ended quarter, or that they are withheld and why. */
export const resultsAnswerSchema = z.lazy(() => {
  const heading = {
    surveyId: z.string(),
    title: z.string(),
    kind: z.enum(['satisfaction', 'test']),
    agency: z.string(),
    period: z.strictObject({ id: z.string(), firstDay: z.string(), lastDay: z.string() }),
    minimumResponses: z.number().check(z.meta({ description: 'the fewest responses a quarter needs before any result is shown' })),
  };
  const released = releasedResults(heading);
  return z.union([
    z.strictObject({
      ...heading,
      planItem: z.optional(z.string()),
      withheld: z.literal(true),
      reason: z.enum(Object.keys(WITHHELD) as [WithheldReason, ...WithheldReason[]]).check(
        z.meta({ description: 'period-open: the quarter has not ended (not even the count is given); too-few-responses: fewer than the minimum' }),
      ),
      message: z.string(),
      n: z.optional(z.number().check(z.meta({ description: 'responses in an ended quarter; nothing else about them is given' }))),
    }),
    ...released,
  ]);
});

/** Released results (shared/domain/surveys/results.ts): a knowledge test's scores, or a satisfaction survey's ratings. */
function releasedResults(heading: Record<string, z.core.$ZodType>) {
  const interval = z.optional(z.strictObject({ low: z.number(), high: z.number() }).check(z.meta({ description: '95 % Wilson score interval, in percent' })));
  const common = {
    ...heading,
    planItem: z.string(),
    withheld: z.literal(false),
    n: z.number(),
    versions: z.array(z.number()),
    comments: z.optional(z.array(z.string()).check(z.meta({ description: 'sorted, so their order tells nothing' }))),
  };
  const phase = z.strictObject({ n: z.number(), meanScorePercent: z.optional(z.number()) });
  return [
    z.strictObject({
      ...common,
      kind: z.literal('test'),
      passMarkPercent: z.optional(z.number()),
      meanScorePercent: z.optional(z.number()),
      passRatePercent: z.optional(z.number()),
      passRateInterval: interval,
      pre: phase,
      post: phase,
      preToPostChange: z.optional(z.number()),
    }).check(z.meta({ description: 'a knowledge test: scores and pass rate of an ended quarter with at least the minimum of responses; a phase below the minimum has no mean' })),
    z.strictObject({
      ...common,
      kind: z.literal('satisfaction'),
      targetPercent: z.optional(z.number()),
      meanScore: z.optional(z.number()),
      satisfactionPercent: z.optional(z.number()),
      satisfiedSharePercent: z.optional(z.number()),
      satisfiedShareInterval: interval,
      targetMet: z.optional(z.boolean()),
      itemMeans: z.record(z.string(), z.number()).check(z.meta({ description: 'question id → mean rating; a question answered by fewer than the minimum is left out' })),
    }).check(z.meta({ description: 'a satisfaction survey: means and shares of an ended quarter with at least the minimum of responses' })),
  ] as const;
}

export function surveyIdFromPath(pathParameters: Record<string, string>): string {
  const surveyId = pathParameters.surveyId;
  if (!surveyId || !/^[a-z-]{1,64}$/.test(surveyId)) throw new NotFoundError('No such survey');
  return surveyId;
}
