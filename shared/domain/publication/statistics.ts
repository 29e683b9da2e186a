// You are here: the published complaint statistics, a pure function of the statistics rows of one
// agency. The cohort of a period is the complaints received in it; each is counted by where it stood
// at the end of the period, so publishing a period again later gives the same numbers. Rows stream
// through an accumulator whose memory does not grow with the number of complaints.
import { CATEGORIES, OUTCOMES, type Category, type Outcome, type Status } from '../complaint';
import { fiscalQuarterNumber, type Period } from '../fiscal';

/** What the statistics index holds of one complaint. */
export interface StatisticsRow {
  category: Category;
  status: Status;
  outcome?: Outcome;
  receivedAt: string;
  acknowledgeBy: string;
  acknowledgedAt?: string;
  concludedAt?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Durations are kept to a tenth of a day: exact enough to publish, and bounded in memory. */
const TENTHS_PER_DAY = 10;

/** A median over a histogram of tenth-of-a-day buckets: memory grows with the range, not the count. */
class MedianOfDays {
  private readonly counts = new Map<number, number>();
  private total = 0;
  add(fromIso: string, toIso: string) {
    const tenths = Math.max(0, Math.round(((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS) * TENTHS_PER_DAY));
    this.counts.set(tenths, (this.counts.get(tenths) ?? 0) + 1);
    this.total += 1;
  }
  median(): number | undefined {
    if (!this.total) return undefined;
    const sorted = [...this.counts.entries()].sort(([a], [b]) => a - b);
    const at = (rank: number) => {
      let seen = 0;
      for (const [tenths, count] of sorted) {
        seen += count;
        if (seen > rank) return tenths;
      }
      return sorted.at(-1)![0];
    };
    const middle = (this.total - 1) / 2;
    return (at(Math.floor(middle)) + at(Math.ceil(middle))) / 2 / TENTHS_PER_DAY;
  }
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export interface ComplaintStatistics {
  received: number;
  inProgress: number;
  completed: number;
  referred: number;
  byCategory: Record<Category, number>;
  byOutcome: Record<Outcome, number>;
  medianDaysToAcknowledge?: number;
  medianDaysToConclude?: number;
  /** Share (%) of the complaints whose acknowledgement was due by the period's end that were acknowledged in time. */
  acknowledgedWithinDeadlinePercent?: number;
  /** Salary-promotion complaints received in each quarter of the fiscal year, up to the period's end. */
  salaryPromotionByQuarter: Record<'Q1' | 'Q2' | 'Q3' | 'Q4', number>;
}

/**
 * Accumulates the statistics of `period` from rows of its fiscal year to date, in any order. A period
 * published before it ends is counted as of `asOf`, so deadlines still ahead are not counted as missed.
 */
export function statisticsAccumulator(period: Period, asOf: Date = period.end) {
  // asOf itself is included: a complaint filed at that very instant has been received.
  const endIso = (asOf < period.end ? new Date(asOf.getTime() + 1) : period.end).toISOString();
  const startIso = period.start.toISOString();
  const before = (instant: string | undefined): instant is string => instant !== undefined && instant < endIso;
  const stats = {
    received: 0,
    completed: 0,
    referred: 0,
    byCategory: zeroes(CATEGORIES),
    byOutcome: zeroes(OUTCOMES),
    salaryPromotionByQuarter: { Q1: 0, Q2: 0, Q3: 0, Q4: 0 },
  };
  const toAcknowledge = new MedianOfDays();
  const toConclude = new MedianOfDays();
  let ackDue = 0;
  let ackInTime = 0;

  return {
    add(row: StatisticsRow) {
      if (!before(row.receivedAt)) return;
      if (row.category === 'salary-promotion') stats.salaryPromotionByQuarter[`Q${fiscalQuarterNumber(Date.parse(row.receivedAt))}`] += 1;
      if (row.receivedAt < startIso) return;

      stats.received += 1;
      stats.byCategory[row.category] += 1;
      if (before(row.acknowledgedAt)) toAcknowledge.add(row.receivedAt, row.acknowledgedAt);
      if (before(row.acknowledgeBy) || before(row.acknowledgedAt)) {
        ackDue += 1;
        if (before(row.acknowledgedAt) && row.acknowledgedAt <= row.acknowledgeBy) ackInTime += 1;
      }
      if (before(row.concludedAt)) {
        stats.completed += 1;
        toConclude.add(row.receivedAt, row.concludedAt);
        if (row.status === 'closed' && row.outcome) stats.byOutcome[row.outcome] += 1;
        else stats.referred += 1;
      }
    },
    result(): ComplaintStatistics {
      const medianDaysToAcknowledge = toAcknowledge.median();
      const medianDaysToConclude = toConclude.median();
      return {
        ...stats,
        inProgress: stats.received - stats.completed,
        ...(medianDaysToAcknowledge !== undefined ? { medianDaysToAcknowledge } : {}),
        ...(medianDaysToConclude !== undefined ? { medianDaysToConclude } : {}),
        ...(ackDue ? { acknowledgedWithinDeadlinePercent: Math.round((ackInTime / ackDue) * 1000) / 10 } : {}),
      };
    },
  };
}

export type Cell = number | '<5' | `<${number}`;

/** Small breakdown cells could point at a person: 1 to threshold-1 becomes "<threshold"; 0 stays 0. */
export function suppress(count: number, threshold: number): Cell {
  return count > 0 && count < threshold ? `<${threshold}` : count;
}

export const suppressAll = <K extends string>(cells: Record<K, number>, threshold: number) =>
  Object.fromEntries(Object.entries(cells).map(([key, count]) => [key, suppress(count as number, threshold)])) as Record<K, Cell>;
