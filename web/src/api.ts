// You are here: how the pages talk to the API. Every API call goes to the same origin; the one
// request that may leave it is an evidence upload, sent where its presigned slot says (the evidence
// bucket on AWS). Reporter credentials travel only in request bodies and staff tokens only in the
// Authorization header, never in URLs. Callers get one of three outcomes and never see a thrown error.
import type { Agency, AgencyContact, AgencySummary, AgencyUnit } from '../../shared/domain/agencies';
import type { OverdueFlags } from '../../shared/domain/case-workflow';
import type { NewComplaint, Outcome, RecordedComplaint, ReporterIdentity, Status } from '../../shared/domain/complaint';
import type { Language } from '../../shared/rules/languages';
import type { AuditEntry } from '../../shared/domain/ports';
import type { StaffRole } from '../../shared/domain/staff';
import type * as AuditView from '../../shared/domain/use-cases/audit-view';
import type * as CaseHandling from '../../shared/domain/use-cases/case-handling';
import type * as Custody from '../../shared/domain/use-cases/custody';
import type * as EvidenceFiles from '../../shared/domain/use-cases/evidence-files';
import type { Receipt } from '../../shared/domain/use-cases/file-complaint';
import type { ReporterCredentials, TrackingView } from '../../shared/domain/use-cases/track-complaint';
import type { Channel, RegisterEntry, RegisterKind, ServiceRecord, Suggestion, Topic } from '../../shared/domain/information-centre';
import type { publicDefinition } from '../../shared/domain/surveys/instrument';
import type * as InformationCentre from '../../shared/domain/use-cases/information-centre';
import type { indicatorsFor } from '../../shared/domain/use-cases/indicators';
import type * as Surveys from '../../shared/domain/use-cases/surveys';
import type { DisclosureCategory, DisclosureInput } from '../../shared/domain/disclosure-register';
import type { disclosureRegister } from '../../shared/domain/use-cases/disclosure-register';

export type { NewComplaint, Receipt, RecordedComplaint, ReporterCredentials, TrackingView };
export type CaseMessage = TrackingView['messages'][number];

export type ApiOutcome<T> =
  /** The server did what was asked. */
  | { kind: 'ok'; data: T }
  /** The server answered no; repeating the same request would get the same answer. */
  | { kind: 'rejected'; status: number; code: string; fields: Record<string, string>; retryAfterSeconds?: number }
  /** No answer, or the server could not finish (5xx): safe to retry with the same Idempotency-Key. */
  | { kind: 'unavailable'; status?: number };

/** Long enough for a slow phone connection; a hung request must not leave the page waiting forever. */
const TIMEOUT_MS = 30_000;

/** A fresh key for one logical submission; retries of that submission reuse it so nothing is stored twice. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

interface ErrorBody {
  error?: { code?: unknown; fields?: unknown };
}

interface RequestOptions {
  body?: unknown;
  idempotencyKey?: string;
  /** A staff member's bearer token; absent on the public routes. */
  token?: string;
}

async function requestJson<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      credentials: 'omit',
      cache: 'no-store',
      // The pages never send anything worth a Referer, and the API must not see which page asked.
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: 'unavailable' };
  }
  const parsed = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) {
    return parsed === undefined ? { kind: 'unavailable', status: response.status } : { kind: 'ok', data: parsed as T };
  }
  if (response.status >= 500) return { kind: 'unavailable', status: response.status };
  const error = (parsed as ErrorBody | undefined)?.error;
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    kind: 'rejected',
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http-${response.status}`,
    fields: isStringRecord(error?.fields) ? fieldsByControl(error.fields) : {},
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

const postJson = <T>(path: string, body: unknown, idempotencyKey?: string) =>
  requestJson<T>('POST', path, { body, ...(idempotencyKey ? { idempotencyKey } : {}) });

/**
 * The API names the part of the request (`body.subject`, `header.Idempotency-Key`, `query.period`,
 * `path.period`); the pages name their controls by the field alone, so the part goes. A
 * problem with the whole body (`body`) becomes `(body)`, apart from a body field that is named body.
 */
function fieldsByControl(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, reason]) => [path === 'body' ? '(body)' : path.replace(/^(body|header|query|path)\./, ''), reason]),
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((inner) => typeof inner === 'string');
}

export const fileComplaint = (complaint: NewComplaint, idempotencyKey: string) =>
  postJson<Receipt>('/api/complaints', complaint, idempotencyKey);

/** An officer records a complaint that arrived by another channel; the receipt is printed for the reporter. */
export const recordComplaint = (token: string, complaint: RecordedComplaint, idempotencyKey: string) =>
  requestJson<Receipt>('POST', '/api/cases', { token, body: complaint, idempotencyKey });

/** The stop link's token, from the page's fragment into the body: never into a URL the server sees. */
export const stopNews = (token: string) => postJson<{ stopped: true }>('/api/notifications/stop', { token });

export const trackComplaint = (credentials: ReporterCredentials) =>
  postJson<TrackingView>('/api/tracking', { reference: credentials.reference, secret: credentials.secret });

export const sendMessage = (credentials: ReporterCredentials, body: string, idempotencyKey: string) =>
  postJson<CaseMessage>('/api/tracking/messages', { reference: credentials.reference, secret: credentials.secret, body }, idempotencyKey);

/** The channel-experience survey of a concluded case: three ratings (1–5) and an optional comment. */
export interface ChannelSurveyAnswers {
  convenient: number;
  fast: number;
  safe: number;
  comment?: string;
}

export const answerChannelSurvey = (credentials: ReporterCredentials, answers: ChannelSurveyAnswers) =>
  postJson<{ surveyId: string; version: number }>('/api/tracking/survey', { reference: credentials.reference, secret: credentials.secret, answers });

// --- Evidence files ---------------------------------------------------------------------------

export type ReporterFile = TrackingView['files'][number];
export type UploadSlot = Awaited<ReturnType<ReturnType<typeof EvidenceFiles.requestUpload>>>;

export interface FileToSend {
  name: string;
  mediaType: string;
  size: number;
}

/** A slot for one file; the same key on a retry gets a fresh policy for the same slot, never a second one. */
export const requestUploadSlot = (credentials: ReporterCredentials, file: FileToSend, idempotencyKey: string) =>
  postJson<UploadSlot>('/api/tracking/files', { reference: credentials.reference, secret: credentials.secret, ...file }, idempotencyKey);

export type BucketOutcome =
  | { kind: 'ok' }
  /** The bucket refused the form; `code` is S3's (EntityTooLarge, AccessDenied…). */
  | { kind: 'rejected'; status: number; code: string }
  | { kind: 'unavailable' }
  | { kind: 'aborted' };

/**
 * Sends one file to its presigned slot as S3 expects a browser form: the slot's fields in the order
 * given, then the file last (S3 ignores fields after the file). XMLHttpRequest rather than fetch,
 * because only it reports upload progress, which a reporter on a slow phone connection needs to see.
 */
export function sendToBucket(upload: UploadSlot['upload'], file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<BucketOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    // Relative locally (/local-bucket/), absolute on AWS (the bucket's own host).
    request.open('POST', new URL(upload.url, location.href).href);
    // The policy itself lasts 15 minutes; a stalled upload gives up well before the reporter gives up on it.
    request.timeout = 10 * 60_000;
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) return resolve({ kind: 'ok' });
      if (request.status >= 500) return resolve({ kind: 'unavailable' });
      const code = /<Code>([^<]+)<\/Code>/.exec(request.responseText)?.[1] ?? `http-${request.status}`;
      resolve({ kind: 'rejected', status: request.status, code });
    });
    request.addEventListener('error', () => resolve({ kind: 'unavailable' }));
    request.addEventListener('timeout', () => resolve({ kind: 'unavailable' }));
    request.addEventListener('abort', () => resolve({ kind: 'aborted' }));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    if (signal?.aborted) return resolve({ kind: 'aborted' });
    request.send(form);
  });
}

// --- Staff routes -----------------------------------------------------------------------------
// Shapes come from the use cases' return types, so the pages follow any change to the API.

type Answer<F extends (...args: never[]) => (...inner: never[]) => Promise<unknown>> = Awaited<ReturnType<ReturnType<F>>>;

export type QueuePage = Answer<typeof CaseHandling.listCases>;
export type CaseSummary = QueuePage['items'][number];
export type StaffCase = Answer<typeof CaseHandling.getCase>;
export type CaseAudit = Answer<typeof CaseHandling.caseAudit>;
export type TransitionInput = CaseHandling.TransitionInput;
export type { AuditEntry, OverdueFlags, Outcome, ReporterIdentity, StaffRole, Status };

export interface QueueFilters {
  status?: Status;
  category?: NewComplaint['category'];
  overdue?: boolean;
  /** `me`, `unassigned` or a staff id. */
  assignee?: string;
  cursor?: string;
}

const casePath = (reference: string) => `/api/cases/${encodeURIComponent(reference)}`;

export function listCases(token: string, filters: QueueFilters) {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('category', filters.category);
  if (filters.overdue !== undefined) query.set('overdue', String(filters.overdue));
  if (filters.assignee) query.set('assignee', filters.assignee);
  if (filters.cursor) query.set('cursor', filters.cursor);
  const search = query.toString();
  return requestJson<QueuePage>('GET', `/api/cases${search ? `?${search}` : ''}`, { token });
}

export const getCase = (token: string, reference: string) => requestJson<StaffCase>('GET', casePath(reference), { token });

export const transitionCase = (token: string, reference: string, input: TransitionInput) =>
  requestJson<{ reference: string; status: Status }>('POST', `${casePath(reference)}/transitions`, { token, body: input });

export const messageReporter = (token: string, reference: string, body: string, idempotencyKey: string) =>
  requestJson<CaseMessage>('POST', `${casePath(reference)}/messages`, { token, body: { body }, idempotencyKey });

export const revealIdentity = (token: string, reference: string, reason: string) =>
  requestJson<{ identity: ReporterIdentity }>('POST', `${casePath(reference)}/identity-reveals`, { token, body: { reason } });

/** Steps away from a case: from then on the case is hidden from the caller. */
export const declareConflict = (token: string, reference: string, reason: string) =>
  requestJson<{ reference: string; declaredAt: string }>('POST', `${casePath(reference)}/conflicts`, { token, body: { reason } });

export const assignCase = (token: string, reference: string, assignee: string, reason?: string) =>
  requestJson<{ reference: string; assignee: string; assignedAt: string }>('POST', `${casePath(reference)}/assignment`, { token, body: { assignee, ...(reason ? { reason } : {}) } });

export const caseAudit = (token: string, reference: string) => requestJson<CaseAudit>('GET', `${casePath(reference)}/audit`, { token });

export type AgencyAuditPage = Answer<typeof AuditView.agencyAudit>;
/** The agency-wide audit view's filters as the API names them (days YYYY-MM-DD, Bangkok). */
export type AgencyAuditQuery = Partial<Record<'actor' | 'action' | 'reference' | 'from' | 'to' | 'cursor', string>>;

export function agencyAudit(token: string, query: AgencyAuditQuery) {
  const search = new URLSearchParams(Object.entries(query).filter((pair): pair is [string, string] => Boolean(pair[1]))).toString();
  return requestJson<AgencyAuditPage>('GET', `/api/audit${search ? `?${search}` : ''}`, { token });
}

export type StaffFile = StaffCase['files'][number];
export type DownloadLink = Answer<typeof EvidenceFiles.fileDownload>;
export type LegalHoldState = Answer<typeof Custody.setLegalHold>;
export type CaseExport = Answer<typeof Custody.exportCase>;

/** A short-lived link to one cleaned file; asking for it is what is audited. */
export const requestDownload = (token: string, reference: string, fileId: string) =>
  requestJson<DownloadLink>('POST', `${casePath(reference)}/files/${encodeURIComponent(fileId)}/downloads`, { token });

export const setLegalHold = (token: string, reference: string, hold: boolean, reason: string) =>
  requestJson<LegalHoldState>('PUT', `${casePath(reference)}/legal-hold`, { token, body: { hold, reason } });

export const exportCase = (token: string, reference: string, reason: string, includeIdentity: boolean) =>
  requestJson<CaseExport>('POST', `${casePath(reference)}/exports`, { token, body: { reason, includeIdentity } });

/** The local stack's password-less sign-in (infra/local/server.ts); it does not exist on AWS. */
export const localSignIn = (endpoint: string, claims: { sub: string; roles: StaffRole[]; agency: string } | { account: string }) =>
  postJson<{ token: string }>(endpoint, claims);

// --- The agency registry (functions/agencies) -------------------------------------------------

// The registry's own types (types only: nothing of the domain reaches the page bundles).
export type { AgencyContact, AgencySummary, AgencyUnit } from '../../shared/domain/agencies';

/** What GET /api/agencies/{id} tells the public about an active agency. */
export type PublicAgency = Pick<Agency, 'id' | 'nameTh' | 'nameEn' | 'units' | 'deadlines' | 'retentionYears' | 'contact'> & { evidence: Pick<Agency['evidence'], 'maxFiles' | 'maxBytes'>; publishAfterApproval: boolean };
export interface NewAgency extends Pick<Agency, 'id' | 'nameTh' | 'nameEn'> {
  units?: AgencyUnit[];
  contact?: AgencyContact;
}
export interface AgencyChange {
  status?: 'active' | 'retired';
  units?: AgencyUnit[];
  contact?: AgencyContact;
  publishAfterApproval?: boolean;
}
export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  agency: string;
  unit?: string;
  roles: StaffRole[];
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
}
export interface NewStaffAccount {
  email: string;
  name: string;
  roles: StaffRole[];
  unit?: string;
}

const agencyPath = (id: string) => `/api/agencies/${encodeURIComponent(id)}`;

/** The active agencies whose names match what a person typed, a page at a time (GET /api/agencies). */
export const listAgencies = (q = '', cursor?: string) => {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }).toString();
  return requestJson<{ agencies: AgencySummary[]; cursor?: string }>('GET', `/api/agencies${query ? `?${query}` : ''}`);
};

/** One active agency's names, units, deadlines and contact (GET /api/agencies/{id}); 404 for an unknown or retired one. */
export const readAgency = (id: string) => requestJson<PublicAgency>('GET', agencyPath(id));

export const createAgency = (token: string, agency: NewAgency, idempotencyKey: string) =>
  requestJson<PublicAgency>('POST', '/api/agencies', { token, body: agency, idempotencyKey });

export const updateAgency = (token: string, id: string, change: AgencyChange) => requestJson<PublicAgency>('PATCH', agencyPath(id), { token, body: change });

/** A page of the agency's staff; `cursor` (from the previous page) asks for the next. */
export const listStaffAccounts = (token: string, agency: string, cursor?: string) =>
  requestJson<{ staff: StaffAccount[]; cursor?: string }>('GET', `${agencyPath(agency)}/staff${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token });

/** A staff address of the agency that notifications are not mailed to, and why (GET /api/agencies/{id}/mail-suppressions). */
export interface MailSuppressions {
  staff: { address: string; reason: 'bounce' | 'complaint'; since: string }[];
  others: number;
}

export const listMailSuppressions = (token: string, agency: string) => requestJson<MailSuppressions>('GET', `${agencyPath(agency)}/mail-suppressions`, { token });

export const liftMailSuppression = (token: string, agency: string, address: string) =>
  requestJson<{ lifted: string }>('POST', `${agencyPath(agency)}/mail-suppressions/lifts`, { token, body: { address } });

export const createStaffAccount = (token: string, agency: string, account: NewStaffAccount, idempotencyKey: string) =>
  requestJson<StaffAccount>('POST', `${agencyPath(agency)}/staff`, { token, body: account, idempotencyKey });

/** A staff account the local directory holds (made through POST /api/agencies/{id}/staff), local stack only. */
export interface LocalAccount {
  id: string;
  email: string;
  name: string;
  agency: string;
  unit?: string;
  roles: StaffRole[];
}
export const localAccounts = () => requestJson<{ accounts: LocalAccount[] }>('GET', '/local-issuer/accounts');

/** The pages' settings (/config.json): how staff sign in here. */
export const loadSiteConfig = () => requestJson<unknown>('GET', '/config.json');

// --- Surveys (plan items 1.1.3, 2.1.1, 2.2.2) -------------------------------------------------

export type SurveySummary = ReturnType<ReturnType<typeof Surveys.listSurveys>>[number];
/** What a respondent sees of an instrument: its questions without the answer key. */
export type SurveyDefinition = ReturnType<typeof publicDefinition>;
export type SurveyQuestion = SurveyDefinition['questions'][number];
export type SurveySubmission = Surveys.ResponseInput;
export type SurveyReceipt = Answer<typeof Surveys.submitResponse>;
export type IssuedTokens = Answer<typeof Surveys.issueTokens>;
export type SurveyResultsView = Answer<typeof Surveys.surveyResultsFor>;

const surveyPath = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}`;

export const listSurveys = () => requestJson<{ surveys: SurveySummary[] }>('GET', '/api/surveys');

export const getSurveyDefinition = (surveyId: string) => requestJson<SurveyDefinition>('GET', surveyPath(surveyId));

/** The one-time token of a staff survey travels in the body, like every credential. */
export const submitSurveyResponse = (surveyId: string, submission: SurveySubmission, idempotencyKey: string) =>
  postJson<SurveyReceipt>(`${surveyPath(surveyId)}/responses`, submission, idempotencyKey);

export const issueSurveyTokens = (token: string, surveyId: string, count: number) =>
  requestJson<IssuedTokens>('POST', `${surveyPath(surveyId)}/tokens`, { token, body: { count } });

export const surveyResults = (token: string, surveyId: string, period: string) =>
  requestJson<SurveyResultsView>('GET', `${surveyPath(surveyId)}/results?${new URLSearchParams({ period }).toString()}`, { token });

// --- Information centre (plan items 1.1.3 and 2.1.1) ------------------------------------------

export type { Channel, RegisterKind, ServiceRecord, Topic };
export type PublicTopic = Awaited<ReturnType<ReturnType<typeof InformationCentre.publicRegisters>['topics']>>[number];
export type PublicChannel = Awaited<ReturnType<ReturnType<typeof InformationCentre.publicRegisters>['channels']>>[number];
export type RegisterData = { topics: Topic; channels: Channel };
export type RegisterRow<K extends RegisterKind> = RegisterEntry<RegisterData[K]>;
/** A suggestion as staff read it; its request hash stays on the server. */
export type SuggestionView = Omit<Suggestion, 'requestHash'>;
export type IndicatorsView = Answer<typeof indicatorsFor>;
export type IndicatorRow = IndicatorsView['quarter']['indicators'][number];

/** The agency's register as the public sees it; `agency` is the page's (web/src/page-agency.ts), the default one when absent. */
const ofAgency = (path: string, agency: string | undefined) => (agency ? `${path}?agency=${encodeURIComponent(agency)}` : path);

export const listPublicTopics = (agency?: string) => requestJson<{ items: PublicTopic[] }>('GET', ofAgency('/api/topics', agency));

export const listPublicChannels = (agency?: string) => requestJson<{ items: PublicChannel[] }>('GET', ofAgency('/api/channels', agency));

export const sendSuggestion = (text: string, idempotencyKey: string, agency?: string) =>
  postJson<{ receivedOn: string }>('/api/suggestions', { text, ...(agency ? { agency } : {}) }, idempotencyKey);

const registerPath = (kind: RegisterKind, id?: string) => `/api/registers/${kind}${id ? `/${encodeURIComponent(id)}` : ''}`;

export const listRegister = <K extends RegisterKind>(token: string, kind: K) => requestJson<{ items: RegisterRow<K>[] }>('GET', registerPath(kind), { token });

export const addRegisterEntry = <K extends RegisterKind>(token: string, kind: K, data: RegisterData[K]) =>
  requestJson<RegisterRow<K>>('POST', registerPath(kind), { token, body: data });

export const replaceRegisterEntry = <K extends RegisterKind>(token: string, kind: K, id: string, data: RegisterData[K]) =>
  requestJson<RegisterRow<K>>('PUT', registerPath(kind, id), { token, body: data });

export const retireRegisterEntry = (token: string, kind: RegisterKind, id: string) =>
  requestJson<{ id: string; retiredAt: string }>('POST', `${registerPath(kind, id)}/retirement`, { token });

export const recordServiceRequest = (token: string, record: ServiceRecord) =>
  requestJson<ServiceRecord & { id: string }>('POST', '/api/service-log', { token, body: record });

export const listSuggestions = (token: string, period: string) =>
  requestJson<{ items: SuggestionView[] }>('GET', `/api/suggestions?${new URLSearchParams({ period }).toString()}`, { token });

export const answerSuggestion = (token: string, id: string, answer: string, hide: boolean) =>
  requestJson<{ id: string; status: SuggestionView['status'] }>('POST', `/api/suggestions/${encodeURIComponent(id)}/answer`, { token, body: { answer, hide } });

/** The executive report of a quarter, as the printable page the API renders (text/html). */
export async function getExecutiveReport(token: string, period: string): Promise<ApiOutcome<string>> {
  try {
    const response = await fetch(`/api/reports/${encodeURIComponent(period)}`, {
      headers: { accept: 'text/html', authorization: `Bearer ${token}` },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return { kind: 'ok', data: await response.text() };
    if (response.status >= 500) return { kind: 'unavailable', status: response.status };
    const error = ((await response.json().catch(() => undefined)) as ErrorBody | undefined)?.error;
    return { kind: 'rejected', status: response.status, code: typeof error?.code === 'string' ? error.code : `http-${response.status}`, fields: isStringRecord(error?.fields) ? fieldsByControl(error.fields) : {} };
  } catch {
    return { kind: 'unavailable' };
  }
}

export interface ReportApprovalView {
  period: string;
  approvedBy: string;
  approvedAt: string;
  approvedOn: string;
  analysis: string;
  created: boolean;
}

/** An executive approves the quarter's report; the same approval sent again records nothing. */
export const approveReport = (token: string, period: string, analysis: string) =>
  requestJson<ReportApprovalView>('PUT', `/api/reports/${encodeURIComponent(period)}/approval`, { token, body: { analysis } });

export const getIndicators = (token: string, period: string) =>
  requestJson<IndicatorsView>('GET', `/api/indicators?${new URLSearchParams({ period }).toString()}`, { token });

// --- Disclosure register (plan item 2.1.1, steps 4–5) -------------------------------------------

type DisclosureRegister = ReturnType<typeof disclosureRegister>;
export type { DisclosureCategory, DisclosureInput };
export type DisclosureRow = Awaited<ReturnType<DisclosureRegister['list']>>[number];
export type PublicDisclosure = Awaited<ReturnType<DisclosureRegister['published']>>[number];
export type DisclosureSaved = Omit<Awaited<ReturnType<DisclosureRegister['create']>>, 'created'>;

export const listPublicDisclosures = (agency?: string) => requestJson<{ items: PublicDisclosure[] }>('GET', ofAgency('/api/disclosures', agency));

/** Where a published PDF opens: the API redirects to a short-lived link to its cleaned copy. */
export const disclosureDocumentHref = (id: string, agency?: string) => ofAgency(`/api/disclosures/${encodeURIComponent(id)}/document`, agency);

const disclosuresPath = (agency: string, id?: string) => `/api/agencies/${encodeURIComponent(agency)}/disclosures${id ? `/${encodeURIComponent(id)}` : ''}`;

export const listDisclosures = (token: string, agency: string) => requestJson<{ items: DisclosureRow[] }>('GET', disclosuresPath(agency), { token });

export const addDisclosure = (token: string, agency: string, input: DisclosureInput, idempotencyKey: string) =>
  requestJson<DisclosureSaved>('POST', disclosuresPath(agency), { token, body: input, idempotencyKey });

export const deleteDisclosure = (token: string, agency: string, id: string) => requestJson<{ id: string; deleted: true }>('DELETE', disclosuresPath(agency, id), { token });

/** Per kind of notification, an e-mail at once or a line in the morning's digest. */
export interface NotificationPreferences {
  'case-new': 'immediate' | 'digest';
  'reporter-activity': 'immediate' | 'digest';
  'report-sign-off': 'immediate' | 'digest';
  /** The language the member's e-mails are written in: the console page sends its own. */
  language?: Language;
}

export const notificationPreferences = (token: string) => requestJson<NotificationPreferences>('GET', '/api/me/notification-preferences', { token });

export const saveNotificationPreferences = (token: string, preferences: NotificationPreferences) =>
  requestJson<NotificationPreferences>('PUT', '/api/me/notification-preferences', { token, body: preferences });
