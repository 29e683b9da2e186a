// You are here: the publication queue on AWS (SQS). Jobs go ten to a SendMessageBatch call (SQS's
// limit); entries SQS refuses in a batch are sent again, and any still refused fail the call, so a
// job is never dropped in silence: the schedule's run then fails and is retried whole (sending the
// same jobs twice is harmless, every job being idempotent).
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { DependencyUnavailableError } from '../../domain/errors';
import type { PublicationJob, PublicationQueue } from '../../domain/use-cases/publication-fan-out';

const BATCH = 10;
const ATTEMPTS = 3;

export function sqsPublicationQueue(sqs: SQSClient, queueUrl: string): PublicationQueue {
  return {
    async send(jobs, options = {}) {
      for (let start = 0; start < jobs.length; start += BATCH) {
        let pending: { Id: string; job: PublicationJob }[] = jobs.slice(start, start + BATCH).map((job, index) => ({ Id: String(index), job }));
        for (let attempt = 0; pending.length && attempt < ATTEMPTS; attempt += 1) {
          let output;
          try {
            output = await sqs.send(
              new SendMessageBatchCommand({
                QueueUrl: queueUrl,
                Entries: pending.map(({ Id, job }) => ({ Id, MessageBody: JSON.stringify(job), ...(options.delaySeconds ? { DelaySeconds: options.delaySeconds } : {}) })),
              }),
            );
          } catch (error) {
            throw new DependencyUnavailableError('SQS', { cause: error });
          }
          const refused = new Set((output.Failed ?? []).map((entry) => entry.Id));
          pending = pending.filter((entry) => refused.has(entry.Id));
        }
        if (pending.length) throw new DependencyUnavailableError('SQS', { cause: new Error(`${pending.length} publication jobs refused`) });
      }
    },
  };
}
