// You are here: the disclosure register's labels, shared by its public page and its console. The
// words are the page's language's (web/i18n/, `disclosures`), on the console too, so both pages name a
// category alike. The categories are written in the integrity assessment's (ITA) order, which both
// pages use.
import type { DisclosureCategory } from './api';
import { WORDS } from './words';

export const DISCLOSURE_CATEGORY_LABELS: Readonly<Record<DisclosureCategory, string>> = WORDS.disclosures.categories;

export const DISCLOSURE_CATEGORY_ORDER = Object.keys(DISCLOSURE_CATEGORY_LABELS) as DisclosureCategory[];

/** A file's size as people read it: kilobytes under a megabyte, megabytes to one decimal above. */
export const fileSizeLabel = (bytes: number) =>
  bytes < 1024 * 1024 ? `${WORDS.number(Math.max(1, Math.round(bytes / 1024)))} KB` : `${WORDS.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
