// You are here: what a message catalogue is. The Thai catalogues (web/i18n/th/) are the source: their
// keys are every word the public pages say, and every other language's catalogue (web/i18n/en/…) is
// typed as a Translation of them, so a key missing in a translation, or one it has that Thai does not,
// fails `tsc`. The type lives in shared/rules/catalogue.ts, so the server's published statistics
// (shared/domain/publication/words/) type their catalogues the same way without importing web/.
// How to add a word or a language: docs/languages.md.

export type { Translation } from '../../shared/rules/catalogue';

// Write every message as a plain string or an arrow function: the build leaves an unused language
// out of a page's bundle only if its catalogue is free of work done at load, and esbuild counts a
// template literal with a value in it (`…${RETRY}…`) outside a function as such work.
