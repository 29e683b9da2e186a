// You are here: who staff are to the domain. A principal comes from a verified JWT (Cognito in AWS,
// the local issuer locally); use cases decide with it which agency's cases they may touch.
import { ForbiddenError } from './errors';

/**
 * `admin` administers one agency (its units, contact and staff); `platform-admin` runs the deployment:
 * it onboards and retires agencies and may administer any of them. `supervisor` reads the agency's
 * cases and assigns each to one officer (usually held together with `officer`).
 */
export const STAFF_ROLES = ['officer', 'custodian', 'executive', 'admin', 'platform-admin', 'supervisor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * The reason staff must write before opening an identity, holding or exporting a case: long enough to
 * say why and on whose authority (code points), short enough to stay one audit entry.
 */
export const WRITTEN_REASON = { min: 20, max: 1_000 } as const;

export interface StaffPrincipal {
  /** The identity provider's stable subject; never shown to reporters. */
  id: string;
  roles: StaffRole[];
  agency: string;
  /** The unit of the agency the member belongs to (`custom:unit`), where the account names one. */
  unit?: string;
  /** The account's e-mail address (`email`), where the token carries it. */
  email?: string;
}

/** The role under which the principal acts, for the audit entry; refuses if none is allowed. */
export function actingRole(principal: StaffPrincipal, allowed: readonly StaffRole[]): StaffRole {
  const role = allowed.find((candidate) => principal.roles.includes(candidate));
  if (!role) throw new ForbiddenError(`This needs one of the roles: ${allowed.join(', ')}`);
  return role;
}
