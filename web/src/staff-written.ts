// You are here: what a person wrote (an entry's title, a request, a suggestion) placed inside the
// console's own words. It is shown as written, and on a page in another language a Thai value is
// marked lang="th" (fillRegistryText), also when a sentence of the catalogue quotes it.
import { element } from './form-ui';
import { fillRegistryText } from './page-agency';

/** A span holding what someone wrote, marked with its language when it is not the page's. */
export function writtenText(value: string, className?: string): HTMLSpanElement {
  const slot = element('span', className);
  fillRegistryText(slot, value);
  return slot;
}

/**
 * A message of the catalogue that quotes what someone wrote, as nodes: the message's own words
 * around the written value, which keeps its own language mark. The message places the value where
 * its language puts it; a mark no message holds finds where that is.
 */
export function quoting(message: (value: string) => string, value: string): (Node | string)[] {
  const MARK = '\u0000';
  const [before = '', after = ''] = message(MARK).split(MARK);
  return [before, writtenText(value), after].filter((part) => part !== '');
}

/** Puts a message quoting what someone wrote in a live region, read again even when repeated. */
export function announceQuoting(region: HTMLElement, message: (value: string) => string, value: string) {
  region.textContent = '';
  region.append(...quoting(message, value));
}
