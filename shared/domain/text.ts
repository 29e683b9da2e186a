// You are here: text rules shared by every input. Text is NFC-normalised before validation and
// storage, and lengths count code points (docs/architecture.md, Thai conventions), so a Thai sentence is measured as people see it.
import * as z from 'zod/mini';
import { codePoints } from '../rules/text';
import { isCalendarDay } from '../rules/thai-time';

/** The one count of code points, shared with the pages (shared/rules/text.ts). */
export { codePoints };

/** Normalises every string inside a parsed JSON value to NFC (keys included). */
export function normalizeNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeNfc);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key.normalize('NFC'), normalizeNfc(inner)]),
    );
  }
  return value;
}

/**
 * A string of 1..max code points that is not only white space; the bound is published in the OpenAPI
 * document. It is kept exactly as sent (after NFC): what a reporter wrote reads back unchanged.
 */
export const boundedText = (max: number, description: string) =>
  z.string().check(
    z.refine((value) => value.trim().length > 0, 'must not be empty'),
    z.refine((value) => codePoints(value) <= max, `must be at most ${max} characters`),
    z.meta({ maxLength: max, description: `${description} (at most ${max} characters)` }),
  );

/**
 * True when the text holds a control character other than tab and line breaks (C0, DEL, C1) or half
 * of a surrogate pair. Such characters have no place in a name or an address, and JSON writes each
 * as a six-byte escape, which would let a short text take far more bytes than it has characters.
 */
export function hasUnprintable(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || (unit >= 0x7f && unit <= 0x9f)) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      index += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** boundedText that also refuses unprintable characters (hasUnprintable): for what identifies a person. */
export const printableText = (max: number, description: string) =>
  boundedText(max, description).check(z.refine((value) => !hasUnprintable(value), 'must not contain control characters or broken characters'));

/** Bytes of a text in UTF-8, without building a buffer. */
export const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

/** A day written YYYY-MM-DD that exists in the calendar (no 2026-02-30); built on first use. */
export const calendarDay = z.lazy(() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    // zod runs this even when the pattern failed, so a value that is no date must fail, not throw.
    z.refine(isCalendarDay, 'must be a real calendar date'),
  ),
);

/** Deterministic JSON: object keys sorted, so equal values always serialise to equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
