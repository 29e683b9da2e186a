// You are here: the only place that spells the complaints table's keys. A case is one partition:
// the complaint, its timeline events, its messages, its files and the failure counters of tracking.

const CASE_PREFIX = 'CASE#';
const REPORT_PREFIX = 'REPORT#';

export const complaintKeys = {
  partition: (reference: string) => `${CASE_PREFIX}${reference}`,
  complaint: (reference: string) => ({ PK: complaintKeys.partition(reference), SK: 'COMPLAINT' }),
  event: (reference: string, at: string, id: string) => ({ PK: complaintKeys.partition(reference), SK: `EVENT#${at}#${id}` }),
  message: (reference: string, id: string) => ({ PK: complaintKeys.partition(reference), SK: `MESSAGE#${id}` }),
  file: (reference: string, id: string) => ({ PK: complaintKeys.partition(reference), SK: `FILE#${id}` }),
  /** A declared conflict of interest, by the declarer's id. */
  conflict: (reference: string, staff: string) => ({ PK: complaintKeys.partition(reference), SK: `CONFLICT#${staff}` }),
  /** The failure counter of one fixed window (shared/domain/use-cases/track-complaint.ts). */
  failures: (reference: string, windowIndex: number) => ({ PK: complaintKeys.partition(reference), SK: `FAILURES#${windowIndex}` }),
  queue: (agency: string, receivedAt: string, reference: string) => ({
    GSI1PK: complaintKeys.queuePartition(agency),
    GSI1SK: `${receivedAt}#${reference}`,
  }),
  /** The statistics index: complaints only (sparse), by agency and time of receipt. */
  statistics: (agency: string, receivedAt: string, reference: string) => ({
    GSI2PK: `STATS#${agency}`,
    GSI2SK: `${receivedAt}#${reference}`,
  }),
  statisticsPartition: (agency: string) => `STATS#${agency}`,
  /** The retention index: concluded cases (sparse), by agency and time of conclusion, until destroyed. */
  retention: (agency: string, concludedAt: string, reference: string) => ({
    GSI3PK: complaintKeys.retentionPartition(agency),
    GSI3SK: `${concludedAt}#${reference}`,
  }),
  retentionPartition: (agency: string) => `RETAIN#${agency}`,
  /** The case a key of the table belongs to, or undefined for an item of no case. */
  referenceOf: (partitionKey: string) => (partitionKey.startsWith(CASE_PREFIX) ? partitionKey.slice(CASE_PREFIX.length) : undefined),
  /**
   * One notification to one recipient (shared/domain/notifications/notifier.ts): a partition of its own,
   * outside every case, so a claim is a single-item conditional write; expires with `expiresAt`.
   */
  delivery: (key: string) => ({ PK: `DELIVERY#${key}`, SK: 'DELIVERY' }),
  /**
   * Where a stop token's hash points: the case whose news it stops. Outside every case, so the stop
   * link needs no reference; the item holds the reference only, nothing personal.
   */
  stopToken: (hash: string) => ({ PK: `STOP#${hash}`, SK: 'STOP' }),
  /**
   * An agency's report of one quarter (shared/domain/report-approvals.ts): `AWAITING` once the quarterly
   * job has prepared it (the stream tells the agency's executives), `APPROVAL` once one has signed it off.
   */
  reportAwaiting: (agency: string, period: string) => ({ PK: `${REPORT_PREFIX}${agency}#${period}`, SK: 'AWAITING' }),
  reportApproval: (agency: string, period: string) => ({ PK: `${REPORT_PREFIX}${agency}#${period}`, SK: 'APPROVAL' }),
  /** The agency and quarter of a report's awaiting item, or undefined for any other item. */
  awaitingReportOf(key: { PK: string; SK: string }): { agency: string; period: string } | undefined {
    if (!key.PK.startsWith(REPORT_PREFIX) || key.SK !== 'AWAITING') return undefined;
    const [agency, period] = key.PK.slice(REPORT_PREFIX.length).split('#');
    return agency && period ? { agency, period } : undefined;
  },
  /** A staff member's notification preferences (shared/domain/notifications/preferences.ts), outside every case. */
  notificationPreferences: (staffId: string) => ({ PK: `STAFFPREFS#${staffId}`, SK: 'PREFERENCES' }),
  /** The lines held for one member's next digest: a partition per member, a line per delivery key. */
  pendingDigest: (staffId: string) => `DIGEST#${staffId}`,
  pendingLine: (staffId: string, key: string) => ({ PK: complaintKeys.pendingDigest(staffId), SK: key }),
  /** The queue index's partition of one agency. */
  queuePartition: (agency: string) => `AGENCY#${agency}`,
  kindOf(sortKey: string): 'complaint' | 'event' | 'message' | 'file' | 'failures' | 'conflict' | 'unknown' {
    if (sortKey === 'COMPLAINT') return 'complaint';
    if (sortKey.startsWith('EVENT#')) return 'event';
    if (sortKey.startsWith('MESSAGE#')) return 'message';
    if (sortKey.startsWith('FILE#')) return 'file';
    if (sortKey.startsWith('FAILURES#')) return 'failures';
    if (sortKey.startsWith('CONFLICT#')) return 'conflict';
    return 'unknown';
  },
} as const;

/**
 * Audit entries are grouped by case, by report, or by agency for actions that touch neither. Each
 * agency's hash chain has one head item, and every entry is in the chain index by agency and seq.
 */
export const auditKeys = {
  chainHead: (agency: string) => ({ PK: `CHAIN#${agency}`, SK: 'HEAD' }),
  chainPartition: (agency: string) => `CHAIN#${agency}`,
  /** Zero-padded so the index's string order is seq order. */
  chainIndex: (agency: string, seq: number) => ({ GSI1PK: auditKeys.chainPartition(agency), GSI1SK: String(seq).padStart(12, '0') }),
  scope: (entry: { reference?: string; report?: string; agency?: string }) =>
    entry.reference ? `CASE#${entry.reference}` : entry.report ? `REPORT#${entry.agency}#${entry.report}` : `AGENCY#${entry.agency}`,
  entry: (entry: { reference?: string; report?: string; agency: string; at: string; id: string }) => ({
    PK: auditKeys.scope(entry),
    SK: `${entry.at}#${entry.id}`,
  }),
} as const;

export const surveyKeys = {
  token: (hash: Uint8Array) => ({ PK: `TOKEN#${Buffer.from(hash).toString('hex')}`, SK: 'TOKEN' }),
  /** A reporter survey's redemption: the marker alone, in a partition of its own (no agency, no day, no case). */
  redemption: (marker: Uint8Array) => ({ PK: `REDEEMED#${Buffer.from(marker).toString('hex')}`, SK: 'REDEEMED' }),
  responses: (agency: string, surveyId: string) => `RESPONSES#${agency}#${surveyId}`,
  response: (response: { agency: string; surveyId: string; submittedOn: string; id: string }) => ({
    PK: surveyKeys.responses(response.agency, response.surveyId),
    SK: `${response.submittedOn}#${response.id}`,
  }),
  /**
   * An idempotent response's id, in the same partition: the response's own key holds its day, so a
   * retry after midnight would miss it. Sorts after every day (`ID#` > digits), so no day range lists it.
   */
  responseId: (response: { agency: string; surveyId: string; id: string }) => ({
    PK: surveyKeys.responses(response.agency, response.surveyId),
    SK: `ID#${response.id}`,
  }),
} as const;

export const informationCentreKeys = {
  register: (kind: 'topics' | 'channels', agency: string) => `${kind.toUpperCase()}#${agency}`,
  entry: (kind: 'topics' | 'channels', agency: string, id: string) => ({ PK: informationCentreKeys.register(kind, agency), SK: id }),
  services: (agency: string) => `SERVICE#${agency}`,
  service: (agency: string, date: string, id: string) => ({ PK: informationCentreKeys.services(agency), SK: `${date}#${id}` }),
  suggestions: (agency: string) => `SUGGESTIONS#${agency}`,
  /** Suggestion ids begin with their Bangkok day, so the id alone finds the item. */
  suggestion: (agency: string, id: string) => ({ PK: informationCentreKeys.suggestions(agency), SK: id }),
  /** The disclosure register: a partition per agency, an item per entry. */
  disclosures: (agency: string) => `DISCLOSURES#${agency}`,
  disclosure: (agency: string, id: string) => ({ PK: informationCentreKeys.disclosures(agency), SK: id }),
} as const;

export const agencyKeys = {
  agency: (id: string) => ({ PK: `AGENCY#${id}`, SK: 'SETTINGS' }),
  /** Every agency in one index partition, by id: the summaries are read whole, never a page at a time. */
  summaries: 'AGENCIES',
  summary: (id: string) => ({ GSI1PK: agencyKeys.summaries, GSI1SK: id }),
} as const;

/**
 * The mail suppression list, in the agencies table (shared/adapters/dynamodb/mail-suppressions.ts): one
 * item per address by its hash (what the notifier reads before each send), and per agency the staff
 * addresses on the list and a count of the others (what the agency's admin reads).
 */
export const mailSuppressionKeys = {
  address: (addressHash: string) => ({ PK: `SUPPRESSED#${addressHash}`, SK: 'SUPPRESSED' }),
  agencyPartition: (agency: string) => `SUPPRESSIONS#${agency}`,
  staff: (agency: string, addressHash: string) => ({ PK: mailSuppressionKeys.agencyPartition(agency), SK: `STAFF#${addressHash}` }),
  others: (agency: string) => ({ PK: mailSuppressionKeys.agencyPartition(agency), SK: 'OTHERS' }),
  isStaff: (sortKey: string) => sortKey.startsWith('STAFF#'),
} as const;
