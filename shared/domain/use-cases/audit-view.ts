// You are here: the agency-wide audit view (GET /api/audit): who did what across the agency, for the
// people who answer for the record (custodians and administrators). Only the reader's agency is
// searched, the dates are Bangkok calendar days, and the read itself is the next entry of the chain.
import { auditEntry } from '../audit';
import { normalizeReference } from '../credentials';
import { ValidationError } from '../errors';
import type { AuditAction, AuditFilters } from '../ports';
import { actingRole, type StaffPrincipal } from '../staff';
import { canonicalJson } from '../text';
import { BANGKOK_OFFSET_MS, isCalendarDay } from '../../rules/thai-time';
import { CASE_ROLES } from './case-handling';
import type { CaseDeps } from './deps';

/** The same people who read a case's trail read the agency's: custodians and administrators. */
export const AUDIT_VIEW_ROLES = CASE_ROLES.audit;

/**
 * Entries a page shows (the caller may ask for fewer), and entries a page may read to find them: a
 * filter the index cannot answer (actor, action) is applied after the read, so this bounds what one
 * page costs (1,000 projected entries: about 22 read units measured on DynamoDB Local, test/integration/audit-view.test.ts).
 */
export const AUDIT_PAGE = { size: 50, maxSize: 100, maxRead: 1_000 } as const;

export interface AuditViewQuery {
  actor?: string;
  action?: AuditAction;
  reference?: string;
  /** Bangkok calendar days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a Bangkok calendar day begins. */
const startOfBangkokDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) - BANGKOK_OFFSET_MS);

/** The filters as the log takes them: a reference in its one spelling, days as instants (the end excluded). */
export function auditFilters(query: AuditViewQuery): AuditFilters {
  const fields: Record<string, string> = {};
  for (const name of ['from', 'to'] as const) {
    const day = query[name];
    if (day !== undefined && !isCalendarDay(day)) fields[name] = 'must be a real calendar date written YYYY-MM-DD';
  }
  if (!fields.from && !fields.to && query.from && query.to && query.from > query.to) fields.from = 'must be on or before to';
  const reference = query.reference === undefined ? undefined : normalizeReference(query.reference);
  if (query.reference !== undefined && !reference) fields.reference = 'must be a case reference (10 letters and digits)';
  if (query.limit !== undefined && !(Number.isSafeInteger(query.limit) && query.limit >= 1 && query.limit <= AUDIT_PAGE.maxSize)) {
    fields.limit = `must be a whole number from 1 to ${AUDIT_PAGE.maxSize}`;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('Some filters are not valid', fields);
  return {
    ...(query.actor !== undefined ? { actor: query.actor } : {}),
    ...(query.action !== undefined ? { action: query.action } : {}),
    ...(reference ? { reference } : {}),
    ...(query.from ? { fromIso: startOfBangkokDay(query.from).toISOString() } : {}),
    ...(query.to ? { toIso: new Date(startOfBangkokDay(query.to).getTime() + DAY_MS).toISOString() } : {}),
  };
}

export function agencyAudit(deps: Pick<CaseDeps, 'audit' | 'clock' | 'random'>) {
  return async (principal: StaffPrincipal, query: AuditViewQuery) => {
    const role = actingRole(principal, AUDIT_VIEW_ROLES);
    const filters = auditFilters(query);
    // Recorded before anything is read, with what was asked (a next page as such): a refused cursor
    // is on the record too.
    const asked = { actor: query.actor, action: query.action, reference: filters.reference, from: query.from, to: query.to, page: query.cursor ? 'next' : 'first' };
    await deps.audit.append(auditEntry(deps, principal, role, 'audit.read', { detail: canonicalJson({ view: 'agency', ...asked }) }));
    const page = await deps.audit.search(principal.agency, filters, {
      limit: query.limit ?? AUDIT_PAGE.size,
      maxRead: AUDIT_PAGE.maxRead,
      ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
    });
    return { agency: principal.agency, entries: page.entries, ...(page.cursor ? { cursor: page.cursor } : {}) };
  };
}
