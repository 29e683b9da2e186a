// You are here: what a message catalogue is. The Thai catalogues (web/i18n/th/) are the source: their
// keys are every word the public pages say, and every other language's catalogue (web/i18n/en/…) is
// typed as a Translation of them, so a key missing in a translation, or one it has that Thai does not,
// fails `tsc`. A message is a string, or a function of a few values (a count, a date) that returns one; a
// few settings of the language (whether years are typed in the Buddhist era) are booleans.
// How to add a word or a language: docs/languages.md.

/** A translation of a source catalogue: the same keys, nested the same way, each a string or the same function. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends boolean
      ? boolean
      : T[K] extends (...args: infer A) => string
        ? (...args: A) => string
        : Translation<T[K]>;
};

// Write every message as a plain string or an arrow function: the build leaves an unused language
// out of a page's bundle only if its catalogue is free of work done at load, and esbuild counts a
// template literal with a value in it (`…${RETRY}…`) outside a function as such work.
