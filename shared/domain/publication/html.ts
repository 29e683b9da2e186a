// You are here: the one way the server writes HTML. A page is an html`…` template: every value put
// into it is escaped, unless it is itself the result of html`…` (so fragments nest) or was wrapped,
// on purpose and with a reason beside it, by trustedHtml. Forgetting to escape is then impossible;
// not escaping takes a word that a reviewer sees.

/** Known only to this module, so nothing else can make SafeHtml. */
const MAKER = Symbol('html');

/** Markup that is safe to put into a page as it is. Made only by html`…`, joinHtml and trustedHtml. */
export class SafeHtml {
  constructor(
    maker: typeof MAKER,
    readonly markup: string,
  ) {
    if (maker !== MAKER) throw new TypeError('SafeHtml is made by html`…` or trustedHtml');
  }

  toString() {
    return this.markup;
  }
}

/** The fragments this module made: an object that only looks like one (same prototype, a markup field) is not taken. */
const made = new WeakSet<SafeHtml>();

function safe(markup: string) {
  const fragment = new SafeHtml(MAKER, markup);
  made.add(fragment);
  return fragment;
}

/** What a template takes: text and numbers (escaped), fragments (as they are), and lists of those. */
export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe in element content and in quoted attribute values alike. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

function rendered(value: HtmlValue): string {
  if (value instanceof SafeHtml && made.has(value)) return value.markup;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map(rendered).join('');
  // undefined, null or a boolean (a condition written as `a && b` that would print "false"), or an
  // object posing as a fragment.
  throw new TypeError(`html\`\` takes text, numbers and fragments it made, not ${value === null ? 'null' : typeof value}`);
}

/** A template whose every interpolation is escaped, unless it is already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return safe(values.reduce<string>((markup, value, index) => markup + rendered(value) + (strings[index + 1] ?? ''), strings[0] ?? ''));
}

/** Fragments one after another with a separator, which is text like any other (escaped). */
export const joinHtml = (fragments: readonly SafeHtml[], separator: string) => safe(fragments.map(rendered).join(escapeHtml(separator)));

/**
 * Markup taken as safe without escaping. Only for markup this code made itself (a fragment cut out
 * of a page html`…` rendered); never for anything that came from data or a request.
 */
export const trustedHtml = (markup: string) => safe(markup);
