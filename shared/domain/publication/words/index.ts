// You are here: the published statistics' catalogues by language (shared/rules/languages.ts), for the
// renderers of shared/domain/publication. Server-side only: no page bundle imports this.
import type { Language } from '../../../rules/languages';
import type { Translation } from '../../../rules/translation';
import { words as en } from './en';
import { words as th } from './th';

export type PublicationWords = Translation<typeof th>;

export const PUBLICATION_WORDS: Record<Language, PublicationWords> = { th, en };
