// You are here: the information centre's service log (staff/service-log.html). An administrator
// records each request as it is handled; the quarter's counts reach the executives through the
// indicators. Nothing about the person who asked is recorded.
import { recordServiceRequest, type ServiceRecord } from './api';
import {
  attachCounter,
  bangkokToday,
  buildThaiDateInput,
  byId,
  clearFieldErrors,
  element,
  type FieldProblem,
  hideErrorSummary,
  hideProblem,
  readThaiDate,
  setFieldError,
  setThaiDate,
  showErrorSummary,
  showProblem,
} from './form-ui';
import { INFO_CENTRE_BOUNDS, typedLength } from './labels';
import { SERVICE_CHANNEL_LABELS } from './information-centre-labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { announceWith, sentenceWith, writtenSlot } from './written-text';
import { WORDS } from './words';

const LOG_WORDS = STAFF_WORDS.serviceLog;

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  if (!allowedHere(session.user, ['admin'], byId('page-problem'), LOG_WORDS.what)) return;

  const form = byId<HTMLFormElement>('service-form');
  const dateField = byId<HTMLFieldSetElement>('service-date');
  const channelField = byId<HTMLFieldSetElement>('service-channel');
  const kindInput = byId<HTMLInputElement>('service-requestKind');
  const fulfilledField = byId<HTMLFieldSetElement>('service-fulfilled');
  const daysField = byId('service-days-field');
  const daysInput = byId<HTMLInputElement>('service-daysToFulfil');
  const submit = byId<HTMLButtonElement>('service-submit');
  const summary = byId('error-summary');
  const problem = byId('form-problem');
  const saved = byId('saved-notice');
  const status = byId('page-status');

  buildThaiDateInput(dateField);
  const options = byId('service-channel-options');
  for (const [code, label] of Object.entries(SERVICE_CHANNEL_LABELS)) {
    const item = element('div', 'radio');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'service-channel', value: code, id: `service-channel-${code}` });
    item.append(input, Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label }));
    options.append(item);
  }
  const updateCounter = attachCounter(kindInput, INFO_CENTRE_BOUNDS.requestKind);

  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  function showDays() {
    const fulfilled = checked('service-fulfilled') === 'true';
    daysField.hidden = !fulfilled;
    // No aria-expanded on the radio button (ARIA 1.2 allows none); the field follows it in reading order.
    if (!fulfilled) setFieldError(daysInput);
  }
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'service-fulfilled') showDays();
  });

  function freshForm(date = bangkokToday()) {
    form.reset();
    clearFieldErrors(form);
    setThaiDate(dateField, date);
    updateCounter();
    showDays();
  }
  freshForm();
  form.hidden = false;

  function read(): { record?: ServiceRecord; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const check = (control: HTMLElement, message: string | undefined) => {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    };
    const date = readThaiDate(dateField, LOG_WORDS.date);
    check(dateField, date.error ?? (!date.value ? LOG_WORDS.dateRequired : date.value > bangkokToday() ? LOG_WORDS.dateAfterToday : undefined));
    const channel = checked('service-channel') as ServiceRecord['channel'] | undefined;
    check(channelField, channel ? undefined : LOG_WORDS.chooseChannel);
    const requestKind = kindInput.value.normalize('NFC').trim();
    check(
      kindInput,
      !requestKind ? LOG_WORDS.requestKindRequired : typedLength(requestKind) > INFO_CENTRE_BOUNDS.requestKind ? LOG_WORDS.requestKindTooLong(INFO_CENTRE_BOUNDS.requestKind) : undefined,
    );
    const fulfilledValue = checked('service-fulfilled');
    check(fulfilledField, fulfilledValue ? undefined : LOG_WORDS.chooseFulfilled);
    const fulfilled = fulfilledValue === 'true';
    const daysText = daysInput.value.trim();
    const days = Number(daysText);
    if (fulfilled) {
      check(
        daysInput,
        !daysText ? LOG_WORDS.daysRequired : !/^\d{1,3}$/.test(daysText) || days > INFO_CENTRE_BOUNDS.daysToFulfil ? LOG_WORDS.daysInvalid(INFO_CENTRE_BOUNDS.daysToFulfil) : undefined,
      );
    }
    if (problems.length || !date.value || !channel) return { problems };
    return { problems, record: { date: date.value, channel, requestKind, fulfilled, ...(fulfilled ? { daysToFulfil: days } : {}) } };
  }

  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    saved.hidden = true;
    const { record, problems } = read();
    if (!record) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);
    busy = true;
    submit.disabled = true;
    const outcome = await callApi(session, (token) => recordServiceRequest(token, record));
    busy = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'ok') {
      addSavedRow(record);
      // The next request is most often from the same day; keep the date, clear the rest.
      freshForm(record.date);
      saved.replaceChildren(...sentenceWith(LOG_WORDS.saved, record.requestKind));
      saved.hidden = false;
      announceWith(status, LOG_WORDS.saved, record.requestKind);
      kindInput.focus();
      return;
    }
    if (outcome.kind === 'rejected' && outcome.status === 400 && Object.keys(outcome.fields).length) {
      const fieldProblems = Object.keys(outcome.fields).map((field): FieldProblem => {
        const control = document.getElementById(`service-${field}`) ?? undefined;
        const message = LOG_WORDS.fieldInvalid;
        if (control) setFieldError(control, message);
        return control ? { control, message } : { message: LOG_WORDS.someInvalid };
      });
      return showErrorSummary(summary, fieldProblems);
    }
    showProblem(problem, staffProblem(outcome, LOG_WORDS.pressAgain));
  }

  function addSavedRow(record: ServiceRecord) {
    const row = element('tr');
    const result = record.fulfilled ? LOG_WORDS.fulfilledIn(record.daysToFulfil!) : LOG_WORDS.notFulfilled;
    row.append(
      labelledCell(LOG_WORDS.dateColumn, WORDS.formatDay(record.date)),
      labelledCell(LOG_WORDS.channelColumn, SERVICE_CHANNEL_LABELS[record.channel]),
      labelledCell(LOG_WORDS.requestColumn, writtenSlot(record.requestKind, 'span', 'register-name')),
      labelledCell(LOG_WORDS.resultColumn, result),
    );
    byId('saved-rows').prepend(row);
    byId('saved-section').hidden = false;
  }
}
