// You are here: what an agency is to the domain, and the port of the registry that holds them. An
// agency joins a running deployment by being written to the registry (POST /api/agencies); nothing
// about it is compiled in or deployed. The seed of the local stack is shared/config/agencies.ts.
import type { EvidenceLimits } from './evidence';

/** How an agency id is written: in requests, object keys, encryption contexts and page paths. */
export const AGENCY_ID = /^[a-z][a-z0-9-]{1,40}$/;

/** How a unit id is written; unique within its agency only. */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

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
}

/** What the public list of agencies shows. */
export type AgencySummary = Pick<Agency, 'id' | 'nameTh' | 'nameEn'>;

export interface AgencyPage {
  agencies: AgencySummary[];
  /** Opaque; present when more agencies match. */
  cursor?: string;
}

export type AgencyChange = Partial<Pick<Agency, 'nameTh' | 'nameEn' | 'status' | 'deadlines' | 'evidence' | 'retentionYears' | 'units' | 'contact'>>;

export interface AgencyRegistry {
  /** One agency, active or retired, or undefined. Adapters may answer from a short per-function cache. */
  get(id: string): Promise<Agency | undefined>;
  /**
   * Agencies by Thai name, a page at a time. `q` matches names (Thai and English) as a person types
   * them; `status` defaults to active only.
   */
  list(query: { q?: string; cursor?: string; limit: number; status?: AgencyStatus | 'all' }): Promise<AgencyPage>;
  /** Adds an agency; a taken id throws ConflictError. */
  create(agency: Agency): Promise<void>;
  /** Changes an agency and returns it as stored; an unknown id throws NotFoundError. */
  update(id: string, change: AgencyChange): Promise<Agency>;
}
