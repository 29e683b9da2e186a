// You are here: the StatisticsSource on DynamoDB: Queries of the sparse statistics index, one page
// (≤ 1 MB) at a time, so memory stays flat however many complaints a year brings. The range is read
// a month at a time: shorter key ranges page faster (markedly so on DynamoDB Local) and the rows
// still arrive in order of receipt.
import type { StatisticsRow } from '../../domain/publication/statistics';
import type { StatisticsSource } from '../../domain/ports';
import { queryItems, type DynamoAccess } from './client';
import { complaintKeys } from './keys';

/** Calendar-month boundaries (UTC) inside [fromIso, toIso), as consecutive windows. */
function monthlyWindows(fromIso: string, toIso: string): [string, string][] {
  const windows: [string, string][] = [];
  let start = fromIso;
  while (start < toIso) {
    const date = new Date(start);
    const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).toISOString();
    const end = next < toIso ? next : toIso;
    windows.push([start, end]);
    start = end;
  }
  return windows;
}

export function dynamoStatisticsSource(access: DynamoAccess, tableName: string): StatisticsSource {
  async function* window(agency: string, fromIso: string, toIso: string) {
    const items = queryItems(access, 'statistics.page', {
      TableName: tableName,
      IndexName: 'ByAgencyStatistics',
      // The sort key is `<receivedAt>#<reference>`, so a plain `<` on the instant bounds the window.
      KeyConditionExpression: 'GSI2PK = :agency AND GSI2SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':agency': complaintKeys.statisticsPartition(agency), ':from': fromIso, ':to': toIso },
    });
    for await (const item of items) {
      const { GSI2PK: _pk, GSI2SK: _sk, PK: _tablePk, SK: _tableSk, ...row } = item;
      if ((row.receivedAt as string) < toIso) yield row as unknown as StatisticsRow;
    }
  }

  return {
    async *rows(agency, fromIso, toIso) {
      for (const [from, to] of monthlyWindows(fromIso, toIso)) yield* window(agency, from, to);
    },
  };
}
