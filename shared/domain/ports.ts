// You are here: the ports. Use cases depend on these interfaces only; adapters in shared/adapters
// implement them for AWS, for the local stack and for tests.
import type { AUDIT_ACTIONS } from './audit';
import type { Category, Channel, ComplaintContent, Kind, Outcome, ReporterIdentity, ReporterType, Status } from './complaint';
import type { StaffRole } from './staff';
import type { CaseReader, CaseViewer } from './case-visibility';
import type { ChainHead } from './audit-chain';
import type { StoredResponse } from './surveys/results';
import type { StatisticsRow } from './publication/statistics';
import type { RegisterEntry, RegisterKind, ServiceRecord, Suggestion } from './information-centre';
import type { DisclosureDocument, DisclosureEntry } from './disclosure-register';
import type { EvidenceFile } from './evidence';
import type { EvidenceType, SanitiseResult } from './evidence-sanitiser';
import type { RebuildLimits } from './evidence-sanitiser/rebuild';

export interface Clock {
  now(): Date;
}

export interface Randomness {
  /** Cryptographically secure random bytes. */
  bytes(length: number): Uint8Array;
}

/** Encryption context bound to a sealed identity; never holds personal data (docs/architecture.md, security rules). */
export interface IdentityContext {
  agency: string;
  reference: string;
  purpose: 'reporter-identity';
}

/** Seals and opens a reporter's identity: KMS in AWS, a keyring locally. */
export interface IdentityVault {
  seal(identity: ReporterIdentity, context: IdentityContext): Promise<Uint8Array>;
  open(sealed: Uint8Array, context: IdentityContext): Promise<ReporterIdentity>;
}

export type ReporterMode = 'anonymous' | 'identified';

export interface ComplaintRecord {
  reference: string;
  agency: string;
  /** The unit of the agency the complaint concerns, one of the agency's units when it was filed. */
  unit?: string;
  category: Category;
  status: Status;
  content: ComplaintContent;
  reporterMode: ReporterMode;
  /** How the complaint arrived, what it is and who sent it; absent on complaints filed before they were asked (online, complaint, unknown). */
  channel?: Channel;
  kind?: Kind;
  reporterType?: ReporterType;
  /** The Bangkok day a complaint from another channel arrived; its deadlines count from it. */
  receivedOn?: string;

  /** Ciphertext from the vault; absent for anonymous complaints. */
  sealedIdentity?: Uint8Array;
  /**
   * The address the reporter chose to be told of news at, with its stop token, sealed under the
   * purpose reporter-contact (shared/domain/notifications/reporter-contact.ts): opened by the notifier
   * alone, never part of any staff view, removed when the reporter stops the news or the case is destroyed.
   */
  sealedContact?: Uint8Array;
  /** The stop token's hash (stopTokenHash), which a stop request must match to remove the contact. */
  stopTokenHash?: string;
  secretHash: Uint8Array;
  /** Fingerprint of the original request, to recognise an idempotent retry. */
  requestHash: Uint8Array;
  receivedAt: string;
  updatedAt: string;
  acknowledgeBy: string;
  /** The last time the reporter was told something (receipt, a status change, an officer's message). */
  lastUpdateAt: string;
  /** When the reporter may next expect news; absent once the case is concluded. */
  nextUpdateBy?: string;
  /** The agency's target date for a conclusion. */
  concludeBy: string;
  outcome?: Outcome;
  /** When the case was acknowledged and concluded; the statistics measure deadlines from these. */
  acknowledgedAt?: string;
  concludedAt?: string;
  /** Set by a custodian: while present, retention never destroys the case. */
  legalHold?: { since: string };
  /**
   * When retention destroyed the case's text, messages, files and sealed identity. What is left is
   * the statistical projection the published numbers were computed from.
   */
  destroyedAt?: string;
  /** The reporter said the complaint concerns the agency's complaint handlers: custodians alone see it. */
  concernsHandlers?: true;
  /** Staff ids that declared a conflict of interest on the case; none of them sees it again. */
  conflicts?: string[];
  /** The one officer the case is assigned to, and since when. */
  assignee?: string;
  assignedAt?: string;
}

/** A declared conflict of interest, kept in the case's partition; custodians see them on the case. */
export interface ConflictDeclaration {
  staff: string;
  at: string;
  reason: string;
}

/** A status change. The public note is shown to the reporter; the internal note only to staff. */
export interface CaseEvent {
  id: string;
  at: string;
  status: Status;
  outcome?: Outcome;
  publicNote?: string;
  internalNote?: string;
}

/** What the queue shows of a case: no text but the subject, never identity. */
export type CaseSummary = Pick<
  ComplaintRecord,
  'reference' | 'agency' | 'category' | 'status' | 'receivedAt' | 'updatedAt' | 'acknowledgeBy' | 'nextUpdateBy' | 'concludeBy' | 'unit' | 'assignee' | 'concernsHandlers'
> & { subject: string };

/** The queue's filter on the assignee, applied in the storage with the visibility rule. */
export type AssigneeFilter = { assignee: string } | { unassigned: true };

export type MessageAuthor = 'reporter' | 'officer';

export interface CaseMessage {
  id: string;
  at: string;
  from: MessageAuthor;
  body: string;
  requestHash: Uint8Array;
}

/** Everything a reporter's tracking view needs, read in one request. */
export interface CaseFile {
  complaint?: ComplaintRecord;
  events: CaseEvent[];
  messages: CaseMessage[];
  files: EvidenceFile[];
  /** Declared conflicts of interest (present when there are any). */
  conflicts?: ConflictDeclaration[];
}

/** How many wrong secrets a reference answers 401 in each fixed window of time before it answers 429. */
export interface LockoutPolicy {
  maxFailures: number;
  windowSeconds: number;
  /**
   * No failure is answered sooner than this after the request began: what the storage does for an
   * unknown reference, a first or a later failure differs by a millisecond or two, and this hides it.
   */
  failureFloorMs: number;
}

/** One fixed window of the failure budget: every reference's windows start and end at the same instants. */
export interface FailureWindow {
  /** Whole windows since the epoch: names the window's counter. */
  index: number;
  endsAt: Date;
}

export interface ComplaintRepository {
  /**
   * Stores a new complaint unless the reference exists; then returns the stored one. With an audit
   * entry (an officer recording a complaint), the entry is written in the same transaction.
   */
  create(complaint: ComplaintRecord, audit?: AuditEntry): Promise<{ created: true } | { created: false; existing: ComplaintRecord }>;
  /** Replaces the tracking secret's hash, only if the complaint still has this request hash. */
  replaceSecret(reference: string, secretHash: Uint8Array, requestHash: Uint8Array): Promise<void>;
  /**
   * Reads the complaint with its timeline, messages, files and declared conflicts. A staff reader who
   * may not see the case (shared/domain/case-visibility.ts) gets an empty case file, as for a
   * reference that does not exist.
   */
  loadCaseFile(reference: string, reader: CaseReader): Promise<CaseFile>;
  /**
   * Spends one unit of a reference's failure budget (known reference or not) in one atomic,
   * conditional write: true while the window had budget left, false once it is spent. However many
   * requests race, at most `maxFailures` of them get true in a window.
   */
  spendFailure(reference: string, window: FailureWindow, maxFailures: number): Promise<boolean>;
  /** Adds a message unless one with this id exists; then returns the stored one. */
  addMessage(reference: string, message: CaseMessage): Promise<{ created: true } | { created: false; existing: CaseMessage }>;
  /**
   * The cases of the viewer's agency that the viewer may see, newest first, at most `limit` a page.
   * Hidden cases are dropped inside the storage's read, and the cursor always points at the last case
   * returned, so no count, page size or cursor tells of a hidden case.
   */
  listByAgency(viewer: CaseViewer, page: { limit: number; cursor?: string; filter?: AssigneeFilter }): Promise<{ items: CaseSummary[]; cursor?: string }>;
  /**
   * Records a declared conflict on a case the declarer can see (the id joins `conflicts`, the
   * declaration is kept) with its audit entry, all or nothing. ConflictError if already declared.
   */
  declareConflict(change: { reference: string; declaration: ConflictDeclaration; audit: AuditEntry }): Promise<void>;
  /**
   * Assigns the case to `assignee`, only while its assignee is still `previous` (none: unassigned) and
   * the assignee has declared no conflict on it, with the audit entry, all or nothing. ConflictError otherwise.
   */
  assign(change: { reference: string; previous?: string; assignee: string; assignedAt: string; audit: AuditEntry }): Promise<void>;
  /**
   * Moves a case from one status to the next, adds its event and its audit entry, all or nothing.
   * Throws ConflictError when the case is no longer in `from`.
   */
  recordTransition(change: {
    reference: string;
    agency: string;
    from: Status;
    update: CaseUpdate & { status: Status; outcome?: Outcome; acknowledgedAt?: string; concludedAt?: string };
    event: CaseEvent;
    audit: AuditEntry;
  }): Promise<void>;
  /** Adds an officer's message, marks the reporter as updated and audits it, all or nothing. */
  addOfficerMessage(change: {
    reference: string;
    message: CaseMessage;
    update: CaseUpdate;
    audit: AuditEntry;
  }): Promise<{ created: true } | { created: false; existing: CaseMessage }>;
  /** Adds an upload slot unless one with this id exists; then returns the stored one. */
  addFile(reference: string, file: EvidenceFile): Promise<{ created: true } | { created: false; existing: EvidenceFile }>;
  /** Gives a slot still awaiting its upload a new deadline (an idempotent retry of the request). */
  renewUploadSlot(reference: string, fileId: string, uploadExpiresAt: string): Promise<void>;
  /**
   * Claims a slot still awaiting its upload for one uploaded version (its id, or the hash of its bytes
   * when the store keeps no versions). Only the claimer writes the cleaned copy and the outcome, so two
   * uploads to one slot cannot each write half of it. True also for a retry of the same claim.
   */
  claimUpload(reference: string, fileId: string, claim: string): Promise<boolean>;
  /**
   * Records what processing found, only if the file still awaits its upload under this claim.
   * Returns false when another delivery got there first.
   */
  recordFileOutcome(reference: string, fileId: string, claim: string, outcome: FileOutcome): Promise<boolean>;
  /**
   * Puts a case on legal hold (it leaves the retention index) or lifts the hold (a concluded case goes
   * back), with its audit entry, all or nothing. ConflictError once the case has been destroyed.
   */
  setLegalHold(change: { reference: string; agency: string; concludedAt?: string; hold?: { since: string }; audit: AuditEntry }): Promise<void>;
  /** Concluded cases of an agency, not on hold, concluded before `concludedBefore`, oldest first. */
  listRetentionDue(agency: string, concludedBefore: string, limit: number): Promise<string[]>;
  /**
   * Destroys a case's text, sealed identity, timeline, messages and files' records, keeping the
   * statistical projection, and writes the destruction record with it. ConflictError for a case on
   * hold. A case destroyed by an interrupted run is finished without a second record.
   */
  destroyCase(reference: string, destroyedAt: string, audit: AuditEntry): Promise<void>;
  /** Takes a destroyed case out of the retention index, once its files are gone too. */
  closeRetention(reference: string): Promise<void>;
  /**
   * Removes the sealed contact of the case whose stop token has this hash, so no news is mailed again.
   * Does nothing for a hash no case has (any more): stopping twice, or with an unknown token, is the same.
   */
  stopNews(stopTokenHash: string): Promise<void>;
}

export type FileOutcome =
  | { status: 'received'; processedAt: string; size: number; sha256: string; removed: string[] }
  | { status: 'rejected'; processedAt: string; rejection: EvidenceFile['rejection'] & string };

/**
 * Cleans one upload (sanitiseEvidence) where a hostile file cannot take the caller down: inside
 * bounds on memory and time that a breach turns into a refusal ('too-complex').
 */
export type EvidenceSanitiser = (input: Uint8Array, declared: EvidenceType, limits: { maxBytes: number }, rebuildLimits?: RebuildLimits) => Promise<SanitiseResult>;

/**
 * The evidence bucket: private, encrypted, versioned. Reporters' browsers upload to it and officers'
 * browsers download from it through short-lived presigned requests; the functions read and write it.
 */
export interface EvidenceStore {
  /** A presigned POST that accepts exactly this key, this content type and at most maxBytes. */
  uploadSlot(request: { key: string; contentType: string; maxBytes: number; expiresInSeconds: number }): Promise<{ url: string; fields: Record<string, string> }>;
  /** The object as it is now, or the one version asked for; its version id when the store keeps versions. */
  read(key: string, versionId?: string): Promise<{ body: Uint8Array; versionId?: string } | undefined>;
  write(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Deletes the object and every earlier version of it, so nothing of it can be restored. */
  destroy(key: string): Promise<void>;
  /** Deletes every version of every object under a prefix. */
  destroyFolder(prefix: string): Promise<void>;
  /** A presigned GET that saves the object under `fileName`. */
  downloadLink(request: { key: string; fileName: string; contentType: string; expiresInSeconds: number }): Promise<string>;
}

/** Fields that change whenever the reporter is told something. */
export interface CaseUpdate {
  updatedAt: string;
  lastUpdateAt: string;
  nextUpdateBy?: string;
}

/** Every audit action code; the list lives in audit.ts, where the audit view reads it too. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One staff action. Entries are only ever appended; nothing updates or deletes one. */
export interface AuditEntry {
  id: string;
  at: string;
  /** The staff member's subject, or the name of the scheduled job that acted. */
  actor: string;
  role: StaffRole | 'system';
  action: AuditAction;
  agency: string;
  reference?: string;
  /** The period of an executive report the entry is about. */
  report?: string;
  reason?: string;
  detail?: string;
}

export type AuditScope = { reference: string } | { agency: string; report: string };

export interface AuditLog {
  /** Appends the entry as the next link of its agency's hash chain (shared/domain/audit-chain.ts). */
  append(entry: AuditEntry): Promise<void>;
  /** The entries about one case, or one agency's report of a period, oldest first. */
  list(scope: AuditScope): Promise<AuditEntry[]>;
  /**
   * An agency's chain for verification: its head, and every entry up to it exactly as stored (every
   * attribute, without the storage's own keys), in any order.
   */
  chain(agency: string): Promise<{ head?: ChainHead; entries: Record<string, unknown>[] }>;
  /**
   * One agency's entries, newest first, in [fromIso, toIso), narrowed by the filters given: at most
   * `limit` entries, after reading at most `maxRead` (a page's capacity is bounded whatever the
   * filters match). The cursor resumes after the last entry read, and only for the same agency.
   */
  search(agency: string, filters: AuditFilters, page: { limit: number; maxRead: number; cursor?: string }): Promise<{ entries: AuditEntry[]; cursor?: string }>;
}

/** What the agency-wide audit view narrows by; the dates are instants (ISO-8601 UTC), the end excluded. */
export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  reference?: string;
  fromIso?: string;
  toIso?: string;
}

export interface SurveyToken {
  /** SHA-256 of the token; the token itself is only ever shown to the admin who issued it. */
  hash: Uint8Array;
  surveyId: string;
  agency: string;
  /** Epoch seconds after which the token is gone. */
  expiresAt: number;
}

export interface NewResponse extends StoredResponse {
  id: string;
  requestHash: Uint8Array;
}

/**
 * What keeps one answer from counting twice: a staff survey's one-time token, spent with the response;
 * or, for a public survey, an id derived from the respondent's Idempotency-Key, so that a retry
 * returns the stored response whichever day it arrives on (its `submittedOn` may be the next day's).
 */
export type ResponseGuard =
  | { token: Uint8Array }
  | { idempotent: true }
  /**
   * A reporter survey: the one-way marker of a case's credentials (use-cases/channel-experience.ts),
   * stored alone in the same transaction as the response, so a case answers once and nothing stored
   * links the answer to it.
   */
  | { redemption: Uint8Array };

export interface SurveyRepository {
  issueTokens(tokens: SurveyToken[]): Promise<void>;
  /** The survey and agency a token was issued for, if it exists, is unused and has not expired by the repository's clock. */
  findToken(hash: Uint8Array): Promise<Omit<SurveyToken, 'hash'> | undefined>;
  /**
   * Stores a response. With a token, spends it in the same transaction: ConflictError if it is spent,
   * expired or unknown. With `idempotent`, a response with the same id (on any day) returns the stored
   * one instead. With `redemption`, stores the marker with the response: ConflictError if it exists.
   * Without a guard the id is random and the response is simply stored.
   */
  submit(response: NewResponse, guard?: ResponseGuard): Promise<{ created: true } | { created: false; existing: NewResponse }>;
  /** Whether a reporter survey was answered under this marker (a strongly consistent read). */
  isRedeemed(marker: Uint8Array): Promise<boolean>;
  /** Responses submitted on Bangkok days firstDay..lastDay (inclusive). */
  listResponses(surveyId: string, agency: string, firstDay: string, lastDay: string): Promise<StoredResponse[]>;
}

/** The statistics index: what the published numbers need of each complaint, and nothing else. */
export interface StatisticsSource {
  /** The agency's complaints received in [fromIso, toIso), streamed page by page. */
  rows(agency: string, fromIso: string, toIso: string): AsyncIterable<StatisticsRow>;
}

/** Where published files go: the stats bucket on AWS, a folder locally. */
export interface ObjectStore {
  get(key: string): Promise<Buffer | undefined>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
}

export interface InformationCentreRepository {
  /** Creates an entry (ConflictError if the id exists) or replaces an active one (NotFoundError otherwise). */
  putEntry<T>(kind: RegisterKind, entry: RegisterEntry<T>, mode: 'create' | 'update'): Promise<void>;
  retireEntry(kind: RegisterKind, agency: string, id: string, at: string): Promise<void>;
  listEntries<T>(kind: RegisterKind, agency: string): Promise<RegisterEntry<T>[]>;
  addServiceRecord(agency: string, record: ServiceRecord & { id: string }): Promise<void>;
  listServiceRecords(agency: string, firstDay: string, lastDay: string): Promise<(ServiceRecord & { id: string })[]>;
  /** Stores a suggestion unless one with its id exists; then returns the stored one. */
  addSuggestion(suggestion: Suggestion): Promise<{ created: true } | { created: false; existing: Suggestion }>;
  listSuggestions(agency: string, firstDay: string, lastDay: string): Promise<Suggestion[]>;
  answerSuggestion(agency: string, id: string, answer: string, hidden: boolean): Promise<void>;
  /**
   * The disclosure register (shared/domain/disclosure-register.ts). Each staff write is one
   * transaction with its audit entry: the change and its record, or neither.
   * Creates an entry unless one with its id exists; then returns the stored one.
   */
  createDisclosure(entry: DisclosureEntry, audit: AuditEntry): Promise<{ created: true } | { created: false; existing: DisclosureEntry }>;
  /** Replaces an existing entry (NotFoundError if there is none). */
  replaceDisclosure(entry: DisclosureEntry, audit: AuditEntry): Promise<void>;
  /** Deletes an existing entry (NotFoundError if there is none). */
  deleteDisclosure(agency: string, id: string, audit: AuditEntry): Promise<void>;
  getDisclosure(agency: string, id: string): Promise<DisclosureEntry | undefined>;
  listDisclosures(agency: string): Promise<DisclosureEntry[]>;
  /**
   * Records what became of an entry's upload, only while the entry still awaits that very file: a
   * replaced document or a repeated delivery records nothing (false).
   */
  recordDisclosureDocument(agency: string, id: string, document: DisclosureDocument): Promise<boolean>;
}
