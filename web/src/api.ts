// You are here: how the pages talk to the API. Every call goes to the same origin (the CSP allows
// nothing else). Reporter credentials travel only in request bodies and staff tokens only in the
// Authorization header, never in URLs. Callers get one of three outcomes and never see a thrown error.
import type { OverdueFlags } from '../../shared/domain/case-workflow';
import type { NewComplaint, Outcome, ReporterIdentity, Status } from '../../shared/domain/complaint';
import type { AuditEntry } from '../../shared/domain/ports';
import type { StaffRole } from '../../shared/domain/staff';
import type * as CaseHandling from '../../shared/domain/use-cases/case-handling';
import type { Receipt } from '../../shared/domain/use-cases/file-complaint';
import type { ReporterCredentials, TrackingView } from '../../shared/domain/use-cases/track-complaint';

export type { NewComplaint, Receipt, ReporterCredentials, TrackingView };
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

async function requestJson<T>(method: 'GET' | 'POST', path: string, options: RequestOptions = {}): Promise<ApiOutcome<T>> {
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
    fields: isStringRecord(error?.fields) ? error.fields : {},
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

const postJson = <T>(path: string, body: unknown, idempotencyKey?: string) =>
  requestJson<T>('POST', path, { body, ...(idempotencyKey ? { idempotencyKey } : {}) });

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((inner) => typeof inner === 'string');
}

export const fileComplaint = (complaint: NewComplaint, idempotencyKey: string) =>
  postJson<Receipt>('/api/complaints', complaint, idempotencyKey);

export const trackComplaint = (credentials: ReporterCredentials) =>
  postJson<TrackingView>('/api/tracking', { reference: credentials.reference, secret: credentials.secret });

export const sendMessage = (credentials: ReporterCredentials, body: string, idempotencyKey: string) =>
  postJson<CaseMessage>('/api/tracking/messages', { reference: credentials.reference, secret: credentials.secret, body }, idempotencyKey);

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
  cursor?: string;
}

const casePath = (reference: string) => `/api/cases/${encodeURIComponent(reference)}`;

export function listCases(token: string, filters: QueueFilters) {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('category', filters.category);
  if (filters.overdue !== undefined) query.set('overdue', String(filters.overdue));
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

export const caseAudit = (token: string, reference: string) => requestJson<CaseAudit>('GET', `${casePath(reference)}/audit`, { token });

/** The local stack's password-less sign-in (infra/local/server.ts); it does not exist on AWS. */
export const localSignIn = (endpoint: string, claims: { sub: string; roles: StaffRole[]; agency: string }) =>
  postJson<{ token: string }>(endpoint, claims);

/** The pages' settings (/config.json): how staff sign in here. */
export const loadSiteConfig = () => requestJson<unknown>('GET', '/config.json');
