// You are here: the text rules the server enforces and the pages check before sending, in one place
// both import. Plain TypeScript with no imports (no zod), so a page bundle carries only these lines.
// Text is NFC-normalised before it is measured, and lengths count code points, so a Thai sentence is
// measured as people see it.

/** The longest text each complaint field takes, in code points. */
export const TEXT_BOUNDS = {
  subject: 200,
  description: 10_000,
  location: 500,
  accused: 500,
  name: 200,
  address: 500,
  message: 5_000,
} as const;

/** Counts code points without building an array: it runs on every text field of every request. */
export function codePoints(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

/** The length the server will measure for what a person typed: code points of the NFC text. */
export const typedLength = (value: string): number => codePoints(value.normalize('NFC'));

/** The note an officer writes to the reporter with a change of status, in code points. */
export const PUBLIC_NOTE_MAX = 2_000;

/** The information centre's registers, service log and suggestions, in code points (days for daysToFulfil). */
export const INFO_CENTRE_BOUNDS = {
  topicTitle: 200,
  topicSummary: 1_000,
  topicChannel: 200,
  link: 2_000,
  channelName: 200,
  channelContact: 300,
  requestKind: 200,
  daysToFulfil: 365,
  suggestion: 1_000,
  answer: 2_000,
} as const;

/** The disclosure register's bounds (shared/domain/disclosure-register.ts), which its console checks too. */
export const DISCLOSURE_BOUNDS = { title: 300, link: 2_000, documentBytes: 10 * 1024 * 1024 } as const;
