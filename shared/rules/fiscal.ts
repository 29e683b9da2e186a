// You are here: Thai fiscal periods, for the server and the pages alike. A fiscal year runs 1 October –
// 30 September and is named by the Buddhist-era year it ends in (FY 2570 = 2026-10-01 … 2027-09-30);
// quarters are written 2570-Q1. Periods are Bangkok calendar days, so their bounds are Bangkok
// midnights. No imports beyond the Thai time rules, no zod.
import { BANGKOK_OFFSET_MS, BUDDHIST_ERA_OFFSET, bangkokDate } from './thai-time';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Period {
  /** `2570-Q1` or `2570`. */
  id: string;
  kind: 'quarter' | 'year';
  fiscalYear: number;
  quarter?: QuarterNumber;
  /** First Bangkok day, YYYY-MM-DD. */
  firstDay: string;
  /** Last Bangkok day, YYYY-MM-DD. */
  lastDay: string;
  /** The instant the period starts (inclusive) and ends (exclusive). */
  start: Date;
  end: Date;
}

const bangkokMidnight = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - BANGKOK_OFFSET_MS);

/** A fiscal year (Buddhist era), or one of its quarters. */
export function fiscalPeriod(fiscalYear: number, quarter?: QuarterNumber): Period {
  const firstCalendarYear = fiscalYear - BUDDHIST_ERA_OFFSET - 1;
  // Q1 starts in October of the previous calendar year; each quarter is three months on.
  const startMonthIndex = 9 + (quarter ? (quarter - 1) * 3 : 0);
  const months = quarter ? 3 : 12;
  const start = bangkokMidnight(firstCalendarYear + Math.floor(startMonthIndex / 12), (startMonthIndex % 12) + 1);
  const endIndex = startMonthIndex + months;
  const end = bangkokMidnight(firstCalendarYear + Math.floor(endIndex / 12), (endIndex % 12) + 1);
  return {
    id: quarter ? `${fiscalYear}-Q${quarter}` : String(fiscalYear),
    kind: quarter ? 'quarter' : 'year',
    fiscalYear,
    ...(quarter ? { quarter } : {}),
    firstDay: bangkokDate(start),
    lastDay: bangkokDate(new Date(end.getTime() - 1)),
    start,
    end,
  };
}

export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** Reads `2570-Q1` (a quarter) or `2570` (a fiscal year); undefined for anything else. */
export function periodFromId(id: string): Period | undefined {
  const match = PERIOD_PATTERN.exec(id);
  const fiscalYear = Number(match?.[1]);
  if (!match || fiscalYear < 2500 || fiscalYear > 2700) return undefined;
  return fiscalPeriod(fiscalYear, match[2] ? (Number(match[2]) as QuarterNumber) : undefined);
}

/** The fiscal quarter number (1–4) of an instant; cheap enough to call once per statistics row. */
export function fiscalQuarterNumber(instant: number): QuarterNumber {
  const month = new Date(instant + BANGKOK_OFFSET_MS).getUTCMonth() + 1;
  return (Math.floor(((month + 2) % 12) / 3) + 1) as QuarterNumber;
}

/** The fiscal quarter an instant falls in. */
export function quarterOf(instant: Date): Period {
  const bangkok = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  const month = bangkok.getUTCMonth() + 1;
  const fiscalYear = bangkok.getUTCFullYear() + BUDDHIST_ERA_OFFSET + (month >= 10 ? 1 : 0);
  return fiscalPeriod(fiscalYear, fiscalQuarterNumber(instant.getTime()));
}

/** The fiscal year of a quarter, from its first day to the end of that quarter (year to date). */
export function fiscalYearToDate(quarter: Period): Period {
  return { ...fiscalPeriod(quarter.fiscalYear), end: quarter.end, lastDay: quarter.lastDay };
}

/** The quarter before a quarter (Q4 of the previous fiscal year before a Q1). */
export function previousQuarter(quarter: Period): Period {
  const number = quarter.quarter ?? 1;
  return number === 1 ? fiscalPeriod(quarter.fiscalYear - 1, 4) : fiscalPeriod(quarter.fiscalYear, (number - 1) as QuarterNumber);
}
