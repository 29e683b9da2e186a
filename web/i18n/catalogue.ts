// You are here: what a message catalogue is. The Thai catalogues (web/i18n/th/) are the source: their
// keys are every word the public pages say, and every other language's catalogue (web/i18n/en/…) is
// typed as a Translation of them, so a key missing in a translation, or one it has that Thai does not,
// fails `tsc`. The type itself lives in shared/rules/translation.ts, where the e-mails' and the published
// statistics' catalogues (which may not import from web/) use it too.
// How to add a word or a language: docs/languages.md.

export type { Translation } from '../../shared/rules/translation';

// Write every message as a plain string or an arrow function: the build leaves an unused language
// out of a page's bundle only if its catalogue is free of work done at load, and esbuild counts a
// template literal with a value in it (`…${RETRY}…`) outside a function as such work.
