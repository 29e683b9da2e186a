// You are here: how the public pages talk to the API. Every call is a JSON POST to the same
// origin (the CSP allows nothing else); credentials travel only in request bodies, never in URLs.
// Callers get one of three outcomes and never see a thrown error.
import type { NewComplaint } from '../../shared/domain/complaint';
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

async function postJson<T>(path: string, body: unknown, idempotencyKey?: string): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
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

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((inner) => typeof inner === 'string');
}

export const fileComplaint = (complaint: NewComplaint, idempotencyKey: string) =>
  postJson<Receipt>('/api/complaints', complaint, idempotencyKey);

export const trackComplaint = (credentials: ReporterCredentials) =>
  postJson<TrackingView>('/api/tracking', { reference: credentials.reference, secret: credentials.secret });

export const sendMessage = (credentials: ReporterCredentials, body: string, idempotencyKey: string) =>
  postJson<CaseMessage>('/api/tracking/messages', { reference: credentials.reference, secret: credentials.secret, body }, idempotencyKey);
