// You are here: the shape of a survey instrument, the one definition of what instruments/*.json may
// hold. The instruments are committed data, so test/unit/surveys.test.ts checks every file against it;
// Lambdas never run it, and build only the public definition (what GET /api/surveys/{surveyId} answers)
// when the OpenAPI document asks for it.
import * as z from 'zod/mini';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../rules/languages';
import { calendarDay as day } from '../text';
import { SURVEY_IDS } from './instrument';

/** The languages an instrument's texts are translated into: every page language but Thai, which the instruments are written in. */
export type TranslatedLanguage = Exclude<Language, 'th'>;
export const TRANSLATED_LANGUAGES = LANGUAGES.filter((language): language is TranslatedLanguage => language !== SOURCE_LANGUAGE) as [TranslatedLanguage, ...TranslatedLanguage[]];

/**
 * An object's texts in the other page languages, beside the Thai they translate: `translations.en`
 * holds the same text fields as the object itself (strict, so a misspelt field fails). Optional: a text
 * with no translation is shown as written, marked Thai (docs/languages.md).
 */
const translations = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.optional(z.partialRecord(z.enum(TRANSLATED_LANGUAGES), z.strictObject(shape))).check(z.meta({ description: 'these texts in the other page languages, by language; a text not given is shown in Thai as written' }));

// Fields shared by both schemas, built on first use (z.lazy) so that no function builds them at start.
const fields = () => {
  const percent = z.number().check(z.minimum(0), z.maximum(100));
  const positiveInt = z.number().check(z.int(), z.positive());
  const option = z.strictObject({ id: z.string(), text: z.string(), translations: translations({ text: z.string() }) });
  return {
    instrument: {
      id: z.enum(SURVEY_IDS),
      version: positiveInt,
      title: z.string(),
      planItem: z.string(),
      // reporter: answered only from the tracking page of a concluded case (use-cases/channel-experience.ts).
      audience: z.enum(['public', 'staff', 'reporter']),
      kind: z.enum(['test', 'satisfaction']),
      phases: z.optional(z.array(z.enum(['pre', 'post']))),
      passMarkPercent: z.optional(percent),
      targetPercent: z.optional(percent),
      openFrom: day,
      openUntil: z.optional(day),
      introduction: z.string(),
      translations: translations({ title: z.string(), introduction: z.string() }),
    },
    // A short label publishes the question's own result beside the survey's (the channel's convenient, fast, safe).
    rating: { id: z.string(), type: z.literal('rating'), text: z.string(), label: z.optional(z.string()), translations: translations({ text: z.string(), label: z.optional(z.string()) }) },
    choice: { id: z.string(), type: z.literal('choice'), topic: z.string(), text: z.string(), translations: translations({ text: z.string() }), options: z.array(option).check(z.minLength(2)) },
    comment: { id: z.string(), type: z.literal('comment'), text: z.string(), translations: translations({ text: z.string() }), maxLength: positiveInt, required: z.literal(false) },
  };
};

// Strict objects: the files are used as they are, so an unknown key must fail the check, not be dropped.
export const instrumentSchema = z.lazy(() => {
  const { instrument, rating, choice, comment } = fields();
  const questionSchema = z.discriminatedUnion('type', [z.strictObject(rating), z.strictObject({ ...choice, answer: z.string() }), z.strictObject(comment)]);
  return z.strictObject({ ...instrument, questions: z.array(questionSchema).check(z.minLength(1)) }).check(
    z.superRefine((parsed, context) => {
      const ids = parsed.questions.map((question) => question.id);
      if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', message: 'question ids repeat' });
      for (const question of parsed.questions) {
        if (question.type === 'choice' && !question.options.some((option) => option.id === question.answer)) {
          context.addIssue({ code: 'custom', message: `${question.id}: the answer is not an option` });
        }
      }
      if (parsed.kind === 'test' && (parsed.passMarkPercent === undefined || !parsed.phases)) {
        context.addIssue({ code: 'custom', message: 'a test needs a pass mark and phases' });
      }
    }),
  );
});

/** What GET /api/surveys/{surveyId} answers: the instrument as it is, without the choice questions' answers. */
export const publicDefinitionSchema = z.lazy(() => {
  const { instrument, rating, choice, comment } = fields();
  return z.strictObject({
    ...instrument,
    questions: z.array(z.discriminatedUnion('type', [z.strictObject(rating), z.strictObject(choice), z.strictObject(comment)])),
  });
});

export type Instrument = z.infer<typeof instrumentSchema>;
