// You are here: the Lambda entry of the SES events' handler (mail-events.ts beside it). It touches one
// thing, the suppression list's items in the agencies table, granted on their keys alone
// (infra/constructs/notifications.ts); it reads no case and no staff account.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod/mini';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoMailSuppressions } from '../../shared/adapters/dynamodb/mail-suppressions';
import { parseEnv } from '../../shared/config/app-config';
import { makeMailEventsHandler, type SnsEvent } from './mail-events';

const mailEventsEnv = z.object({ AGENCIES_TABLE: z.string().check(z.minLength(1)) });

let handle: ((event: SnsEvent) => Promise<{ suppressed: number }>) | undefined;

export const handler = async (event: unknown) => {
  handle ??= makeMailEventsHandler({
    suppressions: dynamoMailSuppressions(dynamoAccess(new DynamoDBClient({ maxAttempts: 3 })), parseEnv(mailEventsEnv, process.env).AGENCIES_TABLE),
  });
  return handle(event as SnsEvent);
};
