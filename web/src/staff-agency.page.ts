// You are here: an agency administrator's page (staff/agency.html): the agency's units and contact
// (PATCH /api/agencies/{id}), and its staff accounts (listed, and created with roles and a unit). The
// agency is the one of the signed-in administrator's token; the server checks that it is theirs.
import { createStaffAccount, liftMailSuppression, listMailSuppressions, listStaffAccounts, newIdempotencyKey, type MailSuppressions, readAgency, updateAgency, type AgencyContact, type AgencyUnit, type PublicAgency, type StaffAccount, type StaffRole } from './api';
import { ACCOUNT_STATUS_LABELS, AGENCY_FIELD_LABELS, CONSOLE_WORDS, consoleFieldMessage } from './agency-console-labels';
import { announce, byId, element, hideErrorSummary, hideProblem, setFieldError, showErrorSummary, showProblem, type FieldProblem } from './form-ui';
import { ROLE_LABELS } from './staff-labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, staffProblem } from './staff-ui';
import { unitRows } from './unit-rows';
import { agencyNameIn, nameSlot } from './page-agency';
import { formatDate } from './labels';
import { LANGUAGE } from './words';
import { announceWith, writtenSlot } from './written-text';

/** The roles an agency's administrator gives its own staff; the platform's role is not theirs to give. */
const AGENCY_ROLES: readonly StaffRole[] = ['officer', 'supervisor', 'custodian', 'executive', 'admin'];
const CONTACT_FIELDS = ['responsibleUnit', 'phone', 'email', 'address', 'dataProtectionContact'] as const;

const session = requireSession();
if (session) void start(session);

/** The API's refusals of named fields, each shown beside its control where the page has one. */
function refusedFields(summary: HTMLElement, fields: Record<string, string>, controlFor: (path: string) => HTMLElement | null) {
  showErrorSummary(
    summary,
    Object.entries(fields).map(([path, reason]): FieldProblem => {
      const control = controlFor(path) ?? undefined;
      const message = consoleFieldMessage(path, reason);
      if (control) setFieldError(control, message);
      return control ? { control, message } : { message };
    }),
  );
}

async function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['admin'], pageProblem, CONSOLE_WORDS.what)) return;
  const agencyId = session.user.agency;

  const loaded = await readAgency(agencyId);
  if (loaded.kind !== 'ok') return showProblem(pageProblem, staffProblem(loaded, CONSOLE_WORDS.retryReload));
  let agency: PublicAgency = loaded.data;
  nameSlot(byId('agency-title'), agency);

  // --- Units and contact ----------------------------------------------------------------------
  const settingsForm = byId<HTMLFormElement>('settings-form');
  const settingsSummary = byId('settings-summary');
  const settingsProblem = byId('settings-problem');
  const settingsDone = byId('settings-done');
  const units = unitRows(byId('settings-units'), byId<HTMLButtonElement>('settings-add-unit'), 'settings-unit');
  const contactInput = (name: (typeof CONTACT_FIELDS)[number]) => byId<HTMLInputElement | HTMLTextAreaElement>(name);
  const unitSelect = byId<HTMLSelectElement>('staff-unit');

  function showAgency() {
    units.set(agency.units);
    for (const name of CONTACT_FIELDS) contactInput(name).value = agency.contact[name] ?? '';
    byId<HTMLInputElement>('publishAfterApproval').checked = agency.publishAfterApproval;
    unitSelect.replaceChildren(unitSelect.options[0]!, ...agency.units.map(unitOption));
  }
  showAgency();
  byId('settings-section').hidden = false;

  settingsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    settingsDone.hidden = true;
    hideErrorSummary(settingsSummary);
    hideProblem(settingsProblem);
    const read = units.read();
    if (read.problems.length) return showErrorSummary(settingsSummary, read.problems);
    const contact: AgencyContact = {};
    for (const name of CONTACT_FIELDS) {
      const value = contactInput(name).value.trim();
      if (value) contact[name] = value;
    }
    const submit = byId<HTMLButtonElement>('settings-submit');
    submit.disabled = true;
    const outcome = await callApi(session, (token) => updateAgency(token, agencyId, { units: read.units, contact, publishAfterApproval: byId<HTMLInputElement>('publishAfterApproval').checked }));
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'rejected' && Object.keys(outcome.fields).length) {
      return refusedFields(settingsSummary, outcome.fields, (path) => document.getElementById(path.replace(/^contact\./, '')));
    }
    if (outcome.kind !== 'ok') return showProblem(settingsProblem, staffProblem(outcome, CONSOLE_WORDS.retrySave));
    agency = outcome.data;
    showAgency();
    settingsDone.hidden = false;
    announce(settingsDone, CONSOLE_WORDS.saved);
  });

  // --- Staff accounts -------------------------------------------------------------------------
  const table = byId<HTMLTableElement>('staff-table');
  const status = byId('staff-status');
  /** A unit in the page's language: its English name on English pages (the Thai one, marked, if it has none). */
  const unitCell = (id: string | undefined) => {
    const unit = id ? agency.units.find((candidate) => candidate.id === id) : undefined;
    if (!unit) return element('td', undefined, id ?? CONSOLE_WORDS.noUnit);
    const { name, lang } = agencyNameIn(unit);
    const cell = element('td', undefined, name);
    if (lang !== LANGUAGE) cell.lang = lang;
    return cell;
  };

  function accountRow(account: StaffAccount): HTMLTableRowElement {
    const row = document.createElement('tr');
    row.append(
      writtenSlot(account.name, 'td'),
      element('td', undefined, account.email),
      element('td', undefined, account.roles.map((role) => ROLE_LABELS[role]).join(', ')),
      unitCell(account.unit),
      element('td', undefined, ACCOUNT_STATUS_LABELS[account.status]),
    );
    return row;
  }

  // The list comes a page at a time (the directory reads an agency's accounts 25 at a time).
  const more = byId<HTMLButtonElement>('staff-more');
  let staffCursor: string | undefined;

  more.addEventListener('click', () => void loadStaff(true));

  async function loadStaff(append = false) {
    const outcome = await callApi(session, (token) => listStaffAccounts(token, agencyId, append ? staffCursor : undefined));
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(pageProblem, staffProblem(outcome, CONSOLE_WORDS.retryReload));
    const body = table.tBodies[0]!;
    const rows = outcome.data.staff.map(accountRow);
    if (append) body.append(...rows);
    else body.replaceChildren(...rows);
    staffCursor = outcome.data.cursor;
    more.hidden = !staffCursor;
    table.hidden = body.rows.length === 0;
    announce(status, body.rows.length ? CONSOLE_WORDS.staffCount(body.rows.length) : CONSOLE_WORDS.noStaff);
  }

  const roleOptions = byId('staff-role-options');
  for (const role of AGENCY_ROLES) {
    const item = element('div', 'checkbox');
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'staff-role', value: role, id: `staff-role-${role}` });
    item.append(input, Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: ROLE_LABELS[role] }));
    roleOptions.append(item);
  }

  const staffForm = byId<HTMLFormElement>('staff-form');
  const staffSummary = byId('staff-summary');
  const staffProblemBox = byId('staff-problem');
  const staffDone = byId('staff-done');
  let idempotencyKey = newIdempotencyKey();
  staffForm.addEventListener('input', () => {
    idempotencyKey = newIdempotencyKey();
  });

  staffForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    staffDone.hidden = true;
    hideErrorSummary(staffSummary);
    hideProblem(staffProblemBox);
    const name = byId<HTMLInputElement>('staff-name');
    const email = byId<HTMLInputElement>('staff-email');
    const rolesGroup = byId('staff-roles');
    const roles = [...staffForm.querySelectorAll<HTMLInputElement>('input[name="staff-role"]:checked')].map((input) => input.value as StaffRole);
    const problems: FieldProblem[] = [];
    const check = (control: HTMLElement, message: string | undefined) => {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    };
    check(name, name.value.trim() ? undefined : CONSOLE_WORDS.required(AGENCY_FIELD_LABELS.name));
    check(email, email.value.trim() ? undefined : CONSOLE_WORDS.required(AGENCY_FIELD_LABELS.email));
    check(rolesGroup, roles.length ? undefined : CONSOLE_WORDS.noRole);
    if (problems.length) return showErrorSummary(staffSummary, problems);

    const submit = byId<HTMLButtonElement>('staff-submit');
    submit.disabled = true;
    const unit = unitSelect.value;
    const outcome = await callApi(session, (token) =>
      createStaffAccount(token, agencyId, { name: name.value.trim(), email: email.value.trim(), roles, ...(unit ? { unit } : {}) }, idempotencyKey),
    );
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'rejected' && Object.keys(outcome.fields).length) {
      const controls: Record<string, string> = { name: 'staff-name', email: 'staff-email', roles: 'staff-roles', unit: 'staff-unit' };
      return refusedFields(staffSummary, outcome.fields, (path) => document.getElementById(controls[path] ?? ''));
    }
    if (outcome.kind !== 'ok') return showProblem(staffProblemBox, staffProblem(outcome, CONSOLE_WORDS.retryCreate));
    staffForm.reset();
    idempotencyKey = newIdempotencyKey();
    staffDone.hidden = false;
    announceWith(staffDone, CONSOLE_WORDS.staffCreated, outcome.data.name);
    await loadStaff();
  });

  byId('staff-section').hidden = false;
  await loadStaff();
  await showSuppressions(session, agencyId);
}

const SUPPRESSION_REASONS: Readonly<Record<MailSuppressions['staff'][number]['reason'], string>> = CONSOLE_WORDS.suppressionReasons;

/** A unit to choose, named in the page's language (the Thai name, marked, where it has no other). */
function unitOption(unit: AgencyUnit): HTMLOptionElement {
  const { name, lang } = agencyNameIn(unit);
  const option = new Option(name, unit.id);
  if (lang !== LANGUAGE) option.lang = lang;
  return option;
}

/** The agency's staff addresses that are not mailed, why and since when; others (reporters') only as a count. */
async function showSuppressions(session: StaffSession, agencyId: string) {
  const table = byId<HTMLTableElement>('suppressions-table');
  const status = byId('suppressions-status');
  const others = byId('suppressions-others');
  const problem = byId('suppressions-problem');

  async function load() {
    const outcome = await callApi(session, (token) => listMailSuppressions(token, agencyId));
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(problem, staffProblem(outcome, CONSOLE_WORDS.retryReload));
    const rows = outcome.data.staff.map((entry) => {
      const lift = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--secondary', textContent: CONSOLE_WORDS.lift });
      lift.setAttribute('aria-label', CONSOLE_WORDS.liftLabel(entry.address));
      lift.addEventListener('click', () => void liftOne(entry.address, lift));
      const action = element('td');
      action.append(lift);
      const row = document.createElement('tr');
      row.append(element('td', undefined, entry.address), element('td', undefined, SUPPRESSION_REASONS[entry.reason]), element('td', undefined, formatDate(entry.since)), action);
      return row;
    });
    table.tBodies[0]!.replaceChildren(...rows);
    table.hidden = rows.length === 0;
    others.hidden = outcome.data.others === 0;
    others.textContent = CONSOLE_WORDS.othersSuppressed(outcome.data.others);
    announce(status, rows.length ? CONSOLE_WORDS.staffSuppressed(rows.length) : CONSOLE_WORDS.noStaffSuppressed);
  }

  async function liftOne(address: string, button: HTMLButtonElement) {
    hideProblem(problem);
    button.disabled = true;
    const outcome = await callApi(session, (token) => liftMailSuppression(token, agencyId, address));
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      button.disabled = false;
      return showProblem(problem, staffProblem(outcome, CONSOLE_WORDS.retryLift));
    }
    await load();
  }

  byId('suppressions-section').hidden = false;
  await load();
}
