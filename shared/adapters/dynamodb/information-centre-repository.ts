// You are here: the InformationCentreRepository on DynamoDB. Registers are a partition per agency
// and kind; the service log and suggestions are partitions sorted by Bangkok day.
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { RegisterEntry, ServiceRecord, Suggestion } from '../../domain/information-centre';
import type { InformationCentreRepository } from '../../domain/ports';
import { call, isConditionFailure, putUnlessExists, queryItems, type DynamoAccess } from './client';
import { informationCentreKeys as keys } from './keys';

type Item = Record<string, unknown>;
const strip = ({ PK: _pk, SK: _sk, ...rest }: Item) => rest;

export function dynamoInformationCentreRepository(access: DynamoAccess, tableName: string): InformationCentreRepository {
  const { documents } = access;
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };

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
  };
}
