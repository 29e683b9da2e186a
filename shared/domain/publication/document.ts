// You are here: the published statistics document (stats.json) of one agency and period: the
// complaint numbers with small cells suppressed, each survey against its target, and the indicator
// table. Everything in it is derived from counts: no free text, no dates finer than the period.
import type { Agency } from '../../config/agencies';
import type { Period } from '../fiscal';
import type { SurveyResults } from '../surveys/results';
import type { InformationCentreFigures } from '../use-cases/information-centre';
import { evaluateIndicator, INDICATORS, type IndicatorValue } from './indicators';
import { suppress, suppressAll, type Cell, type ComplaintStatistics } from './statistics';

export const DOCUMENT_SCHEMA = 'integrity-statistics/v1';

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
}

export interface StatisticsDocument {
  schema: typeof DOCUMENT_SCHEMA;
  agency: { id: string; nameTh: string; nameEn: string };
  period: { id: string; kind: 'quarter' | 'year'; fiscalYear: number; quarter?: number; firstDay: string; lastDay: string };
  suppressionThreshold: number;
  complaints: {
    received: number;
    inProgress: number;
    completed: number;
    byCategory: Record<string, Cell>;
    byOutcome: Record<string, Cell>;
    referred: Cell;
    medianDaysToAcknowledge: number | null;
    medianDaysToClose: number | null;
    acknowledgedWithinDeadlinePercent: number | null;
    salaryPromotionByQuarter: Record<string, Cell>;
  };
  surveys: PublishedSurvey[];
  /** Counts only: suggestion texts and service requests' details are never published. */
  informationCentre: InformationCentreFigures;
  indicators: IndicatorValue[];
  /** Filled in at publication: the day this version of the numbers was first published. */
  revision?: { publishedOn: string; number: number };
}

function publishedSurvey(results: SurveyResults): PublishedSurvey {
  const common = { id: results.surveyId, title: results.title, planItem: results.planItem, n: results.n };
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

export function statisticsDocument(input: {
  agency: Agency;
  period: Period;
  complaints: ComplaintStatistics;
  /** The quarter before, for the salary-promotion trend; absent for the first quarter on record. */
  previousSalaryPromotion?: number;
  surveys: SurveyResults[];
  informationCentre: InformationCentreFigures;
  threshold: number;
}): StatisticsDocument {
  const { complaints, period, threshold } = input;
  const surveys = input.surveys.map(publishedSurvey);
  const thisQuarterSalary = period.quarter ? complaints.salaryPromotionByQuarter[`Q${period.quarter}` as 'Q1'] : undefined;
  const actualOf = (indicator: (typeof INDICATORS)[number]): number | null => {
    const measure = indicator.measure;
    if (measure.kind === 'complaints') return complaints[measure.field];
    if (measure.kind === 'information-centre') return input.informationCentre[measure.field];
    if (measure.kind === 'salary-promotion-trend') {
      return thisQuarterSalary !== undefined && input.previousSalaryPromotion !== undefined ? thisQuarterSalary - input.previousSalaryPromotion : null;
    }
    const survey = surveys.find((candidate) => candidate.id === measure.surveyId);
    return survey?.[measure.field] ?? null;
  };
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
    complaints: {
      received: complaints.received,
      inProgress: complaints.inProgress,
      completed: complaints.completed,
      byCategory: suppressAll(complaints.byCategory, threshold),
      byOutcome: suppressAll(complaints.byOutcome, threshold),
      referred: suppress(complaints.referred, threshold),
      medianDaysToAcknowledge: complaints.medianDaysToAcknowledge ?? null,
      medianDaysToClose: complaints.medianDaysToConclude ?? null,
      acknowledgedWithinDeadlinePercent: complaints.acknowledgedWithinDeadlinePercent ?? null,
      salaryPromotionByQuarter: suppressAll(complaints.salaryPromotionByQuarter, threshold),
    },
    surveys,
    informationCentre: input.informationCentre,
    indicators: INDICATORS.map((indicator) => {
      const actual = actualOf(indicator);
      // The trend is the difference of two counts; when either is a small cell, the difference would
      // give it away, so only whether the target was met is published.
      const small = (count?: number) => count !== undefined && count > 0 && count < threshold;
      const hidden = indicator.measure.kind === 'salary-promotion-trend' && (small(thisQuarterSalary) || small(input.previousSalaryPromotion));
      return evaluateIndicator(indicator, actual, hidden ? null : actual);
    }),
  };
}
