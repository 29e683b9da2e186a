// You are here: the shape of a survey instrument, the one definition of what instruments/*.json may
// hold. The instruments are committed data, so test/unit/surveys.test.ts checks every file against it;
// Lambdas only import its type, and start without building or running it.
import * as z from 'zod/mini';
import { calendarDay as day } from '../text';
import { SURVEY_IDS } from './instrument';

const percent = z.number().check(z.minimum(0), z.maximum(100));
const positiveInt = z.number().check(z.int(), z.positive());

// Strict objects: the files are used as they are, so an unknown key must fail the check, not be dropped.
const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ id: z.string(), type: z.literal('rating'), text: z.string() }),
  z.strictObject({
    id: z.string(),
    type: z.literal('choice'),
    topic: z.string(),
    text: z.string(),
    options: z.array(z.strictObject({ id: z.string(), text: z.string() })).check(z.minLength(2)),
    answer: z.string(),
  }),
  z.strictObject({ id: z.string(), type: z.literal('comment'), text: z.string(), maxLength: positiveInt, required: z.literal(false) }),
]);

export const instrumentSchema = z
  .strictObject({
    id: z.enum(SURVEY_IDS),
    version: positiveInt,
    title: z.string(),
    planItem: z.string(),
    audience: z.enum(['public', 'staff']),
    kind: z.enum(['test', 'satisfaction']),
    phases: z.optional(z.array(z.enum(['pre', 'post']))),
    passMarkPercent: z.optional(percent),
    targetPercent: z.optional(percent),
    openFrom: day,
    openUntil: z.optional(day),
    introduction: z.string(),
    questions: z.array(questionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((instrument, context) => {
      const ids = instrument.questions.map((question) => question.id);
      if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', message: 'question ids repeat' });
      for (const question of instrument.questions) {
        if (question.type === 'choice' && !question.options.some((option) => option.id === question.answer)) {
          context.addIssue({ code: 'custom', message: `${question.id}: the answer is not an option` });
        }
      }
      if (instrument.kind === 'test' && (instrument.passMarkPercent === undefined || !instrument.phases)) {
        context.addIssue({ code: 'custom', message: 'a test needs a pass mark and phases' });
      }
    }),
  );

export type Instrument = z.infer<typeof instrumentSchema>;
