// You are here: the AuditLog on DynamoDB. It only ever puts (never over an existing entry) and
// queries; the functions' IAM grants match. Each entry is written as the next link of its agency's
// hash chain, in one transaction with the chain's head on condition that the head is unchanged, so a
// concurrent writer makes the transaction fail and it is linked again to the new head.
import { BatchGetCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { linkEntry, type ChainHead } from '../../domain/audit-chain';
import { DependencyUnavailableError } from '../../domain/errors';
import type { AuditEntry, AuditLog } from '../../domain/ports';
import { call, queryItems, untilProcessed, type DynamoAccess } from './client';
import { auditKeys } from './keys';

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/** Attributes of the storage, not of the entry: left out of what the chain's hash covers. */
const STORAGE_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK'] as const;
const withoutStorage = (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([name]) => !(STORAGE_ATTRIBUTES as readonly string[]).includes(name)));

/** Ten attempts: each failure means another entry of the same agency was written meanwhile. */
const CHAIN_ATTEMPTS = 10;

/**
 * Writes `items` and the audit entry, linked into its agency's chain, in one transaction: the action
 * and its record, or neither. Shared by the audit log and the repositories that audit in their writes.
 */
export function chainedAuditWriter(access: DynamoAccess, auditTableName: string) {
  async function readHead(agency: string): Promise<ChainHead | undefined> {
    const output = await call(access, 'audit.head', () =>
      access.documents.send(new GetCommand({ TableName: auditTableName, Key: auditKeys.chainHead(agency), ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' })),
    );
    return output.Item ? { seq: output.Item.seq as number, hash: output.Item.hash as string } : undefined;
  }

  return {
    readHead,
    async write(operation: string, items: TransactItems, entry: AuditEntry): Promise<void> {
      for (let attempt = 0; attempt < CHAIN_ATTEMPTS; attempt += 1) {
        const head = await readHead(entry.agency);
        const linked = linkEntry(entry, head);
        const headKey = auditKeys.chainHead(entry.agency);
        const headIndex = items.length + 1;
        try {
          await call(access, operation, () =>
            access.documents.send(
              new TransactWriteCommand({
                TransactItems: [
                  ...items,
                  {
                    Put: {
                      TableName: auditTableName,
                      Item: { ...auditKeys.entry(entry), ...auditKeys.chainIndex(entry.agency, linked.seq), ...linked },
                      ConditionExpression: 'attribute_not_exists(PK)',
                    },
                  },
                  {
                    Put: {
                      TableName: auditTableName,
                      Item: { ...headKey, agency: entry.agency, seq: linked.seq, hash: linked.hash, at: entry.at },
                      ...(head
                        ? { ConditionExpression: '#hash = :previous', ExpressionAttributeNames: { '#hash': 'hash' }, ExpressionAttributeValues: { ':previous': head.hash } }
                        : { ConditionExpression: 'attribute_not_exists(PK)' }),
                    },
                  },
                ],
                ReturnConsumedCapacity: 'INDEXES',
              }),
            ),
          );
          return;
        } catch (error) {
          // Only a moved head (or a transaction on it at the same moment) is retried; the caller's own
          // conditions are the caller's business.
          const cancelled = error instanceof DependencyUnavailableError ? error.cause : error;
          const reasons = (cancelled as { CancellationReasons?: { Code?: string }[] } | undefined)?.CancellationReasons ?? [];
          const headCode = reasons[headIndex]?.Code;
          const othersFailed = reasons.some((reason, index) => index !== headIndex && reason.Code === 'ConditionalCheckFailed');
          if (othersFailed || (headCode !== 'ConditionalCheckFailed' && !reasons.some((reason) => reason.Code === 'TransactionConflict'))) throw error;
        }
      }
      throw new DependencyUnavailableError('DynamoDB', { cause: new Error(`the audit chain of ${entry.agency} kept moving`) });
    },
  };
}

export function dynamoAuditLog(access: DynamoAccess, tableName: string): AuditLog {
  const writer = chainedAuditWriter(access, tableName);
  return {
    append: (entry) => writer.write('audit.append', [], entry),
    async list(scope) {
      const entries: AuditEntry[] = [];
      const items = queryItems(access, 'audit.list', {
        TableName: tableName,
        KeyConditionExpression: 'PK = :scope',
        ExpressionAttributeValues: { ':scope': auditKeys.scope(scope) },
      });
      for await (const item of items) {
        const { seq: _seq, prevHash: _prevHash, hash: _hash, ...entry } = withoutStorage(item);
        entries.push(entry as unknown as AuditEntry);
      }
      return entries;
    },
    async chain(agency) {
      // The head first: entries written after it are left for the next verification.
      const head = await writer.readHead(agency);
      const keys: Record<string, unknown>[] = [];
      let last = 0;
      // The index is eventually consistent: entries linked just before the head was read may take a
      // moment to appear in it, so the tail up to the head is asked for again a few times.
      for (let attempt = 0; attempt === 0 || (head && last < head.seq && attempt < 5); attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        const items = queryItems(access, 'audit.chain', {
          TableName: tableName,
          IndexName: 'ByChain',
          KeyConditionExpression: 'GSI1PK = :chain AND GSI1SK > :after',
          ExpressionAttributeValues: { ':chain': auditKeys.chainPartition(agency), ':after': auditKeys.chainIndex(agency, last).GSI1SK },
        });
        for await (const item of items) {
          keys.push({ PK: item.PK, SK: item.SK });
          last = Math.max(last, Number(item.GSI1SK));
        }
      }
      // The entries themselves, strongly consistent and whole, from the table; keys DynamoDB leaves
      // unprocessed are asked for again with backoff.
      const entries: Record<string, unknown>[] = [];
      for (let start = 0; start < keys.length; start += 100) {
        await untilProcessed('audit.chainEntries', keys.slice(start, start + 100), async (pending) => {
          const output = await call(access, 'audit.chainEntries', () =>
            access.documents.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } }, ReturnConsumedCapacity: 'INDEXES' })),
          );
          entries.push(...(output.Responses?.[tableName] ?? []).map(withoutStorage));
          return output.UnprocessedKeys?.[tableName]?.Keys ?? [];
        });
      }
      return { ...(head ? { head } : {}), entries };
    },
  };
}
