// You are here: the disclosure register (plan 2.1.1, steps 4–5: publish the agency's duties and
// performance completely, correctly and currently). An agency's admins list what the agency has
// published for the integrity assessment (ITA), each entry under one category, with a link or a PDF
// uploaded here, the day it was published and the day its next update is due; the public reads the
// register by category. A register is small (dozens of entries per agency), so it is read whole.
import * as z from 'zod/mini';
import { boundedText, calendarDay as day } from './text';
import { AGENCY_ID } from '../rules/agency-ids';
import { DISCLOSURE_BOUNDS } from '../rules/text';
import { objectKeys } from './evidence';

/** The ITA's headings for what an agency discloses, in the order the public page shows them. */
export const DISCLOSURE_CATEGORIES = ['duties', 'structure-personnel', 'budget', 'procurement', 'reference-prices', 'performance'] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

export { DISCLOSURE_BOUNDS };

/**
 * What an admin sends: exactly one of `link` (https only: a javascript: or http: address is refused
 * with the field named) or `document` (a PDF to upload, by its size; the answer carries the upload's
 * presigned POST). The next update cannot be due before the day of publication.
 */
export const disclosureFields = () => ({
  title: boundedText(DISCLOSURE_BOUNDS.title, 'what was published, as the public page names it'),
  category: z.enum(DISCLOSURE_CATEGORIES),
  publishedOn: day,
  nextUpdateDue: day,
  link: z.optional(z.url({ protocol: /^https$/, error: 'must be an https:// link' }).check(z.maxLength(DISCLOSURE_BOUNDS.link))),
  document: z.optional(
    z.strictObject({
      size: z.int().check(z.positive(), z.maximum(DISCLOSURE_BOUNDS.documentBytes), z.meta({ description: 'bytes of the PDF, as the browser reports them (at most 10 MB)' })),
    }),
  ),
});

type Fields = { publishedOn: string; nextUpdateDue: string; link?: string; document?: unknown };
const dueAfterPublication = () => z.refine<Fields>((input) => input.nextUpdateDue >= input.publishedOn, { message: 'must not be before publishedOn', path: ['nextUpdateDue'] });

export const disclosureSchema = z.lazy(() =>
  z
    .strictObject(disclosureFields())
    .check(
      dueAfterPublication(),
      z.refine((input) => (input.link === undefined) !== (input.document === undefined), { message: 'give either a link or a document, not both and not neither', path: ['link'] }),
    ),
);

/** A replacement may leave out both the link and the document: the entry keeps the PDF it has. */
export const disclosureChangeSchema = z.lazy(() =>
  z
    .strictObject(disclosureFields())
    .check(
      dueAfterPublication(),
      z.refine((input) => input.link === undefined || input.document === undefined, { message: 'give a link or a document, not both', path: ['link'] }),
    ),
);

export type DisclosureInput = z.infer<typeof disclosureSchema>;

/** The uploaded PDF of an entry: awaiting its upload, then received (cleaned) or rejected. */
export interface DisclosureDocument {
  /** Names the upload and the cleaned copy; a new upload gets a new id. */
  fileId: string;
  status: 'awaiting-upload' | 'received' | 'rejected';
  /** The cleaned copy's object key, size and SHA-256, once received. */
  key?: string;
  size?: number;
  sha256?: string;
  /** Why the upload was refused (the cleaning's reason, e.g. not-a-pdf, encrypted). */
  rejection?: string;
}

export interface DisclosureEntry {
  id: string;
  agency: string;
  title: string;
  category: DisclosureCategory;
  publishedOn: string;
  nextUpdateDue: string;
  link?: string;
  document?: DisclosureDocument;
  createdAt: string;
  updatedAt: string;
  /** Fingerprint of the creating request, to tell a faithful retry of an idempotent create. */
  requestHash: Uint8Array;
}

/**
 * An entry is overdue for update once the day its next update was due has passed, in Bangkok days:
 * due today is not yet overdue.
 */
export const isOverdue = (entry: Pick<DisclosureEntry, 'nextUpdateDue'>, today: string) => entry.nextUpdateDue < today;

/** Whether the public sees the entry: published by today, and a link or a received (cleaned) document. */
export const isPublic = (entry: DisclosureEntry, today: string) => entry.publishedOn <= today && (entry.link !== undefined || entry.document?.status === 'received');

const QUARANTINE = objectKeys.quarantinePrefix;
const PUBLISHED = 'disclosures/';
const HEX32 = /^[a-f0-9]{32}$/;

/**
 * Where a register's PDFs live in the evidence bucket: the upload under quarantine/ (the processing
 * function's trigger and lifecycle cover it, as for a reporter's file), the cleaned copy under
 * disclosures/, a prefix of its own so that the public document route can read nothing else.
 */
export const disclosureObjects = {
  publishedPrefix: PUBLISHED,
  quarantine: (agency: string, entryId: string, fileId: string) => `${QUARANTINE}${agency}/disclosures/${entryId}/${fileId}`,
  /** The cleaned copy, named by its hash too: two uploads racing to one slot never share a key. */
  published: (agency: string, entryId: string, fileId: string, sha256: string) => `${PUBLISHED}${agency}/${entryId}/${fileId}-${sha256.slice(0, 16)}.pdf`,
  /** Reads a register upload's key back; a case's upload or a hand-made key is undefined. */
  parseQuarantine(key: string): { agency: string; entryId: string; fileId: string } | undefined {
    const [prefix, agency = '', folder, entryId = '', fileId = '', ...rest] = key.split('/');
    const valid = `${prefix}/` === QUARANTINE && folder === 'disclosures' && rest.length === 0 && AGENCY_ID.test(agency) && HEX32.test(entryId) && HEX32.test(fileId);
    return valid ? { agency, entryId, fileId } : undefined;
  },
} as const;
