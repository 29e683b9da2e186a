// You are here: the DeliveryLedger on DynamoDB, in the complaints table (keys.ts: one item per
// notification and recipient). A claim is one conditional UpdateItem: it succeeds on a new record or
// on an expired lease of an undelivered one; when it fails, the record it returned says whether the
// message was already delivered or another delivery holds it.
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DeliveryLedger } from '../../domain/notifications/notifier';
import { call, isConditionFailure, returnedItem, type DynamoAccess } from './client';
import { complaintKeys } from './keys';

/** Longer than any queue or stream keeps a record for a retry (SQS: 14 days at most). */
const KEEP_SECONDS = 30 * 24 * 60 * 60;

export function dynamoDeliveryLedger(access: DynamoAccess, tableName: string): DeliveryLedger {
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  return {
    async claim(key, now, leaseSeconds) {
      try {
        await call(access, 'delivery.claim', () =>
          access.documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.delivery(key),
              UpdateExpression: 'SET leaseUntil = :until, expiresAt = :expires',
              ConditionExpression: 'attribute_not_exists(PK) OR (attribute_not_exists(deliveredAt) AND leaseUntil < :now)',
              ExpressionAttributeValues: { ':until': now.getTime() + leaseSeconds * 1000, ':now': now.getTime(), ':expires': Math.ceil(now.getTime() / 1000) + KEEP_SECONDS },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              ...capacity,
            }),
          ),
        );
        return 'claimed';
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return returnedItem(error)?.deliveredAt ? 'delivered' : 'busy';
      }
    },
    async delivered(key, at, outcome = 'sent') {
      await call(access, 'delivery.done', () =>
        access.documents.send(
          new UpdateCommand({ TableName: tableName, Key: complaintKeys.delivery(key), UpdateExpression: 'SET deliveredAt = :at, outcome = :outcome REMOVE leaseUntil', ExpressionAttributeValues: { ':at': at.toISOString(), ':outcome': outcome }, ...capacity }),
        ),
      );
    },
    async release(key) {
      try {
        await call(access, 'delivery.release', () =>
          access.documents.send(new DeleteCommand({ TableName: tableName, Key: complaintKeys.delivery(key), ConditionExpression: 'attribute_not_exists(deliveredAt)', ...capacity })),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}
