// You are here: the AuditLog on DynamoDB. It only ever puts (never over an existing entry) and
// queries; the functions' IAM grants match. Each entry is written as the next link of its agency's
// hash chain, in one transaction with the chain's head on condition that the head is unchanged, so a
// concurrent writer makes the transaction fail and it is linked again to the new head.
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { linkEntry, type ChainHead } from '../../domain/audit-chain';
import { DependencyUnavailableError, ValidationError } from '../../domain/errors';
import type { AuditEntry, AuditFilters, AuditLog } from '../../domain/ports';
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
                      // No `at`: the head must stay out of the ByAgencyTime index, which is keyed on agency and at.
                      Item: { ...headKey, agency: entry.agency, seq: linked.seq, hash: linked.hash },
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
    search: (agency, filters, page) => searchEntries(access, tableName, agency, filters, page),
  };
}

type Item = Record<string, unknown>;

// The agency-wide audit view (GET /api/audit). Two ways in, each a Query whose key condition holds the
// agency (or the case) and the date range, so what a page reads is bounded by the range and the
// page's read budget, never by the size of the log:
// - with a reference, the case's own partition of the table (its entries by time): exact, and the
//   entries are filtered to the reader's agency, so another agency's case yields nothing;
// - otherwise the ByAgencyTime index (agency, at), newest first; actor and action are filters over
//   it. A filter is applied after the read, so a page reads at most `maxRead` entries and may hold
//   fewer than it could, with a cursor to read on: capacity stays bounded for a rare actor too.
// An index per filter (actor, action) would make every page exact, but would add a write unit to
// every audited staff action, for a view that is read far less often than the log is written.

/** Bounds no entry is outside of, for a range open at one end (instants are ISO-8601, so strings compare). */
const EARLIEST = '0000-01-01T00:00:00.000Z';
const LATEST = '9999-12-31T23:59:59.999Z';

const keyFields = (byCase: boolean) => (byCase ? ['PK', 'SK'] : ['PK', 'SK', 'agency', 'at']);

/** The cursor names the agency it was given to and the last entry read; it is refused anywhere else. */
function encodeSearchCursor(agency: string, key: Item): string {
  return Buffer.from(JSON.stringify({ agency, key }), 'utf8').toString('base64url');
}

function decodeSearchCursor(cursor: string | undefined, agency: string, byCase: boolean, within: (sortValue: string) => boolean, scope: string | undefined): Item | undefined {
  if (cursor === undefined) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { agency?: unknown; key?: Item };
    const key = decoded.key ?? {};
    const fields = keyFields(byCase);
    const shaped = decoded.agency === agency && Object.keys(key).sort().join(',') === [...fields].sort().join(',') && fields.every((field) => typeof key[field] === 'string');
    const sortValue = byCase ? (key.SK as string) : (key.at as string);
    if (shaped && (byCase ? key.PK === scope : key.agency === agency) && within(sortValue)) return key;
  } catch {
    // Falls through to the validation error.
  }
  throw new ValidationError('The cursor is not valid', { cursor: 'use the cursor of the previous page, with the same filters' });
}

async function searchEntries(access: DynamoAccess, tableName: string, agency: string, filters: AuditFilters, page: { limit: number; maxRead: number; cursor?: string }) {
  const byCase = filters.reference !== undefined;
  const scope = byCase ? auditKeys.scope({ reference: filters.reference }) : undefined;
  const from = filters.fromIso ?? EARLIEST;
  // The index's sort key is the instant itself, so its upper bound is the last millisecond before the end.
  const last = filters.toIso ? new Date(Date.parse(filters.toIso) - 1).toISOString() : LATEST;
  // The table's sort key is `${at}#${id}`: every entry before the end sorts below the end itself.
  const upper = byCase ? (filters.toIso ?? LATEST) : last;
  const within = (sortValue: string) => sortValue >= from && sortValue <= upper;
  let startKey = decodeSearchCursor(page.cursor, agency, byCase, within, scope);

  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':from': from, ':upper': upper };
  const conditions: string[] = [];
  const equal = (attribute: string, value: string) => {
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
    conditions.push(`#${attribute} = :${attribute}`);
  };
  if (byCase) {
    values[':scope'] = scope;
    // The case may belong to another agency: its entries are then read (and billed) but never returned.
    equal('agency', agency);
  } else {
    values[':agency'] = agency;
    names['#agency'] = 'agency';
    names['#at'] = 'at';
    // Chain heads written before they lost their `at` are in the index too; they have no action.
    names['#action'] = 'action';
    conditions.push('attribute_exists(#action)');
  }
  if (filters.actor !== undefined) equal('actor', filters.actor);
  if (filters.action !== undefined) equal('action', filters.action);
  const selective = filters.actor !== undefined || filters.action !== undefined || byCase;

  const entries: AuditEntry[] = [];
  let read = 0;
  while (entries.length < page.limit && read < page.maxRead) {
    const needed = page.limit - entries.length;
    // Unfiltered, a page reads what it shows (and one more for a stray head); filtered, it reads ahead.
    const output = await call(access, 'audit.search', () =>
      access.documents.send(
        new QueryCommand({
          TableName: tableName,
          ...(byCase
            ? { KeyConditionExpression: 'PK = :scope AND SK BETWEEN :from AND :upper' }
            : { IndexName: 'ByAgencyTime', KeyConditionExpression: '#agency = :agency AND #at BETWEEN :from AND :upper' }),
          ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
          ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: Math.min(page.maxRead - read, selective ? needed * 10 : needed + 1),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    read += output.ScannedCount ?? 0;
    const items = output.Items ?? [];
    const taken = items.slice(0, needed);
    entries.push(...taken.map(entryFrom));
    if (items.length > needed) {
      // More matched than the page holds: resume right after the last entry shown.
      const lastShown = taken[taken.length - 1]!;
      return { entries, cursor: encodeSearchCursor(agency, Object.fromEntries(keyFields(byCase).map((field) => [field, lastShown[field]]))) };
    }
    startKey = output.LastEvaluatedKey;
    if (!startKey) return { entries };
  }
  return { entries, cursor: encodeSearchCursor(agency, startKey!) };
}

function entryFrom(item: Item): AuditEntry {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, ...entry } = withoutStorage(item);
  return entry as unknown as AuditEntry;
}
