// You are here: the report approvals in memory, with the DynamoDB adapter's once-only semantics, for
// unit tests. `awaiting` lists what markAwaiting recorded, as the stream would see those writes.
import type { AuditLog } from '../../domain/ports';
import type { ReportApproval, ReportApprovals } from '../../domain/report-approvals';

export function memoryReportApprovals(audit: AuditLog): ReportApprovals & { awaiting: { agency: string; period: string; at: string }[] } {
  const approvals = new Map<string, ReportApproval>();
  const awaiting: { agency: string; period: string; at: string }[] = [];
  const key = (agency: string, period: string) => `${agency}#${period}`;
  return {
    awaiting,
    async markAwaiting(agency, period, at) {
      if (awaiting.some((entry) => entry.agency === agency && entry.period === period)) return false;
      awaiting.push({ agency, period, at });
      return true;
    },
    async approval(agency, period) {
      const found = approvals.get(key(agency, period));
      return found ? structuredClone(found) : undefined;
    },
    async approve(approval, entry) {
      const existing = approvals.get(key(approval.agency, approval.period));
      if (existing) return { created: false, existing: structuredClone(existing) };
      await audit.append(entry);
      approvals.set(key(approval.agency, approval.period), structuredClone(approval));
      return { created: true };
    },
  };
}
