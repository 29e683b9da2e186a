// You are here: an officer records a complaint that reached the agency by letter, phone, walk-in, a
// general complaint channel or a referral (staff/record.html), then prints the slip with the
// reference and the secret for the reporter. One Idempotency-Key per fill of the form, so pressing
// again after a lost answer never records the complaint twice.
import { newIdempotencyKey, readAgency, recordComplaint, type RecordedComplaint, type Receipt } from './api';
import {
  announce,
  attachCounter,
  bangkokToday,
  buildThaiDateInput,
  byId,
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
import { CATEGORY_LABELS, formatDate, formatDay, serverFieldMessage, TEXT_BOUNDS, typedLength } from './labels';
import { fillRegistryText, nameSlot } from './page-agency';
import { languageFolder } from '../../shared/rules/languages';
import { PHONE_PATTERN } from '../../shared/rules/contact';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { LANGUAGE } from './words';

const RECORD = STAFF_WORDS.record;
const { channels: CHANNEL_LABELS, kinds: KIND_LABELS, reporterTypes: REPORTER_TYPE_LABELS } = STAFF_WORDS.labels;

/** What an officer may choose: every channel but online, which only the public form sets. */
const RECORDED_CHANNELS = (Object.keys(CHANNEL_LABELS) as RecordedComplaint['channel'][]).filter((channel) => channel !== 'online');
const CHANNEL_HINTS: Partial<Record<RecordedComplaint['channel'], string>> = RECORD.channelHints;

const session = requireSession();
if (session) start(session);

function radios(containerId: string, name: string, labels: Record<string, string>, codes: readonly string[] = Object.keys(labels), hints: Record<string, string> = {}) {
  const container = byId(containerId);
  for (const code of codes) {
    const item = element('div', 'radio');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name, value: code, id: `${name}-${code}` });
    const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: labels[code] ?? code });
    item.append(input, label);
    if (hints[code]) item.append(element('p', 'hint', hints[code]));
    container.append(item);
  }
}

function start(session: StaffSession) {
  showSignedInUser(session.user);
  if (!allowedHere(session.user, ['officer'], byId('page-problem'), RECORD.what)) return;

  const form = byId<HTMLFormElement>('record-form');
  const submit = byId<HTMLButtonElement>('record-submit');
  const summary = byId('error-summary');
  const problem = byId('form-problem');
  const status = byId('page-status');
  const dateField = byId<HTMLFieldSetElement>('receivedOn');
  const unitSelect = byId<HTMLSelectElement>('unit');
  const identityPanel = byId('identity-panel');

  radios('channel-options', 'channel', CHANNEL_LABELS, RECORDED_CHANNELS, CHANNEL_HINTS);
  radios('kind-options', 'kind', KIND_LABELS);
  radios('reporterType-options', 'reporterType', REPORTER_TYPE_LABELS);
  radios('category-options', 'category', CATEGORY_LABELS);
  buildThaiDateInput(dateField);
  setThaiDate(dateField, bangkokToday());
  const counters = [attachCounter(byId<HTMLInputElement>('subject'), TEXT_BOUNDS.subject), attachCounter(byId<HTMLTextAreaElement>('description'), TEXT_BOUNDS.description)];
  for (const update of counters) update();

  // The agency's units, so the officer may name the one the complaint concerns.
  void readAgency(session.user.agency).then((outcome) => {
    if (outcome.kind !== 'ok') return;
    nameSlot(byId('slip-agency'), outcome.data);
    if (!outcome.data.units.length) return;
    // A unit's name is the agency's own, as written (marked Thai on a page in another language).
    unitSelect.append(
      ...outcome.data.units.map((unit) => {
        const option = new Option('', unit.id);
        fillRegistryText(option, unit.nameTh);
        return option;
      }),
    );
    byId('unit-field').hidden = false;
  });

  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value.normalize('NFC').trim();
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== 'reporter-mode') return;
    const identified = checked('reporter-mode') === 'identified';
    // No aria-expanded: a radio button cannot carry it (ARIA 1.2); its checked state says it, and
    // aria-controls names the panel it shows.
    identityPanel.hidden = !identified;
  });
  form.hidden = false;
  submit.disabled = false;

  function read(): { value?: RecordedComplaint; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const check = (control: HTMLElement, message: string | undefined) => {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    };
    const channel = checked('channel') as RecordedComplaint['channel'] | undefined;
    check(byId('channel'), channel ? undefined : RECORD.chooseChannel);
    const day = readThaiDate(dateField, RECORD.receivedOn);
    check(dateField, day.error ?? (!day.value ? RECORD.receivedOnMissing : day.value > bangkokToday() ? RECORD.receivedOnFuture : undefined));
    const kind = checked('kind') as RecordedComplaint['kind'] | undefined;
    check(byId('kind'), kind ? undefined : RECORD.chooseKind);
    const reporterType = checked('reporterType') as RecordedComplaint['reporterType'] | undefined;
    check(byId('reporterType'), reporterType ? undefined : RECORD.chooseReporterType);
    const category = checked('category') as RecordedComplaint['category'] | undefined;
    check(byId('category'), category ? undefined : RECORD.chooseCategory);
    for (const [id, label, max] of [['subject', RECORD.subject, TEXT_BOUNDS.subject], ['description', RECORD.description, TEXT_BOUNDS.description]] as const) {
      const value = text(id);
      check(byId(id), !value ? RECORD.required(label) : typedLength(value) > max ? RECORD.tooLong(label, max) : undefined);
    }
    const mode = checked('reporter-mode');
    check(byId('reporter'), mode ? undefined : RECORD.chooseMode);
    const name = text('reporter-name');
    const phone = text('reporter-phone');
    const address = text('reporter-address');
    if (mode === 'identified') {
      check(byId('reporter-name'), !name ? RECORD.nameMissing : typedLength(name) > TEXT_BOUNDS.name ? RECORD.nameTooLong(TEXT_BOUNDS.name) : undefined);
      check(byId('reporter-phone'), phone && !PHONE_PATTERN.test(phone) ? RECORD.phoneInvalid : undefined);
      check(byId('reporter-address'), typedLength(address) > TEXT_BOUNDS.address ? RECORD.addressTooLong(TEXT_BOUNDS.address) : undefined);
    }
    if (problems.length || !channel || !day.value || !kind || !reporterType || !category || !mode) return { problems };
    const unit = unitSelect.value;
    return {
      problems,
      value: {
        channel,
        receivedOn: day.value,
        kind,
        reporterType,
        category,
        subject: text('subject'),
        description: text('description'),
        ...(unit ? { unit } : {}),
        reporter: mode === 'identified' ? { mode: 'identified', name, ...(phone ? { phone } : {}), ...(address ? { address } : {}) } : { mode: 'anonymous' },
      },
    };
  }

  // One key for this fill of the form: a retry after a lost answer finds the case already recorded.
  const idempotencyKey = newIdempotencyKey();
  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    const { value, problems } = read();
    if (!value) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);
    busy = true;
    submit.disabled = true;
    submit.textContent = RECORD.saving;
    const outcome = await callApi(session, (token) => recordComplaint(token, value, idempotencyKey));
    busy = false;
    submit.disabled = false;
    submit.textContent = RECORD.save;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'ok') return showSlip(value, outcome.data);
    if (outcome.kind === 'rejected' && outcome.status === 400 && Object.keys(outcome.fields).length) {
      const fieldProblems = Object.entries(outcome.fields).map(([path, reason]): FieldProblem => {
        const control = document.getElementById(path.split('.')[0] === 'reporter' ? path.replace('.', '-') : path) ?? undefined;
        const message = serverFieldMessage(path, reason);
        if (control) setFieldError(control, message);
        return control ? { control, message } : { message };
      });
      return showErrorSummary(summary, fieldProblems);
    }
    showProblem(problem, staffProblem(outcome, RECORD.retry));
  }

  function showSlip(value: RecordedComplaint, receipt: Receipt) {
    form.hidden = true;
    byId('record-lead').hidden = true;
    byId('slip-reference').textContent = receipt.reference;
    byId('slip-secret').textContent = receipt.secret;
    byId('slip-channel').textContent = CHANNEL_LABELS[value.channel];
    byId('slip-received').textContent = formatDay(value.receivedOn);
    byId('slip-acknowledge-by').textContent = formatDate(receipt.acknowledgeBy);
    byId('slip-tracking').textContent = `${location.origin}/a/${session.user.agency}/${languageFolder(LANGUAGE)}track.html`;
    const slip = byId('slip');
    slip.hidden = false;
    slip.focus();
    announce(status, RECORD.recorded(receipt.reference));
  }

  byId('slip-print').addEventListener('click', () => {
    // Only the slip is printed, on one page (styles.css, body.printing-slip).
    document.body.classList.add('printing-slip');
    window.print();
    document.body.classList.remove('printing-slip');
  });
}
