// You are here: the daily retention schedule's target. It destroys the cases whose retention period has
// passed and that are not on legal hold; a case that fails is logged by reference count only and is
// due again at the next run.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { eventEntry } from '../event-entry';
import { RETENTION_NEEDS } from '../event-needs';
import type { AppContext } from '../../shared/config/context';
import { applyRetention } from '../../shared/domain/use-cases/custody';
import { logger } from '../../shared/observability/logger';

export function makeRetentionHandler(context: AppContext) {
  const apply = applyRetention(context);
  return async () => {
    const result = await apply();
    logger.info('retention applied', { component: 'retention', detail: `destroyed ${result.destroyed.length}, failed ${result.failed.length}` });
    // A failed case is retried tomorrow anyway; failing the invoke makes the alarm see it today.
    if (result.failed.length > 0) throw new Error(`Retention failed for ${result.failed.length} cases: ${[...new Set(result.failed.map((failure) => failure.error))].join(', ')}`);
    return { ranAt: result.ranAt, destroyed: result.destroyed.length };
  };
}

export const handler = eventEntry('retention', RETENTION_NEEDS, makeRetentionHandler, awsContext(dynamoDbWiring, s3Wiring));
