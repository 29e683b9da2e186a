// You are here: one case for staff (staff/case.html?ref=…). Officers move it along its workflow and
// write to the reporter; custodians may open the reporter's identity with a written reason, and
// custodians and admins read the audit trail. The forms shown follow the token's roles; the server
// decides. An opened identity lives only in the box that shows it, until "hide" or leaving the page.
// Officers and custodians download the cleaned evidence files (each download audited); custodians
// also place or lift a legal hold and export the case for referral, each with a written reason.
import {
  assignCase,
  caseAudit,
  declareConflict,
  exportCase,
  getCase,
  messageReporter,
  newIdempotencyKey,
  requestDownload,
  revealIdentity,
  setLegalHold,
  transitionCase,
  type ApiOutcome,
  type AuditEntry,
  type Outcome,
  type ReporterIdentity,
  type StaffCase,
  type StaffFile,
  type Status,
  type TransitionInput,
} from './api';
import {
  announce,
  attachCounter,
  byId,
  element,
  hideProblem,
  setFieldError,
  showProblem,
} from './form-ui';
import { CATEGORY_LABELS, formatDate, OUTCOME_LABELS, STATUS_LABELS, typedLength } from './labels';
import { EVIDENCE_TYPE_LABELS, FILE_REJECTION_LABELS, FILE_STATUS_LABELS, formatFileSize } from './evidence-labels';
import {
  AUDIT_ACTION_LABELS,
  IDENTITY_LABELS,
  OVERDUE_LABELS,
  REPORTER_MODE_LABELS,
  ROLE_LABELS,
  STAFF_AUTHOR_LABELS,
  STAFF_TEXT_LIMITS,
  staffFieldMessage,
} from './staff-labels';
import { cleaningReport } from './cleaning-labels';
import { fillRegistryText } from './page-agency';
import { callApi, hasRole, queueHref, requireSession, showSignedInUser, type StaffOutcome, type StaffSession } from './staff-session';
import { labelledCell, overdueFlags, staffProblem, timeElement } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { WORDS } from './words';

const W = STAFF_WORDS.case;
const LABELS = STAFF_WORDS.labels;

/** What a person wrote (a subject, a note, a message, a reason), shown as written: on an English page a Thai value is marked lang="th". */
function written<K extends keyof HTMLElementTagNameMap>(tag: K, value: string, className?: string): HTMLElementTagNameMap[K] {
  const slot = element(tag, className);
  fillRegistryText(slot, value);
  return slot;
}

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const statusMessage = byId('case-status-message');
  const pageProblem = byId('case-problem');
  const loading = byId('case-loading');

  byId<HTMLAnchorElement>('back-link').href = queueHref();

  const reference = (new URLSearchParams(location.search).get('ref') ?? '').trim().toUpperCase();
  if (!/^[0-9A-Z]{5}-[0-9A-Z]{5}$/.test(reference)) {
    loading.hidden = true;
    return showProblem(pageProblem, W.noReference);
  }
  byId('case-reference').textContent = reference;
  document.title = W.documentTitle(reference);

  const canRead = hasRole(session.user, 'officer', 'supervisor', 'custodian');
  const canAssign = hasRole(session.user, 'supervisor', 'custodian');
  const canDeclare = hasRole(session.user, 'officer', 'supervisor', 'custodian');
  const canAct = hasRole(session.user, 'officer');
  const canReveal = hasRole(session.user, 'custodian');
  const canKeep = hasRole(session.user, 'custodian');
  const canAudit = hasRole(session.user, 'custodian', 'admin');

  const api = <T>(call: (token: string) => Promise<ApiOutcome<T>>): Promise<StaffOutcome<T>> => callApi(session, call);

  /** The problem to show for a refusal every staff call can meet. */
  function commonProblem(outcome: Exclude<StaffOutcome<unknown>, { kind: 'ok' } | { kind: 'signed-out' }>): string {
    if (outcome.kind === 'unavailable' || outcome.status === 403) return staffProblem(outcome, W.retry);
    if (outcome.status === 404) return W.notFound;
    return W.refused;
  }

  // --- Showing the case -----------------------------------------------------------------------

  let shown: StaffCase | undefined;

  async function load(): Promise<boolean> {
    const outcome = await api((token) => getCase(token, reference));
    loading.hidden = true;
    if (outcome.kind === 'signed-out') return false;
    if (outcome.kind !== 'ok') {
      showProblem(pageProblem, commonProblem(outcome));
      return false;
    }
    hideProblem(pageProblem);
    shown = outcome.data;
    render(outcome.data);
    return true;
  }

  function render(view: StaffCase) {
    fillRegistryText(byId('case-subject'), view.content.subject);
    byId('case-status').textContent = STATUS_LABELS[view.status];
    byId('case-outcome-label').textContent = view.outcome ? OUTCOME_LABELS[view.outcome] : '';
    byId('case-outcome').hidden = !view.outcome;
    const flags = overdueFlags(view.overdue);
    byId('case-flags').replaceChildren(...(flags ? [flags] : []));
    byId('status-card').classList.toggle('status-card--overdue', Boolean(flags));

    const concluded = view.status === 'referred' || view.status === 'closed';
    const deadline = (value: string, late: boolean, label: string) => {
      const parts: Node[] = [timeElement(value)];
      if (late) {
        const flag = element('span', 'flag flag--inline');
        const icon = element('span', 'flag__icon', '!');
        icon.setAttribute('aria-hidden', 'true');
        flag.append(icon, label);
        parts.push(document.createTextNode(' '), flag);
      }
      return parts;
    };
    byId('case-deadlines').replaceChildren(
      fact(STAFF_WORDS.shell.acknowledgeBy, ...deadline(view.deadlines.acknowledgeBy, view.overdue.acknowledgement, OVERDUE_LABELS.acknowledgement)),
      ...(view.deadlines.nextUpdateBy && view.status !== 'received'
        ? [fact(W.nextUpdateBy, ...deadline(view.deadlines.nextUpdateBy, view.overdue.progress, OVERDUE_LABELS.progress))]
        : []),
      fact(STAFF_WORDS.shell.concludeBy, ...(concluded ? [W.concluded] : deadline(view.deadlines.concludeBy, view.overdue.conclusion, OVERDUE_LABELS.conclusion))),
    );

    const { content } = view;
    const facts = W.facts;
    const given = (value: string | undefined) => (value ? written('span', value) : W.notGiven);
    byId('case-facts').replaceChildren(
      fact(facts.category, CATEGORY_LABELS[view.category]),
      fact(facts.reporterMode, REPORTER_MODE_LABELS[view.reporterMode]),
      fact(facts.channel, LABELS.channels[view.channel]),
      fact(facts.kind, LABELS.kinds[view.kind]),
      fact(facts.reporterType, LABELS.reporterTypes[view.reporterType]),
      // A complaint from another channel arrived on its own day, before an officer recorded it.
      ...(view.receivedOn ? [fact(facts.arrivedOn, WORDS.formatDay(view.receivedOn))] : []),
      fact(facts.receivedAt, timeElement(view.receivedAt)),
      fact(facts.updatedAt, timeElement(view.updatedAt)),
      fact(facts.subject, written('span', content.subject)),
      fact(facts.incidentDate, content.incidentDate ? formatDate(`${content.incidentDate}T00:00:00+07:00`) : W.notGiven),
      fact(facts.location, given(content.location)),
      fact(facts.accused, given(content.accused)),
      fact(facts.legalHold, ...(view.legalHold ? [W.heldSince, timeElement(view.legalHold.since)] : [W.notHeld])),
      fact(facts.unit, view.unit ? element('span', 'code code--inline', view.unit) : W.notGiven),
      fact(facts.assignee, ...assigneeText(view)),
      ...(view.concernsHandlers ? [fact(facts.concernsHandlers, W.concernsHandlersYes)] : []),
      ...(view.conflicts ? [fact(facts.conflicts, ...conflictLines(view.conflicts))] : []),
    );
    fillRegistryText(byId('case-description'), content.description);

    byId('case-timeline').replaceChildren(...view.timeline.map(timelineItem));
    byId('case-messages').replaceChildren(...view.messages.map(messageItem));
    byId('no-messages').hidden = view.messages.length > 0;

    renderFiles(view.files);
    if (canAct) renderTransitions(view.allowedTransitions);
    if (canReveal) {
      const identified = view.reporterMode === 'identified';
      byId('reveal-anonymous').hidden = identified;
      revealForm.hidden = !identified || !identityBox.hidden;
    }
    if (canKeep) renderCustody(view);
    if (canAssign) byId('assign-state').replaceChildren(...assigneeText(view));
    byId('case').hidden = false;
  }

  function assigneeText(view: StaffCase): (Node | string)[] {
    if (!view.assignment) return [W.notAssigned];
    const who = view.assignment.assignee === session.user.id ? W.assignedToYou : element('span', 'code code--inline', view.assignment.assignee);
    return [W.assignedTo, who, W.assignedSince, timeElement(view.assignment.since)];
  }

  function conflictLines(conflicts: NonNullable<StaffCase['conflicts']>): Node[] {
    if (conflicts.length === 0) return [document.createTextNode(W.noConflicts)];
    const list = element('ul', 'conflict-list');
    for (const declaration of conflicts) {
      const item = element('li');
      item.append(element('span', 'code code--inline', declaration.staff), ' · ', timeElement(declaration.at), ' · ', written('span', declaration.reason));
      list.append(item);
    }
    return [list];
  }

  function fact(term: string, ...value: (Node | string)[]) {
    const item = element('div', 'facts__item');
    const dd = element('dd');
    dd.append(...value);
    item.append(element('dt', undefined, term), dd);
    return item;
  }

  function timelineItem(event: StaffCase['timeline'][number]) {
    const item = element('li', 'timeline__item');
    const when = element('p', 'timeline__when');
    when.append(timeElement(event.at));
    item.append(element('p', 'timeline__status', STATUS_LABELS[event.status]), when);
    if (event.outcome) item.append(element('p', 'timeline__note', W.outcomeIs(OUTCOME_LABELS[event.outcome])));
    if (event.publicNote) {
      const note = element('p', 'timeline__note');
      note.append(element('strong', undefined, W.toReporter), written('span', event.publicNote));
      item.append(note);
    }
    if (event.internalNote) {
      const note = element('div', 'internal-note');
      note.append(element('p', 'internal-note__label', W.internalNote), written('p', event.internalNote, 'internal-note__body'));
      item.append(note);
    }
    return item;
  }

  function messageItem(message: StaffCase['messages'][number]) {
    const item = element('li', `message message--${message.from}`);
    const header = element('p', 'message__from');
    header.append(element('strong', undefined, STAFF_AUTHOR_LABELS[message.from]), ' · ', timeElement(message.at));
    // textContent, never HTML: a message is text whoever wrote it.
    item.append(header, written('p', message.body, 'message__body'));
    return item;
  }

  // --- Moving the case along (officers) -------------------------------------------------------

  const transitionForm = byId<HTMLFormElement>('transition-form');
  const transitionOptions = byId('transition-options');
  const transitionTo = byId<HTMLFieldSetElement>('transition-to');
  const outcomeField = byId('outcome-field');
  const outcomeSelect = byId<HTMLSelectElement>('outcome');
  const publicNote = byId<HTMLTextAreaElement>('public-note');
  const internalNote = byId<HTMLTextAreaElement>('internal-note');
  const transitionProblem = byId('transition-problem');
  const transitionSubmit = byId<HTMLButtonElement>('transition-submit');
  /** A button's own words (the page's language), put back after "saving…". */
  const transitionIdle = transitionSubmit.textContent ?? '';

  const chosenStatus = () => transitionForm.querySelector<HTMLInputElement>('input[name="to"]:checked')?.value as Status | undefined;

  function renderTransitions(allowed: Status[]) {
    const previous = chosenStatus();
    transitionOptions.replaceChildren(
      ...allowed.map((status) => {
        const item = element('div', 'radio');
        const input = Object.assign(element('input'), { type: 'radio', name: 'to', value: status, id: `to-${status}`, checked: status === previous });
        item.append(input, Object.assign(element('label', undefined, STATUS_LABELS[status]), { htmlFor: input.id }));
        return item;
      }),
    );
    // A single next step is the only choice; picking it for the officer saves a click.
    if (allowed.length === 1) transitionOptions.querySelector<HTMLInputElement>('input')!.checked = true;
    byId('no-transitions').hidden = allowed.length > 0;
    transitionForm.hidden = allowed.length === 0;
    showOutcome();
  }

  function showOutcome() {
    const closing = chosenStatus() === 'closed';
    outcomeField.hidden = !closing;
    if (!closing) {
      outcomeSelect.value = '';
      setFieldError(outcomeSelect);
    }
  }

  const updatePublicCounter = attachCounter(publicNote, STAFF_TEXT_LIMITS.publicNote);
  const updateInternalCounter = attachCounter(internalNote, STAFF_TEXT_LIMITS.internalNote);

  if (canAct) {
    for (const [code, label] of Object.entries(OUTCOME_LABELS)) outcomeSelect.append(new Option(label, code));
    byId('transition-section').hidden = false;
    byId('message-section').hidden = false;
    transitionForm.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'to') showOutcome();
    });
    transitionForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!transitionSubmit.disabled) void transition();
    });
  }

  const cleaned = (control: HTMLTextAreaElement) => control.value.normalize('NFC').trim();

  /** A written reason the server will accept (for a reveal, a hold or an export), or why not. */
  function reasonProblem(reason: string, empty: string, [min, max]: readonly [number, number]): string | undefined {
    const length = typedLength(reason);
    if (!reason) return empty;
    if (length < min) return W.reasonTooShort(min, length);
    if (length > max) return W.reasonTooLong(max);
    return undefined;
  }
  const REVEAL_REASON = [STAFF_TEXT_LIMITS.revealReasonMin, STAFF_TEXT_LIMITS.revealReason] as const;
  const CUSTODY_REASON = [STAFF_TEXT_LIMITS.custodyReasonMin, STAFF_TEXT_LIMITS.custodyReason] as const;
  const CUSTODY_REASON_REFUSED = W.reasonBounds(...CUSTODY_REASON);

  function checkLength(control: HTMLTextAreaElement, label: string, max: number): string | undefined {
    return typedLength(cleaned(control)) > max ? LABELS.fieldTooLong(label, max) : undefined;
  }

  async function transition() {
    hideProblem(transitionProblem);
    const to = chosenStatus();
    const outcome = outcomeSelect.value as Outcome | '';
    const checks: [HTMLElement, string | undefined][] = [
      [transitionTo, to ? undefined : W.chooseStatus],
      [outcomeSelect, to === 'closed' && !outcome ? LABELS.chooseOutcome : undefined],
      [publicNote, checkLength(publicNote, LABELS.fields.publicNote!, STAFF_TEXT_LIMITS.publicNote)],
      [internalNote, checkLength(internalNote, LABELS.fields.internalNote!, STAFF_TEXT_LIMITS.internalNote)],
    ];
    for (const [control, message] of checks) setFieldError(control, message);
    const first = checks.find(([, message]) => message);
    if (first || !to) return focusControl(first?.[0] ?? transitionTo);

    const input: TransitionInput = {
      to,
      ...(to === 'closed' && outcome ? { outcome } : {}),
      ...(cleaned(publicNote) ? { publicNote: cleaned(publicNote) } : {}),
      ...(cleaned(internalNote) ? { internalNote: cleaned(internalNote) } : {}),
    };
    transitionSubmit.disabled = true;
    transitionSubmit.textContent = W.saving;
    const result = await api((token) => transitionCase(token, reference, input));
    transitionSubmit.disabled = false;
    transitionSubmit.textContent = transitionIdle;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      transitionForm.reset();
      updatePublicCounter();
      updateInternalCounter();
      await load();
      announce(statusMessage, W.statusChanged(STATUS_LABELS[to]));
      byId('status-card').scrollIntoView({ block: 'nearest' });
      return;
    }
    if (result.kind === 'rejected' && result.status === 409) {
      // Someone else moved the case first: show it as it is now, and keep what was typed.
      await load();
      return showProblem(transitionProblem, W.statusMovedOn(shown ? STATUS_LABELS[shown.status] : ''));
    }
    if (result.kind === 'rejected' && result.status === 400 && Object.keys(result.fields).length) {
      const controls: Record<string, HTMLElement> = { to: transitionTo, outcome: outcomeSelect, publicNote, internalNote };
      for (const [path, reason] of Object.entries(result.fields)) if (controls[path]) setFieldError(controls[path], staffFieldMessage(path, reason));
      return showProblem(transitionProblem, W.fixFields);
    }
    showProblem(transitionProblem, commonProblem(result));
  }

  function focusControl(control: HTMLElement) {
    const target = control instanceof HTMLFieldSetElement ? control.querySelector<HTMLElement>('input, select, textarea') ?? control : control;
    target.focus();
  }

  // --- Writing to the reporter (officers) -----------------------------------------------------

  const messageForm = byId<HTMLFormElement>('message-form');
  const messageInput = byId<HTMLTextAreaElement>('message');
  const messageProblem = byId('message-problem');
  const messageSubmit = byId<HTMLButtonElement>('message-submit');
  const messageIdle = messageSubmit.textContent ?? '';
  const updateMessageCounter = attachCounter(messageInput, STAFF_TEXT_LIMITS.message);
  /** The message being sent and its key: a retry of the same text reuses the key, so it is stored once. */
  let pending: { key: string; body: string } | undefined;

  messageForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (canAct && !messageSubmit.disabled) void sendMessage();
  });

  async function sendMessage() {
    hideProblem(messageProblem);
    const body = cleaned(messageInput);
    const error = body ? checkLength(messageInput, W.message, STAFF_TEXT_LIMITS.message) : W.messageEmpty;
    setFieldError(messageInput, error);
    if (error) return messageInput.focus();

    if (pending?.body !== body) pending = { key: newIdempotencyKey(), body };
    const key = pending.key;
    messageSubmit.disabled = true;
    messageSubmit.textContent = W.messageSending;
    const result = await api((token) => messageReporter(token, reference, body, key));
    messageSubmit.disabled = false;
    messageSubmit.textContent = messageIdle;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      pending = undefined;
      messageForm.reset();
      updateMessageCounter();
      await load();
      announce(statusMessage, W.messageSent);
      return;
    }
    if (result.kind === 'unavailable') {
      return showProblem(messageProblem, W.messageUnsent);
    }
    const reason = result.fields.body;
    if (result.status === 400 && reason) return setFieldError(messageInput, staffFieldMessage('body', reason));
    showProblem(messageProblem, commonProblem(result));
  }

  // --- Opening the reporter's identity (custodians) -------------------------------------------

  const revealForm = byId<HTMLFormElement>('reveal-form');
  const reasonInput = byId<HTMLTextAreaElement>('reveal-reason');
  const confirmGroup = byId<HTMLFieldSetElement>('reveal-confirm-group');
  const confirmBox = byId<HTMLInputElement>('reveal-confirm');
  const revealProblem = byId('reveal-problem');
  const revealSubmit = byId<HTMLButtonElement>('reveal-submit');
  const identityBox = byId('identity-box');
  const identityList = byId('identity-list');
  const updateReasonCounter = attachCounter(reasonInput, STAFF_TEXT_LIMITS.revealReason);

  if (canReveal) {
    byId('reveal-section').hidden = false;
    revealForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!revealSubmit.disabled) void reveal();
    });
    byId('identity-hide').addEventListener('click', () => {
      hideIdentity();
      revealForm.hidden = shown?.reporterMode !== 'identified';
      reasonInput.focus();
      announce(statusMessage, W.identityHidden);
    });
  }

  async function reveal() {
    hideProblem(revealProblem);
    const reason = cleaned(reasonInput);
    const reasonError = reasonProblem(reason, W.revealReasonEmpty, REVEAL_REASON);
    const confirmError = confirmBox.checked ? undefined : W.revealConfirm;
    setFieldError(reasonInput, reasonError);
    setFieldError(confirmGroup, confirmError);
    if (reasonError) return reasonInput.focus();
    if (confirmError) return confirmBox.focus();

    revealSubmit.disabled = true;
    const result = await api((token) => revealIdentity(token, reference, reason));
    revealSubmit.disabled = false;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      revealForm.reset();
      updateReasonCounter();
      showIdentity(result.data.identity);
      // The reveal is now in the trail; an open trail should say so.
      if (!byId('audit-table').hidden) void loadAudit();
      return;
    }
    if (result.kind === 'rejected' && result.status === 409) {
      return showProblem(revealProblem, W.revealAnonymous);
    }
    if (result.kind === 'rejected' && result.status === 400 && result.fields.reason) {
      return setFieldError(reasonInput, staffFieldMessage('reason', result.fields.reason));
    }
    showProblem(revealProblem, commonProblem(result));
  }

  function showIdentity(identity: ReporterIdentity) {
    const fields = (Object.keys(IDENTITY_LABELS) as (keyof ReporterIdentity)[]).filter((field) => identity[field]);
    identityList.replaceChildren(...fields.map((field) => fact(IDENTITY_LABELS[field], written('span', identity[field]!))));
    revealForm.hidden = true;
    identityBox.hidden = false;
    identityBox.focus();
    announce(statusMessage, W.identityShown);
  }

  function hideIdentity() {
    identityList.replaceChildren();
    identityBox.hidden = true;
  }

  // A page restored from the back-forward cache must not show the identity to the next person.
  window.addEventListener('pagehide', hideIdentity);

  // --- Evidence files (officers, custodians) --------------------------------------------------

  const filesProblem = byId('files-problem');

  function renderFiles(files: StaffFile[]) {
    byId('files-rows').replaceChildren(...files.map(fileRow));
    byId('files-table').hidden = files.length === 0;
    byId('files-hint').hidden = files.length === 0;
    byId('no-files').hidden = files.length > 0;
  }

  function fileRow(file: StaffFile) {
    const row = element('tr', `file-row file-row--${file.status}`);
    // The full hash is one hover away; the short one is enough to tell files apart on screen.
    const hash = file.sha256 ? Object.assign(element('code', 'hash', `${file.sha256.slice(0, 12)}…`), { title: file.sha256 }) : '–';
    const status: (Node | string)[] = [FILE_STATUS_LABELS[file.status]];
    if (file.rejection) status.push(element('br'), FILE_REJECTION_LABELS[file.rejection]);
    if (file.processedAt) status.push(element('br'), timeElement(file.processedAt));
    const report = cleaningReport(file.removed);
    if (report) status.push(element('br'), element('span', 'file-cleaning', report));
    const actions: (Node | string)[] = [];
    if (file.status === 'received') {
      const button = Object.assign(element('button', 'button button--secondary button--small', W.download), { type: 'button' });
      // The reporter's label tells the buttons apart for a screen reader, as the row does for the eye.
      button.append(' ', written('span', file.name, 'visually-hidden'));
      button.addEventListener('click', () => {
        if (!button.disabled) void download(file, button);
      });
      actions.push(button);
    }
    row.append(
      // textContent, never HTML: the name is whatever the reporter's device called the file.
      labelledCell(W.fileCells.name, written('span', file.name, 'file-name')),
      labelledCell(W.fileCells.type, EVIDENCE_TYPE_LABELS[file.type]),
      labelledCell(W.fileCells.size, file.size !== undefined ? formatFileSize(file.size) : '–'),
      labelledCell('SHA-256', hash),
      labelledCell(W.fileCells.status, ...status),
      labelledCell(W.fileCells.download, ...(actions.length ? actions : ['–'])),
    );
    return row;
  }

  async function download(file: StaffFile, button: HTMLButtonElement) {
    hideProblem(filesProblem);
    button.disabled = true;
    const result = await api((token) => requestDownload(token, reference, file.id));
    button.disabled = false;
    if (result.kind === 'signed-out') return;
    if (result.kind !== 'ok') return showProblem(filesProblem, commonProblem(result));
    // A link of a few minutes, opened at once: locally on this origin, on AWS the bucket's, whose answer says "attachment".
    const link = Object.assign(element('a'), { href: new URL(result.data.url, location.href).href, download: result.data.fileName });
    document.body.append(link);
    link.click();
    link.remove();
    announce(statusMessage, W.downloading(result.data.fileName));
    // The download is now in the trail; an open trail should say so.
    if (canAudit && !byId('audit-table').hidden) void loadAudit();
  }

  // --- Assignment (supervisors, custodians) and declared conflicts -----------------------------

  const assignForm = byId<HTMLFormElement>('assign-form');
  const assigneeInput = byId<HTMLInputElement>('assignee');
  const assignReason = byId<HTMLTextAreaElement>('assign-reason');
  const assignSubmit = byId<HTMLButtonElement>('assign-submit');
  const assignIdle = assignSubmit.textContent ?? '';
  const assignProblem = byId('assign-problem');
  const updateAssignCounter = attachCounter(assignReason, STAFF_TEXT_LIMITS.custodyReason);
  const conflictForm = byId<HTMLFormElement>('conflict-form');
  const conflictReason = byId<HTMLTextAreaElement>('conflict-reason');
  const conflictSubmit = byId<HTMLButtonElement>('conflict-submit');
  const conflictProblem = byId('conflict-problem');
  attachCounter(conflictReason, STAFF_TEXT_LIMITS.custodyReason);

  if (canAssign) {
    byId('assign-section').hidden = false;
    assignForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!assignSubmit.disabled) void assign();
    });
  }
  if (canDeclare) {
    byId('conflict-section').hidden = false;
    conflictForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!conflictSubmit.disabled) void declare();
    });
  }

  async function assign() {
    hideProblem(assignProblem);
    const assignee = assigneeInput.value.trim();
    const reason = cleaned(assignReason);
    const reassigning = Boolean(shown?.assignment);
    const checks: [HTMLElement, string | undefined][] = [
      [assigneeInput, assignee ? undefined : W.assigneeEmpty],
      [assignReason, reassigning && !reason ? W.assignReasonEmpty : checkLength(assignReason, W.reason, STAFF_TEXT_LIMITS.custodyReason)],
    ];
    for (const [control, message] of checks) setFieldError(control, message);
    const first = checks.find(([, message]) => message);
    if (first) return focusControl(first[0]);

    assignSubmit.disabled = true;
    assignSubmit.textContent = W.saving;
    const result = await api((token) => assignCase(token, reference, assignee, reason || undefined));
    assignSubmit.disabled = false;
    assignSubmit.textContent = assignIdle;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      assignForm.reset();
      updateAssignCounter();
      await load();
      announce(statusMessage, W.assigned);
      if (canAudit && !byId('audit-table').hidden) void loadAudit();
      return;
    }
    if (result.kind === 'rejected' && result.status === 400 && result.fields.assignee) {
      return setFieldError(assigneeInput, W.assigneeUnknown);
    }
    if (result.kind === 'rejected' && result.status === 400 && result.fields.reason) return setFieldError(assignReason, W.assignReasonEmpty);
    if (result.kind === 'rejected' && result.status === 409) {
      return showProblem(assignProblem, W.assigneeRefused);
    }
    showProblem(assignProblem, commonProblem(result));
  }

  async function declare() {
    hideProblem(conflictProblem);
    const reason = cleaned(conflictReason);
    const problem = reasonProblem(reason, W.conflictEmpty, CUSTODY_REASON);
    setFieldError(conflictReason, problem);
    if (problem) return conflictReason.focus();
    conflictSubmit.disabled = true;
    const result = await api((token) => declareConflict(token, reference, reason));
    conflictSubmit.disabled = false;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      // The case is hidden from the declarer from now on: nothing of it stays on screen.
      byId('case').hidden = true;
      byId('audit-section').hidden = true;
      showProblem(pageProblem, W.conflictDeclared);
      return;
    }
    if (result.kind === 'rejected' && result.status === 400 && result.fields.reason) return setFieldError(conflictReason, CUSTODY_REASON_REFUSED);
    showProblem(conflictProblem, commonProblem(result));
  }

  // --- Legal hold and export (custodians) -----------------------------------------------------

  const holdForm = byId<HTMLFormElement>('hold-form');
  const holdReason = byId<HTMLTextAreaElement>('hold-reason');
  const holdSubmit = byId<HTMLButtonElement>('hold-submit');
  const holdProblem = byId('hold-problem');
  const updateHoldCounter = attachCounter(holdReason, STAFF_TEXT_LIMITS.custodyReason);
  const exportForm = byId<HTMLFormElement>('export-form');
  const exportReason = byId<HTMLTextAreaElement>('export-reason');
  const exportIdentity = byId<HTMLInputElement>('export-identity');
  const exportSubmit = byId<HTMLButtonElement>('export-submit');
  const exportIdle = exportSubmit.textContent ?? '';
  const exportProblem = byId('export-problem');
  const exportResult = byId('export-result');
  const updateExportCounter = attachCounter(exportReason, STAFF_TEXT_LIMITS.custodyReason);

  if (canKeep) {
    byId('hold-section').hidden = false;
    byId('export-section').hidden = false;
    holdForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!holdSubmit.disabled) void changeHold();
    });
    exportForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!exportSubmit.disabled) void exportZip();
    });
  }

  const held = () => Boolean(shown?.legalHold);
  const holdButtonText = () => (held() ? W.release : W.hold);

  function renderCustody(view: StaffCase) {
    const state = byId('hold-state');
    if (view.legalHold) {
      state.replaceChildren(W.heldFrom, timeElement(view.legalHold.since), W.heldUntilReleased);
    } else {
      state.textContent = W.notHeldYet;
    }
    holdSubmit.textContent = holdButtonText();
    // Only an identified complaint has an identity to include.
    const identified = view.reporterMode === 'identified';
    byId('export-identity-field').hidden = !identified;
    if (!identified) exportIdentity.checked = false;
  }

  async function changeHold() {
    hideProblem(holdProblem);
    const reason = cleaned(holdReason);
    const problem = reasonProblem(reason, held() ? W.releaseReasonEmpty : W.holdReasonEmpty, CUSTODY_REASON);
    setFieldError(holdReason, problem);
    if (problem) return holdReason.focus();

    const hold = !held();
    holdSubmit.disabled = true;
    holdSubmit.textContent = W.saving;
    const result = await api((token) => setLegalHold(token, reference, hold, reason));
    holdSubmit.disabled = false;
    holdSubmit.textContent = holdButtonText();
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      holdForm.reset();
      updateHoldCounter();
      await load();
      announce(statusMessage, result.data.legalHold ? W.heldNow : W.releasedNow);
      if (canAudit && !byId('audit-table').hidden) void loadAudit();
      return;
    }
    if (result.kind === 'rejected' && result.status === 409) return showProblem(holdProblem, W.destroyed);
    if (result.kind === 'rejected' && result.status === 400 && result.fields.reason) return setFieldError(holdReason, CUSTODY_REASON_REFUSED);
    showProblem(holdProblem, commonProblem(result));
  }

  async function exportZip() {
    hideProblem(exportProblem);
    hideExport();
    const reason = cleaned(exportReason);
    const problem = reasonProblem(reason, W.exportReasonEmpty, CUSTODY_REASON);
    setFieldError(exportReason, problem);
    if (problem) return exportReason.focus();

    const includeIdentity = exportIdentity.checked && shown?.reporterMode === 'identified';
    exportSubmit.disabled = true;
    exportSubmit.textContent = W.exporting;
    const result = await api((token) => exportCase(token, reference, reason, includeIdentity));
    exportSubmit.disabled = false;
    exportSubmit.textContent = exportIdle;
    if (result.kind === 'signed-out') return;
    if (result.kind === 'ok') {
      exportForm.reset();
      updateExportCounter();
      const { url, fileName, files, includesIdentity, expiresAt } = result.data;
      const link = byId<HTMLAnchorElement>('export-link');
      link.href = new URL(url, location.href).href;
      link.download = fileName;
      link.textContent = W.exportDownload(fileName);
      byId('export-details').replaceChildren(
        [W.exportFiles(files), includesIdentity ? W.withIdentity : W.withoutIdentity, W.linkUntil].join(' · '),
        timeElement(expiresAt),
      );
      exportResult.hidden = false;
      exportResult.focus();
      announce(statusMessage, W.exported);
      if (canAudit && !byId('audit-table').hidden) void loadAudit();
      return;
    }
    if (result.kind === 'rejected' && result.status === 409) {
      return showProblem(exportProblem, result.code === 'anonymous-complaint' ? W.exportAnonymous : W.exportNotReady);
    }
    if (result.kind === 'rejected' && result.status === 400 && result.fields.reason) return setFieldError(exportReason, CUSTODY_REASON_REFUSED);
    showProblem(exportProblem, commonProblem(result));
  }

  /** The export link may carry the reporter's identity: it goes with the page, like an opened identity. */
  function hideExport() {
    exportResult.hidden = true;
    const link = byId<HTMLAnchorElement>('export-link');
    link.href = '/';
    link.textContent = '';
    byId('export-details').replaceChildren();
  }
  window.addEventListener('pagehide', hideExport);

  // --- The audit trail (custodians, admins) ---------------------------------------------------

  const auditProblem = byId('audit-problem');
  const auditButton = byId<HTMLButtonElement>('audit-load');

  if (canAudit) {
    byId('audit-section').hidden = false;
    auditButton.addEventListener('click', () => {
      if (!auditButton.disabled) void loadAudit();
    });
  }

  async function loadAudit() {
    hideProblem(auditProblem);
    auditButton.disabled = true;
    const result = await api((token) => caseAudit(token, reference));
    auditButton.disabled = false;
    if (result.kind === 'signed-out') return;
    if (result.kind !== 'ok') return showProblem(auditProblem, commonProblem(result));
    byId('audit-rows').replaceChildren(...result.data.entries.map(auditRow));
    byId('audit-table').hidden = false;
    auditButton.textContent = W.auditReload;
    announce(statusMessage, W.auditShown(result.data.entries.length));
  }

  function auditRow(entry: AuditEntry) {
    const row = element('tr', entry.action === 'identity.reveal' ? 'audit-row audit-row--reveal' : 'audit-row');
    const cell = labelledCell;
    const details: (Node | string)[] = [];
    if (entry.reason) details.push(element('strong', undefined, W.auditReason), written('span', entry.reason));
    if (entry.detail) details.push(...(details.length ? [element('br')] : []), written('span', auditDetail(entry)));
    row.append(
      cell(W.auditCells.at, timeElement(entry.at)),
      cell(W.auditCells.actor, element('span', 'actor', entry.actor)),
      cell(W.auditCells.role, ROLE_LABELS[entry.role] ?? entry.role),
      cell(W.auditCells.action, AUDIT_ACTION_LABELS[entry.action] ?? entry.action),
      cell(W.auditCells.details, ...(details.length ? details : ['–'])),
    );
    return row;
  }

  /**
   * The trail keeps details in codes ("received→acknowledged", "unassigned→officer-2", the channel of a
   * recorded case, "… with identity" for an export); staff read them in words of the page's language.
   * Any other detail is shown as the server wrote it.
   */
  function auditDetail(entry: AuditEntry): string {
    const detail = entry.detail ?? '';
    const [from, to] = detail.split('→') as [string, string | undefined];
    const status = (code: string): string | undefined => (Object.hasOwn(STATUS_LABELS, code) ? STATUS_LABELS[code as Status] : undefined);
    if (entry.action === 'case.transition' && to && status(from) && status(to)) return `${status(from)} → ${status(to)}`;
    if (entry.action === 'case.assign' && to) return `${from === 'unassigned' ? W.notAssigned : from} → ${to}`;
    if (entry.action === 'case.record' && Object.hasOwn(LABELS.channels, detail)) return LABELS.channels[detail as keyof typeof LABELS.channels];
    const exported = /^(\S+) (with|without) identity$/.exec(detail);
    if (entry.action === 'case.export' && exported) return `${exported[1]} · ${exported[2] === 'with' ? W.withIdentity : W.withoutIdentity}`;
    return detail;
  }

  // --- Start ----------------------------------------------------------------------------------

  // On a phone the actions sit below a long case; links at the top save the officer the scrolling.
  const sections = ['transition-section', 'message-section', 'reveal-section', 'hold-section', 'export-section', 'audit-section'].map((id) => byId(id)).filter((section) => !section.hidden);
  if (sections.length) {
    byId('jump-links').querySelector('ul')!.replaceChildren(
      ...sections.map((section) => {
        const link = element('a', undefined, section.querySelector('h2')!.textContent ?? '');
        link.href = `#${section.id}`;
        const item = element('li');
        item.append(link);
        return item;
      }),
    );
  }
  // Shown with what they point to: after the case loads, or at once when only the trail is open to this role.
  const showJumpLinks = () => {
    byId('jump-links').hidden = sections.length === 0;
  };

  if (canRead) {
    void load().then((loaded) => loaded && showJumpLinks());
  } else {
    loading.hidden = true;
    showJumpLinks();
    if (!canAudit) showProblem(pageProblem, W.notAllowed);
  }
}
