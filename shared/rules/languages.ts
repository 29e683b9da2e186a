// You are here: the languages the public pages are written in, and where each language's pages live.
// Thai is the source: its pages keep their addresses (/report.html, /a/{id}/report.html); every other
// language is a folder of the same pages beside them (/en/report.html, /a/{id}/en/report.html), so a
// page's relative links stay in its language and its agency. The build (web/build.ts), the addresses
// (shared/rules/agency-path.ts) and the pages' scripts read this one list. No imports.

/** Every language the public pages are built in; the first is the source the others translate. */
export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'th';

/** The folder a language's pages live in under a channel's home ('' for Thai, 'en/' for English). */
export const languageFolder = (language: Language): string => (language === SOURCE_LANGUAGE ? '' : `${language}/`);

/** The staff console's folder in a language, from the site's root: /staff/ in Thai, /en/staff/ in English. */
export const staffHome = (language: Language): string => `/${languageFolder(language)}staff/`;

/** The folders of the translated languages as one pattern (`en`), for the address rules. */
export const TRANSLATED_FOLDERS = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).join('|');

/** The language of a site path: the first folder after the channel's home names it, else Thai. */
export function languageOfPath(pathname: string): Language {
  const folder = new RegExp(`^(?:/a/[^/]+)?/(${TRANSLATED_FOLDERS})(?:/|$)`).exec(pathname)?.[1];
  return (LANGUAGES as readonly string[]).includes(folder ?? '') ? (folder as Language) : SOURCE_LANGUAGE;
}
