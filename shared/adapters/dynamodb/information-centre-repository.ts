// You are here: the InformationCentreRepository on DynamoDB. Registers are a partition per agency
// and kind; the service log and suggestions are partitions sorted by Bangkok day. The disclosure
// register is a partition per agency too; its staff writes carry their audit entry in one transaction
// (chainedAuditWriter), as the agency registry's do.
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { UndeclaredNeedError } from '../../config/needs';
import type { DisclosureEntry } from '../../domain/disclosure-register';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { RegisterEntry, ServiceRecord, Suggestion } from '../../domain/information-centre';
import type { AuditEntry, InformationCentreRepository } from '../../domain/ports';
import { chainedAuditWriter } from './audit-log';
import { call, isConditionFailure, putUnlessExists, queryItems, type DynamoAccess } from './client';
import { informationCentreKeys as keys } from './keys';

type Item = Record<string, unknown>;
const strip = ({ PK: _pk, SK: _sk, ...rest }: Item) => rest;

/** `auditTableName`: for the writes that carry an audit entry; without it (no audit need) they throw. */
export function dynamoInformationCentreRepository(access: DynamoAccess, tableName: string, auditTableName?: string): InformationCentreRepository {
  const { documents } = access;
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  const auditWriter = auditTableName === undefined ? undefined : chainedAuditWriter(access, auditTableName);

  /** One register write and its audit entry in one transaction; the item's failed condition is rethrown for the caller. */
  async function audited(operation: string, item: Parameters<ReturnType<typeof chainedAuditWriter>['write']>[1][number], audit: AuditEntry) {
    if (!auditWriter) throw new UndeclaredNeedError('this function', `audit (${operation} writes an audit entry)`);
    await auditWriter.write(operation, [item], audit);
  }

  const readDisclosure = async (agency: string, id: string) => {
    const { Item: item } = await call(access, 'disclosure.get', () =>
      documents.send(new GetCommand({ TableName: tableName, Key: keys.disclosure(agency, id), ConsistentRead: true, ...capacity })),
    );
    return item ? (strip(item) as unknown as DisclosureEntry) : undefined;
  };

  async function queryAll(partition: string, between?: [string, string]) {
    const items: Item[] = [];
    const stored = queryItems(access, 'informationCentre.list', {
      TableName: tableName,
      KeyConditionExpression: between ? 'PK = :pk AND SK BETWEEN :from AND :to' : 'PK = :pk',
      ExpressionAttributeValues: { ':pk': partition, ...(between ? { ':from': between[0], ':to': between[1] } : {}) },
    });
    for await (const item of stored) items.push(strip(item));
    return items;
  }

  return {
    async putEntry(kind, entry, mode) {
      try {
        await call(access, 'register.put', () =>
          documents.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...keys.entry(kind, entry.agency, entry.id), ...entry },
              ConditionExpression: mode === 'create' ? 'attribute_not_exists(PK)' : 'attribute_exists(PK) AND attribute_not_exists(retiredAt)',
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        throw mode === 'create' ? new ConflictError('An entry with this id exists') : new NotFoundError('No active entry with this id');
      }
    },
    async retireEntry(kind, agency, id, at) {
      try {
        await call(access, 'register.retire', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.entry(kind, agency, id),
              UpdateExpression: 'SET retiredAt = :at',
              ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(retiredAt)',
              ExpressionAttributeValues: { ':at': at },
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('No active entry with this id');
        throw error;
      }
    },
    async listEntries<T>(kind: 'topics' | 'channels', agency: string) {
      return (await queryAll(keys.register(kind, agency))) as unknown as RegisterEntry<T>[];
    },
    async addServiceRecord(agency, record) {
      await call(access, 'service.add', () =>
        documents.send(new PutCommand({ TableName: tableName, Item: { ...keys.service(agency, record.date, record.id), ...record }, ConditionExpression: 'attribute_not_exists(PK)', ...capacity })),
      );
    },
    async listServiceRecords(agency, firstDay, lastDay) {
      return (await queryAll(keys.services(agency), [`${firstDay}#`, `${lastDay}#~`])) as unknown as (ServiceRecord & { id: string })[];
    },
    addSuggestion: (suggestion) =>
      putUnlessExists(access, 'suggestion.add', tableName, { ...keys.suggestion(suggestion.agency, suggestion.id), ...suggestion }, (stored) => strip(stored) as unknown as Suggestion),

    async listSuggestions(agency, firstDay, lastDay) {
      return (await queryAll(keys.suggestions(agency), [firstDay, `${lastDay}~`])) as unknown as Suggestion[];
    },
    async answerSuggestion(agency, id, answer, hidden) {
      try {
        await call(access, 'suggestion.answer', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.suggestion(agency, id),
              UpdateExpression: 'SET answer = :answer, #status = :status',
              ConditionExpression: 'attribute_exists(PK)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':answer': answer, ':status': hidden ? 'hidden' : 'answered' },
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('No suggestion with this id');
        throw error;
      }
    },

    async createDisclosure(entry, audit) {
      try {
        await audited('disclosure.create', { Put: { TableName: tableName, Item: { ...keys.disclosure(entry.agency, entry.id), ...entry }, ConditionExpression: 'attribute_not_exists(PK)' } }, audit);
        return { created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await readDisclosure(entry.agency, entry.id);
        if (!existing) throw error;
        return { created: false, existing };
      }
    },
    async replaceDisclosure(entry, audit) {
      try {
        await audited('disclosure.update', { Put: { TableName: tableName, Item: { ...keys.disclosure(entry.agency, entry.id), ...entry }, ConditionExpression: 'attribute_exists(PK)' } }, audit);
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('No entry with this id');
        throw error;
      }
    },
    async deleteDisclosure(agency, id, audit) {
      try {
        await audited('disclosure.delete', { Delete: { TableName: tableName, Key: keys.disclosure(agency, id), ConditionExpression: 'attribute_exists(PK)' } }, audit);
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('No entry with this id');
        throw error;
      }
    },
    getDisclosure: readDisclosure,
    async listDisclosures(agency) {
      return (await queryAll(keys.disclosures(agency))) as unknown as DisclosureEntry[];
    },
    async recordDisclosureDocument(agency, id, document) {
      try {
        await call(access, 'disclosure.document', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.disclosure(agency, id),
              UpdateExpression: 'SET #document = :document',
              ConditionExpression: '#document.fileId = :fileId AND #document.#status = :awaiting',
              ExpressionAttributeNames: { '#document': 'document', '#status': 'status' },
              ExpressionAttributeValues: { ':document': document, ':fileId': document.fileId, ':awaiting': 'awaiting-upload' },
              ...capacity,
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}
