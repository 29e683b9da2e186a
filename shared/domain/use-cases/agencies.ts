// You are here: the registry's use cases. The public finds active agencies and reads one agency's
// units and contact; a platform admin onboards, changes and retires agencies; an agency's admin keeps
// its own units and contact and creates its staff accounts. Every staff action is audited in the
// chain of the agency it touched.
import { ensureStatisticsFolder, NATIONAL_ID } from './publication-index';
import { STATS_LANGUAGE_FOLDERS } from '../../rules/stats-path';
import { publishesAfterApproval, standardDeadlines, standardEvidence, type Agency, type AgencyChange, type AgencyContact, type AgencyUnit, type Deadlines } from '../agencies';
import { auditEntry } from '../audit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import type { EvidenceLimits } from '../evidence';
import { bangkokDate } from '../calendar';
import type { StaffPrincipal, StaffRole } from '../staff';
import type { NewStaffAccount, StaffAccount, StaffPage } from '../staff-directory';
import { canonicalJson } from '../text';
import { normaliseAddress, suppressionKeyOf, type AgencySuppressions } from '../notifications/suppressions';
import type { AgencyDeps } from './deps';

/** Who may call the registry's staff routes at all; which agency each may touch is decided below. */
export const AGENCY_ADMIN_ROLES: readonly StaffRole[] = ['admin', 'platform-admin'];

/** The roles an agency's own admin may give: never platform-admin, which runs the whole deployment. */
export const AGENCY_GRANTABLE_ROLES: readonly StaffRole[] = ['officer', 'supervisor', 'custodian', 'executive', 'admin'];

/**
 * What an agency admin may change of its own agency; names, status and the other settings are the
 * platform's. Whether its statistics wait for an executive's approval is the agency's own decision.
 */
const AGENCY_ADMIN_FIELDS: readonly (keyof AgencyChange)[] = ['units', 'contact', 'publishAfterApproval'];

/** The public list's page size. */
export const AGENCY_PAGE_SIZE = 50;

export interface NewAgency {
  id: string;
  nameTh: string;
  nameEn: string;
  units?: AgencyUnit[];
  deadlines?: Deadlines;
  retentionYears?: number;
  evidence?: EvidenceLimits;
  contact?: AgencyContact;
  publishAfterApproval?: boolean;
}

/**
 * What GET /api/agencies/{id} shows anyone: enough to file into the agency, name a unit, and check
 * evidence files against the agency's own limits before sending them (the server still enforces them),
 * and what its guideline and privacy notice promise (deadlines, how long a concluded case is kept, contact).
 */
export const publicAgencyView = ({ id, nameTh, nameEn, units, deadlines, retentionYears, contact, evidence, publishAfterApproval }: Agency) => ({
  id,
  nameTh,
  nameEn,
  units,
  deadlines,
  retentionYears,
  contact,
  evidence: { maxFiles: evidence.maxFiles, maxBytes: evidence.maxBytes },
  // Whether the statistics wait for an executive's approval: the agency's admin page shows it, and the public may know it.
  publishAfterApproval: publishesAfterApproval({ publishAfterApproval }),
});

/**
 * How a principal may administer `agencyId`: everything as platform admin, units, contact and staff of
 * its own agency as that agency's admin. Another agency is not found, as for cases: an agency admin
 * learns nothing about agencies it does not run.
 */
function administration(principal: StaffPrincipal, agencyId: string): 'platform' | 'agency' {
  if (principal.roles.includes('platform-admin')) return 'platform';
  if (principal.roles.includes('admin') && principal.agency === agencyId) return 'agency';
  if (principal.roles.includes('admin')) throw new NotFoundError('No agency with this id');
  throw new ForbiddenError('This needs one of the roles: admin, platform-admin');
}

async function existingAgency(deps: AgencyDeps, id: string): Promise<Agency> {
  const agency = await deps.agencies.get(id);
  if (!agency) throw new NotFoundError('No agency with this id');
  return agency;
}

export function listAgencies(deps: AgencyDeps) {
  return (query: { q?: string; cursor?: string }) => deps.agencies.list({ ...query, limit: AGENCY_PAGE_SIZE, status: 'active' });
}

export function readAgency(deps: AgencyDeps) {
  return async (id: string) => {
    const agency = await deps.agencies.get(id);
    // A retired agency takes no complaints, so the public pages no longer offer it.
    if (!agency || agency.status !== 'active') throw new NotFoundError('No active agency with this id');
    return publicAgencyView(agency);
  };
}

/** The settings an onboarding request describes, with the standard ones where it names none. */
const agencyOf = (input: NewAgency, joinedOn: string): Agency => ({
  id: input.id,
  nameTh: input.nameTh,
  nameEn: input.nameEn,
  status: 'active',
  deadlines: input.deadlines ?? standardDeadlines,
  evidence: input.evidence ?? standardEvidence,
  retentionYears: input.retentionYears ?? 5,
  units: input.units ?? [],
  contact: input.contact ?? {},
  joinedOn,
  // A new agency's statistics wait for its executive's approval unless it asks otherwise.
  publishAfterApproval: input.publishAfterApproval ?? true,
});

/** Everything of an agency that its creation request decided: a faithful retry asks for exactly this. */
const asRequested = ({ status: _status, joinedOn: _joinedOn, ...settings }: Agency) => canonicalJson(settings);

export function createAgency(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, input: NewAgency, idempotencyKey?: string): Promise<{ agency: Agency; created: boolean }> => {
    if (!principal.roles.includes('platform-admin')) throw new ForbiddenError('Only a platform admin onboards agencies');
    // /stats/all/ is the national roll-up and /stats/en/ the English index: no agency's folder may be either.
    if (input.id === NATIONAL_ID || STATS_LANGUAGE_FOLDERS.includes(input.id)) {
      throw new ValidationError('This id names a folder of the published statistics', { 'body.id': `"${input.id}" is kept for the published statistics` });
    }
    const agency = agencyOf(input, bangkokDate(deps.clock.now()));
    // The agency and its creation entry are one write: a failure leaves neither, and the retry (same
    // Idempotency-Key) then creates both, once.
    const entry = auditEntry(deps, principal, 'platform-admin', 'agency.create', { agency: agency.id, detail: `${agency.units.length} units` });
    try {
      await deps.agencies.create(agency, entry);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The retry of a request whose answer was lost finds the agency it made: the same key, the same
      // settings. Anything else is someone else's agency under this id.
      const existing = idempotencyKey ? await deps.agencies.get(agency.id) : undefined;
      if (existing && asRequested(existing) === asRequested(agency)) {
        await ensureStatisticsFolder(deps.statsStore, existing);
        return { agency: existing, created: false };
      }
      throw new ConflictError('An agency with this id exists', 'agency-exists');
    }
    // The channel's pages link /stats/{id}/ from the first day: it says that nothing is published yet.
    await ensureStatisticsFolder(deps.statsStore, agency);
    return { agency, created: true };
  };
}

export function updateAgency(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, id: string, change: AgencyChange): Promise<Agency> => {
    const as = administration(principal, id);
    const fields = (Object.keys(change) as (keyof AgencyChange)[]).filter((field) => change[field] !== undefined);
    if (as === 'agency') {
      const refused = fields.filter((field) => !AGENCY_ADMIN_FIELDS.includes(field));
      if (refused.length > 0) throw new ForbiddenError(`An agency admin changes only units, contact and publishAfterApproval; ${refused.join(', ')} are the platform admin's`);
    }
    await existingAgency(deps, id);
    // The change and its entry are one write, as for onboarding.
    return deps.agencies.update(id, change, auditEntry(deps, principal, as === 'platform' ? 'platform-admin' : 'admin', 'agency.update', { agency: id, detail: fields.join(', ') || 'nothing' }));
  };
}

export function createStaffAccount(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, agencyId: string, input: Omit<NewStaffAccount, 'agency'>): Promise<StaffAccount> => {
    const as = administration(principal, agencyId);
    const agency = await existingAgency(deps, agencyId);
    const ungrantable = input.roles.filter((role) => as !== 'platform' && !AGENCY_GRANTABLE_ROLES.includes(role));
    if (ungrantable.length > 0) throw new ForbiddenError(`An agency admin may not grant: ${ungrantable.join(', ')}`);
    if (input.unit !== undefined && !agency.units.some((unit) => unit.id === input.unit)) {
      throw new ValidationError('The agency has no unit with this id', { 'body.unit': `not a unit of ${agency.id}` });
    }
    const role = as === 'platform' ? 'platform-admin' : 'admin';
    const granted = (roles: readonly StaffRole[], unit: string | undefined) => `${roles.join(',')}${unit ? ` unit:${unit}` : ''}`;
    // The directory is not DynamoDB, so the account and its audit entry cannot be one transaction.
    // The request is recorded first (staff.invite: who asked for which roles and unit), so no account
    // is ever made without a record; the account's subject, which only the directory gives, follows in
    // staff.create. A failure between the two leaves the request on record beside the account.
    await deps.audit.append(auditEntry(deps, principal, role, 'staff.invite', { agency: agency.id, detail: granted(input.roles, input.unit) }));
    const account = await deps.staffDirectory.create({ ...input, agency: agency.id });
    await deps.audit.append(
      auditEntry(deps, principal, role, 'staff.create', {
        agency: agency.id,
        // The account's subject and what it may do; the address and name stay in the directory.
        detail: `${account.id} ${granted(account.roles, account.unit)}`,
      }),
    );
    return account;
  };
}

export function listStaffAccounts(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, agencyId: string, cursor?: string): Promise<StaffPage> => {
    const as = administration(principal, agencyId);
    await existingAgency(deps, agencyId);
    const page = await deps.staffDirectory.list(agencyId, cursor === undefined ? {} : { cursor });
    await deps.audit.append(auditEntry(deps, principal, as === 'platform' ? 'platform-admin' : 'admin', 'staff.list', { agency: agencyId, detail: `${page.staff.length} accounts` }));
    return page;
  };
}

/**
 * The agency's staff addresses that no notification is mailed to (a permanent bounce or a complaint,
 * with its day), and how many other addresses of the agency's mail are suppressed, as a count: a
 * reporter's address, or the day it bounced, is never shown (shared/domain/notifications/suppressions.ts).
 */
export function listMailSuppressions(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, agencyId: string): Promise<AgencySuppressions> => {
    const as = administration(principal, agencyId);
    await existingAgency(deps, agencyId);
    const found = await deps.mailSuppressions.listForAgency(agencyId);
    await deps.audit.append(auditEntry(deps, principal, as === 'platform' ? 'platform-admin' : 'admin', 'mail.suppressions', { agency: agencyId, detail: `${found.staff.length} staff, ${found.others} other` }));
    return found;
  };
}

/**
 * Mails a staff address of the agency again (the mailbox is fixed, or the complaint was a mistake).
 * On record first, by the list's key of the address, never the address: the audit trail is kept for
 * years and cannot be changed.
 */
export function liftMailSuppression(deps: AgencyDeps) {
  return async (principal: StaffPrincipal, agencyId: string, address: string): Promise<void> => {
    const as = administration(principal, agencyId);
    await existingAgency(deps, agencyId);
    const listed = (await deps.mailSuppressions.listForAgency(agencyId)).staff.some((entry) => normaliseAddress(entry.address) === normaliseAddress(address));
    if (!listed) throw new NotFoundError("No suppressed staff address of this agency is this one");
    await deps.audit.append(auditEntry(deps, principal, as === 'platform' ? 'platform-admin' : 'admin', 'mail.unsuppress', { agency: agencyId, detail: `suppression ${suppressionKeyOf(address).slice(0, 16)}` }));
    if (!(await deps.mailSuppressions.lift(agencyId, address))) throw new NotFoundError("No suppressed staff address of this agency is this one");
  };
}
