// You are here: self-service tracking (track.html). The reference and secret go in POST bodies
// only and, once accepted, live in one variable of this script: not in the DOM, a URL or storage.
// Leaving the page or pressing the sign-out button forgets them. The case's evidence files are
// listed with what the check made of them, and more can be added (web/src/evidence-upload.ts).
import { newIdempotencyKey, sendMessage, trackComplaint, type CaseMessage, type ReporterCredentials, type TrackingView } from './api';
import { attachFileChooser, checkFiles, createUploader, evidenceFileItem, pageFileLimits, type FileLimits } from './evidence-upload';
import {
  announce,
  attachCounter,
  byId,
  hideErrorSummary,
  hideProblem,
  setFieldError,
  showErrorSummary,
  showProblem,
  readyToSubmit,
  type FieldProblem,
} from './form-ui';
import { clearExperienceSurvey, showExperienceSurvey, wireExperienceSurvey } from './experience-survey';
import { AUTHOR_LABELS, CATEGORY_LABELS, formatDate, formatDateTime, minutesFrom, OUTCOME_LABELS, serverFieldMessage, STATUS_EXPLANATIONS, STATUS_LABELS, TEXT_BOUNDS, typedLength } from './labels';
import { WORDS } from './words';

const signIn = byId('sign-in');
const trackForm = byId<HTMLFormElement>('track-form');
const referenceInput = byId<HTMLInputElement>('reference');
const secretInput = byId<HTMLInputElement>('secret');
const trackButton = byId<HTMLButtonElement>('track-submit');
const summary = byId('error-summary');
const signInProblem = byId('sign-in-problem');
const status = byId('track-status');

const caseSection = byId('case');
const replyForm = byId<HTMLFormElement>('reply-form');
const messageInput = byId<HTMLTextAreaElement>('message');
const replyButton = byId<HTMLButtonElement>('reply-submit');
const replyProblem = byId('reply-problem');
const updateCounter = attachCounter(messageInput, TEXT_BOUNDS.message);

/** The accepted credentials, kept for replies and refreshes while the case is on screen. */
let session: ReporterCredentials | undefined;
/** The case as last shown: how many files it has decides how many more it can take. */
let shown: TrackingView | undefined;
/** The message being sent and its key: a retry of the same text reuses the key, so it is stored once. */
let pending: { key: string; body: string } | undefined;

const TRACK_WORDS = WORDS.track;
const LOCKED = (seconds = 15 * 60) => TRACK_WORDS.locked(minutesFrom(seconds));
const NOT_RECOGNISED = TRACK_WORDS.notRecognised;
const UNREACHABLE = TRACK_WORDS.unreachable;

// --- Signing in -------------------------------------------------------------------------------

trackForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!trackButton.disabled) void openCase();
});
readyToSubmit(trackForm);

async function openCase() {
  hideProblem(signInProblem);
  byId('signed-out').hidden = true;
  const credentials = { reference: referenceInput.value.trim(), secret: secretInput.value.trim() };
  const problems: FieldProblem[] = [];
  for (const [control, message] of [
    [referenceInput, credentials.reference ? undefined : TRACK_WORDS.enterReference],
    [secretInput, credentials.secret ? undefined : TRACK_WORDS.enterSecret],
  ] as const) {
    setFieldError(control, message);
    if (message) problems.push({ control, message });
  }
  if (problems.length) return showErrorSummary(summary, problems);
  hideErrorSummary(summary);

  trackButton.disabled = true;
  announce(status, TRACK_WORDS.searching);
  const outcome = await trackComplaint(credentials);
  trackButton.disabled = false;
  announce(status, '');

  if (outcome.kind === 'ok') {
    session = credentials;
    // The secret now lives only in `session`; the inputs are emptied so it is not left in the page.
    trackForm.reset();
    signIn.hidden = true;
    render(outcome.data);
    caseSection.hidden = false;
    caseSection.focus();
    announce(status, TRACK_WORDS.statusOf(outcome.data.reference, STATUS_LABELS[outcome.data.status]));
    return;
  }
  if (outcome.kind === 'unavailable') return showProblem(signInProblem, UNREACHABLE);
  if (outcome.status === 401) return showProblem(signInProblem, NOT_RECOGNISED);
  if (outcome.status === 429) return showProblem(signInProblem, LOCKED(outcome.retryAfterSeconds));
  if (outcome.status === 400 && Object.keys(outcome.fields).length) {
    const fieldProblems = Object.entries(outcome.fields).map(([path, reason]): FieldProblem => {
      const control = path === 'reference' ? referenceInput : path === 'secret' ? secretInput : undefined;
      const message = serverFieldMessage(path, reason);
      if (control) setFieldError(control, message);
      return control ? { control, message } : { message };
    });
    return showErrorSummary(summary, fieldProblems);
  }
  showProblem(signInProblem, NOT_RECOGNISED);
}

// --- Showing the case -------------------------------------------------------------------------

type StageState = 'done' | 'current' | 'ahead';
const STAGE_STATE_LABELS: Readonly<Record<StageState, string>> = TRACK_WORDS.stageStates;

/**
 * Every stage of a case (received → acknowledged → investigating → concluded or referred), each with
 * the date it happened or the date the reporter can expect: the acknowledgement deadline, the next
 * update while the case is open, the agency's target for a conclusion. Said in words, not by colour.
 */
function stagesAhead(view: TrackingView): HTMLLIElement[] {
  const reachedAt = (status: TrackingView['status']) => view.timeline.find((event) => event.status === status)?.at;
  const order = ['received', 'acknowledged', 'investigating', 'concluded'] as const;
  const current = view.status === 'closed' || view.status === 'referred' ? 'concluded' : view.status;
  const concluded = current === 'concluded';
  const position = order.indexOf(current);
  const stage = (name: (typeof order)[number], title: string, when: string) => {
    const index = order.indexOf(name);
    const state: StageState = index < position || (concluded && name === 'concluded') ? 'done' : index === position ? 'current' : 'ahead';
    const item = Object.assign(document.createElement('li'), { className: `stages__item stages__item--${state}` });
    if (state === 'current') item.setAttribute('aria-current', 'step');
    item.append(
      Object.assign(document.createElement('p'), { className: 'stages__state', textContent: STAGE_STATE_LABELS[state] }),
      Object.assign(document.createElement('p'), { className: 'stages__title', textContent: title }),
      Object.assign(document.createElement('p'), { className: 'stages__when', textContent: when }),
    );
    return item;
  };
  const done = (at: string | undefined) => (at ? TRACK_WORDS.doneOn(formatDate(at)) : '');
  const acknowledged = reachedAt('acknowledged');
  const investigating = reachedAt('investigating');
  const nextUpdate = view.nextUpdateBy ? TRACK_WORDS.nextUpdateBy(formatDate(view.nextUpdateBy)) : '';
  return [
    stage('received', STATUS_LABELS.received, done(view.receivedAt)),
    stage('acknowledged', STATUS_LABELS.acknowledged, acknowledged ? done(acknowledged) : TRACK_WORDS.by(formatDate(view.acknowledgeBy))),
    stage(
      'investigating',
      STATUS_LABELS.investigating,
      investigating ? [done(investigating), view.status === 'investigating' ? nextUpdate : ''].filter(Boolean).join(' ') : view.status === 'acknowledged' ? nextUpdate || TRACK_WORDS.afterFirstChecks : TRACK_WORDS.afterAcknowledged,
    ),
    concluded
      ? stage('concluded', STATUS_LABELS[view.status], done(reachedAt(view.status) ?? view.updatedAt))
      : stage('concluded', TRACK_WORDS.concludedOr(STATUS_LABELS.closed, STATUS_LABELS.referred), TRACK_WORDS.targetBy(formatDate(view.concludeBy))),
  ];
}

const timeElement = (iso: string) => Object.assign(document.createElement('time'), { dateTime: iso, textContent: formatDateTime(iso) });

function render(view: TrackingView) {
  byId('case-reference').textContent = view.reference;
  byId('case-status').textContent = STATUS_LABELS[view.status];
  byId('case-status-explanation').textContent = STATUS_EXPLANATIONS[view.status];
  byId('case-category').textContent = CATEGORY_LABELS[view.category];
  byId('case-received').textContent = formatDateTime(view.receivedAt);
  byId('case-acknowledge-by').textContent = formatDate(view.acknowledgeBy);
  byId('case-updated').textContent = formatDateTime(view.updatedAt);
  // Each date is shown while it is the promise that matters: the acknowledgement date until the
  // case is acknowledged, then the date of the next update while the case is open; the outcome once closed.
  const awaitingAcknowledgement = view.status === 'received';
  byId('case-acknowledge-by-item').hidden = !awaitingAcknowledgement;
  const nextUpdate = view.nextUpdateBy && !(awaitingAcknowledgement && view.nextUpdateBy === view.acknowledgeBy) ? view.nextUpdateBy : undefined;
  byId('case-next-update').textContent = nextUpdate ? formatDate(nextUpdate) : '';
  byId('case-next-update-item').hidden = !nextUpdate;
  byId('case-outcome-label').textContent = view.outcome ? OUTCOME_LABELS[view.outcome] : '';
  byId('case-outcome').hidden = !view.outcome;

  byId('case-timeline').replaceChildren(
    ...view.timeline.map((event) => {
      const item = document.createElement('li');
      item.className = 'timeline__item';
      const label = Object.assign(document.createElement('p'), { className: 'timeline__status', textContent: STATUS_LABELS[event.status] });
      const when = Object.assign(document.createElement('p'), { className: 'timeline__when' });
      when.append(timeElement(event.at));
      item.append(label, when);
      if (event.note) item.append(Object.assign(document.createElement('p'), { className: 'timeline__note', textContent: event.note }));
      return item;
    }),
  );

  byId('case-stages').replaceChildren(...stagesAhead(view));

  byId('case-messages').replaceChildren(...view.messages.map(messageItem));
  byId('no-messages').hidden = view.messages.length > 0;

  shown = view;
  byId('case-files').replaceChildren(...view.files.map(evidenceFileItem));
  byId('no-files').hidden = view.files.length > 0;
  void showExperienceSurvey(view);
}

function messageItem(message: CaseMessage): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `message message--${message.from}`;
  const header = Object.assign(document.createElement('p'), { className: 'message__from' });
  header.append(Object.assign(document.createElement('strong'), { textContent: AUTHOR_LABELS[message.from] }), ' · ', timeElement(message.at));
  // textContent, never HTML: a message is text whoever wrote it.
  const body = Object.assign(document.createElement('p'), { className: 'message__body', textContent: message.body });
  item.append(header, body);
  return item;
}

async function refresh(): Promise<boolean> {
  const asked = session;
  if (!asked) return false;
  const outcome = await trackComplaint(asked);
  // Signed out while the answer was on its way: it must not fill the page again.
  if (session !== asked) return false;
  if (outcome.kind === 'ok') {
    render(outcome.data);
    return true;
  }
  if (outcome.kind === 'rejected' && (outcome.status === 401 || outcome.status === 429)) {
    return credentialsRefused(outcome);
  }
  showProblem(replyProblem, UNREACHABLE);
  return false;
}

function credentialsRefused(outcome: { status: number; retryAfterSeconds?: number }): false {
  signOut();
  showProblem(signInProblem, outcome.status === 401 ? NOT_RECOGNISED : LOCKED(outcome.retryAfterSeconds));
  return false;
}

byId('case-refresh').addEventListener('click', async () => {
  hideProblem(replyProblem);
  if (await refresh()) announce(status, TRACK_WORDS.refreshed);
});

// --- Replying ---------------------------------------------------------------------------------

replyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!replyButton.disabled) void reply();
});
readyToSubmit(replyForm);

async function reply() {
  if (!session) return;
  hideProblem(replyProblem);
  const body = messageInput.value.normalize('NFC').trim();
  const error = !body
    ? TRACK_WORDS.emptyMessage
    : typedLength(body) > TEXT_BOUNDS.message
      ? TRACK_WORDS.messageTooLong(TEXT_BOUNDS.message)
      : undefined;
  setFieldError(messageInput, error);
  if (error) return messageInput.focus();

  if (pending?.body !== body) pending = { key: newIdempotencyKey(), body };
  replyButton.disabled = true;
  replyButton.textContent = TRACK_WORDS.sendingMessage;
  const outcome = await sendMessage(session, body, pending.key);
  replyButton.disabled = false;
  replyButton.textContent = TRACK_WORDS.sendMessage;

  if (outcome.kind === 'ok') {
    pending = undefined;
    replyForm.reset();
    updateCounter();
    byId('case-messages').append(messageItem(outcome.data));
    byId('no-messages').hidden = true;
    announce(status, TRACK_WORDS.messageSent);
    // The officers may have answered meanwhile; show the case as it is now.
    await refresh();
    return;
  }
  if (outcome.kind === 'unavailable') {
    return showProblem(replyProblem, TRACK_WORDS.messageUnreachable);
  }
  if (outcome.status === 401 || outcome.status === 429) {
    signOut();
    return showProblem(signInProblem, outcome.status === 401 ? NOT_RECOGNISED : LOCKED(outcome.retryAfterSeconds));
  }
  const reason = outcome.fields.body;
  if (reason) return setFieldError(messageInput, serverFieldMessage('body', reason));
  showProblem(replyProblem, TRACK_WORDS.messageRefused);
}

// --- Adding files -----------------------------------------------------------------------------

const filesForm = byId<HTMLFormElement>('files-form');
const evidenceInput = byId<HTMLInputElement>('evidence');
const filesResult = byId('files-result');

// The limits of the page's agency, which the page checks a choice against. A case filed with another
// agency may be tracked here too: the server holds it to its own agency's limits.
let fileLimits: FileLimits | undefined;
void pageFileLimits().then((limits) => (fileLimits = limits));

const uploader = createUploader(byId('file-uploads'), {
  limits: () => fileLimits,
  credentials: () => session,
  refresh: async () => ((await refresh()) ? shown?.files : undefined),
  // Tracking lists a sent file with the case's other files, where its check result appears.
  keepSent: false,
  onRefused: credentialsRefused,
  onSettled: ({ failed, checking }) => {
    filesResult.textContent = failed
      ? TRACK_WORDS.filesFailed(failed)
      : checking
        ? TRACK_WORDS.filesChecking
        : TRACK_WORDS.filesDone;
    announce(status, filesResult.textContent);
  },
});

/**
 * How many more files the case can take: refused files do not count, files on their way do. The
 * server still has the last word, for files sent from elsewhere meanwhile.
 */
function room(): number {
  const kept = shown?.files.filter((file) => file.status !== 'rejected').length ?? 0;
  return (fileLimits?.maxFiles ?? Infinity) - kept;
}

const chooser = attachFileChooser(evidenceInput, byId('evidence-chosen'), room, () => fileLimits);

filesForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!session) return;
  filesResult.textContent = '';
  const files = chooser.files();
  const problem = files.length ? checkFiles(files, room(), fileLimits).join(' ') : TRACK_WORDS.chooseFiles;
  setFieldError(evidenceInput, problem || undefined);
  if (problem) return evidenceInput.focus();
  uploader.send(files);
  chooser.reset();
  announce(status, TRACK_WORDS.sendingFiles(files.length));
});
readyToSubmit(filesForm);


// --- The channel-experience survey of a concluded case (web/src/experience-survey.ts) ------------

wireExperienceSurvey({ credentials: () => session, status, onRefused: credentialsRefused });

// --- Signing out ------------------------------------------------------------------------------

/** Forgets the credentials and everything shown about the case. */
function signOut() {
  session = undefined;
  pending = undefined;
  replyForm.reset();
  updateCounter();
  setFieldError(messageInput);
  hideProblem(replyProblem);
  for (const id of ['case-reference', 'case-status', 'case-status-explanation', 'case-outcome-label', 'case-category', 'case-received', 'case-acknowledge-by', 'case-next-update', 'case-updated']) {
    byId(id).textContent = '';
  }
  byId('case-timeline').replaceChildren();
  byId('case-stages').replaceChildren();
  byId('case-messages').replaceChildren();
  shown = undefined;
  uploader.clear();
  byId('case-files').replaceChildren();
  chooser.reset();
  filesResult.textContent = '';
  caseSection.hidden = true;
  trackForm.reset();
  signIn.hidden = false;
  clearExperienceSurvey();
}

byId('sign-out').addEventListener('click', () => {
  signOut();
  byId('signed-out').hidden = false;
  referenceInput.focus();
  announce(status, TRACK_WORDS.signedOut);
});

// A page restored from the back-forward cache must not show the case to the next person at this device.
window.addEventListener('pagehide', () => signOut());
