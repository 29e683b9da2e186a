// You are here: the queue (staff/cases.html). The filter form never navigates: it drives
// GET /api/cases and mirrors its choices in the address bar (they are not secret), so a reload, Back
// or the case page's link returns to the same view. Late cases say so in words in their own column.
import { listCases, type CaseSummary, type QueueFilters } from './api';
import {
  announce,
  byId,
  element,
  hideProblem,
  setFieldError,
  showProblem,
} from './form-ui';
import { CATEGORY_LABELS, STATUS_LABELS } from './labels';
import { fillRegistryText } from './page-agency';
import { ROLE_LABELS } from './staff-labels';
import { callApi, hasRole, rememberQueueView, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { isOverdue, labelledCell, nextDeadline, overdueFlags, timeElement } from './staff-ui';
import { STAFF_WORDS, staffHref } from './staff-words';

const WORDS = STAFF_WORDS.cases;
const COLUMNS = WORDS.columns;

/** The assignee filter's choices, as the select offers them. Declared before start() runs below, which reads it. */
const ASSIGNEE_FILTERS: Record<string, true> = { me: true, unassigned: true };

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const problem = byId('page-problem');
  if (!hasRole(session.user, 'officer', 'supervisor', 'custodian')) {
    const roles = session.user.roles.map((role) => ROLE_LABELS[role]).join(', ') || STAFF_WORDS.shell.noRoles;
    showProblem(problem, WORDS.notAllowed(roles));
    if (hasRole(session.user, 'admin')) offerAuditLookup();
    return;
  }

  const form = byId<HTMLFormElement>('filters');
  const statusSelect = byId<HTMLSelectElement>('filter-status');
  const categorySelect = byId<HTMLSelectElement>('filter-category');
  const overdueCheck = byId<HTMLInputElement>('filter-overdue');
  const assigneeSelect = byId<HTMLSelectElement>('filter-assignee');
  const submit = byId<HTMLButtonElement>('filters-submit');
  const table = byId<HTMLTableElement>('case-table');
  const rows = byId('case-rows');
  const status = byId('queue-status');
  const nextButton = byId<HTMLButtonElement>('next-page');
  const firstButton = byId<HTMLButtonElement>('first-page');

  for (const [code, label] of Object.entries(STATUS_LABELS)) statusSelect.append(new Option(label, code));
  for (const [code, label] of Object.entries(CATEGORY_LABELS)) categorySelect.append(new Option(label, code));

  // The filters a reload or Back should restore; values the lists do not know are ignored.
  const initial = new URLSearchParams(location.search);
  const known = (value: string | null, choices: Record<string, unknown>) => (value && Object.hasOwn(choices, value) ? value : '');
  statusSelect.value = known(initial.get('status'), STATUS_LABELS);
  categorySelect.value = known(initial.get('category'), CATEGORY_LABELS);
  overdueCheck.checked = initial.get('overdue') === 'true';
  assigneeSelect.value = known(initial.get('assignee'), ASSIGNEE_FILTERS);
  byId('queue-section').hidden = false;

  /** Cursors of the pages shown so far; the last one is the page on screen (undefined: the first). */
  let cursors: (string | undefined)[] = [undefined];
  let nextCursor: string | undefined;
  let loading = false;

  const readFilters = (): QueueFilters => ({
    ...(statusSelect.value ? { status: statusSelect.value as QueueFilters['status'] } : {}),
    ...(categorySelect.value ? { category: categorySelect.value as QueueFilters['category'] } : {}),
    ...(overdueCheck.checked ? { overdue: true } : {}),
    ...(assigneeSelect.value ? { assignee: assigneeSelect.value } : {}),
  });

  /** The filters of the list on screen: paging keeps them even if the form was changed but not sent. */
  let applied = readFilters();

  function rememberFilters() {
    const query = new URLSearchParams();
    const chosen = applied;
    if (chosen.status) query.set('status', chosen.status);
    if (chosen.category) query.set('category', chosen.category);
    if (chosen.overdue) query.set('overdue', 'true');
    if (chosen.assignee) query.set('assignee', chosen.assignee);
    const search = query.toString() ? `?${query.toString()}` : '';
    history.replaceState(null, '', `${location.pathname}${search}`);
    rememberQueueView(search);
  }

  async function load(moveFocus: boolean) {
    if (loading) return;
    loading = true;
    submit.disabled = nextButton.disabled = firstButton.disabled = true;
    hideProblem(problem);
    announce(status, WORDS.loading);
    const cursor = cursors[cursors.length - 1];
    const outcome = await callApi(session, (token) => listCases(token, { ...applied, ...(cursor ? { cursor } : {}) }));
    loading = false;
    submit.disabled = nextButton.disabled = firstButton.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      return showProblem(problem, outcome.kind === 'unavailable' ? WORDS.unavailable : outcome.status === 403 ? WORDS.forbidden : WORDS.refused);
    }
    const { items } = outcome.data;
    nextCursor = outcome.data.cursor;
    rows.replaceChildren(...items.map((item) => caseRow(item, session.user.id)));
    table.hidden = items.length === 0;
    nextButton.hidden = !nextCursor;
    firstButton.hidden = cursors.length === 1;
    const late = items.filter((item) => isOverdue(item.overdue)).length;
    announce(status, items.length ? WORDS.shown(items.length, late, cursors.length) : WORDS.none);
    if (moveFocus) (items.length ? table : status).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursors = [undefined];
    applied = readFilters();
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
  table.tabIndex = -1;
  status.tabIndex = -1;
  rememberFilters();
  void load(false);
}

function caseRow(item: CaseSummary, me: string | undefined): HTMLTableRowElement {
  const row = element('tr', isOverdue(item.overdue) ? 'case-row case-row--overdue' : 'case-row');
  const link = element('a', 'case-link', item.reference);
  link.href = staffHref(`case.html?ref=${encodeURIComponent(item.reference)}`);
  const deadline = nextDeadline(item);
  const due = element('div', 'deadline');
  if (deadline) due.append(element('span', 'deadline__label', `${deadline.label} `), timeElement(deadline.at));
  else due.append(element('span', 'deadline__label', WORDS.finished));
  const flags = overdueFlags(item.overdue);
  // The subject as the reporter wrote it (marked Thai on a page of another language).
  const subject = element('span', 'case-subject');
  fillRegistryText(subject, item.subject);
  row.append(
    labelledCell(COLUMNS.reference, link),
    labelledCell(COLUMNS.subject, subject),
    labelledCell(COLUMNS.category, CATEGORY_LABELS[item.category]),
    labelledCell(COLUMNS.status, element('span', `status-tag status-tag--${item.status}`, STATUS_LABELS[item.status])),
    labelledCell(COLUMNS.assignee, !item.assignee ? WORDS.unassigned : item.assignee === me ? WORDS.assignedToYou : element('span', 'code code--inline', item.assignee)),
    labelledCell(COLUMNS.receivedAt, timeElement(item.receivedAt)),
    labelledCell(COLUMNS.nextDeadline, due, ...(flags ? [flags] : [])),
  );
  return row;
}

/** Administrators read audit trails (not cases): they reach one by its reference. */
function offerAuditLookup() {
  const form = byId<HTMLFormElement>('audit-lookup');
  const input = byId<HTMLInputElement>('audit-reference');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reference = input.value.trim().toUpperCase().replace(/\s/g, '');
    const problem = /^[0-9A-Z]{5}-?[0-9A-Z]{5}$/.test(reference) ? undefined : WORDS.referenceInvalid;
    setFieldError(input, problem);
    if (problem) return input.focus();
    const normalised = reference.includes('-') ? reference : `${reference.slice(0, 5)}-${reference.slice(5)}`;
    location.assign(staffHref(`case.html?ref=${encodeURIComponent(normalised)}`));
  });
}
