// You are here: the national roll-up published under /stats/all/: every agency's complaint counts of
// a period added up. It is computed from the agencies' published figures only, never from the
// complaints: a suppressed cell ("<5", or "x") adds the range its agency's own file already allows,
// so each national count is exact only where every part is, and otherwise a range from the smallest
// to the largest total consistent with what the agencies published. Being a function of published
// figures, it tells no one anything they could not work out from those figures already: a national
// total minus the other agencies' figures gives back no more than the agency's own file says
// (docs/publication.md, "the national roll-up").
import { CATEGORIES, CHANNELS, KINDS, OUTCOMES, REPORTER_TYPES } from '../complaint';
import { cellRange, WITHHELD, type Cell } from './disclosure';
import type { StatisticsDocument } from './document';

export const NATIONAL_SCHEMA = 'integrity-statistics-national/v1';

/** A published national count: exact, or the smallest and largest totals the agencies' figures allow (high null: no upper bound). */
export type RangeCell = number | { low: number; high: number | null };

/** What is known of one count: its smallest and largest possible value. */
export interface Bound {
  low: number;
  high: number;
}

export interface Counts<T> {
  received: T;
  completed: T;
  inProgress: T;
  referred: T;
  byCategory: Record<string, T>;
  byOutcome: Record<string, T>;
  byChannel: Record<string, T>;
  byKind: Record<string, T>;
  byReporterType: Record<string, T>;
}

/** The breakdowns of received that sit beside the categories, and their codes. */
const RECEIVED_BREAKDOWNS = { byChannel: CHANNELS, byKind: KINDS, byReporterType: REPORTER_TYPES } as const;
type ReceivedBreakdown = keyof typeof RECEIVED_BREAKDOWNS;
const RECEIVED_BREAKDOWN_KEYS = Object.keys(RECEIVED_BREAKDOWNS) as ReceivedBreakdown[];

export interface NationalDocument {
  schema: typeof NATIONAL_SCHEMA;
  period: StatisticsDocument['period'];
  suppressionThreshold: number;
  /** How many agencies' published figures are added up. */
  agencies: number;
  disclosure: { rule: 'sum-of-published-figures'; range: string };
  complaints: Counts<RangeCell>;
  revision?: { publishedOn: string; number: number };
}

const mapRecord = <T, U>(record: Record<string, T>, map: (value: T) => U) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

const mapCounts = <T, U>(counts: Counts<T>, map: (value: T) => U): Counts<U> => ({
  received: map(counts.received),
  completed: map(counts.completed),
  inProgress: map(counts.inProgress),
  referred: map(counts.referred),
  byCategory: mapRecord(counts.byCategory, map),
  byOutcome: mapRecord(counts.byOutcome, map),
  byChannel: mapRecord(counts.byChannel, map),
  byKind: mapRecord(counts.byKind, map),
  byReporterType: mapRecord(counts.byReporterType, map),
});

/**
 * What one agency's published file says about each of its counts, tightened by what the file itself
 * implies: the tables add up (received = completed + in progress = Σ categories = Σ channels =
 * Σ kinds = Σ reporter types; completed = Σ outcomes + referred), and in a quarter's table with "<t" cells a withheld cell is a complementary
 * one, so at least t. Every step follows from the published file alone.
 */
export function publishedBounds(document: StatisticsDocument): Counts<Bound> {
  const threshold = document.suppressionThreshold;
  const c = document.complaints;
  const quarter = document.period.kind === 'quarter';
  const hasSmall = (cells: Cell[]) => quarter && cells.some((cell) => typeof cell === 'string' && cell.startsWith('<'));
  const boundOf = (cell: Cell, complementary: boolean): Bound => {
    const range = cellRange(cell);
    return cell === WITHHELD && complementary ? { low: threshold, high: range.high } : range;
  };
  const status = hasSmall([c.completed, c.inProgress]);
  const categories = hasSmall(Object.values(c.byCategory));
  const outcomes = hasSmall([...Object.values(c.byOutcome), c.referred]);
  const breakdown = (field: ReceivedBreakdown) => {
    const cells = c[field];
    const complementary = hasSmall(Object.values(cells));
    return Object.fromEntries(RECEIVED_BREAKDOWNS[field].map((key) => [key, boundOf(cells[key] ?? 0, complementary)]));
  };
  const bounds: Counts<Bound> = {
    received: boundOf(c.received, false),
    completed: boundOf(c.completed, status),
    inProgress: boundOf(c.inProgress, status),
    referred: boundOf(c.referred, outcomes),
    byCategory: Object.fromEntries(CATEGORIES.map((key) => [key, boundOf(c.byCategory[key] ?? 0, categories)])),
    byOutcome: Object.fromEntries(OUTCOMES.map((key) => [key, boundOf(c.byOutcome[key] ?? 0, outcomes)])),
    byChannel: breakdown('byChannel'),
    byKind: breakdown('byKind'),
    byReporterType: breakdown('byReporterType'),
  };
  const tables: [Bound, Bound[]][] = [
    [bounds.received, [bounds.completed, bounds.inProgress]],
    [bounds.received, Object.values(bounds.byCategory)],
    [bounds.completed, [...Object.values(bounds.byOutcome), bounds.referred]],
    ...RECEIVED_BREAKDOWN_KEYS.map((field): [Bound, Bound[]] => [bounds.received, Object.values(bounds[field])]),
  ];
  // Interval propagation over the three sums; a few passes reach the fixpoint of tables this small.
  for (let pass = 0; pass < 8; pass += 1) {
    for (const [total, cells] of tables) {
      total.low = Math.max(total.low, sum(cells, 'low'));
      total.high = Math.min(total.high, sum(cells, 'high'));
      for (const cell of cells) {
        const others = cells.filter((other) => other !== cell);
        cell.low = Math.max(cell.low, total.low - sum(others, 'high'));
        cell.high = Math.min(cell.high, total.high - sum(others, 'low'));
      }
    }
  }
  return bounds;
}

const sum = (bounds: Bound[], end: keyof Bound) => bounds.reduce((total, bound) => total + bound[end], 0);

const rangeCell = (bound: Bound): RangeCell =>
  bound.low === bound.high ? bound.low : { low: bound.low, high: Number.isFinite(bound.high) ? bound.high : null };

const add = (a: Bound, b: Bound): Bound => ({ low: a.low + b.low, high: a.high + b.high });

const zero = (): Counts<Bound> => ({
  received: { low: 0, high: 0 },
  completed: { low: 0, high: 0 },
  inProgress: { low: 0, high: 0 },
  referred: { low: 0, high: 0 },
  byCategory: Object.fromEntries(CATEGORIES.map((key) => [key, { low: 0, high: 0 }])),
  byOutcome: Object.fromEntries(OUTCOMES.map((key) => [key, { low: 0, high: 0 }])),
  byChannel: Object.fromEntries(CHANNELS.map((key) => [key, { low: 0, high: 0 }])),
  byKind: Object.fromEntries(KINDS.map((key) => [key, { low: 0, high: 0 }])),
  byReporterType: Object.fromEntries(REPORTER_TYPES.map((key) => [key, { low: 0, high: 0 }])),
});

function sumCounts(parts: readonly Counts<Bound>[]): Counts<Bound> {
  const total = zero();
  for (const part of parts) {
    for (const field of ['received', 'completed', 'inProgress', 'referred'] as const) total[field] = add(total[field], part[field]);
    for (const key of CATEGORIES) total.byCategory[key] = add(total.byCategory[key]!, part.byCategory[key]!);
    for (const key of OUTCOMES) total.byOutcome[key] = add(total.byOutcome[key]!, part.byOutcome[key]!);
    for (const field of RECEIVED_BREAKDOWN_KEYS) {
      for (const key of RECEIVED_BREAKDOWNS[field]) total[field][key] = add(total[field][key]!, part[field][key]!);
    }
  }
  return total;
}

const boundOfRange = (cell: RangeCell): Bound => (typeof cell === 'number' ? { low: cell, high: cell } : { low: cell.low, high: cell.high ?? Infinity });

function nationalDocument(period: StatisticsDocument['period'], threshold: number, agencies: number, counts: Counts<Bound>): NationalDocument {
  return {
    schema: NATIONAL_SCHEMA,
    period,
    suppressionThreshold: threshold,
    agencies,
    disclosure: {
      rule: 'sum-of-published-figures',
      range: `{low, high}: the total lies between low and high; each agency's "<${threshold}" adds 0 to ${threshold - 1}, each withheld cell what its agency's tables allow`,
    },
    complaints: mapCounts(counts, rangeCell),
  };
}

/** The national figures of a quarter: the sum of the agencies' published quarter files, each as `publishedBounds` reads it. */
export function nationalQuarter(period: StatisticsDocument['period'], agencies: readonly Counts<Bound>[], threshold: number): NationalDocument {
  return nationalDocument(period, threshold, agencies.length, sumCounts(agencies));
}

/**
 * The national fiscal year to date: the sum of the national quarters, as each agency's year is the
 * sum of its published quarters (a withheld cell of a quarter keeps the bounds its quarter's tables give it).
 */
export function nationalYear(period: StatisticsDocument['period'], quarters: readonly NationalDocument[], threshold: number): NationalDocument {
  return nationalDocument(
    period,
    threshold,
    Math.max(0, ...quarters.map((quarter) => quarter.agencies)),
    sumCounts(quarters.map((quarter) => mapCounts(quarter.complaints, boundOfRange))),
  );
}
