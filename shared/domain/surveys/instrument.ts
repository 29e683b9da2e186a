// You are here: the plan's survey instruments. Each is versioned data in instruments/; a changed
// instrument is a new file with a higher version, and responses keep the version they answered.
import { z } from 'zod';
import infoCenterV1 from './instruments/info-center-satisfaction.v1.json';
import knowledgeTestV1 from './instruments/knowledge-test.v1.json';
import promotionV1 from './instruments/promotion-satisfaction.v1.json';
import vigilanceV1 from './instruments/vigilance-followup.v1.json';

export const SURVEY_IDS = ['knowledge-test', 'info-center-satisfaction', 'promotion-satisfaction', 'vigilance-followup'] as const;
export type SurveyId = (typeof SURVEY_IDS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const questionSchema = z.discriminatedUnion('type', [
  z.object({ id: z.string(), type: z.literal('rating'), text: z.string() }),
  z.object({
    id: z.string(),
    type: z.literal('choice'),
    topic: z.string(),
    text: z.string(),
    options: z.array(z.object({ id: z.string(), text: z.string() })).min(2),
    answer: z.string(),
  }),
  z.object({ id: z.string(), type: z.literal('comment'), text: z.string(), maxLength: z.number().int().positive(), required: z.literal(false) }),
]);

export const instrumentSchema = z
  .object({
    id: z.enum(SURVEY_IDS),
    version: z.number().int().positive(),
    title: z.string(),
    planItem: z.string(),
    audience: z.enum(['public', 'staff']),
    kind: z.enum(['test', 'satisfaction']),
    phases: z.array(z.enum(['pre', 'post'])).optional(),
    passMarkPercent: z.number().min(0).max(100).optional(),
    targetPercent: z.number().min(0).max(100).optional(),
    openFrom: day,
    openUntil: day.optional(),
    introduction: z.string(),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((instrument, context) => {
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
  });

export type Instrument = z.infer<typeof instrumentSchema>;
export type Question = Instrument['questions'][number];

/** Every version of every instrument, checked when the module loads. */
export const INSTRUMENTS: readonly Instrument[] = [knowledgeTestV1, infoCenterV1, promotionV1, vigilanceV1].map((data) => instrumentSchema.parse(data));

/** The newest version of each survey is the one people answer. */
export function currentInstrument(id: string): Instrument | undefined {
  return INSTRUMENTS.filter((instrument) => instrument.id === id).sort((a, b) => b.version - a.version)[0];
}

export function instrumentVersion(id: string, version: number): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id && instrument.version === version);
}

/** Open on a Bangkok day between openFrom and openUntil, both included. */
export const isOpen = (instrument: Instrument, bangkokDay: string) =>
  instrument.openFrom <= bangkokDay && (!instrument.openUntil || bangkokDay <= instrument.openUntil);

/** What respondents see: everything but the answer key. */
export function publicDefinition(instrument: Instrument) {
  return {
    ...instrument,
    questions: instrument.questions.map((question) => {
      if (question.type !== 'choice') return question;
      const { answer: _answer, ...shown } = question;
      return shown;
    }),
  };
}

export const RATING_LABELS = { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' } as const;
