// You are here: the plan's survey instruments. Each is versioned data in instruments/; a changed
// instrument is a new file with a higher version, and responses keep the version they answered. Each
// text carries its translations beside it (`translations.en`); adding or mending one changes no
// question and no answer, so it needs no new version (docs/languages.md).
import channelExperienceV1 from './instruments/channel-experience.v1.json';
import infoCenterV1 from './instruments/info-center-satisfaction.v1.json';
import knowledgeTestV1 from './instruments/knowledge-test.v1.json';
import promotionV1 from './instruments/promotion-satisfaction.v1.json';
import vigilanceV1 from './instruments/vigilance-followup.v1.json';
import type { Instrument } from './instrument-schema';

export type { Instrument } from './instrument-schema';
export type Question = Instrument['questions'][number];

export const SURVEY_IDS = ['knowledge-test', 'info-center-satisfaction', 'promotion-satisfaction', 'vigilance-followup', 'channel-experience'] as const;
export type SurveyId = (typeof SURVEY_IDS)[number];

/**
 * Every version of every instrument. The files are checked against instrumentSchema by the unit
 * tests rather than here, so a cold start does not pay for building and running the schema.
 */
export const INSTRUMENTS = [knowledgeTestV1, infoCenterV1, promotionV1, vigilanceV1, channelExperienceV1] as readonly Instrument[];

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
