// You are here: the worker of the quarterly publication. SQS hands it one job at a time (batch size
// 1): publish one agency's quarter, or rebuild /stats/ and the national roll-up. A job that throws is
// counted as the function's error, becomes visible again after the queue's visibility timeout, and
// after a few receives is moved to the dead-letter queue, which alarms. Other agencies' jobs never
// wait for it.
import { SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { parseEnv } from '../../shared/config/app-config';
import type { AppContext } from '../../shared/config/context';
import { sqsPublicationQueue } from '../../shared/adapters/sqs/publication-queue';
import { runPublicationJob, type PublicationQueue } from '../../shared/domain/use-cases/publication-fan-out';
import { logger } from '../../shared/observability/logger';
import { eventEntry } from '../event-entry';
import { PUBLICATION_NEEDS } from '../event-needs';
import { queueEnv } from './queue-env';

/** The part of an SQS event the worker reads. */
const sqsEvent = z.object({ Records: z.array(z.object({ messageId: z.string(), body: z.string() })).check(z.minLength(1)) });

export function makeWorkerHandler(context: AppContext, queue: PublicationQueue) {
  const run = runPublicationJob(context, queue);
  return async (event: unknown) => {
    const { Records } = sqsEvent.parse(event);
    // Batch size 1: a failure throws, and only this one job is tried again.
    for (const record of Records) {
      const outcome = await run(JSON.parse(record.body));
      logger.info('published', {
        component: 'publication',
        detail:
          outcome.kind === 'agency'
            ? `${outcome.result.agency}: ${outcome.result.written.length} files`
            : `index: ${outcome.result.agencies} agencies, ${outcome.waiting} still to publish`,
      });
    }
  };
}

export const handler = eventEntry(
  'publication worker',
  PUBLICATION_NEEDS,
  (context) => makeWorkerHandler(context, sqsPublicationQueue(new SQSClient({ maxAttempts: 3 }), parseEnv(queueEnv, process.env).PUBLICATION_QUEUE_URL)),
  awsContext(dynamoDbWiring, s3Wiring),
);
