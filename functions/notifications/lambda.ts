// You are here: the notifier's Lambda entry, fed by the complaints table's stream
// (infra/constructs/notifications.ts). It reads the case and the agency's staff through its declared
// needs (functions/event-needs.ts), keeps its delivery records in the same table, and mails through
// SES v2. Of the identity key it may open only reporters' contacts (purpose reporter-contact), never an identity.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod/mini';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoDeliveryLedger } from '../../shared/adapters/dynamodb/delivery-ledger';
import { dynamoPendingLines } from '../../shared/adapters/dynamodb/digest-stores';
import { parseEnv } from '../../shared/config/app-config';
import { awsContext } from '../../shared/config/aws-context';
import { cognitoWiring } from '../../shared/config/aws/cognito';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { kmsWiring } from '../../shared/config/aws/kms';
import { sesMailerFromEnv } from '../../shared/config/aws/ses';
import { eventEntry } from '../event-entry';
import { NOTIFIER_NEEDS } from '../event-needs';
import { makeNotifyHandler } from './notify';

/** The notifier's own variables besides its needs': the site's origin for the console links. */
const notifierEnv = z.object({ COMPLAINTS_TABLE: z.string().check(z.minLength(1)), SITE_URL: z.url() });

type StreamEvent = Parameters<ReturnType<typeof makeNotifyHandler>>[0];

export const handler = eventEntry(
  'notifier',
  NOTIFIER_NEEDS,
  (context) => {
    const env = parseEnv(notifierEnv, process.env);
    const access = dynamoAccess(new DynamoDBClient({ maxAttempts: 3 }));
    const notify = makeNotifyHandler({
      clock: context.clock,
      complaints: context.complaints,
      agencies: context.agencies,
      staffDirectory: context.staffDirectory,
      ledger: dynamoDeliveryLedger(access, env.COMPLAINTS_TABLE),
      mailer: sesMailerFromEnv(process.env),
      suppressions: context.mailSuppressions,
      siteUrl: env.SITE_URL,
      contacts: context.contactVault,
      // A member who chose the digest for a kind: held for the morning's digest (reminders.ts) instead.
      digest: { preferences: context.notificationPreferences, pending: dynamoPendingLines(access, env.COMPLAINTS_TABLE) },
    });
    // The event source mapping hands over a DynamoDB stream batch; notify reads only what it needs of it.
    return (event: unknown) => notify(event as StreamEvent);
  },
  awsContext(dynamoDbWiring, cognitoWiring, kmsWiring),
);
