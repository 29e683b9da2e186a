// You are here: the variable naming the publication queue, which CDK sets on the quarterly schedule's
// function and on the worker only (infra/constructs/publication-schedule.ts).
import * as z from 'zod/mini';

export const queueEnv = z.object({ PUBLICATION_QUEUE_URL: z.string().check(z.startsWith('https://')) });
