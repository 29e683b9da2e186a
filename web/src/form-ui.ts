// You are here: the form behaviour both public pages share: the error summary with links to the
// fields, per-field messages tied to their control with aria-describedby, character counters, and
// status messages for screen readers.
import { codePoints } from './labels';

export interface FieldProblem {
  /** The control to link to and describe; absent when the problem belongs to no single field. */
  control?: HTMLElement;
  message: string;
}

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
  element.replaceChildren(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'ข้อผิดพลาด: ' }), message);
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
    const used = codePoints(control.value.trim());
    const over = used - max;
    counter.textContent = over > 0 ? `เกินกำหนด ${over.toLocaleString('th-TH')} ตัวอักษร (ไม่เกิน ${max.toLocaleString('th-TH')} ตัวอักษร)` : `ใช้ไปแล้ว ${used.toLocaleString('th-TH')} จาก ${max.toLocaleString('th-TH')} ตัวอักษร`;
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
