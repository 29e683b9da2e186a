// You are here: a survey's own texts (title, introduction, questions, options) in the page's language.
// The plan's instruments carry their translations beside the Thai they translate
// (shared/domain/surveys/instruments/, `translations`), and the API serves them with the instrument,
// so each text has one source and answers keep the same question ids in every language. A text with
// no translation in the page's language (a survey an agency writes itself) is shown as written, and
// on a page in another language it is marked Thai (docs/languages.md).
import { SOURCE_LANGUAGE } from '../../shared/rules/languages';
import { fillRegistryText } from './page-agency';
import { LANGUAGE } from './words';

/** An instrument's `translations`: by language, the same text fields as the object that carries them. */
type Translations<Field extends string> = Readonly<Partial<Record<string, Readonly<Partial<Record<Field, string>>>>>> | undefined;

/** The text in the page's language when the instrument gives one; undefined on a Thai page or when it gives none. */
export function translatedText<Field extends string>(translations: Translations<Field>, field: Field): string | undefined {
  return LANGUAGE === SOURCE_LANGUAGE ? undefined : translations?.[LANGUAGE]?.[field];
}

/** Writes a survey's text into a slot: the page's language when the instrument has it, else as written (marked Thai on another language's page). */
export function fillSurveyText<Field extends string>(slot: Element, written: string, translations: Translations<Field>, field: Field) {
  const translated = translatedText(translations, field);
  if (translated) slot.textContent = translated;
  else fillRegistryText(slot, written);
}

/** A survey's text as a plain string (the document's title), in the page's language when the instrument has it. */
export const surveyString = <Field extends string>(written: string, translations: Translations<Field>, field: Field): string =>
  translatedText(translations, field) ?? written;
