// You are here: the DynamoDB client shared by the repositories, with the two things every call
// needs: consumed-capacity reporting (for the benchmark and tests) and one translation of SDK
// failures into the domain's DependencyUnavailableError; and the two ways of reading or writing
// many items: every page of a Query, and batch writes retried with backoff.
import { DynamoDBClient, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  paginateQuery,
  PutCommand,
  type BatchWriteCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
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
    return reportCapacity(access, operation, await send());
  } catch (error) {
    throw translated(error);
  }
}

function reportCapacity<T extends { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }>(access: DynamoAccess, operation: string, output: T): T {
  if (access.onCapacity && output.ConsumedCapacity) access.onCapacity(operation, [output.ConsumedCapacity].flat());
  return output;
}

const translated = (error: unknown) => (isConditionFailure(error) ? error : new DependencyUnavailableError('DynamoDB', { cause: error }));

/**
 * Every item a Query matches, page after page (lib-dynamodb's paginateQuery follows LastEvaluatedKey),
 * each page's capacity reported under `operation` and a failure translated as `call` does. For reading
 * everything; a page a person turns with a cursor is a single Query of its own.
 */
export async function* queryItems(access: DynamoAccess, operation: string, input: QueryCommandInput): AsyncGenerator<Record<string, unknown>> {
  try {
    for await (const page of paginateQuery({ client: access.documents }, { ...input, ReturnConsumedCapacity: 'INDEXES' })) {
      yield* (reportCapacity(access, operation, page).Items ?? []);
    }
  } catch (error) {
    throw translated(error);
  }
}

/** How a batch call's unprocessed items are sent again; the sleep and the dice are the tests' to replace. */
export interface Backoff {
  /** Calls in all, the first included, before giving up. */
  attempts: number;
  baseMs: number;
  capMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

/** At most about 6.4 s of waiting in all (50 ms doubling to 3.2 s over seven retries). */
export const BATCH_BACKOFF: Backoff = {
  attempts: 8,
  baseMs: 50,
  capMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Sends `pending` until nothing comes back unprocessed. Unprocessed items mean the table was throttled,
 * and sending them again at once would be throttled again: each retry first waits a random time
 * between zero and base × 2^retry (capped), the "full jitter" that spreads many callers' retries
 * apart. After the last attempt it throws, saying how many items were left.
 */
export async function untilProcessed<T>(operation: string, pending: T[], send: (batch: T[]) => Promise<T[]>, backoff: Backoff = BATCH_BACKOFF): Promise<void> {
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt === backoff.attempts) {
      throw new DependencyUnavailableError('DynamoDB', { cause: new Error(`${operation}: ${pending.length} items still unprocessed after ${attempt} attempts`) });
    }
    if (attempt > 0) await backoff.sleep(Math.floor(backoff.random() * Math.min(backoff.capMs, backoff.baseMs * 2 ** (attempt - 1))));
    pending = await send(pending);
  }
}

export type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Writes (puts or deletes) in batches of 25, DynamoDB's most, each batch's unprocessed items retried with backoff. */
export async function batchWrite(access: DynamoAccess, operation: string, tableName: string, requests: WriteRequest[], backoff: Backoff = BATCH_BACKOFF): Promise<void> {
  for (let start = 0; start < requests.length; start += 25) {
    await untilProcessed(
      operation,
      requests.slice(start, start + 25),
      async (batch) => {
        const output = await call(access, operation, () =>
          access.documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch }, ReturnConsumedCapacity: 'INDEXES' })),
        );
        return output.UnprocessedItems?.[tableName] ?? [];
      },
      backoff,
    );
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
