// You are here: the published statistics document (stats.json) of one agency and period: the
// complaint numbers under disclosure control (disclosure.ts), each survey against its target, and
// the indicator table. Everything in it is derived from counts, no dates finer than the period, and
// one free text: the approving executive's analysis, with the day of the approval.
import type { Agency } from '../agencies';
import type { Period } from '../fiscal';
import type { SurveyResults } from '../surveys/results';
import type { InformationCentreFigures } from '../use-cases/information-centre';
import { cellRange, statisticOver, WITHHELD, type Cell, type PublishedCounts, type Statistic } from './disclosure';
import { evaluateIndicator, INDICATORS, type IndicatorValue } from './indicators';
import type { Timeliness } from './statistics';

/**
 * v2: counts under disclosure control ("<t" is 0 … t-1, "x" is withheld), statistics withheld below t.
 * v3: adds the breakdowns by channel, kind and reporter type (a v2 quarter is published again once,
 * with the same counts and the new tables).
 * v4: a quarter approved by an executive carries `approval` (the Bangkok day and the executive's
 * analysis). A v3 quarter is still frozen: read back, it is the same counts under the v4 name.
 */
export const DOCUMENT_SCHEMA = 'integrity-statistics/v4';

/** The schemas whose quarters are frozen as published (their counts follow the current rules). */
export const FROZEN_SCHEMAS: readonly string[] = ['integrity-statistics/v3', DOCUMENT_SCHEMA];

export interface PublishedSurvey {
  id: string;
  title: string;
  planItem: string;
  n: number;
  targetPercent?: number;
  satisfactionPercent?: number;
  satisfiedSharePercent?: number;
  satisfiedShareInterval?: { low: number; high: number };
  targetMet?: boolean;
  meanScorePercent?: number;
  passRatePercent?: number;
  /** Present when fewer than the threshold answered: then no figure of the answers is published. */
  withheld?: true;
}

export interface StatisticsDocument {
  schema: typeof DOCUMENT_SCHEMA;
  agency: { id: string; nameTh: string; nameEn: string };
  period: { id: string; kind: 'quarter' | 'year'; fiscalYear: number; quarter?: number; firstDay: string; lastDay: string };
  suppressionThreshold: number;
  /** How to read the numbers: what the markers mean and how the fiscal year to date is made. */
  disclosure: { smallCell: string; withheld: typeof WITHHELD; yearToDate: 'sum-of-published-quarters' };
  complaints: {
    received: Cell;
    inProgress: Cell;
    completed: Cell;
    byCategory: Record<string, Cell>;
    byOutcome: Record<string, Cell>;
    referred: Cell;
    /** Every channel a complaint can arrive by (online, letter, phone, walk-in, general-channel, referral). */
    byChannel: Record<string, Cell>;
    /** complaint or tip. */
    byKind: Record<string, Cell>;
    /** public, staff or unknown. */
    byReporterType: Record<string, Cell>;
    medianDaysToAcknowledge: Statistic;
    medianDaysToClose: Statistic;
    acknowledgedWithinDeadlinePercent: Statistic;
    /** Each quarter's salary-promotion cell as its own file publishes it; null for the quarters after this period. */
    salaryPromotionByQuarter: Record<string, Cell | null>;
  };
  surveys: PublishedSurvey[];
  /** Counts only: suggestion texts and service requests' details are never published. */
  informationCentre: PublishedInformationCentre;
  indicators: IndicatorValue[];
  /** Filled in at publication: the day this version of the numbers was first published. */
  revision?: { publishedOn: string; number: number };
  /**
   * A quarter an executive of the agency approved: the Bangkok day (YYYY-MM-DD) and the analysis of
   * problems and remedies as written (the page escapes it). Who approved is not published.
   */
  approval?: { approvedOn: string; analysis: string };
}

/** The information centre's figures as published: its percentage and median only over at least the threshold. */
export type PublishedInformationCentre = Omit<InformationCentreFigures, 'fulfilledPercent' | 'medianDaysToFulfil'> & { fulfilledPercent: Statistic; medianDaysToFulfil: Statistic };

function publishedInformationCentre(figures: InformationCentreFigures, threshold: number): PublishedInformationCentre {
  const fulfilled = figures.fulfilledPercent === null ? 0 : Math.round((figures.fulfilledPercent / 100) * figures.serviceRequests);
  return {
    ...figures,
    fulfilledPercent: statisticOver(figures.fulfilledPercent ?? undefined, figures.serviceRequests, threshold),
    medianDaysToFulfil: statisticOver(figures.medianDaysToFulfil ?? undefined, fulfilled, threshold),
  };
}

function publishedSurvey(results: SurveyResults, threshold: number): PublishedSurvey {
  const common = { id: results.surveyId, title: results.title, planItem: results.planItem, n: results.n };
  // A mean or share of fewer than `threshold` answers is close to one person's own answers.
  if (results.n < threshold) return { ...common, ...(results.kind !== 'test' && results.targetPercent !== undefined ? { targetPercent: results.targetPercent } : {}), withheld: true };
  if (results.kind === 'test') {
    return { ...common, ...(results.meanScorePercent !== undefined ? { meanScorePercent: results.meanScorePercent } : {}), ...(results.passRatePercent !== undefined ? { passRatePercent: results.passRatePercent } : {}) };
  }
  return {
    ...common,
    ...(results.targetPercent !== undefined ? { targetPercent: results.targetPercent } : {}),
    ...(results.satisfactionPercent !== undefined ? { satisfactionPercent: results.satisfactionPercent } : {}),
    ...(results.satisfiedSharePercent !== undefined ? { satisfiedSharePercent: results.satisfiedSharePercent } : {}),
    ...(results.satisfiedShareInterval ? { satisfiedShareInterval: results.satisfiedShareInterval } : {}),
    ...(results.targetMet !== undefined ? { targetMet: results.targetMet } : {}),
  };
}

/** The salary-promotion trend (this quarter minus the one before), from the two published cells only. */
function salaryTrend(current: Cell | null | undefined, previous: Cell | null | undefined): { actual: number | Cell | null; met: boolean | null } {
  if (current === undefined || current === null || previous === undefined || previous === null) return { actual: null, met: null };
  if (typeof current === 'number' && typeof previous === 'number') return { actual: current - previous, met: current - previous <= 0 };
  // Met is published only when the published ranges already decide it, so it reveals nothing more.
  const now = cellRange(current);
  const before = cellRange(previous);
  const met = now.high - before.low <= 0 ? true : now.low - before.high > 0 ? false : null;
  return { actual: WITHHELD, met };
}

export function statisticsDocument(input: {
  agency: Agency;
  period: Period;
  /** The counts as published: a quarter's protected counts, or the sum of the published quarters. */
  counts: PublishedCounts;
  timeliness: Timeliness;
  salaryPromotionByQuarter: Record<'Q1' | 'Q2' | 'Q3' | 'Q4', Cell | null>;
  /** The published salary-promotion cell of the quarter before; absent for the first quarter on record. */
  previousSalaryPromotion?: Cell;
  surveys: SurveyResults[];
  informationCentre: InformationCentreFigures;
  threshold: number;
}): StatisticsDocument {
  const { counts, period, threshold } = input;
  const surveys = input.surveys.map((results) => publishedSurvey(results, threshold));
  const informationCentre = publishedInformationCentre(input.informationCentre, threshold);
  const trend = period.quarter ? salaryTrend(counts.byCategory['salary-promotion'], input.previousSalaryPromotion) : { actual: null, met: null };
  return {
    schema: DOCUMENT_SCHEMA,
    agency: { id: input.agency.id, nameTh: input.agency.nameTh, nameEn: input.agency.nameEn },
    period: {
      id: period.id,
      kind: period.kind,
      fiscalYear: period.fiscalYear,
      ...(period.quarter ? { quarter: period.quarter } : {}),
      firstDay: period.firstDay,
      lastDay: period.lastDay,
    },
    suppressionThreshold: threshold,
    disclosure: { smallCell: `<${threshold} means 0 to ${threshold - 1}`, withheld: WITHHELD, yearToDate: 'sum-of-published-quarters' },
    complaints: {
      received: counts.received,
      inProgress: counts.inProgress,
      completed: counts.completed,
      byCategory: counts.byCategory,
      byOutcome: counts.byOutcome,
      referred: counts.referred,
      byChannel: counts.byChannel,
      byKind: counts.byKind,
      byReporterType: counts.byReporterType,
      ...input.timeliness.published(threshold),
      salaryPromotionByQuarter: input.salaryPromotionByQuarter,
    },
    surveys,
    informationCentre,
    indicators: INDICATORS.map((indicator) => {
      const measure = indicator.measure;
      if (measure.kind === 'complaints') return evaluateIndicator(indicator, counts[measure.field]);
      if (measure.kind === 'complaints-from') return evaluateIndicator(indicator, counts.byReporterType[measure.reporterType]);
      if (measure.kind === 'information-centre') return evaluateIndicator(indicator, informationCentre[measure.field]);
      if (measure.kind === 'salary-promotion-trend') return evaluateIndicator(indicator, trend.actual, trend.met);
      const survey = surveys.find((candidate) => candidate.id === measure.surveyId);
      return evaluateIndicator(indicator, survey?.withheld ? WITHHELD : (survey?.[measure.field] ?? null));
    }),
  };
}
