// You are here: the quarterly schedule's target. EventBridge Scheduler invokes it at 00:15 Bangkok
// time on the first day of each quarter; it queues one publication job per active agency for the
// quarter that has just ended, and the index job after them (functions/publications/worker.ts runs
// them). A failure throws, so Lambda retries the asynchronous invoke and finally sends the event to
// the dead-letter queue; jobs already queued are idempotent, so queuing them again is harmless.
import { SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { awsContext } from '../../shared/config/aws-context';
import { parseEnv } from '../../shared/config/app-config';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { sqsPublicationQueue } from '../../shared/adapters/sqs/publication-queue';
import { eventEntry } from '../event-entry';
import { queueEnv } from './queue-env';
import { PUBLICATION_FAN_OUT_NEEDS } from '../event-needs';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { fanOutPublication, type PublicationQueue } from '../../shared/domain/use-cases/publication-fan-out';
import { quarterJustEnded } from '../../shared/domain/use-cases/publish-statistics';
import { logger } from '../../shared/observability/logger';

/** The schedule's input: an explicit quarter, or nothing to mean "the quarter just ended". */
const scheduledEvent = z.looseObject({ period: z.optional(z.string().check(z.regex(PERIOD_PATTERN))) });

export function makeScheduledHandler(context: AppContext, queue: PublicationQueue) {
  const fanOut = fanOutPublication(context, queue);
  return async (event: unknown) => {
    const input = scheduledEvent.parse(event ?? {});
    const period = input.period ?? quarterJustEnded(context.clock.now());
    const queued = await fanOut(period);
    logger.info('queued', { component: 'publication', detail: `${period}: ${queued.agencies} agencies` });
    return queued;
  };
}

export const handler = eventEntry(
  'scheduled publication',
  PUBLICATION_FAN_OUT_NEEDS,
  (context) => makeScheduledHandler(context, sqsPublicationQueue(new SQSClient({ maxAttempts: 3 }), parseEnv(queueEnv, process.env).PUBLICATION_QUEUE_URL)),
  // The registry's client: the agencies need rests on DynamoDB (shared/config/aws-wiring.ts).
  awsContext(dynamoDbWiring),
);
