// You are here: the publication queue in memory, for unit tests: what was sent, in order, with its delay.
import type { PublicationJob, PublicationQueue } from '../../domain/use-cases/publication-fan-out';

export function memoryPublicationQueue(): PublicationQueue & { sent: { job: PublicationJob; delaySeconds: number }[]; batches: number } {
  const queue = {
    sent: [] as { job: PublicationJob; delaySeconds: number }[],
    batches: 0,
    async send(jobs: readonly PublicationJob[], options: { delaySeconds?: number } = {}) {
      queue.batches += 1;
      for (const job of jobs) queue.sent.push({ job: structuredClone(job), delaySeconds: options.delaySeconds ?? 0 });
    },
  };
  return queue;
}
