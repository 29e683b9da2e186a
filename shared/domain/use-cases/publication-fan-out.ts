// You are here: the quarterly publication on AWS, as many small jobs. The schedule's function lists the
// active agencies a page at a time and queues one job per agency and quarter, then one index job; a
// worker takes the jobs one at a time (publishAgencyQuarter, publishIndex). A job that fails is
// retried alone and, after a few attempts, parked in the dead-letter queue, while every other
// agency's job goes on. Every job is idempotent, so a repeated delivery or a re-run writes nothing new.
import * as z from 'zod/mini';
import { AGENCY_ID } from '../agencies';
import { PERIOD_PATTERN } from '../fiscal';
import type { PublicationDeps } from './deps';
import { endedQuarter, publishAgencyQuarter, type PublicationResult } from './publish-statistics';
import { publishIndex, type IndexResult } from './publication-index';
import { agencySummaries } from '../agencies';

/** One message of the publication queue. `round` counts how often the index job has waited for late agencies. */
export const publicationJob = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agency'), period: z.string().check(z.regex(PERIOD_PATTERN)), agency: z.string().check(z.regex(AGENCY_ID)) }),
  z.strictObject({ kind: z.literal('index'), period: z.string().check(z.regex(PERIOD_PATTERN)), round: z.number().check(z.int(), z.minimum(0)) }),
]);
export type PublicationJob = z.infer<typeof publicationJob>;

/** Where jobs wait for the worker (SQS on AWS; in memory in tests). */
export interface PublicationQueue {
  /** Sends the jobs, all of them or throws; `delaySeconds` (at most 900) holds them back that long. */
  send(jobs: readonly PublicationJob[], options?: { delaySeconds?: number }): Promise<void>;
}

/**
 * How long the index job waits before it looks (the longest delay SQS allows), and how many times it
 * waits again while agencies of the quarter are still unpublished: 8 × 15 minutes covers the jobs'
 * own retries. After that it publishes what there is; a later re-run completes it.
 */
export const INDEX_DELAY_SECONDS = 900;
export const INDEX_ROUNDS = 8;

/** The schedule's step: one job per active agency, sent a page of the registry at a time, then the index job. */
export function fanOutPublication(deps: Pick<PublicationDeps, 'agencies' | 'clock'>, queue: PublicationQueue) {
  return async (periodId: string): Promise<{ period: string; agencies: number }> => {
    const quarter = endedQuarter(deps, periodId);
    let page: PublicationJob[] = [];
    let agencies = 0;
    for await (const agency of agencySummaries(deps.agencies, 'active')) {
      page.push({ kind: 'agency', period: quarter.id, agency: agency.id });
      agencies += 1;
      if (page.length === 100) {
        await queue.send(page);
        page = [];
      }
    }
    if (page.length) await queue.send(page);
    await queue.send([{ kind: 'index', period: quarter.id, round: 0 }], { delaySeconds: INDEX_DELAY_SECONDS });
    return { period: quarter.id, agencies };
  };
}

export type JobOutcome = { kind: 'agency'; result: PublicationResult } | { kind: 'index'; result: IndexResult; waiting: number };

/** The worker's step: one job. Throws when it fails, so the queue retries it (and parks it after a few tries). */
export function runPublicationJob(deps: PublicationDeps, queue: PublicationQueue) {
  const publishAgency = publishAgencyQuarter(deps);
  const rebuildIndex = publishIndex(deps);
  return async (body: unknown): Promise<JobOutcome> => {
    const job = publicationJob.parse(body);
    if (job.kind === 'agency') return { kind: 'agency', result: await publishAgency(job.agency, job.period) };
    // The index is rebuilt each time (a partial index is better than none) and again later while
    // active agencies still lack the quarter, so the last rebuild comes after the last agency's job.
    const result = await rebuildIndex(job.period);
    const waiting = result.pending;
    if (waiting > 0 && job.round < INDEX_ROUNDS) await queue.send([{ ...job, round: job.round + 1 }], { delaySeconds: INDEX_DELAY_SECONDS });
    return { kind: 'index', result, waiting };
  };
}
