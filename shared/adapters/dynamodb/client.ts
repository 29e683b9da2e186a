// You are here: the DynamoDB client shared by the repositories, with the two things every call
// needs: consumed-capacity reporting (for the benchmark and tests) and one translation of SDK
// failures into the domain's DependencyUnavailableError.
import { DynamoDBClient, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DependencyUnavailableError } from '../../domain/errors';

export type CapacityListener = (operation: string, consumed: ConsumedCapacity[]) => void;

export interface DynamoAccess {
  documents: DynamoDBDocumentClient;
  /** Reports the capacity each call consumed, index writes included. */
  onCapacity?: CapacityListener;
}

export function dynamoAccess(client: DynamoDBClient, onCapacity?: CapacityListener): DynamoAccess {
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { documents, ...(onCapacity ? { onCapacity } : {}) };
}

/** A failed condition, alone or inside a cancelled transaction. */
export const isConditionFailure = (error: unknown): error is Error & { Item?: Record<string, unknown> } =>
  error instanceof Error &&
  (error.name === 'ConditionalCheckFailedException' ||
    (error.name === 'TransactionCanceledException' &&
      ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')));

/** The item a failed condition returned (ReturnValuesOnConditionCheckFailure), as plain values. */
export const returnedItem = (error: { Item?: Record<string, unknown> }) =>
  error.Item ? (unmarshall(error.Item as Parameters<typeof unmarshall>[0]) as Record<string, unknown>) : undefined;

/**
 * Runs one DynamoDB call. A failed condition is the caller's business and is rethrown as is; any other
 * failure means the write did not happen (single-item writes are atomic) and becomes a 503.
 */
export async function call<T extends { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }>(
  access: DynamoAccess,
  operation: string,
  send: () => Promise<T>,
): Promise<T> {
  try {
    const output = await send();
    if (access.onCapacity && output.ConsumedCapacity) {
      access.onCapacity(operation, [output.ConsumedCapacity].flat());
    }
    return output;
  } catch (error) {
    if (isConditionFailure(error)) throw error;
    throw new DependencyUnavailableError('DynamoDB', { cause: error });
  }
}

/**
 * Puts an item unless its key exists. When it exists, answers with the stored item (returned by the
 * failed condition itself, so no second read): the basis of every idempotent create.
 */
export async function putUnlessExists<T>(
  access: DynamoAccess,
  operation: string,
  tableName: string,
  item: Record<string, unknown>,
  read: (stored: Record<string, unknown>) => T,
): Promise<{ created: true } | { created: false; existing: T }> {
  try {
    await call(access, operation, () =>
      access.documents.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    return { created: true };
  } catch (error) {
    const existing = isConditionFailure(error) && returnedItem(error);
    if (!existing) throw error;
    return { created: false, existing: read(existing) };
  }
}
