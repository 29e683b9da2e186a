// You are here: the StatisticsSource on DynamoDB: a Query of the sparse statistics index, one page
// (≤ 1 MB) at a time, so memory stays flat however many complaints a year brings.
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StatisticsRow } from '../../domain/publication/statistics';
import type { StatisticsSource } from '../../domain/ports';
import { call, type DynamoAccess } from './client';
import { complaintKeys } from './keys';

export function dynamoStatisticsSource(access: DynamoAccess, tableName: string): StatisticsSource {
  return {
    async *rows(agency, fromIso, toIso) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page: QueryCommandOutput = await call(access, 'statistics.page', () =>
          access.documents.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: 'ByAgencyStatistics',
              KeyConditionExpression: 'GSI2PK = :agency AND GSI2SK BETWEEN :from AND :to',
              ExpressionAttributeValues: { ':agency': complaintKeys.statisticsPartition(agency), ':from': fromIso, ':to': `${toIso}` },
              ExclusiveStartKey: startKey,
              ReturnConsumedCapacity: 'INDEXES',
            }),
          ),
        );
        for (const item of page.Items ?? []) {
          const { GSI2PK: _pk, GSI2SK: _sk, PK: _tablePk, SK: _tableSk, ...row } = item;
          // The index's sort key ends at the instant; a row received exactly at `toIso` belongs to the next period.
          if ((row.receivedAt as string) < toIso) yield row as StatisticsRow;
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    },
  };
}
