// You are here: checking an agency's audit log against its hash chain (shared/domain/audit-chain.ts).
// The answer names the first broken link and where it is, never the content of any entry.
import { auditEntry } from '../audit';
import { verifyChain } from '../audit-chain';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import type { CaseDeps } from './deps';

/** The platform administrators verify; the verification reads no entry's content out. */
export const AUDIT_VERIFICATION_ROLES = ['admin'] as const satisfies readonly StaffRole[];

export function verifyAuditLog(deps: Pick<CaseDeps, 'audit' | 'clock' | 'random'>) {
  return async (principal: StaffPrincipal) => {
    const role = actingRole(principal, AUDIT_VERIFICATION_ROLES);
    const { head, entries } = await deps.audit.chain(principal.agency);
    const verification = verifyChain(principal.agency, head, entries);
    // Recorded after the check, so the check covers the chain as it was when asked.
    await deps.audit.append(
      auditEntry(deps, principal, role, 'audit.verify', { detail: verification.intact ? `intact: ${verification.checked} entries` : `broken at ${verification.firstBreak!.seq}` }),
    );
    return { ...verification, verifiedAt: deps.clock.now().toISOString() };
  };
}
