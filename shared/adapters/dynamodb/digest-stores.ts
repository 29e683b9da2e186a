// You are here: the daily digest's stores on DynamoDB, in the complaints table beside the delivery
// records (keys.ts): each member's notification preferences (one item, STAFFPREFS#<id>), the lines
// held for their next digest (a partition per member, DIGEST#<id>, one item per delivery key, gone
// after 30 days at the latest), and the agency's open cases, read from the queue index.
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CATEGORIES, type Category, type Status } from '../../domain/complaint';
import type { OpenCase, OpenCaseSource } from '../../domain/notifications/ports';
import {
  DEFAULT_PREFERENCES,
  DELIVERY_MODES,
  NOTIFICATION_KINDS,
  type NotificationPreferenceStore,
  type NotificationPreferences,
  type PendingDigestLines,
  type PendingLine,
  preferredLanguage,
} from '../../domain/notifications/preferences';
import { call, queryItems, type DynamoAccess } from './client';
import { complaintKeys } from './keys';

/** A held line not carried by a digest within this long (its member left, say) is removed by the table's TTL. */
const HELD_SECONDS = 30 * 24 * 60 * 60;

const OPEN_STATUSES: readonly Status[] = ['received', 'acknowledged', 'investigating'];

const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };

/** Only the kinds and modes there are: an item written by another version reads as the defaults for the rest. */
function readPreferences(stored: unknown): NotificationPreferences {
  const preferences = { ...DEFAULT_PREFERENCES };
  if (stored && typeof stored === 'object') {
    for (const kind of NOTIFICATION_KINDS) {
      const mode = (stored as Record<string, unknown>)[kind];
      if (DELIVERY_MODES.includes(mode as never)) preferences[kind] = mode as NotificationPreferences[typeof kind];
    }
    preferences.language = preferredLanguage((stored as Record<string, unknown>).language);
  }
  return preferences;
}

export function dynamoPreferenceStore(access: DynamoAccess, tableName: string): NotificationPreferenceStore {
  return {
    async get(staffId) {
      // Strongly consistent: a member who just saved their choice reads it back.
      const output = await call(access, 'preferences.get', () =>
        access.documents.send(new GetCommand({ TableName: tableName, Key: complaintKeys.notificationPreferences(staffId), ConsistentRead: true, ...capacity })),
      );
      return readPreferences(output.Item?.preferences);
    },
    async set(member, preferences, at) {
      await call(access, 'preferences.set', () =>
        access.documents.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...complaintKeys.notificationPreferences(member.id), agency: member.agency, staffId: member.id, preferences: readPreferences(preferences), updatedAt: at },
            ...capacity,
          }),
        ),
      );
    },
  };
}

function readLine(item: Record<string, unknown>): PendingLine | undefined {
  const { key, event, at, reference, category, period } = item;
  if (typeof key !== 'string' || typeof at !== 'string') return undefined;
  if (event === 'report-sign-off' && typeof period === 'string') return { key, at, event, period };
  if ((event === 'case-new' || event === 'reporter-message' || event === 'reporter-file') && typeof reference === 'string' && CATEGORIES.includes(category as Category)) {
    return { key, at, event, reference, category: category as Category };
  }
  return undefined;
}

export function dynamoPendingLines(access: DynamoAccess, tableName: string): PendingDigestLines {
  return {
    async add(staffId, line) {
      const fields = line.event === 'report-sign-off' ? { period: line.period } : { reference: line.reference, category: line.category };
      const values = { ':key': line.key, ':event': line.event, ':at': line.at, ':expires': Math.ceil(Date.parse(line.at) / 1000) + HELD_SECONDS, ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])) };
      const names = ['key', 'event', 'at', 'expires', ...Object.keys(fields)];
      // An UpdateItem that sets only what is not set yet: holding the same line again changes nothing.
      await call(access, 'digest.hold', () =>
        access.documents.send(
          new UpdateCommand({
            TableName: tableName,
            Key: complaintKeys.pendingLine(staffId, line.key),
            UpdateExpression: `SET ${names.map((name) => `#${name} = if_not_exists(#${name}, :${name})`).join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name === 'expires' ? 'expiresAt' : name])),
            ExpressionAttributeValues: values,
            ...capacity,
          }),
        ),
      );
    },
    async list(staffId) {
      const lines: PendingLine[] = [];
      for await (const item of queryItems(access, 'digest.held', { TableName: tableName, KeyConditionExpression: 'PK = :member', ExpressionAttributeValues: { ':member': complaintKeys.pendingDigest(staffId) } })) {
        const line = readLine(item);
        if (line) lines.push(line);
      }
      return lines.sort((a, b) => a.at.localeCompare(b.at));
    },
    async remove(staffId, keys) {
      for (const key of keys) {
        await call(access, 'digest.carried', () => access.documents.send(new DeleteCommand({ TableName: tableName, Key: complaintKeys.pendingLine(staffId, key), ...capacity })));
      }
    },
  };
}

/**
 * An agency's open cases from the queue index (ByAgency), concluded ones filtered out inside the Query
 * and only the fields the digest reads projected (never the subject). The Query reads, and is charged
 * for, every case of the agency in the index: 0.5 read units per 4 KB of index items, once a day
 * per agency (see the README's decisions on notifications for the figures).
 */
export function dynamoOpenCases(access: DynamoAccess, tableName: string): OpenCaseSource {
  const fields = ['reference', 'agency', 'category', 'status', 'acknowledgeBy', 'nextUpdateBy', 'concludeBy', 'unit', 'concernsHandlers', 'conflicts', 'assignee'] as const;
  return {
    async openCases(agency) {
      const cases: OpenCase[] = [];
      const items = queryItems(access, 'digest.open-cases', {
        TableName: tableName,
        IndexName: 'ByAgency',
        KeyConditionExpression: 'GSI1PK = :agency',
        FilterExpression: `#status IN (${OPEN_STATUSES.map((_, index) => `:open${index}`).join(', ')})`,
        ProjectionExpression: fields.map((field) => `#${field}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(fields.map((field) => [`#${field}`, field])),
        ExpressionAttributeValues: { ':agency': complaintKeys.queuePartition(agency), ...Object.fromEntries(OPEN_STATUSES.map((status, index) => [`:open${index}`, status])) },
      });
      for await (const item of items) {
        const { reference, category, status, acknowledgeBy, nextUpdateBy, concludeBy, unit, concernsHandlers, conflicts, assignee } = item;
        if (typeof reference !== 'string' || typeof acknowledgeBy !== 'string' || typeof concludeBy !== 'string' || item.agency !== agency) continue;
        cases.push({
          reference,
          agency,
          category: category as Category,
          status: status as Status,
          acknowledgeBy,
          concludeBy,
          ...(typeof nextUpdateBy === 'string' ? { nextUpdateBy } : {}),
          ...(typeof unit === 'string' ? { unit } : {}),
          ...(concernsHandlers === true ? { concernsHandlers: true as const } : {}),
          ...(Array.isArray(conflicts) ? { conflicts: conflicts.filter((id): id is string => typeof id === 'string') } : {}),
          ...(typeof assignee === 'string' ? { assignee } : {}),
        });
      }
      return cases;
    },
  };
}
