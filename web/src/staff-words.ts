// You are here: the words of the page's language for the staff console's scripts, as
// web/src/words.ts is for the public pages' (the build defines PAGE_LANGUAGE per bundle, so esbuild
// leaves the other languages out). Kept apart from the public catalogue so that no public page
// downloads the console's words. The staff pages' addresses of this language are here too.
import type { Translation } from '../i18n/catalogue';
import { staffWords as en } from '../i18n/en/staff-scripts';
import { staffWords as th } from '../i18n/th/staff-scripts';
import { staffHome, type Language } from '../../shared/rules/languages';

/** Defined by the build for each bundle: 'th' or 'en'. */
declare const PAGE_LANGUAGE: Language;

export const STAFF_WORDS: Translation<typeof th> = PAGE_LANGUAGE === 'en' ? en : th;

/** The console's folder in the page's language: /staff/ in Thai, /en/staff/ in English. */
export const STAFF_HOME = staffHome(PAGE_LANGUAGE);

/** A staff page's address in the page's language (`case.html?ref=…` → /en/staff/case.html?ref=…). */
export const staffHref = (page: string) => `${STAFF_HOME}${page}`;
