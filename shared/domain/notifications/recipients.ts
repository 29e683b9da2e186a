// You are here: who may be told about a case. One function, so the rule that decides who may see a
// case (units concerned, declared conflicts, assignment) decides who is mailed about it too: a person
// who may not open a case must not learn from their inbox that it exists.
import type { StaffAccount } from '../staff-directory';

/** The facts of a case the rule looks at; never its text. */
export interface CaseAudience {
  agency: string;
  /** The unit the complaint concerns: its staff are never told, as they may be the ones accused. */
  unit?: string;
}

/**
 * An officer of the case's agency, with an active or invited account, outside the unit the complaint
 * concerns. The case-visibility rule replaces this body when it lands; callers do not change.
 */
export function mayBeToldAbout(account: StaffAccount, audience: CaseAudience): boolean {
  if (account.status === 'disabled') return false;
  if (account.agency !== audience.agency) return false;
  if (!account.roles.includes('officer')) return false;
  if (audience.unit !== undefined && account.unit === audience.unit) return false;
  return true;
}
