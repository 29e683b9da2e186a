// You are here: the daily reminders on AWS (functions/notifications/reminders.ts). Each morning at 08:00
// Bangkok time EventBridge Scheduler runs the digest: one e-mail per staff member listing the deadlines
// three days ahead or missed that day and the happenings they chose to read there. A run that fails is
// retried by Lambda (a retry sends only what was not sent: the delivery records), then lands in the
// dead-letter queue, which alarms, as do its errors and throttles (alarms.ts).
//
// What the function may do is the least its job needs: read cases, agencies and held lines (its
// declared needs), list the agency's staff, claim and mark delivery records (DELIVERY#), remove the
// lines a digest carried (DIGEST#), and send from the deployment's one identity through its one
// configuration set. No grant on the identity key: the digest never learns who reported.
import { Duration, TimeZone } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { REMINDERS_NEEDS } from '../../functions/event-needs';
import type { NeedsGrants } from './async-function';
import { DIGEST_KEY_PATTERN, grantDeliveryRecords, grantSending, grantTableKeyWrites, sendingArns, type SendingIdentity } from './notifications';
import { ScheduledFunction } from './scheduled-function';

/** 08:00 Bangkok time: in the inbox when the working day begins (01:00 UTC; Thailand keeps no daylight saving). */
export const REMINDERS_CRON = 'cron(0 8 * * ? *)';
export const REMINDERS_TIME_ZONE = TimeZone.ASIA_BANGKOK;

/** Retries end within the morning; a digest still unsent by then is a digest of a day gone by. */
export const REMINDERS_RETRY = { deliveryAttempts: 3, lambdaAttempts: 2, maxEventAge: Duration.hours(3) } as const;

export interface RemindersProps {
  /** The complaints table: cases, delivery records and held lines. */
  table: ITableV2;
  tableKey: IKey;
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  grants: NeedsGrants;
  sending: SendingIdentity;
  /** The site's origin, for the console links in the messages. */
  siteUrl: string;
  reservedConcurrency: number;
  logKey?: IKey;
}

export class Reminders extends ScheduledFunction {
  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id, {
      environment: {
        ...props.environment,
        MAIL_FROM: props.sending.from,
        MAIL_CONFIGURATION_SET: props.sending.configurationSetName,
        MAIL_REGION: props.sending.region,
        SITE_URL: props.siteUrl,
      },
      grants: props.grants,
      reservedConcurrency: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      needs: REMINDERS_NEEDS,
      entry: 'functions/notifications/reminders.ts',
      description: 'Integrity platform: the daily deadline digest to staff, one e-mail per member (EventBridge Scheduler, SES)',
      // A query per agency and a few calls per member mailed: a few minutes for thousands of agencies.
      timeout: Duration.minutes(10),
      memorySize: 256,
      retry: REMINDERS_RETRY,
      scheduleId: 'Daily',
      scheduleDescription: "Mails each staff member the day's deadline digest",
      cron: REMINDERS_CRON,
      timeZone: REMINDERS_TIME_ZONE,
    });
    const role = this.function.role;
    grantDeliveryRecords(role, props.table);
    // Held lines: removed once a digest carried them (or once they may no longer be told).
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DIGEST_KEY_PATTERN] } },
      }),
    );
    grantTableKeyWrites(role, props.tableKey, props.table);
    const { identityArn, configurationSetArn } = sendingArns(this, props.sending);
    grantSending(role, props.sending, identityArn, configurationSetArn);
  }
}
