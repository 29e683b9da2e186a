// You are here: the words of the page's language for every public page script. The build bundles
// the scripts once per language with PAGE_LANGUAGE defined (web/build.ts), so this choice is decided
// when the bundle is made and esbuild leaves the other languages' catalogues out of it: an English
// page downloads English words only. A new language adds one line here (docs/languages.md).
import type { Language } from '../../shared/rules/languages';
import type { Translation } from '../i18n/catalogue';
import { words as en } from '../i18n/en/scripts';
import { words as th } from '../i18n/th/scripts';

/** Defined by the build for each bundle: 'th' or 'en'. */
declare const PAGE_LANGUAGE: Language;

export const LANGUAGE: Language = PAGE_LANGUAGE;

export const WORDS: Translation<typeof th> = PAGE_LANGUAGE === 'en' ? en : th;
