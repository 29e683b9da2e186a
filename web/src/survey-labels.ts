// You are here: the plan's surveys in words (docs/glossary.md), for the survey pages and the staff
// survey page. The rating words are checked against the instruments' own table at compile time
// (the instrument module brings zod, so it is imported for its types only).
import type { Instrument, RATING_LABELS as INSTRUMENT_RATING_LABELS } from '../../shared/domain/surveys/instrument';
import { WORDS } from './words';

type SurveyAudience = Instrument['audience'];
type SurveyKind = Instrument['kind'];
type SurveyPhase = NonNullable<Instrument['phases']>[number];

/** The five-point scale's words in the page's language; the Thai catalogue's are checked against the instruments' table. */
export const RATING_LABELS: Readonly<Record<keyof typeof INSTRUMENT_RATING_LABELS, string>> = WORDS.surveys.ratings;
export const RATING_SCALE = [5, 4, 3, 2, 1] as const;

/** In the page's language (web/i18n/), as the survey list shows them. */
export const SURVEY_AUDIENCE_LABELS: Readonly<Record<SurveyAudience, string>> = WORDS.surveys.audiences;

export const SURVEY_KIND_LABELS: Readonly<Record<SurveyKind, string>> = WORDS.surveys.kinds;

export const SURVEY_PHASE_LABELS: Readonly<Record<SurveyPhase, string>> = WORDS.survey.phases;

/** The one-time token of a staff survey: 20 Crockford characters (shared/domain/use-cases/surveys.ts). */
export const SURVEY_TOKEN_LENGTH = 20;
export const SURVEY_TOKEN_EXAMPLE = 'ABCD-EFGH-JKMN-PQRS-TVWX';

/**
 * Reads a token as the server does (any case, spaces or dashes, O for 0, I or L for 1), so the page
 * refuses only what the server would refuse too.
 */
export function surveyTokenLooksRight(input: string): boolean {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === SURVEY_TOKEN_LENGTH && /^[0-9A-HJKMNP-TV-Z]+$/.test(code);
}
