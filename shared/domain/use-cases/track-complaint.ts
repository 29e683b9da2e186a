// You are here: the reporter's side of a case. Every call proves possession of the secret; an
// unknown reference and a wrong secret fail the same way, and each reference answers only so many
// failures a window before it answers 429 to wrong secrets (never to the right one).
import { inTimeOrder } from '../case-workflow';
import { hashSecret, idForKey, randomHex, normalizeReference, normalizeSecret, requestFingerprint, secretMatches } from '../credentials';
import type { Category, Outcome, Status } from '../complaint';
import { IdempotencyMismatchError, LockedError, UnauthorizedError } from '../errors';
import type { CaseFile, CaseMessage, ComplaintRecord, FailureWindow, LockoutPolicy, MessageAuthor } from '../ports';
import { reporterFiles, type ReporterFileView } from '../evidence';
import { canonicalJson } from '../text';
import type { ComplaintDeps } from './deps';
import { channelSurveyState, type ChannelSurveyDeps, type ChannelSurveyState } from './channel-experience';

export interface ReporterCredentials {
  reference: string;
  secret: string;
}

export interface TrackingView {
  reference: string;
  category: Category;
  status: Status;
  receivedAt: string;
  updatedAt: string;
  acknowledgeBy: string;
  /** When the reporter may next expect news; absent once the case is concluded. */
  nextUpdateBy?: string;
  /** The agency's target date for a conclusion, so the reporter sees the stages ahead with their dates. */
  concludeBy: string;
  outcome?: Outcome;
  timeline: { at: string; status: Status; note?: string }[];
  messages: { at: string; from: MessageAuthor; body: string }[];
  files: ReporterFileView[];
  /** The channel-experience survey, once the case is concluded or referred: to answer, or answered. */
  experienceSurvey?: ChannelSurveyState;
}

const NOT_RECOGNISED = 'The reference or the secret is not correct';
// Compared against when the reference is unknown, so both failures take the same path.
const ABSENT_HASH = new Uint8Array(32);

/**
 * The fixed window `now` falls in. Windows are the same for every reference, so when one ends says
 * nothing about anyone's failures.
 */
export function failureWindow(now: Date, policy: LockoutPolicy): FailureWindow {
  const length = policy.windowSeconds * 1000;
  const index = Math.floor(now.getTime() / length);
  return { index, endsAt: new Date((index + 1) * length) };
}

/**
 * Proves possession of the secret and returns the whole case file; every reporter action starts here.
 * The secret is checked before anything else: whoever holds it is let in, however many wrong guesses
 * others made, so nobody can lock a reporter out with the (public) reference. Every failure (unknown
 * reference, wrong secret, budget spent or not) then does the same work: one read, one conditional
 * write that spends the reference's budget, the same answer; only a spent budget answers 429 instead of 401.
 */
export async function authenticate(deps: ComplaintDeps, credentials: ReporterCredentials) {
  const startedAt = performance.now();
  const reference = normalizeReference(credentials.reference);
  const secret = normalizeSecret(credentials.secret);
  if (!reference) {
    // Nothing to count against: no case can have this reference. It is answered as late as the rest.
    await holdUntil(startedAt + deps.config.lockout.failureFloorMs);
    throw new UnauthorizedError(NOT_RECOGNISED);
  }

  const caseFile = await deps.complaints.loadCaseFile(reference, { reporter: true });
  const expected = caseFile.complaint?.secretHash ?? ABSENT_HASH;
  const matches = secretMatches(expected, hashSecret(reference, secret ?? ''));
  if (matches && caseFile.complaint && secret) return { ...caseFile, complaint: caseFile.complaint };

  const now = deps.clock.now();
  const policy = deps.config.lockout;
  const window = failureWindow(now, policy);
  const withinBudget = await deps.complaints.spendFailure(reference, window, policy.maxFailures);
  await holdUntil(startedAt + policy.failureFloorMs);
  if (withinBudget) throw new UnauthorizedError(NOT_RECOGNISED);
  // Rounded up to whole minutes; the window's end is the same for every reference.
  const retryAfterSeconds = Math.ceil((window.endsAt.getTime() - now.getTime()) / 60_000) * 60;
  throw new LockedError('Too many failed attempts for this reference; please try again later', retryAfterSeconds);
}

/** Waits until the performance clock reaches `instant` (at once if it has). */
async function holdUntil(instant: number) {
  const remaining = instant - performance.now();
  if (remaining > 0) await new Promise((done) => setTimeout(done, remaining));
}

export function trackComplaint(deps: ChannelSurveyDeps) {
  return async (credentials: ReporterCredentials): Promise<TrackingView> => {
    const caseFile = await authenticate(deps, credentials);
    const view = trackingView(caseFile.complaint, caseFile, deps.clock.now());
    const experienceSurvey = await channelSurveyState(deps, caseFile.complaint, credentials.secret);
    return experienceSurvey ? { ...view, experienceSurvey } : view;
  };
}

export function replyAsReporter(deps: ComplaintDeps) {
  return async (credentials: ReporterCredentials & { body: string }, idempotencyKey?: string) => {
    const { complaint } = await authenticate(deps, credentials);
    const salt = idempotencyKey ?? randomHex(deps.random, 16);
    const message: CaseMessage = {
      id: idempotencyKey ? `k${idForKey('reporter-message', idempotencyKey)}` : `r${randomHex(deps.random, 16)}`,
      at: deps.clock.now().toISOString(),
      from: 'reporter',
      body: credentials.body,
      requestHash: requestFingerprint(salt, canonicalJson({ reference: complaint.reference, body: credentials.body })),
    };
    const outcome = await deps.complaints.addMessage(complaint.reference, message);
    const stored = outcome.created ? message : outcome.existing;
    if (!outcome.created && !secretMatches(stored.requestHash, message.requestHash)) {
      throw new IdempotencyMismatchError('This Idempotency-Key was already used for a different message');
    }
    return { at: stored.at, from: stored.from, body: stored.body };
  };
}

function trackingView(complaint: ComplaintRecord, caseFile: CaseFile, now: Date): TrackingView {
  return {
    reference: complaint.reference,
    category: complaint.category,
    status: complaint.status,
    receivedAt: complaint.receivedAt,
    updatedAt: complaint.updatedAt,
    acknowledgeBy: complaint.acknowledgeBy,
    ...(complaint.nextUpdateBy ? { nextUpdateBy: complaint.nextUpdateBy } : {}),
    concludeBy: complaint.concludeBy,
    ...(complaint.outcome ? { outcome: complaint.outcome } : {}),
    timeline: [
      { at: complaint.receivedAt, status: 'received' },
      // Internal notes never leave the staff side.
      ...inTimeOrder(caseFile.events).map(({ at, status, publicNote }) => ({ at, status, ...(publicNote ? { note: publicNote } : {}) })),
    ],
    messages: inTimeOrder(caseFile.messages).map(({ at, from, body }) => ({ at, from, body })),
    files: reporterFiles(caseFile.files, now),
  };
}
