// You are here: the administrators' registers (staff/registers.html): knowledge topics published to
// staff (plan item 1.1.3) and the information centre's public-relations channels (2.1.1). Both
// behave alike (list with retired ones, add, edit, retire), so one controller serves both and only
// the fields differ. A retired entry stays for the record and is not edited again.
import { fiscalPeriod, quarterOf } from '../../shared/rules/fiscal';
import {
  addRegisterEntry,
  listRegister,
  replaceRegisterEntry,
  retireRegisterEntry,
  type ApiOutcome,
  type Channel,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
  type Topic,
} from './api';
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
import { formatDateTime, INFO_CENTRE_BOUNDS, safeHttpsUrl, typedLength } from './labels';
import { CHANNEL_KIND_LABELS, MEDIA_TYPE_LABELS } from './information-centre-labels';
import { callApi, requireSession, showSignedInUser, type StaffOutcome, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { announceWith, sentenceWith, writtenSlot } from './written-text';
import { WORDS } from './words';

const REGISTER_WORDS = STAFF_WORDS.registers;
const day = WORDS.formatDay;

/** What differs between the two registers: their words, their fields and how a row reads. */
interface RegisterUi<K extends RegisterKind> {
  kind: K;
  prefix: 'topic' | 'channel';
  words: { add: string; edit: string; retire: string; retireConfirm: string; added: string; saved: string; retired: string };
  read(check: Check): RegisterData[K] | undefined;
  fill(data?: RegisterData[K]): void;
  nameOf(data: RegisterData[K]): string;
  cells(entry: RegisterRow<K>, today: string): HTMLTableCellElement[];
  summary(entries: RegisterRow<K>[], today: string): string;
}

type Check = (id: string, message: string | undefined) => void;

const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id).value.normalize('NFC').trim();

function checkedText(check: Check, id: string, label: string, max: number, required = true): string {
  const value = text(id);
  const { fieldRequired, fieldTooLong } = STAFF_WORDS.labels;
  check(id, !value ? (required ? fieldRequired(label) : undefined) : typedLength(value) > max ? fieldTooLong(label, max) : undefined);
  return value;
}

function checkedDate(check: Check, id: string, label: string, required: boolean): string | undefined {
  const { value, error } = readThaiDate(byId<HTMLFieldSetElement>(id), label);
  check(id, error ?? (!value && required ? REGISTER_WORDS.dateRequired(label) : undefined));
  return value;
}

/** The first day of this fiscal year: topics published since then count toward this year's target. */
const fiscalYearStart = () => fiscalPeriod(quarterOf(new Date()).fiscalYear).firstDay;

const retiredOn = (entry: { retiredAt?: string }) => (entry.retiredAt ? formatDateTime(entry.retiredAt) : '');

const TOPIC_WORDS = REGISTER_WORDS.topics;

const TOPICS: RegisterUi<'topics'> = {
  kind: 'topics',
  prefix: 'topic',
  words: TOPIC_WORDS,
  read(check) {
    const title = checkedText(check, 'topic-title', TOPIC_WORDS.title, INFO_CENTRE_BOUNDS.topicTitle);
    const summary = checkedText(check, 'topic-summary', TOPIC_WORDS.summary, INFO_CENTRE_BOUNDS.topicSummary);
    const mediaType = text('topic-mediaType') as Topic['mediaType'] | '';
    check('topic-mediaType', mediaType ? undefined : TOPIC_WORDS.chooseMediaType);
    const channel = checkedText(check, 'topic-channel', TOPIC_WORDS.channel, INFO_CENTRE_BOUNDS.topicChannel);
    const publishedOn = checkedDate(check, 'topic-publishedOn', TOPIC_WORDS.publishedOn, true);
    const link = text('topic-link');
    check('topic-link', link && (!safeHttpsUrl(link) || link.length > INFO_CENTRE_BOUNDS.link) ? TOPIC_WORDS.badLink : undefined);
    if (!title || !summary || !mediaType || !channel || !publishedOn) return undefined;
    return { title, summary, mediaType, channel, publishedOn, ...(link ? { link } : {}) };
  },
  fill(data) {
    byId<HTMLInputElement>('topic-title').value = data?.title ?? '';
    byId<HTMLTextAreaElement>('topic-summary').value = data?.summary ?? '';
    byId<HTMLSelectElement>('topic-mediaType').value = data?.mediaType ?? '';
    byId<HTMLInputElement>('topic-channel').value = data?.channel ?? '';
    setThaiDate(byId<HTMLFieldSetElement>('topic-publishedOn'), data?.publishedOn ?? bangkokToday());
    byId<HTMLInputElement>('topic-link').value = data?.link ?? '';
  },
  nameOf: (data) => data.title,
  cells(entry, today) {
    const { data } = entry;
    const status = entry.retiredAt
      ? statusTag(TOPIC_WORDS.retiredOn(retiredOn(entry)), 'retired')
      : data.publishedOn > today
        ? statusTag(TOPIC_WORDS.waiting, 'waiting')
        : statusTag(TOPIC_WORDS.published, 'active');
    const title = element('div', 'register-name');
    const url = safeHttpsUrl(data.link);
    if (url) {
      const link = element('a');
      link.append(writtenSlot(data.title));
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      title.append(link);
    } else title.append(writtenSlot(data.title));
    title.append(writtenSlot(data.summary, 'span', 'register-note'));
    return [
      labelledCell(TOPIC_WORDS.title, title),
      labelledCell(TOPIC_WORDS.mediaType, MEDIA_TYPE_LABELS[data.mediaType]),
      labelledCell(TOPIC_WORDS.channel, writtenSlot(data.channel)),
      labelledCell(TOPIC_WORDS.publishedOn, day(data.publishedOn)),
      labelledCell(REGISTER_WORDS.status, status),
    ];
  },
  summary(entries, today) {
    const start = fiscalYearStart();
    const counted = entries.filter((entry) => !entry.retiredAt && entry.data.publishedOn >= start && entry.data.publishedOn <= today).length;
    return TOPIC_WORDS.summaryLine(counted);
  },
};

const CHANNEL_WORDS = REGISTER_WORDS.channels;

const CHANNELS: RegisterUi<'channels'> = {
  kind: 'channels',
  prefix: 'channel',
  words: CHANNEL_WORDS,
  read(check) {
    const name = checkedText(check, 'channel-name', CHANNEL_WORDS.name, INFO_CENTRE_BOUNDS.channelName);
    const kind = text('channel-kind') as Channel['kind'] | '';
    check('channel-kind', kind ? undefined : CHANNEL_WORDS.chooseKind);
    const contact = checkedText(check, 'channel-contact', CHANNEL_WORDS.contact, INFO_CENTRE_BOUNDS.channelContact);
    const activeSince = checkedDate(check, 'channel-activeSince', CHANNEL_WORDS.activeSince, true);
    const activeUntil = checkedDate(check, 'channel-activeUntil', CHANNEL_WORDS.activeUntil, false);
    if (activeSince && activeUntil && activeUntil < activeSince) check('channel-activeUntil', CHANNEL_WORDS.untilBeforeSince);
    if (!name || !kind || !contact || !activeSince || (activeUntil && activeUntil < activeSince)) return undefined;
    return { name, kind, contact, activeSince, ...(activeUntil ? { activeUntil } : {}) };
  },
  fill(data) {
    byId<HTMLInputElement>('channel-name').value = data?.name ?? '';
    byId<HTMLSelectElement>('channel-kind').value = data?.kind ?? '';
    byId<HTMLInputElement>('channel-contact').value = data?.contact ?? '';
    setThaiDate(byId<HTMLFieldSetElement>('channel-activeSince'), data?.activeSince ?? bangkokToday());
    setThaiDate(byId<HTMLFieldSetElement>('channel-activeUntil'), data?.activeUntil);
  },
  nameOf: (data) => data.name,
  cells(entry, today) {
    const { data } = entry;
    const status = entry.retiredAt
      ? statusTag(CHANNEL_WORDS.retiredOn(retiredOn(entry)), 'retired')
      : data.activeSince > today
        ? statusTag(CHANNEL_WORDS.notYet, 'waiting')
        : data.activeUntil && data.activeUntil < today
          ? statusTag(CHANNEL_WORDS.closed, 'retired')
          : statusTag(CHANNEL_WORDS.open, 'active');
    const period = data.activeUntil ? CHANNEL_WORDS.between(day(data.activeSince), day(data.activeUntil)) : CHANNEL_WORDS.since(day(data.activeSince));
    return [
      labelledCell(CHANNEL_WORDS.name, writtenSlot(data.name, 'span', 'register-name')),
      labelledCell(CHANNEL_WORDS.kind, CHANNEL_KIND_LABELS[data.kind]),
      labelledCell(CHANNEL_WORDS.contact, writtenSlot(data.contact, 'span', 'register-contact')),
      labelledCell(CHANNEL_WORDS.period, period),
      labelledCell(REGISTER_WORDS.status, status),
    ];
  },
  summary(entries, today) {
    const active = entries.filter((entry) => !entry.retiredAt && entry.data.activeSince <= today && (!entry.data.activeUntil || today <= entry.data.activeUntil)).length;
    return CHANNEL_WORDS.summaryLine(active);
  },
};

function statusTag(label: string, kind: 'active' | 'waiting' | 'retired') {
  return element('span', `status-tag status-tag--${kind}`, label);
}

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['admin'], pageProblem, REGISTER_WORDS.what)) return;

  for (const [code, label] of Object.entries(MEDIA_TYPE_LABELS)) byId<HTMLSelectElement>('topic-mediaType').append(new Option(label, code));
  for (const [code, label] of Object.entries(CHANNEL_KIND_LABELS)) byId<HTMLSelectElement>('channel-kind').append(new Option(label, code));
  for (const id of ['topic-publishedOn', 'channel-activeSince', 'channel-activeUntil']) buildThaiDateInput(byId<HTMLFieldSetElement>(id));
  attachCounter(byId<HTMLInputElement>('topic-title'), INFO_CENTRE_BOUNDS.topicTitle);
  attachCounter(byId<HTMLTextAreaElement>('topic-summary'), INFO_CENTRE_BOUNDS.topicSummary);
  attachCounter(byId<HTMLInputElement>('topic-channel'), INFO_CENTRE_BOUNDS.topicChannel);
  attachCounter(byId<HTMLInputElement>('channel-name'), INFO_CENTRE_BOUNDS.channelName);
  attachCounter(byId<HTMLInputElement>('channel-contact'), INFO_CENTRE_BOUNDS.channelContact);

  registerController(session, TOPICS);
  registerController(session, CHANNELS);
}

function registerController<K extends RegisterKind>(session: StaffSession, ui: RegisterUi<K>) {
  const api = <T>(call: (token: string) => Promise<ApiOutcome<T>>): Promise<StaffOutcome<T>> => callApi(session, call);
  const { prefix, words } = ui;
  const section = byId(`${ui.kind}-section`);
  const table = byId<HTMLTableElement>(`${ui.kind}-table`);
  const rows = byId(`${ui.kind}-rows`);
  const form = byId<HTMLFormElement>(`${prefix}-form`);
  const formTitle = byId(`${prefix}-form-title`);
  const submit = byId<HTMLButtonElement>(`${prefix}-submit`);
  const cancel = byId<HTMLButtonElement>(`${prefix}-cancel`);
  const summary = byId(`${prefix}-error-summary`);
  const problem = byId(`${prefix}-problem`);
  const status = byId('page-status');
  const counters = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];

  let entries: RegisterRow<K>[] = [];
  /** The entry being edited; none while the form adds a new one. */
  let editing: RegisterRow<K> | undefined;
  let busy = false;

  function resetForm() {
    editing = undefined;
    ui.fill();
    clearFieldErrors(form);
    hideErrorSummary(summary);
    hideProblem(problem);
    formTitle.textContent = words.add;
    submit.textContent = words.add;
    cancel.hidden = true;
    // Counters listen for input; a programmatic change tells them too.
    counters.forEach((control) => control.dispatchEvent(new Event('input')));
  }

  async function load(): Promise<boolean> {
    const outcome = await api((token) => listRegister(token, ui.kind));
    if (outcome.kind === 'signed-out') return false;
    if (outcome.kind !== 'ok') {
      showProblem(byId('page-problem'), staffProblem(outcome, REGISTER_WORDS.reload));
      return false;
    }
    entries = outcome.data.items;
    render();
    section.hidden = false;
    return true;
  }

  function render() {
    const today = bangkokToday();
    rows.replaceChildren(...entries.map((entry) => row(entry, today)));
    table.hidden = entries.length === 0;
    byId(`${ui.kind}-empty`).hidden = entries.length > 0;
    byId(`${ui.kind}-summary`).textContent = ui.summary(entries, today);
  }

  function row(entry: RegisterRow<K>, today: string): HTMLTableRowElement {
    const tr = element('tr', entry.retiredAt ? 'register-row register-row--retired' : 'register-row');
    const actions = element('div', 'row-actions');
    if (!entry.retiredAt) showActions(actions, entry);
    tr.append(...ui.cells(entry, today), labelledCell(REGISTER_WORDS.actions, actions));
    return tr;
  }

  /** A button whose name says which entry it acts on, since every row has the same visible words. */
  function rowButton(label: string, entry: RegisterRow<K>, secondary: boolean) {
    const button = element('button', secondary ? 'button button--small button--secondary' : 'button button--small');
    button.type = 'button';
    const name = element('span', 'visually-hidden');
    name.append(' “', writtenSlot(ui.nameOf(entry.data)), '”');
    button.append(label, name);
    return button;
  }

  function showActions(actions: HTMLElement, entry: RegisterRow<K>) {
    const edit = rowButton(REGISTER_WORDS.edit, entry, true);
    edit.addEventListener('click', () => startEditing(entry));
    const retire = rowButton(words.retire, entry, true);
    retire.addEventListener('click', () => askToRetire(actions, entry));
    actions.replaceChildren(edit, retire);
  }

  /** Retiring takes a second, explicit press: it cannot be undone from this page. */
  function askToRetire(actions: HTMLElement, entry: RegisterRow<K>) {
    const question = element('p', 'row-actions__question');
    question.append(...sentenceWith((name) => REGISTER_WORDS.askRetire(words.retire, name), ui.nameOf(entry.data)));
    const confirm = rowButton(words.retireConfirm, entry, false);
    const keep = rowButton(REGISTER_WORDS.keep, entry, true);
    keep.addEventListener('click', () => {
      showActions(actions, entry);
      actions.querySelector('button')?.focus();
    });
    confirm.addEventListener('click', () => void retire(entry, confirm));
    actions.replaceChildren(question, confirm, keep);
    confirm.focus();
  }

  async function retire(entry: RegisterRow<K>, button: HTMLButtonElement) {
    if (busy) return;
    busy = true;
    button.disabled = true;
    const outcome = await api((token) => retireRegisterEntry(token, ui.kind, entry.id));
    busy = false;
    button.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(byId('page-problem'), staffProblem(outcome, REGISTER_WORDS.retry));
    if (editing?.id === entry.id) resetForm();
    if (await load()) announceWith(status, (name) => REGISTER_WORDS.done(words.retired, name), ui.nameOf(entry.data));
  }

  function startEditing(entry: RegisterRow<K>) {
    resetForm();
    editing = entry;
    ui.fill(entry.data);
    counters.forEach((control) => control.dispatchEvent(new Event('input')));
    formTitle.replaceChildren(REGISTER_WORDS.editing(words.edit), writtenSlot(ui.nameOf(entry.data)));
    submit.textContent = REGISTER_WORDS.save;
    cancel.hidden = false;
    form.scrollIntoView({ block: 'start' });
    form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  cancel.addEventListener('click', () => {
    resetForm();
    submit.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    const problems: FieldProblem[] = [];
    const data = ui.read((id, message) => {
      const control = byId(id);
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    });
    if (!data || problems.length) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);

    busy = true;
    submit.disabled = true;
    const target = editing;
    const outcome = await api((token) => (target ? replaceRegisterEntry(token, ui.kind, target.id, data) : addRegisterEntry(token, ui.kind, data)));
    busy = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'ok') {
      resetForm();
      if (await load()) announceWith(status, (name) => REGISTER_WORDS.done(target ? words.saved : words.added, name), ui.nameOf(data));
      return;
    }
    if (outcome.kind === 'rejected' && outcome.status === 400 && Object.keys(outcome.fields).length) {
      const fieldProblems = Object.keys(outcome.fields).map((field): FieldProblem => {
        const control = document.getElementById(`${prefix}-${field}`) ?? undefined;
        const message = REGISTER_WORDS.fieldInvalid;
        if (control) setFieldError(control, message);
        return control ? { control, message } : { message: REGISTER_WORDS.someInvalid };
      });
      return showErrorSummary(summary, fieldProblems);
    }
    showProblem(problem, staffProblem(outcome, REGISTER_WORDS.pressAgain(submit.textContent ?? '')));
  }

  resetForm();
  void load();
}

// Last, once both registers' definitions above exist.
const session = requireSession();
if (session) start(session);
