// You are here: the one way an audit entry is made: who (the principal), under which role, did what,
// when, about which case or report, and why.
import { randomHex } from './credentials';
import type { AuditEntry, Clock, Randomness } from './ports';
import type { StaffPrincipal, StaffRole } from './staff';

export function auditEntry(
  deps: { clock: Clock; random: Randomness },
  principal: StaffPrincipal,
  role: StaffRole | 'system',
  action: AuditEntry['action'],
  about: Pick<AuditEntry, 'reference' | 'report' | 'reason' | 'detail'> & { agency?: string } = {},
): AuditEntry {
  const { agency, ...rest } = about;
  return {
    id: randomHex(deps.random, 12),
    at: deps.clock.now().toISOString(),
    actor: principal.id,
    role,
    action,
    agency: agency ?? principal.agency,
    ...rest,
  };
}

/** Every audit action code: the AuditAction type is this list, and the audit view's filter offers it. */
export const AUDIT_ACTIONS = [
  'queue.list',
  'case.read',
  'case.transition',
  'case.message',
  'identity.reveal',
  'audit.read',
  'audit.verify',
  'survey.tokens',
  'survey.results',
  'publication.publish',
  'report.read',
  'report.acknowledge',
  'report.approve',
  'register.create',
  'register.update',
  'register.retire',
  'service.record',
  'suggestion.answer',
  'indicators.read',
  'file.download',
  'case.hold',
  'case.release',
  'case.export',
  'case.destroy',
  'case.record',
  'case.conflict',
  'case.assign',
  'agency.create',
  'agency.update',
  'staff.invite',
  'staff.create',
  'staff.list',
  'disclosure.create',
  'disclosure.update',
  'disclosure.delete',
  'mail.suppressions',
  'mail.unsuppress',
] as const;
