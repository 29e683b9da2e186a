// You are here: the platform's console of agencies (staff/agencies.html), for platform-admin only:
// find the active agencies, onboard one (its id, names, contact unit and units) and retire one. An
// onboarding sends one Idempotency-Key per fill of the form, so a retry never creates two.
import { createAgency, listAgencies, newIdempotencyKey, updateAgency, type AgencySummary } from './api';
import { AGENCY_FIELD_LABELS, CONSOLE_WORDS, consoleFieldMessage } from './agency-console-labels';
import { announce, byId, element, hideErrorSummary, hideProblem, setFieldError, showErrorSummary, showProblem, type FieldProblem } from './form-ui';
import { AGENCY_ID } from '../../shared/rules/agency-ids';
import { agencyHome } from '../../shared/rules/agency-path';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { unitRows } from './unit-rows';
import { agencyNameIn } from './page-agency';
import { LANGUAGE } from './words';
import { writtenSlot } from './written-text';

const WORDS = STAFF_WORDS.agencies;

/** The registry's agency id (shared/domain/agencies.ts AGENCY_ID), checked here so a typo is said at once. */

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['platform-admin'], pageProblem, WORDS.what)) return;
  byId('agencies-section').hidden = false;
  byId('onboard-section').hidden = false;

  // --- The list -------------------------------------------------------------------------------
  const table = byId<HTMLTableElement>('agencies-table');
  const body = table.tBodies[0]!;
  const status = byId('agencies-status');
  const more = byId<HTMLButtonElement>('agencies-more');
  const query = byId<HTMLInputElement>('agencies-q');
  let cursor: string | undefined;
  let shownQuery = '';

  function row(agency: AgencySummary): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    // The name in the page's language links the agency's pages; the other name is written beneath it.
    const shown = agencyNameIn(agency);
    const link = Object.assign(document.createElement('a'), { href: agencyHome(agency.id), textContent: shown.name });
    if (shown.lang !== LANGUAGE) link.lang = shown.lang;
    const other = shown.name === agency.nameTh ? agency.nameEn : agency.nameTh;
    const beneath = writtenSlot(other);
    beneath.className = 'hint';
    name.append(link, element('br'), beneath);
    const id = element('td', 'code', agency.id);
    const actions = document.createElement('td');
    const retire = document.createElement('button');
    Object.assign(retire, { type: 'button', className: 'button button--secondary', textContent: WORDS.retire });
    let confirming = false;
    retire.addEventListener('click', async () => {
      // Two presses: retiring stops new complaints for everyone who uses the agency's pages.
      if (!confirming) {
        confirming = true;
        retire.textContent = WORDS.confirmRetire(shown.name);
        return;
      }
      retire.disabled = true;
      const outcome = await callApi(session, (token) => updateAgency(token, agency.id, { status: 'retired' }));
      if (outcome.kind === 'signed-out') return;
      if (outcome.kind !== 'ok') {
        retire.disabled = false;
        return showProblem(pageProblem, staffProblem(outcome, WORDS.retry));
      }
      tr.remove();
      announce(byId('page-status'), WORDS.retired(shown.name));
      announce(status, WORDS.retired(shown.name));
    });
    actions.append(retire);
    tr.append(name, id, actions);
    return tr;
  }

  async function load(q: string, append: boolean) {
    hideProblem(pageProblem);
    announce(status, WORDS.loading);
    const outcome = await listAgencies(q, append ? cursor : undefined);
    if (outcome.kind !== 'ok') {
      announce(status, '');
      return showProblem(pageProblem, staffProblem(outcome, WORDS.retrySearch));
    }
    shownQuery = q;
    cursor = outcome.data.cursor;
    if (!append) body.replaceChildren();
    body.append(...outcome.data.agencies.map(row));
    table.hidden = body.rows.length === 0;
    more.hidden = !cursor;
    announce(status, body.rows.length === 0 ? WORDS.none : q ? WORDS.found(body.rows.length) : WORDS.listAll);
  }

  byId<HTMLFormElement>('agencies-search').addEventListener('submit', (event) => {
    event.preventDefault();
    void load(query.value.trim(), false);
  });
  more.addEventListener('click', () => void load(shownQuery, true));
  void load('', false);

  // --- Onboarding -----------------------------------------------------------------------------
  const form = byId<HTMLFormElement>('onboard-form');
  const summary = byId('error-summary');
  const problem = byId('onboard-problem');
  const submit = byId<HTMLButtonElement>('onboard-submit');
  const units = unitRows(byId('onboard-units'), byId<HTMLButtonElement>('onboard-add-unit'), 'onboard-unit');
  const input = (id: string) => byId<HTMLInputElement>(id);
  let idempotencyKey = newIdempotencyKey();
  // A changed form is a new onboarding; an unchanged one resent is the same, answered once.
  form.addEventListener('input', () => {
    idempotencyKey = newIdempotencyKey();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    byId('onboard-done').hidden = true;
    hideErrorSummary(summary);
    hideProblem(problem);
    const values = { id: input('id').value.trim(), nameTh: input('nameTh').value.trim(), nameEn: input('nameEn').value.trim() };
    const problems: FieldProblem[] = [];
    const check = (id: keyof typeof values, message: string | undefined) => {
      setFieldError(input(id), message);
      if (message) problems.push({ control: input(id), message });
    };
    check('id', !values.id ? CONSOLE_WORDS.required(AGENCY_FIELD_LABELS.id) : AGENCY_ID.test(values.id) ? undefined : WORDS.badId);
    check('nameTh', values.nameTh ? undefined : CONSOLE_WORDS.required(AGENCY_FIELD_LABELS.nameTh));
    check('nameEn', values.nameEn ? undefined : CONSOLE_WORDS.required(AGENCY_FIELD_LABELS.nameEn));
    const read = units.read();
    problems.push(...read.problems);
    if (problems.length) return showErrorSummary(summary, problems);

    const responsibleUnit = input('responsibleUnit').value.trim();
    submit.disabled = true;
    const outcome = await callApi(session, (token) =>
      createAgency(token, { ...values, units: read.units, ...(responsibleUnit ? { contact: { responsibleUnit } } : {}) }, idempotencyKey),
    );
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'rejected' && outcome.status === 409) {
      setFieldError(input('id'), WORDS.taken);
      return showErrorSummary(summary, [{ control: input('id'), message: WORDS.taken }]);
    }
    if (outcome.kind === 'rejected' && Object.keys(outcome.fields).length) {
      return showErrorSummary(
        summary,
        Object.entries(outcome.fields).map(([path, reason]) => {
          const control = document.getElementById(path.replace(/^contact\./, '')) ?? undefined;
          const message = consoleFieldMessage(path, reason);
          if (control) setFieldError(control, message);
          return control ? { control, message } : { message };
        }),
      );
    }
    if (outcome.kind !== 'ok') return showProblem(problem, staffProblem(outcome, WORDS.retryAdd));
    form.reset();
    units.set([]);
    idempotencyKey = newIdempotencyKey();
    const done = byId('onboard-done');
    done.hidden = false;
    announce(done, WORDS.created(agencyNameIn(outcome.data).name));
    void load(shownQuery, false);
  });
}
