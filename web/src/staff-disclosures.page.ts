// You are here: the disclosure register's console (staff/disclosures.html), for the agency's admins.
// The list shows every entry by category, with the ones whose next update is past due marked (in
// words and colour, and counted above the table); the form adds an entry with a link or a PDF, which
// goes straight to the bucket and is shown as received once the server has rebuilt it clean.
import { addDisclosure, deleteDisclosure, listDisclosures, newIdempotencyKey, sendToBucket, type DisclosureCategory, type DisclosureInput, type DisclosureRow } from './api';
import { DISCLOSURE_BOUNDS } from '../../shared/rules/text';
import { DISCLOSURE_CATEGORY_LABELS, DISCLOSURE_CATEGORY_ORDER, fileSizeLabel } from './disclosure-labels';
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
import { safeHttpsUrl, typedLength } from './labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { WORDS as PAGE_WORDS } from './words';
import { announceWith, sentenceWith, writtenSlot } from './written-text';

const WORDS = STAFF_WORDS.disclosures;
/** A day (YYYY-MM-DD) in the page's language. */
const formatDay = PAGE_WORDS.formatDay;

const { title: TITLE_MAX, documentBytes: DOCUMENT_MAX_BYTES } = DISCLOSURE_BOUNDS;
/** How long the page waits for the server to rebuild an uploaded PDF before it stops asking. */
const PROCESSING_WAIT_MS = 60_000;

const DOCUMENT_STATUS: Readonly<Record<NonNullable<DisclosureRow['document']>['status'], string>> = WORDS.documentStatuses;

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  if (!allowedHere(session.user, ['admin'], byId('page-problem'), WORDS.what)) return;
  const agency = session.user.agency;

  const form = byId<HTMLFormElement>('disclosure-form');
  const titleInput = byId<HTMLInputElement>('disclosure-title');
  const categorySelect = byId<HTMLSelectElement>('disclosure-category');
  const publishedField = byId<HTMLFieldSetElement>('disclosure-publishedOn');
  const dueField = byId<HTMLFieldSetElement>('disclosure-nextUpdateDue');
  const sourceField = byId<HTMLFieldSetElement>('disclosure-source');
  const linkInput = byId<HTMLInputElement>('disclosure-link');
  const fileInput = byId<HTMLInputElement>('disclosure-document');
  const submit = byId<HTMLButtonElement>('disclosure-submit');
  const summary = byId('error-summary');
  const problem = byId('form-problem');
  const saved = byId('saved-notice');
  const status = byId('page-status');

  for (const category of DISCLOSURE_CATEGORY_ORDER) categorySelect.append(new Option(DISCLOSURE_CATEGORY_LABELS[category], category));
  buildThaiDateInput(publishedField);
  buildThaiDateInput(dueField);
  const updateCounter = attachCounter(titleInput, TITLE_MAX);

  const source = () => form.querySelector<HTMLInputElement>('input[name="disclosure-source"]:checked')?.value as 'link' | 'document' | undefined;
  function showSource() {
    // No aria-expanded on the radio button (ARIA 1.2 allows none); the field follows it in reading order.
    byId('disclosure-link-field').hidden = source() !== 'link';
    byId('disclosure-document-field').hidden = source() !== 'document';
  }
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'disclosure-source') showSource();
  });

  function freshForm() {
    form.reset();
    clearFieldErrors(form);
    setThaiDate(publishedField, bangkokToday());
    setThaiDate(dueField);
    updateCounter();
    showSource();
  }
  freshForm();
  form.hidden = false;

  let idempotencyKey = newIdempotencyKey();
  let busy = false;

  function read(): { input?: DisclosureInput; file?: File; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const check = (control: HTMLElement, message: string | undefined) => {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    };
    const title = titleInput.value.normalize('NFC').trim();
    check(titleInput, !title ? WORDS.titleRequired : typedLength(title) > TITLE_MAX ? WORDS.titleTooLong(TITLE_MAX) : undefined);
    const category = categorySelect.value as DisclosureCategory | '';
    check(categorySelect, category ? undefined : WORDS.chooseCategory);
    const published = readThaiDate(publishedField, WORDS.publishedOn);
    check(publishedField, published.error ?? (published.value ? undefined : WORDS.publishedRequired));
    const due = readThaiDate(dueField, WORDS.nextUpdateDue);
    check(
      dueField,
      due.error ?? (!due.value ? WORDS.dueRequired : published.value && due.value < published.value ? WORDS.dueBeforePublished : undefined),
    );
    const kind = source();
    check(sourceField, kind ? undefined : WORDS.chooseSource);
    const link = linkInput.value.trim();
    if (kind === 'link') check(linkInput, !link ? WORDS.linkRequired : safeHttpsUrl(link) ? undefined : WORDS.linkNotHttps);
    const file = fileInput.files?.[0];
    if (kind === 'document') {
      check(
        fileInput,
        !file ? WORDS.fileRequired : file.size > DOCUMENT_MAX_BYTES ? WORDS.fileTooLarge : file.size === 0 ? WORDS.fileEmpty : undefined,
      );
    }
    if (problems.length || !category || !published.value || !due.value || !kind) return { problems };
    const fields = { title, category, publishedOn: published.value, nextUpdateDue: due.value };
    return kind === 'link' ? { problems, input: { ...fields, link } } : { problems, input: { ...fields, document: { size: file!.size } }, file: file! };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    saved.hidden = true;
    const { input, file, problems } = read();
    if (!input) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);
    busy = true;
    submit.disabled = true;
    const outcome = await callApi(session, (token) => addDisclosure(token, agency, input, idempotencyKey));
    if (outcome.kind === 'ok' && file && outcome.data.upload) {
      const sent = await sendToBucket(outcome.data.upload, file, () => undefined);
      if (sent.kind !== 'ok') {
        busy = false;
        submit.disabled = false;
        return showProblem(problem, WORDS.uploadFailed);
      }
    }
    busy = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'ok') {
      idempotencyKey = newIdempotencyKey();
      freshForm();
      // Said on the page and to screen readers: the entry's title as written, then whether its file is still being cleaned.
      for (const notice of [saved, status]) {
        announceWith(notice, WORDS.added, input.title);
        if (file) notice.append(WORDS.fileProcessing);
      }
      saved.hidden = false;
      await load();
      if (file) void waitForProcessing(outcome.data.entry.id);
      return;
    }
    if (outcome.kind === 'rejected' && outcome.status === 400 && Object.keys(outcome.fields).length) {
      const fieldProblems = Object.keys(outcome.fields).map((field): FieldProblem => {
        const control = document.getElementById(`disclosure-${field.split('.')[0]}`) ?? undefined;
        const message = field === 'link' ? WORDS.refusedLink : WORDS.refusedField;
        if (control) setFieldError(control, message);
        return control ? { control, message } : { message: WORDS.refusedSome };
      });
      return showErrorSummary(summary, fieldProblems);
    }
    showProblem(problem, staffProblem(outcome, WORDS.retryAdd));
  }

  /** Asks again until the uploaded PDF has been rebuilt (or refused), so the row says what became of it. */
  async function waitForProcessing(id: string) {
    const until = Date.now() + PROCESSING_WAIT_MS;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const entries = await load();
      const entry = entries?.find((candidate) => candidate.id === id);
      if (!entry || entry.document?.status !== 'awaiting-upload') return;
    }
  }

  async function load(): Promise<DisclosureRow[] | undefined> {
    const outcome = await callApi(session, (token) => listDisclosures(token, agency));
    if (outcome.kind === 'signed-out') return undefined;
    if (outcome.kind !== 'ok') {
      showProblem(byId('page-problem'), staffProblem(outcome, WORDS.retryReload));
      return undefined;
    }
    const entries = outcome.data.items;
    const overdue = entries.filter((entry) => entry.overdue);
    byId('register-rows').replaceChildren(...entries.map(row));
    byId('register-table').hidden = entries.length === 0;
    byId('register-empty').hidden = entries.length > 0;
    byId('register-summary').textContent = WORDS.total(entries.length);
    const overdueSummary = byId('overdue-summary');
    overdueSummary.textContent = WORDS.overdueSummary(overdue.length);
    overdueSummary.hidden = overdue.length === 0;
    byId('register-section').hidden = false;
    return entries;
  }

  function row(entry: DisclosureRow): HTMLTableRowElement {
    const tr = element('tr', entry.overdue ? 'register-row case-row--overdue' : 'register-row');
    tr.dataset.entry = entry.id;
    const due = element('div');
    due.append(element('span', undefined, formatDay(entry.nextUpdateDue)));
    if (entry.overdue) {
      const flags = element('ul', 'flags');
      const flag = element('li', 'flag');
      const icon = element('span', 'flag__icon', '!');
      icon.setAttribute('aria-hidden', 'true');
      flag.append(icon, WORDS.overdue);
      flags.append(flag);
      due.append(flags);
    }
    const actions = element('div', 'row-actions');
    showActions(actions, entry);
    tr.append(
      labelledCell(WORDS.titleLabel, titleSlot(entry)),
      labelledCell(WORDS.categoryLabel, DISCLOSURE_CATEGORY_LABELS[entry.category]),
      labelledCell(WORDS.publishedOn, formatDay(entry.publishedOn)),
      labelledCell(WORDS.nextUpdateDue, due),
      labelledCell(WORDS.sourceLabel, sourceOf(entry)),
      labelledCell(WORDS.actionsLabel, actions),
    );
    return tr;
  }

  /** An entry's title as its admin wrote it (marked Thai on another language's page). */
  function titleSlot(entry: DisclosureRow): HTMLElement {
    const slot = writtenSlot(entry.title);
    slot.className = 'register-name';
    return slot;
  }

  /** Words only a screen reader says, around an entry's title. */
  function hiddenSentence(message: (title: string) => string, title: string): HTMLElement {
    const hidden = element('span', 'visually-hidden');
    hidden.append(...sentenceWith(message, title));
    return hidden;
  }

  function sourceOf(entry: DisclosureRow): Node | string {
    if (entry.document) {
      return entry.document.status === 'received' && entry.document.size !== undefined
        ? `${DOCUMENT_STATUS.received} (${fileSizeLabel(entry.document.size)})`
        : DOCUMENT_STATUS[entry.document.status];
    }
    const url = safeHttpsUrl(entry.link);
    if (!url) return '';
    const link = element('a', undefined, WORDS.link);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(hiddenSentence(WORDS.linkOf, entry.title));
    return link;
  }

  /** A button whose name says which entry it acts on, since every row has the same visible words. */
  function rowButton(label: string, entry: DisclosureRow, secondary: boolean) {
    const button = element('button', secondary ? 'button button--small button--secondary' : 'button button--small');
    button.type = 'button';
    button.append(label, hiddenSentence((title) => ` “${title}”`, entry.title));
    return button;
  }

  function showActions(actions: HTMLElement, entry: DisclosureRow) {
    const remove = rowButton(WORDS.remove, entry, true);
    remove.addEventListener('click', () => askToRemove(actions, entry));
    actions.replaceChildren(remove);
  }

  /** Deleting takes a second, explicit press: the public page loses the entry at once. */
  function askToRemove(actions: HTMLElement, entry: DisclosureRow) {
    const question = element('p', 'row-actions__question');
    question.append(...sentenceWith(WORDS.confirmQuestion, entry.title));
    const confirm = rowButton(WORDS.confirmRemove, entry, false);
    const keep = rowButton(WORDS.keep, entry, true);
    keep.addEventListener('click', () => {
      showActions(actions, entry);
      actions.querySelector('button')?.focus();
    });
    confirm.addEventListener('click', () => void remove(entry, confirm));
    actions.replaceChildren(question, confirm, keep);
    confirm.focus();
  }

  async function remove(entry: DisclosureRow, button: HTMLButtonElement) {
    if (busy) return;
    busy = true;
    button.disabled = true;
    const outcome = await callApi(session, (token) => deleteDisclosure(token, agency, entry.id));
    busy = false;
    button.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(byId('page-problem'), staffProblem(outcome, WORDS.retry));
    if (await load()) announceWith(status, WORDS.removed, entry.title);
  }

  void load();
}
