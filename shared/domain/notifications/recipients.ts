// You are here: who may be told about a case. The rule that decides who may see a case (another
// agency, the unit concerned, declared conflicts, complaints about the handlers) decides who is mailed
// about it too: a person who may not open a case must not learn from their inbox that it exists.
import { canSeeCase, type VisibilityFacts } from '../case-visibility';
import type { StaffAccount } from '../staff-directory';

/** The facts of a case the rule looks at (never its text), and who it is assigned to. */
export interface CaseAudience extends VisibilityFacts {
  assignee?: string;
}

/** Whether the account may see the case at all: an active or invited member the visibility rule lets in. */
const maySee = (account: StaffAccount, audience: CaseAudience) => account.status !== 'disabled' && canSeeCase(account, audience);

/**
 * A case assigned to someone is told to its assignee alone; an unassigned one to every officer who may
 * see it (custodians too when it concerns the handlers, as no officer may see it then).
 */
export function mayBeToldAbout(account: StaffAccount, audience: CaseAudience): boolean {
  if (!maySee(account, audience)) return false;
  if (audience.assignee !== undefined) return account.id === audience.assignee;
  return account.roles.includes(audience.concernsHandlers ? 'custodian' : 'officer');
}
