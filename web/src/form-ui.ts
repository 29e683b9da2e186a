// You are here: the form behaviour both public pages share: the error summary with links to the
// fields, per-field messages tied to their control with aria-describedby, character counters, and
// status messages for screen readers.
import { BUDDHIST_ERA_OFFSET, dayFromBuddhistParts } from '../../shared/rules/thai-time';
import { WORDS } from './words';
import { typedLength } from './labels';

export { bangkokToday } from '../../shared/rules/thai-time';

export interface FieldProblem {
  /** The control to link to and describe; absent when the problem belongs to no single field. */
  control?: HTMLElement;
  message: string;
}

/** A new element with its class and text: the pages build what they show from the API's data this way, never from HTML strings. */
export const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, textContent?: string) =>
  Object.assign(document.createElement(tag), { ...(className ? { className } : {}), ...(textContent !== undefined ? { textContent } : {}) });

/** Finds an element the page's HTML is known to contain; a missing one is a page bug worth failing loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

function describedBy(control: HTMLElement, id: string, present: boolean) {
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (present) ids.add(id);
  else ids.delete(id);
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '));
  else control.removeAttribute('aria-describedby');
}

/** The control a summary link moves to: a fieldset's first input, or the control itself. */
function focusTarget(control: HTMLElement): HTMLElement {
  if (control instanceof HTMLFieldSetElement) return control.querySelector<HTMLElement>('input, select, textarea') ?? control;
  return control;
}

/**
 * Shows (or, with no message, removes) the message for one control. The message sits just before
 * the control and is read with it; a fieldset carries it for its whole group.
 */
export function setFieldError(control: HTMLElement, message?: string) {
  const id = `${control.id}-error`;
  let element = document.getElementById(id);
  const wrapper = control.closest('.field');
  if (!message) {
    element?.remove();
    describedBy(control, id, false);
    control.removeAttribute('aria-invalid');
    wrapper?.classList.remove('field--error');
    return;
  }
  if (!element) {
    element = document.createElement('p');
    element.id = id;
    element.className = 'field-error';
    // After the hint when there is one, so the question, its help and then the problem read in order.
    if (control instanceof HTMLFieldSetElement) (control.querySelector(':scope > .hint') ?? control.querySelector('legend')!).after(element);
    else control.before(element);
  }
  element.replaceChildren(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: WORDS.common.errorPrefix }), message);
  describedBy(control, id, true);
  if (!(control instanceof HTMLFieldSetElement)) control.setAttribute('aria-invalid', 'true');
  wrapper?.classList.add('field--error');
}

/** Lists the problems at the top of the form and moves focus there, so every reader finds them first. */
export function showErrorSummary(summary: HTMLElement, problems: FieldProblem[]) {
  const list = summary.querySelector('ul')!;
  list.replaceChildren(
    ...problems.map(({ control, message }) => {
      const item = document.createElement('li');
      if (!control) {
        item.textContent = message;
        return item;
      }
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        // Following the fragment would scroll but not focus; put the cursor in the field and keep its label in view.
        event.preventDefault();
        const target = focusTarget(control);
        target.focus();
        (control.closest('.field') ?? control).scrollIntoView({ block: 'start' });
      });
      item.append(link);
      return item;
    }),
  );
  summary.hidden = false;
  summary.focus();
}

export function hideErrorSummary(summary: HTMLElement) {
  summary.hidden = true;
  summary.querySelector('ul')!.replaceChildren();
}

/** Keeps "ใช้ไปแล้ว n จาก max ตัวอักษร" under a long field; the server counts the same way. */
export function attachCounter(control: HTMLInputElement | HTMLTextAreaElement, max: number) {
  const counter = byId(`${control.id}-count`);
  const update = () => {
    const used = typedLength(control.value.trim());
    const over = used - max;
    counter.textContent = over > 0 ? WORDS.common.counterOver(over, max) : WORDS.common.counter(used, max);
    counter.classList.toggle('counter--over', over > 0);
  };
  control.addEventListener('input', update);
  update();
  return update;
}

/** Puts a message in a live region that is always present; clearing first makes a repeated message be read again. */
export function announce(region: HTMLElement, message: string) {
  region.textContent = '';
  region.textContent = message;
}

/** Shows a problem that is not about one field (no connection, locked, not recognised) in a role="alert" box. */
export function showProblem(notice: HTMLElement, message: string) {
  notice.hidden = false;
  announce(notice, message);
}

export function hideProblem(notice: HTMLElement) {
  notice.textContent = '';
  notice.hidden = true;
}

// --- Dates people type ------------------------------------------------------------------------
// Day, month by name and Buddhist-era year, as the complaint form asks for the incident date: a
// browser's own date picker would show the Christian era. English pages ask the year in the Common
// Era (WORDS.dateInput.buddhistYear), and a year typed in the Buddhist era is taken too.

function datePart(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLDivElement {
  const item = Object.assign(document.createElement('div'), { className: 'date-input__item' });
  item.append(Object.assign(document.createElement('label'), { htmlFor: control.id, textContent: label }), control);
  return item;
}

/** Fills a fieldset (its legend already written) with the three parts of a date, named after its id. */
export function buildThaiDateInput(fieldset: HTMLFieldSetElement) {
  const prefix = fieldset.id;
  const numeric = (id: string, maxLength: number, className: string) =>
    Object.assign(document.createElement('input'), { id, name: id, type: 'text', inputMode: 'numeric', maxLength, autocomplete: 'off', className });
  const month = Object.assign(document.createElement('select'), { id: `${prefix}-month`, name: `${prefix}-month` });
  const words = WORDS.dateInput;
  month.append(new Option('–', ''), ...words.months.map((name, index) => new Option(name, String(index + 1))));
  const row = Object.assign(document.createElement('div'), { className: 'date-input' });
  row.append(datePart(words.day, numeric(`${prefix}-day`, 2, 'input--2')), datePart(words.month, month), datePart(words.year, numeric(`${prefix}-year`, 4, 'input--4')));
  fieldset.append(row);
}

/** Shows an ISO day (YYYY-MM-DD) in the three parts, or empties them. */
export function setThaiDate(fieldset: HTMLFieldSetElement, iso?: string) {
  const [year, month, day] = iso ? iso.split('-').map(Number) : [];
  byId<HTMLInputElement>(`${fieldset.id}-day`).value = day ? String(day) : '';
  byId<HTMLSelectElement>(`${fieldset.id}-month`).value = month ? String(month) : '';
  byId<HTMLInputElement>(`${fieldset.id}-year`).value = year ? String(year + (WORDS.dateInput.buddhistYear ? BUDDHIST_ERA_OFFSET : 0)) : '';
}

/** The date typed in the three parts as YYYY-MM-DD, nothing when all are empty, or why it is not a date. */
export function readThaiDate(fieldset: HTMLFieldSetElement, label: string): { value?: string; error?: string } {
  const part = (suffix: string) => byId<HTMLInputElement | HTMLSelectElement>(`${fieldset.id}-${suffix}`).value.trim();
  const words = WORDS.dateInput;
  const typed = part('year');
  // A Common-Era year (English pages) is written in the Buddhist era for the one rule that reads both.
  const year = !words.buddhistYear && /^\d{4}$/.test(typed) && Number(typed) < 2400 ? String(Number(typed) + BUDDHIST_ERA_OFFSET) : typed;
  const { value, problem } = dayFromBuddhistParts(part('day'), part('month'), year);
  switch (problem) {
    case undefined:
      return value ? { value } : {};
    case 'incomplete':
      return { error: words.incomplete(label) };
    case 'not-numbers':
      return { error: words.notNumbers(label) };
    case 'christian-era':
      // Most likely a Christian-era year; say what it would be in the Buddhist era.
      return { error: words.otherEra(Number(year) >= 1900 ? Number(year) + BUDDHIST_ERA_OFFSET : 2570) };
    case 'no-such-day':
      return { error: words.noSuchDay(label) };
  }
}

/** Removes every field message inside a form, as a fresh form shows none. */
export function clearFieldErrors(scope: HTMLElement) {
  for (const message of [...scope.querySelectorAll<HTMLElement>('.field-error')]) {
    const control = document.getElementById(message.id.replace(/-error$/, ''));
    if (control) setFieldError(control);
    else message.remove();
  }
}

/**
 * Once a question of radios with a message is answered, its message and its line in the summary
 * go, so what remains on screen is only what still needs fixing.
 */
export function clearAnsweredGroups(form: HTMLFormElement, summary: HTMLElement) {
  form.addEventListener('change', (event) => {
    const group = (event.target as HTMLElement).closest<HTMLFieldSetElement>('fieldset[id]');
    if (!group || !document.getElementById(`${group.id}-error`)) return;
    setFieldError(group);
    summary.querySelector(`a[href="#${CSS.escape(group.id)}"]`)?.closest('li')?.remove();
    if (!summary.querySelector('li')) hideErrorSummary(summary);
  });
}

/**
 * Lets a form be sent, once the page's script handles its submit event. The HTML ships every submit
 * button disabled: before the script has loaded, or with JavaScript off, pressing Enter then sends
 * nothing, instead of the browser sending the fields itself (the secret or a name in an address).
 */
export function readyToSubmit(form: HTMLFormElement) {
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')) button.disabled = false;
}

/** The name of the agency this page serves, as the build wrote it from the agency's data (web/layout.ts). */
export const pageAgencyName = (): string => document.documentElement.dataset.agencyName ?? '';
