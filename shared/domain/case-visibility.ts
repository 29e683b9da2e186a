// You are here: the one rule that decides which staff member may see which case. The repositories
// apply it where they read (shared/adapters/*/complaint-repository.ts), so a case a member may not see
// never leaves the storage for them: not in the queue, not by reference, not in any export or report.
import type { StaffPrincipal } from './staff';

/** What the rule reads of a case; the queue index carries exactly these attributes. */
export interface VisibilityFacts {
  agency: string;
  /** The unit of the agency the complaint concerns. */
  unit?: string;
  /** The reporter said the complaint concerns the agency's own complaint handlers. */
  concernsHandlers?: boolean;
  /** Staff ids that declared a conflict of interest on the case. */
  conflicts?: readonly string[];
}

/** Who asks; a principal's id, roles, agency and unit are all the rule needs. */
export type CaseViewer = Pick<StaffPrincipal, 'id' | 'roles' | 'agency' | 'unit'>;

/**
 * Whether `viewer` may see the case at all. A member never sees another agency's case, a case that
 * concerns the member's own unit, or a case on which the member declared a conflict of interest; a
 * case said to concern the complaint handlers themselves is seen by custodians only (who may refer it
 * to an outside body). A hidden case is answered exactly as one that does not exist.
 */
export function canSeeCase(viewer: CaseViewer, facts: VisibilityFacts): boolean {
  if (facts.agency !== viewer.agency) return false;
  if (facts.unit !== undefined && viewer.unit !== undefined && facts.unit === viewer.unit) return false;
  if (facts.conflicts?.includes(viewer.id)) return false;
  if (facts.concernsHandlers === true && !viewer.roles.includes('custodian')) return false;
  return true;
}

/**
 * Who reads a case file: a staff member (the rule applies), the reporter who proves the secret
 * afterwards (tracking), or a system job (upload processing, retention) that shows nobody the case;
 * the notifier reads one to apply this rule to its recipients (notifications/recipients.ts).
 */
export type CaseReader = { staff: CaseViewer } | { reporter: true } | { system: 'evidence-processing' | 'retention' | 'repository' | 'notifier' };

export const readerSees = (reader: CaseReader, facts: VisibilityFacts): boolean => ('staff' in reader ? canSeeCase(reader.staff, facts) : true);
