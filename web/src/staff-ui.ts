// You are here: the pieces the staff pages share to show a case: dates, the next deadline, and the
// overdue flags, which always say in words what is late (colour and the icon only repeat it).
import { fiscalPeriod, periodFromId, previousQuarter, quarterOf, type Period } from '../../shared/rules/fiscal';
import type { OverdueFlags, StaffRole, Status } from './api';
import type { ApiOutcome } from './api';
import { announce, byId, element, hideProblem, showProblem } from './form-ui';
import { formatDateTime, periodLabel } from './labels';
import { OVERDUE_LABELS, ROLE_LABELS } from './staff-labels';
import { STAFF_WORDS } from './staff-words';
import { callApi, hasRole, type StaffSession, type StaffUser } from './staff-session';

export const timeElement = (iso: string) => Object.assign(document.createElement('time'), { dateTime: iso, textContent: formatDateTime(iso) });

export const isOverdue = (flags: OverdueFlags) => flags.acknowledgement || flags.progress || flags.conclusion;

/** One flag per missed deadline, as a list so a screen reader counts them. */
export function overdueFlags(flags: OverdueFlags): HTMLUListElement | undefined {
  const missed = (Object.keys(OVERDUE_LABELS) as (keyof OverdueFlags)[]).filter((kind) => flags[kind]);
  if (!missed.length) return undefined;
  const list = element('ul', 'flags');
  for (const kind of missed) {
    const item = element('li', 'flag');
    const icon = element('span', 'flag__icon', '!');
    icon.setAttribute('aria-hidden', 'true');
    item.append(icon, OVERDUE_LABELS[kind]);
    list.append(item);
  }
  return list;
}

interface Deadlines {
  status: Status;
  acknowledgeBy: string;
  nextUpdateBy?: string;
  concludeBy: string;
}

/** The promise that falls due first for a case in this status; none once it is concluded. */
export function nextDeadline(deadlines: Deadlines): { label: string; at: string } | undefined {
  if (deadlines.status === 'received') return { label: STAFF_WORDS.shell.acknowledgeBy, at: deadlines.acknowledgeBy };
  if (deadlines.status === 'referred' || deadlines.status === 'closed') return undefined;
  const conclude = { label: STAFF_WORDS.shell.concludeBy, at: deadlines.concludeBy };
  if (!deadlines.nextUpdateBy) return conclude;
  return Date.parse(deadlines.nextUpdateBy) <= Date.parse(deadlines.concludeBy) ? { label: STAFF_WORDS.shell.nextUpdateBy, at: deadlines.nextUpdateBy } : conclude;
}

// --- Shared by the plan's pages (indicators, surveys, suggestions) ----------------------------

/**
 * A table cell that reads its column's name first when the table folds into cards on a phone
 * (styles.css); one wrapper, so the folded card lays out the name beside the whole value.
 */
export function labelledCell(label: string, ...content: (Node | string)[]): HTMLTableCellElement {
  const td = element('td');
  td.dataset.label = label;
  const value = element('div', 'cell');
  value.append(...content);
  td.append(value);
  return td;
}

/**
 * Fills a <select> with the fiscal quarters a report can ask about (this fiscal year's so far and
 * all of last year's, newest first), optionally with the two fiscal years, and selects this quarter.
 */
export function fillPeriodChoices(select: HTMLSelectElement, options: { years: boolean }) {
  const now = quarterOf(new Date());
  const quarters: Period[] = [];
  for (let quarter: Period = now; quarters.length < now.quarter! + 4; quarter = previousQuarter(quarter)) quarters.push(quarter);
  const group = (label: string, periods: Period[]) => {
    const optgroup = Object.assign(document.createElement('optgroup'), { label });
    optgroup.append(...periods.map((period) => new Option(periodLabel(period), period.id, false, period.id === now.id)));
    return optgroup;
  };
  select.replaceChildren(group(STAFF_WORDS.shell.quarters, quarters));
  if (options.years) select.append(group(STAFF_WORDS.shell.fiscalYears, [fiscalPeriod(now.fiscalYear), fiscalPeriod(now.fiscalYear - 1)]));
  select.value = now.id;
}

/** Keeps a page to the roles whose work it is, saying so in words; true when the person may use it. */
export function allowedHere(user: StaffUser, roles: readonly StaffRole[], problem: HTMLElement, what: string): boolean {
  if (hasRole(user, ...roles)) return true;
  const theirs = user.roles.map((role) => ROLE_LABELS[role]).join(', ') || STAFF_WORDS.shell.noRoles;
  const needed = roles.map((role) => ROLE_LABELS[role]).join(STAFF_WORDS.shell.orJoin);
  showProblem(problem, STAFF_WORDS.shell.notAllowed(theirs, what, needed));
  return false;
}

/** Words for a failed staff call that every page can meet. */
export function staffProblem(outcome: { kind: 'unavailable' } | { kind: 'rejected'; status: number }, retry: string): string {
  if (outcome.kind === 'unavailable') return STAFF_WORDS.shell.unavailable(retry);
  if (outcome.status === 403) return STAFF_WORDS.shell.forbidden;
  if (outcome.status === 404) return STAFF_WORDS.shell.notFound;
  return STAFF_WORDS.shell.refused(retry);
}

/**
 * A staff page that shows one period's figures: the period chooser (a reload or Back keeps the period
 * in the address; a value the list does not offer is ignored), one request at a time, the problem and
 * the retry hint when it fails. `show` gets the answer; the first load happens at once. Returns the
 * load, for a page that shows the period again after a change.
 */
export function periodPage<T>(options: {
  session: StaffSession;
  pageProblem: HTMLElement;
  select: HTMLSelectElement;
  years: boolean;
  status: HTMLElement;
  loadingText: string;
  retryText: string;
  fetch: (token: string, period: string) => Promise<ApiOutcome<T>>;
  show: (data: T, period: string, moveFocus: boolean) => void;
}) {
  const { select, status, pageProblem } = options;
  const form = byId<HTMLFormElement>('period-form');
  const submit = byId<HTMLButtonElement>('period-submit');
  fillPeriodChoices(select, { years: options.years });
  const asked = new URLSearchParams(location.search).get('period');
  if (asked && [...select.options].some((option) => option.value === asked)) select.value = asked;
  form.hidden = false;

  let loading = false;
  async function load(moveFocus: boolean) {
    if (loading) return;
    loading = true;
    submit.disabled = true;
    hideProblem(pageProblem);
    const period = select.value;
    history.replaceState(null, '', `${location.pathname}?period=${encodeURIComponent(period)}`);
    announce(status, options.loadingText);
    const outcome = await callApi(options.session, (token) => options.fetch(token, period));
    loading = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      return showProblem(pageProblem, staffProblem(outcome, options.retryText));
    }
    options.show(outcome.data, period, moveFocus);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(true);
  });
  void load(false);
  // For a page that changes what it shows (an approval) and shows the period again.
  return load;
}

/** A period id ("2570-Q1", "2570") in words, or the id itself should it not be one. */
export function periodIdLabel(id: string): string {
  const period = periodFromId(id);
  return period ? periodLabel(period) : id;
}
