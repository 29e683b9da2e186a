// You are here: the AuditLog on DynamoDB. It only ever puts (never over an existing entry) and
// queries; the functions' IAM grants match, so no code path can change history.
import { PutCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../../domain/ports';
import { call, type DynamoAccess } from './client';
import { auditKeys } from './keys';

export function dynamoAuditLog(access: DynamoAccess, tableName: string): AuditLog {
  return {
    async append(entry) {
      await call(access, 'audit.append', () =>
        access.documents.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...auditKeys.entry(entry), ...entry },
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnConsumedCapacity: 'INDEXES',
          }),
        ),
      );
    },
    async list(scope) {
      const entries: AuditEntry[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page: QueryCommandOutput = await call(access, 'audit.list', () =>
          access.documents.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'PK = :scope',
              ExpressionAttributeValues: { ':scope': auditKeys.scope(scope) },
              ExclusiveStartKey: startKey,
              ReturnConsumedCapacity: 'INDEXES',
            }),
          ),
        );
        for (const { PK: _pk, SK: _sk, ...entry } of page.Items ?? []) entries.push(entry as AuditEntry);
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return entries;
    },
  };
}
