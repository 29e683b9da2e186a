// You are here: what a person wrote (a staff member's name, an entry's or a survey's title, a unit's
// name, a request, a suggestion) inside the console's sentences. It is shown as written; on a page in another language a Thai
// value sits in its own element marked lang="th" (fillRegistryText), for screen readers and
// translators, while the sentence around it is the catalogue's.
import { element } from './form-ui';
import { fillRegistryText } from './page-agency';

/** An element holding what someone wrote, marked Thai on another language's page. */
export function writtenSlot(value: string, tag: 'span' | 'li' | 'td' = 'span', className?: string): HTMLElement {
  const slot = element(tag, className);
  fillRegistryText(slot, value);
  return slot;
}

/** A catalogue message around one value someone wrote: the words, with the value in its own slot. */
export function sentenceWith(message: (value: string) => string, value: string): (Node | string)[] {
  // A character no message holds marks where the value goes.
  const mark = '\u{F8FF}';
  const [before = '', after = ''] = message(mark).split(mark);
  return [before, writtenSlot(value), after].filter((part) => part !== '');
}

/** Says such a sentence in a live region or a notice, as announce() says plain text. */
export function announceWith(region: HTMLElement, message: (value: string) => string, value: string) {
  region.textContent = '';
  region.append(...sentenceWith(message, value));
}
