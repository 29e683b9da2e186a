// You are here: statistical disclosure control of the published complaint numbers. A count is
// published exactly, as "<t" (its true value is 0 to t-1: primary suppression, zeros included) or as
// "x" (withheld: complementary suppression, or a whole table that cannot be protected). The rule:
// for every count not published exactly, the values consistent with everything an agency has ever
// published span at least t consecutive integers. Quarters are protected here, table by table; the
// fiscal year to date is only ever the sum of its published quarters, so it adds nothing to solve with.
import { CATEGORIES, CHANNELS, KINDS, OUTCOMES, REPORTER_TYPES, type Category, type Channel, type Kind, type Outcome, type ReporterType } from '../complaint';

/** The marker of a count or statistic that is not published. */
export const WITHHELD = 'x';

export type Cell = number | `<${number}` | typeof WITHHELD;
/** A median or a percentage: published only when the number of complaints it is computed over reaches the threshold. */
export type Statistic = number | typeof WITHHELD;

/** One quarter's breakdown, of true counts (numbers) or of what is published of them (cells). */
interface Breakdown<T> {
  received: T;
  completed: T;
  inProgress: T;
  byCategory: Record<Category, T>;
  byOutcome: Record<Outcome, T>;
  referred: T;
  /** How the complaints arrived, what they are and who sent them: three more partitions of received. */
  byChannel: Record<Channel, T>;
  byKind: Record<Kind, T>;
  byReporterType: Record<ReporterType, T>;
}

/** The true counts of one quarter's cohort that the publication breaks down. */
export type QuarterCounts = Breakdown<number>;

/** The same counts as published. */
export type PublishedCounts = Breakdown<Cell>;

const small = (threshold: number): Cell => `<${threshold}`;

/**
 * Protects one table: cells that add up to a total, the total already decided. A small total makes
 * every cell small; a withheld total withholds every cell. With an exact total, cells below the
 * threshold are primary suppressions; they stay wide (0 … t-1) only if what is not published holds
 * enough slack, so complementary cells (the smallest of at least t) are withheld until it does:
 * with S withheld, the primaries' sum plus Σ(s - t) must reach t - 1. With no complementary cell the
 * primaries alone need t-1 ≤ their sum ≤ (t-1)(|P|-1). When neither can hold, the whole table is withheld.
 */
export function protectTable<K extends string>(total: Cell, cells: Record<K, number>, threshold: number): Record<K, Cell> {
  const keys = Object.keys(cells) as K[];
  const all = (cell: Cell) => Object.fromEntries(keys.map((key) => [key, cell])) as Record<K, Cell>;
  if (total === WITHHELD) return all(WITHHELD);
  if (typeof total === 'string') return all(small(threshold));
  const primary = keys.filter((key) => cells[key] < threshold);
  if (!primary.length) return { ...cells };
  const protectedAs = (withheld: K[]) =>
    Object.fromEntries(keys.map((key) => [key, primary.includes(key) ? small(threshold) : withheld.includes(key) ? WITHHELD : cells[key]])) as Record<K, Cell>;

  const need = threshold - 1;
  let slack = primary.reduce((sum, key) => sum + cells[key], 0);
  if (primary.length >= 2 && slack >= need && slack <= need * (primary.length - 1)) return protectedAs([]);
  const candidates = keys.filter((key) => cells[key] >= threshold).sort((a, b) => cells[a] - cells[b]);
  const withheld: K[] = [];
  // At least one: without a complementary cell the primaries' own sum bounds them from below.
  for (const key of candidates) {
    withheld.push(key);
    slack += cells[key] - threshold;
    if (slack >= need) break;
  }
  return withheld.length && slack >= need ? protectedAs(withheld) : all(WITHHELD);
}

/**
 * A quarter's counts as published. The tables: received = completed + in progress; received = Σ
 * categories; received = Σ channels; received = Σ kinds; received = Σ reporter types; completed =
 * Σ outcomes + referred. They share only totals (no cross-tabulation is published), and each total is
 * decided before the tables under it, so protecting each table protects them together.
 */
export function protectQuarter(counts: QuarterCounts, threshold: number): PublishedCounts {
  const received: Cell = counts.received < threshold ? small(threshold) : counts.received;
  const status = protectTable(received, { completed: counts.completed, inProgress: counts.inProgress }, threshold);
  const outcomes = protectTable(status.completed, { ...counts.byOutcome, referred: counts.referred }, threshold);
  const { referred, ...byOutcome } = outcomes;
  return {
    received,
    completed: status.completed,
    inProgress: status.inProgress,
    byCategory: protectTable(received, counts.byCategory, threshold),
    byOutcome: byOutcome,
    referred,
    byChannel: protectTable(received, counts.byChannel, threshold),
    byKind: protectTable(received, counts.byKind, threshold),
    byReporterType: protectTable(received, counts.byReporterType, threshold),
  };
}

/** What a published cell says about its true value: the interval [low, high]. */
export function cellRange(cell: Cell): { low: number; high: number } {
  if (typeof cell === 'number') return { low: cell, high: cell };
  if (cell === WITHHELD) return { low: 0, high: Infinity };
  return { low: 0, high: Number(cell.slice(1)) - 1 };
}

/**
 * The sum of published cells, published only as precisely as its parts are: exact when every part
 * is, "<t" when the parts' largest possible sum is below t, withheld otherwise. It is implied by the
 * parts, so publishing it lets no one learn more about any of them.
 */
export function sumOfCells(cells: Cell[], threshold: number): Cell {
  let low = 0;
  let high = 0;
  for (const cell of cells) {
    const range = cellRange(cell);
    low += range.low;
    high += range.high;
  }
  if (low === high) return low;
  return high <= threshold - 1 ? small(threshold) : WITHHELD;
}

/** The fiscal year to date: each count the sum of the published quarters' counts. */
export function sumOfQuarters(quarters: PublishedCounts[], threshold: number): PublishedCounts {
  const sum = (pick: (counts: PublishedCounts) => Cell) => sumOfCells(quarters.map(pick), threshold);
  return {
    received: sum((counts) => counts.received),
    completed: sum((counts) => counts.completed),
    inProgress: sum((counts) => counts.inProgress),
    byCategory: Object.fromEntries(CATEGORIES.map((category) => [category, sum((counts) => counts.byCategory[category])])) as Record<Category, Cell>,
    byOutcome: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, sum((counts) => counts.byOutcome[outcome])])) as Record<Outcome, Cell>,
    referred: sum((counts) => counts.referred),
    byChannel: Object.fromEntries(CHANNELS.map((channel) => [channel, sum((counts) => counts.byChannel[channel])])) as Record<Channel, Cell>,
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, sum((counts) => counts.byKind[kind])])) as Record<Kind, Cell>,
    byReporterType: Object.fromEntries(REPORTER_TYPES.map((type) => [type, sum((counts) => counts.byReporterType[type])])) as Record<ReporterType, Cell>,
  };
}

/** A statistic over n complaints: published when n reaches the threshold, withheld otherwise (n = 0 included, so "none" and "few" look alike). */
export const statisticOver = (value: number | undefined, n: number, threshold: number): Statistic =>
  value !== undefined && n >= threshold ? value : WITHHELD;
