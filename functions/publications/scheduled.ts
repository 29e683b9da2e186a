// You are here: the quarterly schedule's target. EventBridge Scheduler invokes it at 00:15 Bangkok
// time on the first day of each quarter; it publishes the quarter that has just ended. A failure
// throws, so Lambda retries the asynchronous invoke and finally sends the event to the dead-letter queue.
import * as z from 'zod/mini';
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { eventEntry } from '../event-entry';
import { PUBLICATION_NEEDS } from '../event-needs';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { publishStatistics, quarterJustEnded } from '../../shared/domain/use-cases/publish-statistics';
import { logger } from '../../shared/observability/logger';

/** The schedule's input: an explicit quarter, or nothing to mean "the quarter just ended". */
const scheduledEvent = z.looseObject({ period: z.optional(z.string().check(z.regex(PERIOD_PATTERN))) });

export function makeScheduledHandler(context: AppContext) {
  const publish = publishStatistics(context);
  return async (event: unknown) => {
    const input = scheduledEvent.parse(event ?? {});
    const period = input.period ?? quarterJustEnded(context.clock.now());
    const results = await publish(period);
    logger.info('published', { component: 'publication', detail: `${period}: ${results.map((result) => `${result.agency} ${result.written.length} files`).join(', ')}` });
    return { period, results };
  };
}

export const handler = eventEntry('scheduled publication', PUBLICATION_NEEDS, makeScheduledHandler, awsContext(dynamoDbWiring, s3Wiring));
