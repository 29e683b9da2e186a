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
