// You are here: Thai fiscal periods. A fiscal year runs 1 October – 30 September and is named by the
// Buddhist-era year it ends in (FY 2570 = 2026-10-01 … 2027-09-30); quarters are written 2570-Q1.
// Periods are Bangkok calendar days, so their bounds are Bangkok midnights.
import { ValidationError } from './errors';

const BUDDHIST_ERA_OFFSET = 543;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface Period {
  /** `2570-Q1` or `2570`. */
  id: string;
  kind: 'quarter' | 'year';
  fiscalYear: number;
  quarter?: 1 | 2 | 3 | 4;
  /** First Bangkok day, YYYY-MM-DD. */
  firstDay: string;
  /** Last Bangkok day, YYYY-MM-DD. */
  lastDay: string;
  /** The instant the period starts (inclusive) and ends (exclusive). */
  start: Date;
  end: Date;
}

const bangkokMidnight = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - BANGKOK_OFFSET_MS);

function build(fiscalYear: number, quarter?: 1 | 2 | 3 | 4): Period {
  const firstCalendarYear = fiscalYear - BUDDHIST_ERA_OFFSET - 1;
  // Q1 starts in October of the previous calendar year; each quarter is three months on.
  const startMonthIndex = 9 + (quarter ? (quarter - 1) * 3 : 0);
  const months = quarter ? 3 : 12;
  const start = bangkokMidnight(firstCalendarYear + Math.floor(startMonthIndex / 12), (startMonthIndex % 12) + 1);
  const endIndex = startMonthIndex + months;
  const end = bangkokMidnight(firstCalendarYear + Math.floor(endIndex / 12), (endIndex % 12) + 1);
  const day = (instant: Date) => new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
  return {
    id: quarter ? `${fiscalYear}-Q${quarter}` : String(fiscalYear),
    kind: quarter ? 'quarter' : 'year',
    fiscalYear,
    ...(quarter ? { quarter } : {}),
    firstDay: day(start),
    lastDay: day(new Date(end.getTime() - 1)),
    start,
    end,
  };
}

export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** Reads `2570-Q1` (a quarter) or `2570` (a fiscal year). */
export function parsePeriod(id: string): Period {
  const match = PERIOD_PATTERN.exec(id);
  const fiscalYear = Number(match?.[1]);
  if (!match || fiscalYear < 2500 || fiscalYear > 2700) {
    throw new ValidationError('The period is not valid', { period: 'write a fiscal quarter like 2570-Q1 or a fiscal year like 2570' });
  }
  return build(fiscalYear, match[2] ? (Number(match[2]) as 1 | 2 | 3 | 4) : undefined);
}

/** The fiscal quarter number (1–4) of an instant; cheap enough to call once per statistics row. */
export function fiscalQuarterNumber(instant: number): 1 | 2 | 3 | 4 {
  const month = new Date(instant + BANGKOK_OFFSET_MS).getUTCMonth() + 1;
  return (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The fiscal quarter an instant falls in. */
export function quarterOf(instant: Date): Period {
  const bangkok = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  const month = bangkok.getUTCMonth() + 1;
  const fiscalYear = bangkok.getUTCFullYear() + BUDDHIST_ERA_OFFSET + (month >= 10 ? 1 : 0);
  return build(fiscalYear, fiscalQuarterNumber(instant.getTime()));
}

/** The fiscal year of a quarter, from its first day to the end of that quarter (year to date). */
export function fiscalYearToDate(quarter: Period): Period {
  return { ...build(quarter.fiscalYear), end: quarter.end, lastDay: quarter.lastDay };
}

/** The quarter before a quarter (Q4 of the previous fiscal year before a Q1). */
export function previousQuarter(quarter: Period): Period {
  return quarter.quarter === 1 ? build(quarter.fiscalYear - 1, 4) : build(quarter.fiscalYear, (quarter.quarter! - 1) as 1 | 2 | 3);
}

export const bangkokDay = (instant: Date) => new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
