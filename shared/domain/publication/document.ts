// You are here: the published statistics document (stats.json) of one agency and period: the
// complaint numbers under disclosure control (disclosure.ts), each survey against its target, and
// the indicator table. Everything in it is derived from counts, no dates finer than the period, and
// one free text: the approving executive's analysis, with the day of the approval.
import type { Agency } from '../agencies';
import type { Period } from '../fiscal';
import { currentInstrument } from '../surveys/instrument';
import type { SurveyResults } from '../surveys/results';
import type { InformationCentreFigures } from '../use-cases/information-centre';
import { cellRange, statisticOver, WITHHELD, type Cell, type PublishedCounts, type Statistic } from './disclosure';
import { evaluateIndicator, INDICATORS, type IndicatorValue } from './indicators';
import type { Timeliness } from './statistics';

/**
 * v2: counts under disclosure control ("<t" is 0 … t-1, "x" is withheld), statistics withheld below t.
 * v3: adds the breakdowns by channel, kind and reporter type (a v2 quarter is published again once,
 * with the same counts and the new tables).
 * v4: a survey's number of answers is a cell ("<t" below the threshold, like every count); a rating
 * question with a short label is published on its own (`items`: the channel-experience survey's
 * convenient, fast and safe); the year's survey results only when every quarter's were published;
 * the channel-experience survey and its 4.3.2 indicator.
 * v5: a quarter approved by an executive carries `approval` (the Bangkok day and the executive's
 * analysis). A quarter published under an earlier schema is published again once.
 */
export const DOCUMENT_SCHEMA = 'integrity-statistics/v5';

/** The schemas whose quarters are frozen as published (their counts follow the current rules). */
export const FROZEN_SCHEMAS: readonly string[] = [DOCUMENT_SCHEMA];

export interface PublishedSurvey {
  id: string;
  title: string;
  planItem: string;
  /** How many answered: exact from the threshold up, `<t` below it (0 included), `x` where a year's sum would tell a withheld quarter. */
  n: Cell;
  targetPercent?: number;
  satisfactionPercent?: number;
  satisfiedSharePercent?: number;
  satisfiedShareInterval?: { low: number; high: number };
  targetMet?: boolean;
  meanScorePercent?: number;
  passRatePercent?: number;
  /** Each rating question with a short label: its mean as a percentage of the top score, over the same answers. */
  items?: { id: string; label: string; satisfactionPercent: number }[];
  /**
   * Present when fewer than the threshold answered, or (for a fiscal year) when a quarter of it was
   * withheld, since the year less its published quarters would give that quarter: then no figure of
   * the answers is published.
   */
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

/** A sum of published counts: exact when every one is, `<t` while the largest it can be is below t, else withheld. */
function sumOfCells(cells: readonly Cell[], threshold: number): Cell {
  if (cells.every((cell) => typeof cell === 'number')) return cells.reduce<number>((total, cell) => total + cell, 0);
  const high = cells.reduce<number>((total, cell) => total + cellRange(cell).high, 0);
  return high < threshold ? `<${threshold}` : WITHHELD;
}

/** The short-labelled rating questions' results, as percentages of the top score (5). */
function labelledItems(results: SurveyResults): PublishedSurvey['items'] {
  if (results.kind !== 'satisfaction') return undefined;
  const items = (currentInstrument(results.surveyId)?.questions ?? []).flatMap((question) => {
    const mean = results.itemMeans[question.id];
    return question.type === 'rating' && question.label && mean !== undefined ? [{ id: question.id, label: question.label, satisfactionPercent: Math.round((mean / 5) * 1000) / 10 }] : [];
  });
  return items.length ? items : undefined;
}

/** A quarter frozen before the survey existed published nothing of it: counted as withheld, to be safe. */
const absentSurvey = (results: SurveyResults): PublishedSurvey => ({ id: results.surveyId, title: results.title, planItem: results.planItem, n: WITHHELD, withheld: true });

/**
 * What is published of a survey. `quarters` (for a fiscal year): the same survey as each quarter of the
 * year published it; the year says nothing of its answers when any quarter was withheld.
 */
function publishedSurvey(results: SurveyResults, threshold: number, quarters?: readonly PublishedSurvey[]): PublishedSurvey {
  const n: Cell = quarters ? sumOfCells(quarters.map((quarter) => quarter.n), threshold) : results.n < threshold ? `<${threshold}` : results.n;
  const common = { id: results.surveyId, title: results.title, planItem: results.planItem, n };
  // A mean or share of fewer than `threshold` answers is close to one person's own answers.
  if (results.n < threshold || quarters?.some((quarter) => quarter.withheld)) {
    return { ...common, ...(results.kind !== 'test' && results.targetPercent !== undefined ? { targetPercent: results.targetPercent } : {}), withheld: true };
  }
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
    ...(labelledItems(results) ? { items: labelledItems(results)! } : {}),
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
  /** A fiscal year's: the surveys as its quarters' documents published them, each quarter in order. */
  quarterSurveys?: readonly (readonly PublishedSurvey[])[];
  informationCentre: InformationCentreFigures;
  threshold: number;
}): StatisticsDocument {
  const { counts, period, threshold } = input;
  const surveys = input.surveys.map((results) =>
    publishedSurvey(results, threshold, input.quarterSurveys?.map((quarter) => quarter.find((survey) => survey.id === results.surveyId) ?? absentSurvey(results))),
  );
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
