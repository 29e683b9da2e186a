// You are here: the quarterly publication (docs/architecture.md: EventBridge Scheduler, Asia/Bangkok →
// publish Lambda → S3). At 00:15 Bangkok time on the first day of each fiscal quarter the scheduler
// invokes functions/publications/scheduled.ts with `{}`, which queues one job per active agency for
// the quarter just ended, and the index job (publication-workers.ts runs them). A run that cannot be
// delivered or that keeps failing ends up in the dead-letter queue, which the alarms watch.
import { Duration, TimeZone } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { Needs } from '../../functions/route';
import type { NeedsGrants } from './async-function';
import { ScheduledFunction } from './scheduled-function';

/**
 * 00:15 on 1 January, April, July and October: the fiscal quarters (Q1 Oct–Dec, …) end at midnight
 * Bangkok time, and the quarter of a complaint filed at 23:59 is settled a quarter of an hour later.
 */
export const PUBLICATION_CRON = 'cron(15 0 1 1,4,7,10 ? *)';
export const PUBLICATION_TIME_ZONE = TimeZone.ASIA_BANGKOK;

/** Delivery attempts by the scheduler, and by Lambda once delivered, within this time. */
export const PUBLICATION_RETRY = { deliveryAttempts: 3, lambdaAttempts: 2, maxEventAge: Duration.hours(2) } as const;

export interface PublicationScheduleProps {
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  /** What the fan-out reads: the registry, to list the active agencies. */
  needs: Needs;
  /** The queue of the jobs, whose URL the function is given. */
  jobsQueueUrl: string;
  grants: NeedsGrants;
  /** Reserved concurrent executions of the scheduled function. */
  reservedConcurrency: number;
  /** Encrypts the function's log group. */
  logKey?: IKey;
}

export class PublicationSchedule extends ScheduledFunction {
  constructor(scope: Construct, id: string, props: PublicationScheduleProps) {
    super(scope, id, {
      ...props,
      environment: { ...props.environment, PUBLICATION_QUEUE_URL: props.jobsQueueUrl },
      entry: 'functions/publications/scheduled.ts',
      description: 'Integrity platform: quarterly publication of statistics, one job per agency (EventBridge Scheduler)',
      // Lists the registry a page at a time and sends ten jobs a call: 7,850 agencies are some 80
      // pages and 800 calls, well under a minute.
      timeout: Duration.minutes(2),
      memorySize: 256,
      retry: PUBLICATION_RETRY,
      scheduleId: 'Quarterly',
      scheduleDescription: 'Queues the publication of the fiscal quarter just ended, one job per active agency',
      cron: PUBLICATION_CRON,
      timeZone: PUBLICATION_TIME_ZONE,
      // `{}`: no period, so the function queues the quarter that has just ended.
      input: {},
    });
  }
}
