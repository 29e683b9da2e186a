// You are here: the daily reminders' Lambda, run each morning in Bangkok by EventBridge Scheduler
// (infra/constructs/reminders.ts). It mails each staff member one digest of the deadlines three days
// ahead or missed that day and the happenings they chose to read there (shared/domain/notifications/
// daily-digest.ts), through SES v2. The schedule sends `{}` (today in Bangkok); an operator may invoke
// it with `{"day":"2026-12-09"}` to run a day again: whoever was mailed that day is not mailed twice.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod/mini';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoDeliveryLedger } from '../../shared/adapters/dynamodb/delivery-ledger';
import { dynamoOpenCases, dynamoPendingLines } from '../../shared/adapters/dynamodb/digest-stores';
import { parseEnv } from '../../shared/config/app-config';
import { awsContext } from '../../shared/config/aws-context';
import { cognitoWiring } from '../../shared/config/aws/cognito';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { sesMailerFromEnv } from '../../shared/config/aws/ses';
import { sendDailyDigests, type DailyDigestDeps } from '../../shared/domain/notifications/daily-digest';
import { ValidationError } from '../../shared/domain/errors';
import { isCalendarDay } from '../../shared/rules/thai-time';
import { logger } from '../../shared/observability/logger';
import { eventEntry } from '../event-entry';
import { REMINDERS_NEEDS } from '../event-needs';

const remindersEnv = z.object({ COMPLAINTS_TABLE: z.string().check(z.minLength(1)), SITE_URL: z.url() });

/** The schedule's input: nothing (today), or the Bangkok day to run. */
const runSchema = z.object({ day: z.optional(z.string().check(z.refine(isCalendarDay, 'a Bangkok day, YYYY-MM-DD'))) });

export function makeRemindersHandler(deps: DailyDigestDeps) {
  const send = sendDailyDigests(deps);
  return async (event: unknown) => {
    const run = runSchema.safeParse(event ?? {});
    if (!run.success) throw new ValidationError('The reminders run takes {} or {"day":"YYYY-MM-DD"}', { day: 'a Bangkok day, YYYY-MM-DD' });
    const report = await send(run.data.day);
    logger.info('reminders sent', {
      component: 'reminders',
      detail: `day ${report.day}: ${report.sent} sent, ${report.alreadySent} already sent, ${report.failed} failed, ${report.failedAgencies.length} agencies unread of ${report.agencies}`,
    });
    // Lambda retries the run (the dead-letter queue and its alarm after that): only what failed is sent again.
    if (report.failed > 0 || report.failedAgencies.length > 0) throw new Error(`Reminders of ${report.day}: ${report.failed} digests failed, ${report.failedAgencies.length} agencies could not be read`);
    return { day: report.day, sent: report.sent, alreadySent: report.alreadySent };
  };
}

export const handler = eventEntry(
  'reminders',
  REMINDERS_NEEDS,
  (context) => {
    const env = parseEnv(remindersEnv, process.env);
    const access = dynamoAccess(new DynamoDBClient({ maxAttempts: 3 }));
    return makeRemindersHandler({
      clock: context.clock,
      agencies: context.agencies,
      staffDirectory: context.staffDirectory,
      suppressions: context.mailSuppressions,
      openCases: dynamoOpenCases(access, env.COMPLAINTS_TABLE),
      pending: dynamoPendingLines(access, env.COMPLAINTS_TABLE),
      preferences: context.notificationPreferences,
      ledger: dynamoDeliveryLedger(access, env.COMPLAINTS_TABLE),
      mailer: sesMailerFromEnv(process.env),
      siteUrl: env.SITE_URL,
    });
  },
  awsContext(dynamoDbWiring, cognitoWiring),
);
