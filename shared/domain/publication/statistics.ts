// You are here: the complaint statistics of a period, a pure function of the statistics rows of one
// agency. The cohort of a period is the complaints received in it; each is counted by where it stood
// at the end of the period, so computing a closed period again later gives the same numbers. Rows
// stream through an accumulator whose memory does not grow with the number of complaints. What may
// be published of them is decided in disclosure.ts.
import { CATEGORIES, CHANNELS, KINDS, OUTCOMES, REPORTER_TYPES, type Category, type Channel, type Kind, type Outcome, type ReporterType, type Status } from '../complaint';
import { startOfBangkokDay } from '../calendar';
import type { Period } from '../fiscal';
import { statisticOver, type Statistic } from './disclosure';

/** What the statistics index holds of one complaint. */
export interface StatisticsRow {
  category: Category;
  status: Status;
  outcome?: Outcome;
  receivedAt: string;
  acknowledgeBy: string;
  acknowledgedAt?: string;
  concludedAt?: string;
  /** Absent on complaints filed before they were recorded: online, complaint, unknown. */
  channel?: Channel;
  kind?: Kind;
  reporterType?: ReporterType;
  /** The Bangkok day a complaint from another channel arrived, when it was recorded later. */
  receivedOn?: string;
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
  get n() {
    return this.total;
  }
  merge(other: MedianOfDays) {
    for (const [tenths, count] of other.counts) this.counts.set(tenths, (this.counts.get(tenths) ?? 0) + count);
    this.total += other.total;
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

/** The timeliness figures of a cohort; quarters merge into their fiscal year to date. */
export class Timeliness {
  readonly toAcknowledge = new MedianOfDays();
  readonly toConclude = new MedianOfDays();
  /** Complaints whose acknowledgement was due (or done) by the end, and those acknowledged in time. */
  acknowledgementDue = 0;
  acknowledgedInTime = 0;

  merge(other: Timeliness) {
    this.toAcknowledge.merge(other.toAcknowledge);
    this.toConclude.merge(other.toConclude);
    this.acknowledgementDue += other.acknowledgementDue;
    this.acknowledgedInTime += other.acknowledgedInTime;
    return this;
  }

  percentInTime(): number | undefined {
    return this.acknowledgementDue ? Math.round((this.acknowledgedInTime / this.acknowledgementDue) * 1000) / 10 : undefined;
  }

  /** Each figure only when the complaints it is computed over reach the threshold. */
  published(threshold: number): { medianDaysToAcknowledge: Statistic; medianDaysToClose: Statistic; acknowledgedWithinDeadlinePercent: Statistic } {
    return {
      medianDaysToAcknowledge: statisticOver(this.toAcknowledge.median(), this.toAcknowledge.n, threshold),
      medianDaysToClose: statisticOver(this.toConclude.median(), this.toConclude.n, threshold),
      acknowledgedWithinDeadlinePercent: statisticOver(this.percentInTime(), this.acknowledgementDue, threshold),
    };
  }
}

export interface ComplaintStatistics {
  received: number;
  inProgress: number;
  completed: number;
  referred: number;
  byCategory: Record<Category, number>;
  byOutcome: Record<Outcome, number>;
  byChannel: Record<Channel, number>;
  byKind: Record<Kind, number>;
  byReporterType: Record<ReporterType, number>;
  medianDaysToAcknowledge?: number;
  medianDaysToConclude?: number;
  /** Share (%) of the complaints whose acknowledgement was due by the period's end that were acknowledged in time. */
  acknowledgedWithinDeadlinePercent?: number;
}

/**
 * Accumulates the statistics of `period` from rows in any order (rows of other periods are skipped).
 * A period computed before it ends is counted as of `asOf`, so deadlines still ahead are not counted as missed.
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
    byChannel: zeroes(CHANNELS),
    byKind: zeroes(KINDS),
    byReporterType: zeroes(REPORTER_TYPES),
  };
  const timeliness = new Timeliness();

  return {
    timeliness,
    add(row: StatisticsRow) {
      if (!before(row.receivedAt) || row.receivedAt < startIso) return;

      stats.received += 1;
      stats.byCategory[row.category] += 1;
      stats.byChannel[row.channel ?? 'online'] += 1;
      stats.byKind[row.kind ?? 'complaint'] += 1;
      stats.byReporterType[row.reporterType ?? 'unknown'] += 1;
      // A complaint recorded from another channel waited from the day it arrived, not from when it was typed in.
      const arrived = row.receivedOn ? startOfBangkokDay(row.receivedOn).toISOString() : row.receivedAt;
      if (before(row.acknowledgedAt)) timeliness.toAcknowledge.add(arrived, row.acknowledgedAt);
      if (before(row.acknowledgeBy) || before(row.acknowledgedAt)) {
        timeliness.acknowledgementDue += 1;
        if (before(row.acknowledgedAt) && row.acknowledgedAt <= row.acknowledgeBy) timeliness.acknowledgedInTime += 1;
      }
      if (before(row.concludedAt)) {
        stats.completed += 1;
        timeliness.toConclude.add(arrived, row.concludedAt);
        if (row.status === 'closed' && row.outcome) stats.byOutcome[row.outcome] += 1;
        else stats.referred += 1;
      }
    },
    result(): ComplaintStatistics {
      const medianDaysToAcknowledge = timeliness.toAcknowledge.median();
      const medianDaysToConclude = timeliness.toConclude.median();
      const percent = timeliness.percentInTime();
      return {
        ...stats,
        inProgress: stats.received - stats.completed,
        ...(medianDaysToAcknowledge !== undefined ? { medianDaysToAcknowledge } : {}),
        ...(medianDaysToConclude !== undefined ? { medianDaysToConclude } : {}),
        ...(percent !== undefined ? { acknowledgedWithinDeadlinePercent: percent } : {}),
      };
    },
  };
}
