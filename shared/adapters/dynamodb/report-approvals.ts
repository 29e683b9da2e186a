// You are here: the report approvals on DynamoDB, in the complaints table (keys.ts: one partition per
// agency and quarter, outside every case). The awaiting item is a put on condition that it is new, so
// the table's stream sees it once and the notifier tells the executives once; the approval is a put on
// the same condition in one transaction with its audit entry, so a retry never signs twice.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { UndeclaredNeedError } from '../../config/needs';
import type { ReportApproval, ReportApprovals } from '../../domain/report-approvals';
import { chainedAuditWriter } from './audit-log';
import { call, isConditionFailure, type DynamoAccess } from './client';
import { complaintKeys } from './keys';

export function dynamoReportApprovals(access: DynamoAccess, tableName: string, auditTableName: string | undefined): ReportApprovals {
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  const auditWriter = auditTableName === undefined ? undefined : chainedAuditWriter(access, auditTableName);
  async function approval(agency: string, period: string): Promise<ReportApproval | undefined> {
    const output = await call(access, 'report.approval', () =>
      access.documents.send(new GetCommand({ TableName: tableName, Key: complaintKeys.reportApproval(agency, period), ConsistentRead: true, ...capacity })),
    );
    if (!output.Item) return undefined;
    const { approvedBy, approvedAt, analysis } = output.Item as Record<string, string>;
    return { agency, period, approvedBy: approvedBy!, approvedAt: approvedAt!, analysis: analysis! };
  }
  return {
    async markAwaiting(agency, period, at) {
      try {
        await call(access, 'report.awaiting', () =>
          access.documents.send(
            new PutCommand({ TableName: tableName, Item: { ...complaintKeys.reportAwaiting(agency, period), agency, period, preparedAt: at }, ConditionExpression: 'attribute_not_exists(PK)', ...capacity }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    approval,
    async approve(record, audit) {
      if (!auditWriter) throw new UndeclaredNeedError('this function', 'audit (an approval writes an audit entry)');
      try {
        await auditWriter.write(
          'report.approve',
          [{ Put: { TableName: tableName, Item: { ...complaintKeys.reportApproval(record.agency, record.period), ...record }, ConditionExpression: 'attribute_not_exists(PK)' } }],
          audit,
        );
        return { created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await approval(record.agency, record.period);
        if (!existing) throw error;
        return { created: false, existing };
      }
    },
  };
}
