// The two ways the DynamoDB adapters read or write many items, against a mocked document client:
// batch writes whose unprocessed items are sent again after a growing, randomised wait and given up
// on (with a clear error) after a bounded number of attempts; and Query pages followed to the end with
// every page's capacity reported, which the capacity benchmark counts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { batchWrite, queryItems, type Backoff, type WriteRequest } from '../../shared/adapters/dynamodb/client';
import { DependencyUnavailableError } from '../../shared/domain/errors';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'ap-southeast-7', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } }));
const dynamo = mockClient(documents);
const TABLE = 'Complaints';

const deletes = (count: number, from = 0): WriteRequest[] =>
  Array.from({ length: count }, (_, index) => ({ DeleteRequest: { Key: { PK: 'CASE#K7Q2MX9WHT', SK: `MESSAGE#${from + index}` } } }));

/** A backoff whose sleeps are recorded instead of waited, and whose dice give `roll`. */
function recordedBackoff(roll: number, overrides: Partial<Backoff> = {}) {
  const sleeps: number[] = [];
  const backoff: Backoff = { attempts: 8, baseMs: 50, capMs: 5_000, sleep: async (ms) => void sleeps.push(ms), random: () => roll, ...overrides };
  return { backoff, sleeps };
}

const sentKeys = (callIndex: number) =>
  (dynamo.commandCalls(BatchWriteCommand)[callIndex]?.args[0].input.RequestItems?.[TABLE] ?? []).map((request) => request.DeleteRequest?.Key?.SK);

describe('batch writes', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  it('sends what DynamoDB left unprocessed again, and only that, after a wait of up to base × 2^retry', async () => {
    const requests = deletes(5);
    dynamo
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { [TABLE]: requests.slice(2) } })
      .resolvesOnce({ UnprocessedItems: { [TABLE]: requests.slice(4) } })
      .resolves({});
    const { backoff, sleeps } = recordedBackoff(0.5);
    await batchWrite({ documents }, 'case.destroyItems', TABLE, requests, backoff);
    expect([0, 1, 2].map(sentKeys)).toEqual([
      ['MESSAGE#0', 'MESSAGE#1', 'MESSAGE#2', 'MESSAGE#3', 'MESSAGE#4'],
      ['MESSAGE#2', 'MESSAGE#3', 'MESSAGE#4'],
      ['MESSAGE#4'],
    ]);
    // Half of 50 ms, then half of 100 ms: the first call does not wait.
    expect(sleeps).toEqual([25, 50]);
  });

  it('waits a random time between zero and the doubling bound (full jitter), never above the cap', async () => {
    dynamo.on(BatchWriteCommand).resolves({ UnprocessedItems: { [TABLE]: deletes(1) } });
    const high = recordedBackoff(0.999, { capMs: 1_000 });
    await expect(batchWrite({ documents }, 'case.destroyItems', TABLE, deletes(1), high.backoff)).rejects.toThrow(DependencyUnavailableError);
    expect(high.sleeps).toEqual([49, 99, 199, 399, 799, 999, 999]);
    const low = recordedBackoff(0);
    await expect(batchWrite({ documents }, 'case.destroyItems', TABLE, deletes(1), low.backoff)).rejects.toThrow(DependencyUnavailableError);
    expect(low.sleeps).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives up after the bounded number of attempts with an error that says how much was left', async () => {
    dynamo.on(BatchWriteCommand).resolves({ UnprocessedItems: { [TABLE]: deletes(3) } });
    const { backoff } = recordedBackoff(0.5, { attempts: 4 });
    const failure = await batchWrite({ documents }, 'case.destroyItems', TABLE, deletes(3), backoff).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DependencyUnavailableError);
    expect(((failure as Error).cause as Error).message).toBe('case.destroyItems: 3 items still unprocessed after 4 attempts');
    expect(dynamo.commandCalls(BatchWriteCommand)).toHaveLength(4);
  });

  it('splits the writes into batches of 25, the most one BatchWriteItem takes', async () => {
    dynamo.on(BatchWriteCommand).resolves({});
    await batchWrite({ documents }, 'case.destroyItems', TABLE, deletes(60), recordedBackoff(0.5).backoff);
    expect([0, 1, 2].map((index) => sentKeys(index).length)).toEqual([25, 25, 10]);
    expect(dynamo.commandCalls(BatchWriteCommand)).toHaveLength(3);
  });

  it('turns a failed call into DependencyUnavailableError, which the API answers with 503', async () => {
    dynamo.on(BatchWriteCommand).rejects(new Error('socket hang up'));
    await expect(batchWrite({ documents }, 'case.destroyItems', TABLE, deletes(2), recordedBackoff(0.5).backoff)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});

describe('Query pages', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  it('follows LastEvaluatedKey to the last page and reports every page’s capacity under the operation’s name', async () => {
    const lastKey = { PK: 'CASE#K7Q2MX9WHT', SK: 'EVENT#1' };
    const pages = [
      { Items: [{ SK: 'COMPLAINT' }, { SK: 'EVENT#1' }], LastEvaluatedKey: lastKey, ConsumedCapacity: { TableName: TABLE, CapacityUnits: 1 } },
      { Items: [{ SK: 'MESSAGE#1' }], ConsumedCapacity: { TableName: TABLE, CapacityUnits: 0.5 } },
    ];
    // Copied as each call is made: the paginator reuses one input object from page to page.
    const inputs: Record<string, unknown>[] = [];
    dynamo.on(QueryCommand).callsFake((input: Record<string, unknown>) => {
      inputs.push(structuredClone(input));
      return pages[inputs.length - 1];
    });
    const reported: [string, number | undefined][] = [];
    const access = { documents, onCapacity: (operation: string, consumed: { CapacityUnits?: number }[]) => reported.push(...consumed.map((entry): [string, number | undefined] => [operation, entry.CapacityUnits])) };
    const items = [];
    for await (const item of queryItems(access, 'case.load', { TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'CASE#K7Q2MX9WHT' } })) items.push(item.SK);
    expect(items).toEqual(['COMPLAINT', 'EVENT#1', 'MESSAGE#1']);
    expect(inputs.map((input) => input.ExclusiveStartKey)).toEqual([undefined, lastKey]);
    expect(inputs.every((input) => input.ReturnConsumedCapacity === 'INDEXES')).toBe(true);
    expect(reported).toEqual([
      ['case.load', 1],
      ['case.load', 0.5],
    ]);
  });

  it('turns a failed page into DependencyUnavailableError', async () => {
    dynamo.on(QueryCommand).resolvesOnce({ Items: [{ SK: 'COMPLAINT' }], LastEvaluatedKey: { PK: 'x', SK: 'y' } }).rejects(new Error('throttled'));
    const read = async () => {
      for await (const _item of queryItems({ documents }, 'case.load', { TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'x' } })) {
        // Read to the end.
      }
    };
    await expect(read()).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
