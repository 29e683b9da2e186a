// You are here: the signed-in member's notification preferences (staff/notifications.html). Per kind,
// an e-mail at once or a line in the next morning's digest; the server keeps the choice under the
// member's own id (GET/PUT /api/me/notification-preferences), so there is no one else's to choose.
import { notificationPreferences, saveNotificationPreferences, type NotificationPreferences } from './api';
import { announce, byId, element, hideProblem, showProblem } from './form-ui';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { LANGUAGE } from './words';

const WORDS = STAFF_WORDS.notifications;

/** The kinds in the order the form asks, in the words of the messages themselves. */
const KINDS: readonly { kind: keyof NotificationPreferences; legend: string; hint: string }[] = (['case-new', 'reporter-activity', 'report-sign-off'] as const).map((kind) => ({
  kind,
  ...WORDS.kinds[kind],
}));
const MODES = (['immediate', 'digest'] as const).map((mode) => ({ mode, label: WORDS.modes[mode] }));

const session = requireSession();
if (session) void start(session);

async function start(session: StaffSession) {
  showSignedInUser(session.user);
  const form = byId<HTMLFormElement>('preferences-form');
  const fields = byId('preference-fields');
  const submit = byId<HTMLButtonElement>('preferences-submit');
  const problem = byId('form-problem');
  const saved = byId('saved-notice');
  const status = byId('page-status');

  for (const { kind, legend, hint } of KINDS) {
    const fieldset = element('fieldset', 'field');
    fieldset.id = `preference-${kind}`;
    const hintId = `preference-${kind}-hint`;
    fieldset.setAttribute('aria-describedby', hintId);
    fieldset.append(Object.assign(document.createElement('legend'), { textContent: legend }), Object.assign(element('p', 'hint'), { id: hintId, textContent: hint }));
    const radios = element('div', 'radios');
    for (const { mode, label } of MODES) {
      const item = element('div', 'radio');
      const input = Object.assign(document.createElement('input'), { type: 'radio', name: kind, value: mode, id: `preference-${kind}-${mode}` });
      item.append(input, Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label }));
      radios.append(item);
    }
    fieldset.append(radios);
    fields.append(fieldset);
  }

  const show = (preferences: NotificationPreferences) => {
    for (const { kind } of KINDS) {
      const input = document.getElementById(`preference-${kind}-${preferences[kind]}`) as HTMLInputElement | null;
      if (input) input.checked = true;
    }
  };

  const loaded = await callApi(session, (token) => notificationPreferences(token));
  if (loaded.kind === 'signed-out') return;
  if (loaded.kind !== 'ok') return showProblem(problem, staffProblem(loaded, WORDS.retryLoad));
  show(loaded.data);
  form.hidden = false;

  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    saved.hidden = true;
    const modeOf = (kind: keyof NotificationPreferences) => (form.querySelector<HTMLInputElement>(`input[name="${kind}"]:checked`)?.value === 'digest' ? 'digest' : 'immediate');
    const chosen: NotificationPreferences = { 'case-new': modeOf('case-new'), 'reporter-activity': modeOf('reporter-activity'), 'report-sign-off': modeOf('report-sign-off') };
    busy = true;
    submit.disabled = true;
    const outcome = await callApi(session, (token) => saveNotificationPreferences(token, { ...chosen, language: LANGUAGE }));
    busy = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(problem, staffProblem(outcome, WORDS.retrySave));
    show(outcome.data);
    saved.textContent = WORDS.saved;
    saved.hidden = false;
    announce(status, saved.textContent);
  }
}
