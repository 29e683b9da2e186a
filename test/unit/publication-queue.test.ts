// The publication queue's SQS adapter: ten jobs to a call, SQS's per-entry refusals sent again, and a
// job still refused after that failing the send, never dropped in silence.
import type { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { sqsPublicationQueue } from '../../shared/adapters/sqs/publication-queue';
import type { PublicationJob } from '../../shared/domain/use-cases/publication-fan-out';

const jobs = (count: number): PublicationJob[] => Array.from({ length: count }, (_unused, index) => ({ kind: 'agency', period: '2570-Q1', agency: `lao-${index}` }));

/** An SQS client that records each batch and refuses the entries `refuse` names, call by call. */
function fakeSqs(refuse: (call: number, id: string) => boolean = () => false) {
  const calls: { QueueUrl?: string; Entries?: { Id?: string; MessageBody?: string; DelaySeconds?: number }[] }[] = [];
  const client = {
    async send(command: SendMessageBatchCommand) {
      calls.push(command.input);
      const call = calls.length;
      const failed = (command.input.Entries ?? []).filter((entry) => refuse(call, entry.Id!)).map((entry) => ({ Id: entry.Id!, Code: 'InternalError', SenderFault: false }));
      return { Successful: [], Failed: failed };
    },
  } as unknown as SQSClient;
  return { client, calls };
}

describe('the SQS publication queue', () => {
  it('sends ten jobs a call, each as its JSON, with the delay asked for', async () => {
    const sqs = fakeSqs();
    await sqsPublicationQueue(sqs.client, 'https://sqs.example/jobs').send(jobs(23));
    expect(sqs.calls.map((call) => call.Entries!.length)).toEqual([10, 10, 3]);
    expect(sqs.calls.every((call) => call.QueueUrl === 'https://sqs.example/jobs')).toBe(true);
    expect(sqs.calls.flatMap((call) => call.Entries!.map((entry) => JSON.parse(entry.MessageBody!).agency))).toEqual(jobs(23).map((job) => job.kind === 'agency' && job.agency));
    expect(sqs.calls[0]!.Entries![0]!.DelaySeconds).toBeUndefined();
    await sqsPublicationQueue(sqs.client, 'https://sqs.example/jobs').send([{ kind: 'index', period: '2570-Q1', round: 0 }], { delaySeconds: 900 });
    expect(sqs.calls.at(-1)!.Entries).toEqual([{ Id: '0', MessageBody: '{"kind":"index","period":"2570-Q1","round":0}', DelaySeconds: 900 }]);
  });

  it('sends again only the entries SQS refused', async () => {
    const sqs = fakeSqs((call, id) => call === 1 && (id === '3' || id === '7'));
    await sqsPublicationQueue(sqs.client, 'https://sqs.example/jobs').send(jobs(10));
    expect(sqs.calls[1]!.Entries!.map((entry) => JSON.parse(entry.MessageBody!).agency)).toEqual(['lao-3', 'lao-7']);
  });

  it('fails when a job is still refused after three tries', async () => {
    const sqs = fakeSqs((_call, id) => id === '2');
    await expect(sqsPublicationQueue(sqs.client, 'https://sqs.example/jobs').send(jobs(5))).rejects.toMatchObject({ name: 'DependencyUnavailableError' });
    expect(sqs.calls).toHaveLength(3);
  });
});
