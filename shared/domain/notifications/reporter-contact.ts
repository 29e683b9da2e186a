// You are here: the address a reporter chose to be told of news at. It is sealed as identity is, but
// under its own encryption-context purpose, `reporter-contact`, which only the notifier may open (its
// KMS grant names that purpose alone, and no other function's grant covers it). Sealed with it is the
// stop token that every news message carries; only the token's hash is stored in the clear, beside a
// pointer from that hash to the case, so a click on the stop link finds the case without the link
// holding the reference or the secret. The language of the page the reporter used is sealed with the
// address: it narrows who they are (a foreigner among Thai staff), so it is never stored in the clear,
// and only the notifier, which writes the news in it, ever reads it.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../../rules/contact';
import { STOP_TOKEN_PATTERN } from '../../rules/stop-token';
import { LANGUAGES, type Language } from '../../rules/languages';

export { STOP_TOKEN_PATTERN };
import type { Randomness } from '../ports';

/** The encryption-context purpose of a sealed contact; a grant for identities does not cover it. */
export const CONTACT_PURPOSE = 'reporter-contact';

/** Bound to every sealed contact; never holds personal data. */
export interface ContactContext {
  agency: string;
  reference: string;
  purpose: typeof CONTACT_PURPOSE;
}

/** What is sealed: where news goes, the token that stops it, and the language to write it in. */
export interface ReporterContact {
  email: string;
  stopToken: string;
  /**
   * Always sealed, Thai too: every code is two letters, so the sealed size is the same whichever the
   * reporter used. A contact sealed before languages existed has none and opens as Thai.
   */
  language?: Language;
}

/** Seals a reporter's contact (the intake) and opens it (the notifier alone): KMS on AWS, the keyring locally. */
export interface ContactVault {
  seal(contact: ReporterContact, context: ContactContext): Promise<Uint8Array>;
  open(sealed: Uint8Array, context: ContactContext): Promise<ReporterContact>;
}

/** 256 bits from the CSPRNG, base64url: nothing to guess, and no reference or secret inside. */
const STOP_TOKEN_BYTES = 32;

export const newStopToken = (random: Randomness) => Buffer.from(random.bytes(STOP_TOKEN_BYTES)).toString('base64url');

/** What is stored of a stop token: its SHA-256, hex. A token read from storage stops nothing. */
export const stopTokenHash = (token: string) => createHash('sha256').update(`stop-token:v1\0${token}`).digest('hex');

/** What a sealed contact must look like when opened: a wrong key or context fails, a bad shape too. */
export const reporterContactSchema = z.lazy(() =>
  z.strictObject({
    email: z.email({ pattern: EMAIL_PATTERN }).check(z.maxLength(EMAIL_MAX_LENGTH)),
    stopToken: z.string().check(z.regex(STOP_TOKEN_PATTERN)),
    language: z.optional(z.enum(LANGUAGES)),
  }),
);
