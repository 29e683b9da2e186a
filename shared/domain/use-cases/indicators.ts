// You are here: the plan's indicators for executives: the same computation the publication runs,
// with the information centre's counts, for a quarter and its fiscal year to date.
import { agencySettings } from '../agencies';
import { ValidationError } from '../errors';
import { auditEntry } from '../audit';
import { parsePeriod } from '../fiscal';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import type { PublicationDeps } from './deps';
import { computeDocuments } from './publish-statistics';

export const INDICATOR_ROLES: readonly StaffRole[] = ['executive', 'admin'];

export function indicatorsFor(deps: PublicationDeps) {
  return async (principal: StaffPrincipal, periodId: string) => {
    const role = actingRole(principal, INDICATOR_ROLES);
    const quarter = parsePeriod(periodId);
    if (quarter.kind !== 'quarter') throw new ValidationError('Indicators are computed per quarter, with the year to date beside them', { period: 'write a quarter like 2570-Q1' });
    const agency = await agencySettings(deps.agencies, principal.agency);
    const computed = await computeDocuments(deps, agency, quarter);
    const [quarterDocument, yearDocument] = [computed.quarters.at(-1)!, computed.year];
    await deps.audit.append(auditEntry(deps, principal, role, 'indicators.read', { agency: agency.id, detail: quarter.id }));
    const view = (document: typeof quarterDocument) => ({ period: document.period, informationCentre: document.informationCentre, indicators: document.indicators });
    return { quarter: view(quarterDocument), yearToDate: view(yearDocument) };
  };
}
