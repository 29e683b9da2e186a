// You are here: the agency-wide audit view (staff/audit.html), for custodians and administrators.
// The filter form never navigates: it drives GET /api/audit and mirrors its choices in the address bar
// (they are not secret), so a reload or Back shows the same view. The server reads only the signed-in
// member's agency and records each page read; this page only asks and shows.
import { agencyAudit, type AgencyAuditPage, type AgencyAuditQuery, type AuditEntry } from './api';
import { EVERY_AUDIT_ACTION_LABEL } from './audit-labels';
import {
  announce,
  buildThaiDateInput,
  byId,
  clearFieldErrors,
  element,
  hideErrorSummary,
  hideProblem,
  readThaiDate,
  setFieldError,
  setThaiDate,
  showErrorSummary,
  showProblem,
  type FieldProblem,
} from './form-ui';
import { STATUS_LABELS } from './labels';
import { fillRegistryText } from './page-agency';
import { ROLE_LABELS } from './staff-labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem, timeElement } from './staff-ui';
import { STAFF_WORDS, staffHref } from './staff-words';

const AUDIT = STAFF_WORDS.audit;

const FILTER_NAMES = ['actor', 'action', 'reference', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['custodian', 'admin'], pageProblem, AUDIT.what)) return;

  const form = byId<HTMLFormElement>('audit-filters');
  const actorInput = byId<HTMLInputElement>('filter-actor');
  const actionSelect = byId<HTMLSelectElement>('filter-action');
  const referenceInput = byId<HTMLInputElement>('filter-reference');
  const fromField = byId<HTMLFieldSetElement>('filter-from');
  const toField = byId<HTMLFieldSetElement>('filter-to');
  const submit = byId<HTMLButtonElement>('filters-submit');
  const summary = byId('error-summary');
  const table = byId<HTMLTableElement>('audit-table');
  const rows = byId('audit-rows');
  const status = byId('audit-status');
  const nextButton = byId<HTMLButtonElement>('next-page');
  const firstButton = byId<HTMLButtonElement>('first-page');

  for (const [code, label] of Object.entries(EVERY_AUDIT_ACTION_LABEL)) actionSelect.append(new Option(label, code));
  buildThaiDateInput(fromField);
  buildThaiDateInput(toField);

  // The view a reload or Back should restore; values the page does not know are ignored.
  const initial = new URLSearchParams(location.search);
  actorInput.value = initial.get('actor') ?? '';
  const action = initial.get('action');
  actionSelect.value = action && Object.hasOwn(EVERY_AUDIT_ACTION_LABEL, action) ? action : '';
  referenceInput.value = initial.get('reference') ?? '';
  const day = (value: string | null) => (value && DAY.test(value) ? value : undefined);
  setThaiDate(fromField, day(initial.get('from')));
  setThaiDate(toField, day(initial.get('to')));
  byId('audit-section').hidden = false;

  /** Cursors of the pages shown so far; the last one is the page on screen (undefined: the first). */
  let cursors: (string | undefined)[] = [undefined];
  let nextCursor: string | undefined;
  let loading = false;

  /** The filters as typed, or the problems with them. */
  function readFilters(): { query?: AgencyAuditQuery; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const from = readThaiDate(fromField, AUDIT.from);
    const to = readThaiDate(toField, AUDIT.to);
    if (from.error) problems.push({ control: fromField, message: from.error });
    if (to.error) problems.push({ control: toField, message: to.error });
    if (!problems.length && from.value && to.value && from.value > to.value) problems.push({ control: fromField, message: AUDIT.fromAfterTo });
    if (problems.length) return { problems };
    const trimmed = (input: HTMLInputElement) => input.value.normalize('NFC').trim();
    const query: AgencyAuditQuery = {
      actor: trimmed(actorInput),
      action: actionSelect.value,
      reference: trimmed(referenceInput),
      ...(from.value ? { from: from.value } : {}),
      ...(to.value ? { to: to.value } : {}),
    };
    return { query, problems };
  }

  /** The filters of the list on screen: paging keeps them even if the form was changed but not sent. */
  let applied: AgencyAuditQuery = readFilters().query ?? {};

  function rememberFilters() {
    const query = new URLSearchParams();
    for (const name of FILTER_NAMES) if (applied[name]) query.set(name, applied[name]);
    const search = query.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  /** A field the server refused, put next to its control in the page's language. */
  function showRefusedFields(fields: Record<string, string>): boolean {
    const controls: Record<string, HTMLElement> = { 'query.actor': actorInput, 'query.action': actionSelect, 'query.reference': referenceInput, 'query.from': fromField, 'query.to': toField };
    const messages: Record<string, string> = {
      'query.actor': AUDIT.refused.actor,
      'query.action': AUDIT.refused.action,
      'query.reference': AUDIT.refused.reference,
      'query.from': AUDIT.refused.from,
      'query.to': AUDIT.refused.to,
    };
    const problems = Object.keys(fields).flatMap((field) => (controls[field] ? [{ control: controls[field], message: messages[field]! }] : []));
    for (const { control, message } of problems) if (control) setFieldError(control, message);
    if (problems.length) showErrorSummary(summary, problems);
    return problems.length > 0;
  }

  async function load(moveFocus: boolean) {
    if (loading) return;
    loading = true;
    submit.disabled = nextButton.disabled = firstButton.disabled = true;
    hideProblem(pageProblem);
    announce(status, AUDIT.loading);
    const cursor = cursors[cursors.length - 1];
    const outcome = await callApi(session, (token) => agencyAudit(token, { ...applied, ...(cursor ? { cursor } : {}) }));
    loading = false;
    submit.disabled = nextButton.disabled = firstButton.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      if (outcome.kind === 'rejected' && outcome.status === 400 && showRefusedFields(outcome.fields)) return;
      return showProblem(pageProblem, staffProblem(outcome, AUDIT.retry));
    }
    show(outcome.data, moveFocus);
  }

  function show(data: AgencyAuditPage, moveFocus: boolean) {
    nextCursor = data.cursor;
    rows.replaceChildren(...data.entries.map(auditRow));
    table.hidden = data.entries.length === 0;
    nextButton.hidden = !nextCursor;
    firstButton.hidden = cursors.length === 1;
    const page = cursors.length > 1 ? AUDIT.pageNumber(cursors.length) : '';
    announce(
      status,
      data.entries.length
        ? AUDIT.shown(page, data.entries.length, nextCursor !== undefined)
        : nextCursor
          // A filtered page reads a bounded stretch of the log; older entries may still match.
          ? AUDIT.noneInStretch(page)
          : AUDIT.none,
    );
    if (moveFocus) (data.entries.length ? table : status).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideErrorSummary(summary);
    const { query, problems } = readFilters();
    if (!query) {
      for (const { control, message } of problems) if (control) setFieldError(control, message);
      return showErrorSummary(summary, problems);
    }
    cursors = [undefined];
    applied = query;
    rememberFilters();
    void load(true);
  });
  nextButton.addEventListener('click', () => {
    if (!nextCursor) return;
    cursors.push(nextCursor);
    void load(true);
  });
  firstButton.addEventListener('click', () => {
    cursors = [undefined];
    void load(true);
  });
  rememberFilters();
  void load(false);
}

function auditRow(entry: AuditEntry): HTMLTableRowElement {
  const row = element('tr', entry.action === 'identity.reveal' ? 'audit-row audit-row--reveal' : 'audit-row');
  const details: (Node | string)[] = [];
  if (entry.reason) details.push(element('strong', undefined, AUDIT.reason), written(entry.reason));
  if (entry.detail) details.push(...(details.length ? [element('br')] : []), written(detailText(entry)));
  const reference: (Node | string)[] = [];
  if (entry.reference) {
    const link = element('a', 'case-link', entry.reference);
    link.href = staffHref(`case.html?ref=${encodeURIComponent(entry.reference)}`);
    reference.push(link);
  } else reference.push(entry.report ? AUDIT.report(entry.report) : '–');
  row.append(
    labelledCell(AUDIT.at, timeElement(entry.at)),
    labelledCell(AUDIT.actor, written(entry.actor, 'actor')),
    labelledCell(AUDIT.role, ROLE_LABELS[entry.role] ?? entry.role),
    labelledCell(AUDIT.action, EVERY_AUDIT_ACTION_LABEL[entry.action] ?? entry.action),
    labelledCell(AUDIT.reference, ...reference),
    labelledCell(AUDIT.details, ...(details.length ? details : ['–'])),
  );
  return row;
}

/** What a person wrote (a reason, a staff ID), as written: marked Thai on a page in another language. */
function written(text: string, className?: string): HTMLSpanElement {
  const span = element('span', className);
  fillRegistryText(span, text);
  return span;
}

/** A transition is recorded as "received→acknowledged"; staff read it with the status labels. */
function detailText(entry: AuditEntry): string {
  const [from, to] = (entry.detail ?? '').split('→') as [keyof typeof STATUS_LABELS, (keyof typeof STATUS_LABELS) | undefined];
  if (entry.action === 'case.transition' && to && STATUS_LABELS[from] && STATUS_LABELS[to]) return `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`;
  return entry.detail ?? '';
}
