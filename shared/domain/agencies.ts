// You are here: what an agency is to the domain, and the port of the registry that holds them. An
// agency joins a running deployment by being written to the registry (POST /api/agencies); nothing
// about it is compiled in or deployed. The seed of the local stack is shared/config/agencies.ts.
import { NotFoundError, ValidationError } from './errors';
import type { EvidenceLimits } from './evidence';
import type { AuditEntry } from './ports';

export { AGENCY_ID, UNIT_ID } from '../rules/agency-ids';

/**
 * The longest retention an agency may set. The audit archive keeps its object lock for this plus a
 * margin (infra/constructs/audit-archive.ts), so no agency's cases outlive its audit trail.
 */
export const MAX_RETENTION_YEARS = 10;

/** The deadlines of an agency that sets none when it joins. */
export const standardDeadlines: Deadlines = { acknowledgeDays: 15, progressDays: 15, conclusionDays: 90 };

/** The evidence limits of an agency that sets none when it joins. */
export const standardEvidence: EvidenceLimits = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  // Long enough for a 10 MB upload on a slow phone connection, short enough that a leaked form is useless.
  uploadSeconds: 15 * 60,
  downloadSeconds: 5 * 60,
};


export interface Deadlines {
  /** Days after receipt by which the case is acknowledged to the reporter. */
  acknowledgeDays: number;
  /** Longest gap, in days, between progress notes to the reporter. */
  progressDays: number;
  /** Days after receipt by which a conclusion is targeted. */
  conclusionDays: number;
}

/** A division, health centre, district office… that a complaint may concern and a staff member may belong to. */
export interface AgencyUnit {
  id: string;
  nameTh: string;
  nameEn: string;
}

/** What the public guideline and privacy pages print: who handles complaints and how to reach them. */
export interface AgencyContact {
  /** The unit that receives and examines complaints (shown on the guideline page). */
  responsibleUnit?: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Who answers questions about personal data (Personal Data Protection Act 2019, section 23). */
  dataProtectionContact?: string;
}

/** Retired agencies take no new complaints; their cases, files, statistics and audit stay. */
export type AgencyStatus = 'active' | 'retired';

export interface Agency {
  id: string;
  nameTh: string;
  nameEn: string;
  status: AgencyStatus;
  deadlines: Deadlines;
  evidence: EvidenceLimits;
  /**
   * Whole years after a case concludes before retention destroys its text, messages, files and sealed
   * identity (Personal Data Protection Act 2019: kept no longer than the purpose needs).
   */
  retentionYears: number;
  units: AgencyUnit[];
  contact: AgencyContact;
  /** Bangkok date (YYYY-MM-DD) the agency joined; nothing may be recorded as received before it. */
  joinedOn: string;
  /**
   * Whether a quarter's statistics wait for an executive's approval before they are published: the
   * quarterly job then only prepares the figures and tells the executives, and the approval publishes
   * them. On for agencies onboarded since the setting exists; an agency stored before it (no value)
   * publishes as it always did until its admin turns it on (publishesAfterApproval).
   */
  publishAfterApproval?: boolean;
}

/** Whether the agency's quarters wait for an executive's approval; an agency stored before the setting existed does not. */
export const publishesAfterApproval = (agency: Pick<Agency, 'publishAfterApproval'>): boolean => agency.publishAfterApproval === true;

/** What the public list of agencies shows. */
export type AgencySummary = Pick<Agency, 'id' | 'nameTh' | 'nameEn'>;

export interface AgencyPage {
  agencies: AgencySummary[];
  /** Opaque; present when more agencies match. */
  cursor?: string;
}

export type AgencyChange = Partial<Pick<Agency, 'nameTh' | 'nameEn' | 'status' | 'deadlines' | 'evidence' | 'retentionYears' | 'units' | 'contact' | 'publishAfterApproval'>>;

export interface AgencyRegistry {
  /** One agency, active or retired, or undefined. Adapters may answer from a short per-function cache. */
  get(id: string): Promise<Agency | undefined>;
  /**
   * Agencies by Thai name, a page at a time. `q` matches names (Thai and English) as a person types
   * them; `status` defaults to active only.
   */
  list(query: AgencyQuery): Promise<AgencyPage>;
  /**
   * Adds an agency; a taken id throws ConflictError. With `audit` (every staff action), the agency and
   * its audit entry are written together or not at all; the local stack's seed writes none.
   */
  create(agency: Agency, audit?: AuditEntry): Promise<void>;
  /** Changes an agency and returns it as stored; an unknown id throws NotFoundError. With `audit`, as for create. */
  update(id: string, change: AgencyChange, audit?: AuditEntry): Promise<Agency>;
}

/**
 * Short forms people type for the words agency names are made of. A search for "อบต. บางพลี" must
 * find "องค์การบริหารส่วนตำบลบางพลี", and the other way round.
 */
export const THAI_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['อบต.', 'องค์การบริหารส่วนตำบล'],
  ['อบจ.', 'องค์การบริหารส่วนจังหวัด'],
  ['ทน.', 'เทศบาลนคร'],
  ['ทม.', 'เทศบาลเมือง'],
  ['ทต.', 'เทศบาลตำบล'],
  ['กทม.', 'กรุงเทพมหานคร'],
  ['ศบส.', 'ศูนย์บริการสาธารณสุข'],
  ['รพ.', 'โรงพยาบาล'],
  ['สนอ.', 'สำนักอนามัย'],
];

/**
 * A name as search compares it: short forms written out, Unicode composed, lower case, and without
 * spaces, dots or zero-width characters (Thai writes no spaces between words, and people type them
 * in different places).
 */
export const searchableName = (text: string): string => searchableWith(text, THAI_ABBREVIATIONS);

/**
 * searchableName with the short forms given: it reads nothing but its arguments, so the static
 * /stats/ page runs this very function (its source) in the browser (publication/index-render.ts).
 */
export function searchableWith(text: string, shortForms: readonly (readonly [string, string])[]): string {
  let out = text.normalize('NFC').toLowerCase();
  for (const [short, long] of shortForms) out = out.split(short).join(long);
  return out.replace(/[\s.\u200b-\u200d\ufeff]/g, '');
}

const thaiOrder = new Intl.Collator('th');

/** What a search reads of an agency: its names and whether it takes complaints. */
export type SearchableAgency = Pick<Agency, 'id' | 'nameTh' | 'nameEn' | 'status'>;

export type AgencyQuery = { q?: string; cursor?: string; limit: number; status?: AgencyStatus | 'all' };

/**
 * The agencies `agencies` holds, sorted once in Thai dictionary order of their Thai names and with
 * their names prepared for comparison, answering one page of a search at a time. An adapter that
 * keeps its agencies for a while (the DynamoDB registry's cache) builds this once per load, so a
 * search of 10,000 agencies compares strings and sorts nothing.
 */
export function agencySearchIndex(agencies: readonly SearchableAgency[]): (query: AgencyQuery) => AgencyPage {
  const sorted = agencies
    .map((agency) => ({ agency, names: [searchableName(agency.nameTh), searchableName(agency.nameEn), agency.id] }))
    .sort((a, b) => thaiOrder.compare(a.agency.nameTh, b.agency.nameTh) || (a.agency.id < b.agency.id ? -1 : 1));
  return (query) => {
    const status = query.status ?? 'active';
    const wanted = query.q ? searchableName(query.q) : '';
    const matching = sorted.filter(({ agency, names }) => (status === 'all' || agency.status === status) && (!wanted || names.some((name) => name.includes(wanted))));
    const start = decodePosition(query.cursor);
    const page = matching.slice(start, start + query.limit);
    const next = start + page.length;
    return {
      agencies: page.map(({ agency: { id, nameTh, nameEn } }) => ({ id, nameTh, nameEn })),
      ...(next < matching.length ? { cursor: Buffer.from(String(next)).toString('base64url') } : {}),
    };
  };
}

/**
 * One page of the agencies matching `q`, in Thai dictionary order of their Thai names. Both registry
 * adapters answer a search with this rule over the names they hold, so the rule is one piece of code.
 * The cursor is the position after the last agency of the page, opaque to callers.
 */
export const searchAgencies = (agencies: readonly SearchableAgency[], query: AgencyQuery): AgencyPage => agencySearchIndex(agencies)(query);

/**
 * Every agency of the registry with its settings (retired ones too unless `status` says otherwise),
 * a page of the list at a time: for the jobs that visit each agency (retention, publication).
 */
export async function* everyAgency(registry: AgencyRegistry, status: AgencyStatus | 'all' = 'all'): AsyncGenerator<Agency> {
  for await (const summary of agencySummaries(registry, status)) {
    const agency = await registry.get(summary.id);
    if (agency) yield agency;
  }
}

/** How many agencies the registry is asked for at once when a job walks all of them. */
export const AGENCY_PAGE = 100;

/** Every agency of the registry with `status`, names only, read a page at a time (it may hold thousands). */
export async function* agencySummaries(registry: AgencyRegistry, status: AgencyStatus | 'all'): AsyncGenerator<AgencySummary> {
  let cursor: string | undefined;
  do {
    const page = await registry.list({ limit: AGENCY_PAGE, status, ...(cursor ? { cursor } : {}) });
    yield* page.agencies;
    cursor = page.cursor;
  } while (cursor);
}

/**
 * The agency a complaint or a survey answer is filed into: it must exist and be active. `field` is
 * the request field the refusal names (`body.agency`).
 */
export async function activeAgency(registry: AgencyRegistry, id: string, field = 'body.agency'): Promise<Agency> {
  const agency = await registry.get(id);
  if (!agency || agency.status !== 'active') throw new ValidationError('This agency does not take complaints here', { [field]: 'no active agency with this id' });
  return agency;
}

/**
 * The settings of an agency a stored record or a staff token names. Agencies are never deleted (a
 * retired one keeps its settings), so an unknown id is a broken record, not a user's mistake.
 */
export async function agencySettings(registry: AgencyRegistry, id: string): Promise<Agency> {
  const agency = await registry.get(id);
  if (!agency) throw new NotFoundError('No agency with this id');
  return agency;
}

function decodePosition(cursor: string | undefined): number {
  if (!cursor) return 0;
  const position = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(position) || position < 0) throw new ValidationError('The cursor is not valid', { 'query.cursor': 'use the cursor of the previous page' });
  return position;
}
