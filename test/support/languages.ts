// You are here: what the browser tests of the pages in other languages share: where a page in
// English still says something in Thai script without saying it is Thai.
import type { Page } from 'playwright-core';

/**
 * Thai script in what a person reads or hears on the page, outside an element marked lang="th":
 * rendered text (visually hidden text too: screen readers read it), the title, and the attributes
 * assistive technology reads (aria-label, title, alt, placeholder). Each finding names its text.
 */
export function thaiOutsideThaiParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const THAI = /[\u0E00-\u0E7F]/;
    const markedThai = (element: Element) => element.closest('[lang]')?.getAttribute('lang')?.startsWith('th') === true;
    const rendered = (element: Element) => {
      const shown = element.closest('select') ?? element;
      return !shown.closest('[hidden], noscript, script, style, template') && (shown as HTMLElement).checkVisibility({ visibilityProperty: true });
    };
    const found: string[] = [];
    if (THAI.test(document.title)) found.push(`title: ${document.title}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !THAI.test(node.textContent ?? '') || !rendered(parent) || markedThai(parent)) continue;
      found.push(`text: ${node.textContent?.trim()}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && THAI.test(value) && rendered(element) && !markedThai(element)) found.push(`${name}: ${value}`);
      }
    }
    return found;
  });
}
