// You are here: the catalogues of the pages' templates (public and staff), by language, for the build
// (web/layout.ts). A language joins here with one line once its file exists (docs/languages.md).
import type { Language } from '../../shared/rules/languages';
import type { Translation } from './catalogue';
import { pages as enPublic } from './en/pages';
import { staffPages as enStaff } from './en/staff-pages';
import { pages as thPublic } from './th/pages';
import { staffPages as thStaff } from './th/staff-pages';

// The staff console's words are a section of their own ({{t.staff.…}}), kept in their own files.
const th = { ...thPublic, staff: thStaff };

export type PageWords = Translation<typeof th>;

export const PAGE_WORDS: Record<Language, PageWords> = { th, en: { ...enPublic, staff: enStaff } };

/** A message by its dotted key (`report.title`), or undefined for a key the catalogue does not have. */
export function pageMessage(language: Language, key: string): string | undefined {
  let value: unknown = PAGE_WORDS[language];
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' ? value : undefined;
}
