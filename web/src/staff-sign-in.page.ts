// You are here: the staff sign-in page (staff/index.html). It reads /config.json to learn how staff
// sign in here: Cognito's hosted UI on AWS, or the local stack's password-less form that exists only
// on a developer's machine. A signed-in tab goes straight to the queue.
import { listAgencies, localAccounts, localSignIn, type LocalAccount, type StaffRole } from './api';
import { announce, byId, hideErrorSummary, hideProblem, setFieldError, showErrorSummary, showProblem, type FieldProblem } from './form-ui';
import { agencyNameIn, fillRegistryText } from './page-agency';
import { ROLE_LABELS } from './staff-labels';
import {
  currentSession,
  loadSignInConfig,
  saveToken,
  STAFF_ROLE_CODES,
  startCognitoSignIn,
  takeConsoleOfSignIn,
  takeNotice,
  takeReturnPath,
  type SignInConfig,
} from './staff-session';
import { STAFF_HOME, STAFF_WORDS } from './staff-words';
import { LANGUAGE } from './words';

const WORDS = STAFF_WORDS.signIn;
const problem = byId('page-problem');
const notice = byId('sign-in-notice');

const NOTICES = { 'signed-out': WORDS.signedOut, expired: WORDS.expired } as const;

/** The longest user name the local issuer takes, as the field's maxlength says. */
const SUB_MAX = 64;

if (currentSession()) {
  location.replace(takeReturnPath());
} else {
  // Back from the hosted UI's sign-out, which knows the Thai page only, a person who signed out of
  // another language's console goes on to its sign-in page (which shows the notice).
  const startedFrom = takeConsoleOfSignIn();
  if (startedFrom !== STAFF_HOME) location.replace(startedFrom);
  else showSignIn();
}

function showSignIn() {
  const shown = takeNotice();
  if (shown) {
    notice.hidden = false;
    announce(notice, NOTICES[shown]);
  }
  void start();
}

async function start() {
  const config = await loadSignInConfig();
  byId('sign-in-loading').hidden = true;
  if (!config) return showProblem(problem, WORDS.noConfig);
  if (config.kind === 'cognito') return showCognito(config);
  await showLocal(config);
}

function showCognito(config: Extract<SignInConfig, { kind: 'cognito' }>) {
  byId('cognito-sign-in').hidden = false;
  const button = byId<HTMLButtonElement>('cognito-start');
  button.addEventListener('click', () => {
    button.disabled = true;
    void startCognitoSignIn(config);
  });
}

// --- The local stack's form -------------------------------------------------------------------

async function showLocal(config: Extract<SignInConfig, { kind: 'local' }>) {
  const form = byId<HTMLFormElement>('local-form');
  const summary = byId('error-summary');
  const subInput = byId<HTMLInputElement>('sub');
  const rolesFieldset = byId<HTMLFieldSetElement>('roles');
  const agencySelect = byId<HTMLSelectElement>('agency');
  const submit = byId<HTMLButtonElement>('local-submit');

  const roleOptions = byId('role-options');
  for (const role of STAFF_ROLE_CODES) {
    const item = Object.assign(document.createElement('div'), { className: 'checkbox' });
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'roles', value: role, id: `role-${role}` });
    const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: ROLE_LABELS[role] });
    item.append(input, label);
    roleOptions.append(item);
  }
  // The registry's active agencies (before the form shows), and the accounts the local directory holds.
  const agencies = await listAgencies();
  for (const agency of agencies.kind === 'ok' ? agencies.data.agencies : []) {
    // The agency's name in the page's language when the registry has one, else its Thai name, marked so.
    const { name, lang } = agencyNameIn(agency);
    const option = Object.assign(document.createElement('option'), { value: agency.id, textContent: name, selected: agency.id === 'bma-health' });
    if (lang !== LANGUAGE) option.lang = lang;
    agencySelect.append(option);
  }
  void localAccounts().then((outcome) => {
    if (outcome.kind !== 'ok' || outcome.data.accounts.length === 0) return;
    const list = byId('local-account-list');
    for (const account of outcome.data.accounts) list.append(accountItem(account));
    byId('local-accounts').hidden = false;
  });
  byId('local-sign-in').hidden = false;

  function accountItem(account: LocalAccount) {
    const item = document.createElement('li');
    // The account's name and unit are shown as the administrator wrote them (marked Thai on other pages).
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--secondary' });
    const name = document.createElement('span');
    fillRegistryText(name, account.name);
    button.append(`${WORDS.signInAs} `, name, ` (${account.email})`);
    const detail = Object.assign(document.createElement('span'), { className: 'hint' });
    detail.append(` ${account.roles.map((role) => ROLE_LABELS[role]).join(', ')} · ${account.agency}`);
    if (account.unit) {
      const unit = document.createElement('span');
      fillRegistryText(unit, account.unit);
      detail.append(' · ', unit);
    }
    button.addEventListener('click', () => {
      button.disabled = true;
      void localSignIn(config.endpoint, { account: account.id }).then((outcome) => {
        button.disabled = false;
        if (outcome.kind === 'ok' && saveToken(outcome.data.token)) return location.assign(takeReturnPath());
        showProblem(problem, WORDS.accountFailed);
      });
    });
    item.append(button, detail);
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!submit.disabled) void signIn();
  });

  async function signIn() {
    hideProblem(problem);
    notice.hidden = true;
    const sub = subInput.value.normalize('NFC').trim();
    const roles = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((input) => input.value as StaffRole);
    const problems: FieldProblem[] = [];
    for (const [control, message] of [
      [subInput, sub ? ([...sub].length > SUB_MAX ? WORDS.subTooLong(SUB_MAX) : undefined) : WORDS.subRequired],
      [rolesFieldset, roles.length ? undefined : WORDS.rolesRequired],
    ] as const) {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    }
    if (problems.length) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);

    submit.disabled = true;
    const outcome = await localSignIn(config.endpoint, { sub, roles, agency: agencySelect.value });
    submit.disabled = false;
    if (outcome.kind === 'ok' && saveToken(outcome.data.token)) {
      location.assign(takeReturnPath());
      return;
    }
    showProblem(problem, outcome.kind === 'unavailable' ? WORDS.unavailable : WORDS.refused);
  }
}
