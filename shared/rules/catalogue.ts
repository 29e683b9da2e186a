// You are here: what a message catalogue is, for the pages (web/i18n/) and the server's published
// files (shared/domain/publication/words/) alike. A Thai catalogue is the source: its keys are every
// word a page says, and every other language's catalogue is typed as a Translation of it, so a key
// missing in a translation, or one it has that Thai does not, fails `tsc`. A message is a string, or a
// function of a few values (a count, a date) that returns one; a few settings of the language
// (whether years are typed in the Buddhist era) are booleans. No imports.
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
