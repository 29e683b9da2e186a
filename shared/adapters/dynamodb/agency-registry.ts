// You are here: the AgencyRegistry on DynamoDB, with a short cache per warm function. An agency is
// one item with all its settings; the Summaries index holds only names and status, in one partition.
// `get` reads one item (cached per id), `list` loads every summary once per cache period and answers
// each search with the shared rule (agencySearchIndex) in memory: 10,000 agencies are about 1.5 MB
// of summaries, two queries, and a search then costs no read at all (bench/agencies-registry.ts).
// A staff member's change (onboarding, a PATCH) is written in one transaction with its audit entry,
// linked into the agency's hash chain as the complaint repository links a case's (audit-log.ts): the
// agency and its record, or neither.
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type QueryCommandOutput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { UndeclaredNeedError } from '../../config/needs';
import { agencySearchIndex, type Agency, type AgencyChange, type AgencyPage, type AgencyQuery, type AgencyRegistry, type SearchableAgency } from '../../domain/agencies';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { AuditEntry } from '../../domain/ports';
import { chainedAuditWriter } from './audit-log';
import { call, isConditionFailure, type DynamoAccess } from './client';
import { agencyKeys as keys } from './keys';

/**
 * How long a function trusts what it read. A change (a retirement, a new unit) reaches every warm
 * function within this time; the function that made it sees it at once.
 */
export const AGENCY_CACHE_SECONDS = 60;

type Item = Record<string, unknown>;
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
/** One write of the registry, as a transaction's item: alone, or beside its audit entry. */
type Write = { Put: NonNullable<TransactItem['Put']> } | { Update: NonNullable<TransactItem['Update']> };

const agencyFrom = ({ PK: _pk, SK: _sk, GSI1PK: _gpk, GSI1SK: _gsk, ...agency }: Item) => agency as unknown as Agency;

export interface AgencyRegistryOptions {
  cacheSeconds?: number;
  /** Milliseconds, for the cache's age; tests move it. */
  now?: () => number;
  /**
   * The audit table, for changes that carry their audit entry (the registry's routes). Without it (a
   * function that declared no audit need), a change with an entry throws.
   */
  auditTableName?: string;
}

export function dynamoAgencyRegistry(access: DynamoAccess, tableName: string, options: AgencyRegistryOptions = {}): AgencyRegistry {
  const { documents } = access;
  const ttl = (options.cacheSeconds ?? AGENCY_CACHE_SECONDS) * 1000;
  const now = options.now ?? Date.now;
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  const byId = new Map<string, { agency: Agency | undefined; at: number }>();
  let summaries: { search: (query: AgencyQuery) => AgencyPage; at: number } | undefined;
  // One load at a time: concurrent requests of a cold function share it.
  let loading: Promise<(query: AgencyQuery) => AgencyPage> | undefined;

  const fresh = (at: number) => now() - at < ttl;
  const auditWriter = options.auditTableName === undefined ? undefined : chainedAuditWriter(access, options.auditTableName);

  /** The write alone, or (with an audit entry) the write and the entry in one transaction. */
  async function write(operation: string, action: Write | undefined, audit: AuditEntry | undefined) {
    if (audit) {
      if (!auditWriter) throw new UndeclaredNeedError('this function', `audit (${operation} writes an audit entry)`);
      return auditWriter.write(operation, action ? [action] : [], audit);
    }
    if (!action) return;
    if ('Put' in action) await call(access, operation, () => documents.send(new PutCommand({ ...action.Put, ...capacity })));
    else await call(access, operation, () => documents.send(new UpdateCommand({ ...action.Update, ...capacity })));
  }

  async function loadSummaries() {
    const all: SearchableAgency[] = [];
    let startKey: Item | undefined;
    do {
      const page: QueryCommandOutput = await call(access, 'agency.summaries', () =>
        documents.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'Summaries',
            KeyConditionExpression: 'GSI1PK = :all',
            ExpressionAttributeValues: { ':all': keys.summaries },
            ProjectionExpression: 'id, nameTh, nameEn, #status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExclusiveStartKey: startKey,
            ...capacity,
          }),
        ),
      );
      all.push(...((page.Items ?? []) as SearchableAgency[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const search = agencySearchIndex(all);
    summaries = { search, at: now() };
    return search;
  }

  function forget(id: string) {
    byId.delete(id);
    summaries = undefined;
  }

  const registry: AgencyRegistry = {
    async get(id) {
      const cached = byId.get(id);
      if (cached && fresh(cached.at)) return cached.agency && structuredClone(cached.agency);
      const { Item: item } = await call(access, 'agency.get', () => documents.send(new GetCommand({ TableName: tableName, Key: keys.agency(id), ...capacity })));
      const agency = item ? agencyFrom(item) : undefined;
      byId.set(id, { agency, at: now() });
      return agency && structuredClone(agency);
    },

    async list(query) {
      if (summaries && fresh(summaries.at)) return summaries.search(query);
      loading ??= loadSummaries().finally(() => {
        loading = undefined;
      });
      return (await loading)(query);
    },

    async create(agency, audit) {
      try {
        await write(
          'agency.create',
          { Put: { TableName: tableName, Item: { ...keys.agency(agency.id), ...keys.summary(agency.id), ...agency }, ConditionExpression: 'attribute_not_exists(PK)' } },
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('An agency with this id exists');
        throw error;
      } finally {
        forget(agency.id);
      }
    },

    async update(id, change: AgencyChange, audit) {
      const fields = Object.entries(change).filter(([, value]) => value !== undefined);
      if (fields.length === 0) {
        const existing = await registry.get(id);
        if (!existing) throw new NotFoundError('No agency with this id');
        // Nothing to change, but the request is still on record.
        if (audit) await write('agency.update', undefined, audit);
        return existing;
      }
      try {
        await write(
          'agency.update',
          {
            Update: {
              TableName: tableName,
              Key: keys.agency(id),
              UpdateExpression: `SET ${fields.map((_field, index) => `#f${index} = :v${index}`).join(', ')}`,
              ConditionExpression: 'attribute_exists(PK)',
              ExpressionAttributeNames: Object.fromEntries(fields.map(([name], index) => [`#f${index}`, name])),
              ExpressionAttributeValues: Object.fromEntries(fields.map(([, value], index) => [`:v${index}`, value])),
            },
          },
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('No agency with this id');
        throw error;
      } finally {
        forget(id);
      }
      // A transaction returns no item: the agency as stored now is read back, strongly consistent.
      const { Item: item } = await call(access, 'agency.get', () => documents.send(new GetCommand({ TableName: tableName, Key: keys.agency(id), ConsistentRead: true, ...capacity })));
      if (!item) throw new NotFoundError('No agency with this id');
      return agencyFrom(item);
    },
  };
  return registry;
}
