// You are here: the daily retention (functions/retention/scheduled.ts). Every night the scheduler runs
// the job that destroys the cases whose retention period has passed and that are not on legal hold:
// their text, identity, timeline and every version of their files. A case that fails is due again the
// next night; a run that fails for good lands in the dead-letter queue, which the alarms watch.
import { Duration, TimeZone } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { RETENTION_NEEDS } from '../../functions/event-needs';
import type { NeedsGrants } from './async-function';
import { ScheduledFunction } from './scheduled-function';

/** 02:30 Bangkok time: the quietest hour for the officers, and well clear of the quarterly 00:15 run. */
export const RETENTION_CRON = 'cron(30 2 * * ? *)';
export const RETENTION_TIME_ZONE = TimeZone.ASIA_BANGKOK;

/** Retries end within the night; what is still due then is picked up by the next run anyway. */
export const RETENTION_RETRY = { deliveryAttempts: 3, lambdaAttempts: 2, maxEventAge: Duration.hours(3) } as const;

export { RETENTION_NEEDS } from '../../functions/event-needs';

export interface RetentionScheduleProps {
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  grants: NeedsGrants;
  reservedConcurrency: number;
  /** Encrypts the function's log group. */
  logKey?: IKey;
}

export class RetentionSchedule extends ScheduledFunction {
  constructor(scope: Construct, id: string, props: RetentionScheduleProps) {
    super(scope, id, {
      ...props,
      needs: RETENTION_NEEDS,
      entry: 'functions/retention/scheduled.ts',
      description: 'Integrity platform: daily destruction of cases past their retention period (EventBridge Scheduler)',
      // A run handles at most 1,000 cases of a dozen DynamoDB and S3 calls each: minutes, not seconds.
      timeout: Duration.minutes(10),
      memorySize: 512,
      retry: RETENTION_RETRY,
      scheduleId: 'Daily',
      scheduleDescription: 'Destroys the cases whose retention period has passed and that are not on legal hold',
      cron: RETENTION_CRON,
      timeZone: RETENTION_TIME_ZONE,
    });
  }
}
