// The attacker of the published statistics. From every stats.json an agency has published (each
// snapshot of the stats bucket after a publication run: quarter and fiscal-year-to-date files, every
// revision) it builds the system of what is known to be true: the cells of a table add up to its
// total, the fiscal year to date is the sum of its quarters, a quarter's category counts only grow
// between two versions of it (and what was added between them is itself a count held to the rule),
// the trend indicator is the difference of two quarters, every count is
// a non-negative integer and every published figure bounds its count ("<t" is 0 … t-1; "x" is at
// least t in a quarter table that also has "<t" cells, since complementary cells are chosen among
// those, and unbounded otherwise). It tightens the bounds of every unknown to a fixpoint over the
// equalities (interval propagation), then shaves each suppressed cell's ends by probing: a value
// whose assumption makes the system infeasible is excluded. Every step is sound, so a range it
// finds is one a real attacker can find too.
import { createHash } from 'node:crypto';

const CATEGORIES = ['bribery', 'procurement', 'abuse-of-power', 'salary-promotion', 'misconduct', 'other'];
const OUTCOMES = ['substantiated', 'unsubstantiated', 'insufficient-evidence', 'not-in-jurisdiction'];
/** The other partitions of the complaints received: each adds up to received, like the categories. */
const BREAKDOWNS: Record<string, string[]> = {
  byChannel: ['online', 'letter', 'phone', 'walk-in', 'general-channel', 'referral'],
  byKind: ['complaint', 'tip'],
  byReporterType: ['public', 'staff', 'unknown'],
};
const BREAKDOWN_FIELDS = Object.keys(BREAKDOWNS);
/** Indicators that repeat one published cell of a breakdown. */
const BREAKDOWN_INDICATORS: Record<string, [string, string]> = { 'complaints-and-tips-from-public': ['byReporterType', 'public'] };

type Marker = number | string | null | undefined;
interface Doc {
  schema: string;
  period: { id: string; kind: 'quarter' | 'year'; fiscalYear: number; quarter?: number; lastDay: string };
  suppressionThreshold: number;
  disclosure?: { yearToDate?: string };
  complaints: Record<string, unknown> & { byCategory: Record<string, Marker>; byOutcome: Record<string, Marker>; salaryPromotionByQuarter: Record<string, Marker> };
  indicators: { id: string; actual: Marker; met: boolean | null }[];
  revision?: unknown;
}

/** A published snapshot: every stats.json served after one publication run, by period id. */
export type Snapshot = Record<string, Doc>;

export interface Finding {
  where: string;
  published: string;
  low: number;
  high: number;
}

class Infeasible extends Error {}

export class System {
  low: number[] = [];
  high: number[] = [];
  names: string[] = [];
  /** Σ coefficient·variable = 0. */
  equations: { vars: number[]; coefs: number[] }[] = [];

  variable(name: string, low = 0, high = Infinity) {
    this.names.push(name);
    this.low.push(low);
    this.high.push(high);
    return this.names.length - 1;
  }
  constant(value: number) {
    return this.variable(`=${value}`, value, value);
  }
  bound(index: number, low: number, high: number) {
    this.low[index] = Math.max(this.low[index]!, low);
    this.high[index] = Math.min(this.high[index]!, high);
  }
  /** left = Σ right */
  sum(left: number, right: number[]) {
    this.equations.push({ vars: [left, ...right], coefs: [1, ...right.map(() => -1)] });
  }
  equal(vars: number[], coefs: number[]) {
    this.equations.push({ vars, coefs });
  }

  /** Interval propagation to a fixpoint on the given bounds; throws Infeasible when bounds cross. */
  propagate(low: number[], high: number[]) {
    for (let pass = 0; pass < 2000; pass += 1) {
      let changed = false;
      for (const { vars, coefs } of this.equations) {
        for (let j = 0; j < vars.length; j += 1) {
          // coef_j x_j = -Σ_{i≠j} coef_i x_i
          let min = 0;
          let max = 0;
          for (let i = 0; i < vars.length; i += 1) {
            if (i === j) continue;
            const c = coefs[i]!;
            const v = vars[i]!;
            min += c > 0 ? c * low[v]! : c * high[v]!;
            max += c > 0 ? c * high[v]! : c * low[v]!;
          }
          const c = coefs[j]!;
          const v = vars[j]!;
          const a = -max / c;
          const b = -min / c;
          const lo = Math.ceil(Math.min(a, b) - 1e-9);
          const hi = Math.floor(Math.max(a, b) + 1e-9);
          if (lo > low[v]!) {
            low[v] = lo;
            changed = true;
          }
          if (hi < high[v]!) {
            high[v] = hi;
            changed = true;
          }
          if (low[v]! > high[v]!) throw new Infeasible(this.names[v]);
        }
      }
      if (!changed) return;
    }
  }

  /** The tightest range found for each variable of interest: propagation, then probing its ends. */
  solve(targets: number[], enough: number) {
    const low = [...this.low];
    const high = [...this.high];
    this.propagate(low, high);
    const feasibleWith = (v: number, value: number) => {
      const lo = [...low];
      const hi = [...high];
      lo[v] = value;
      hi[v] = value;
      try {
        this.propagate(lo, hi);
        return true;
      } catch (error) {
        if (error instanceof Infeasible) return false;
        throw error;
      }
    };
    for (const v of targets) {
      // Shave from each end while the range is still at least `enough` wide (narrower is a finding anyway).
      while (high[v]! - low[v]! + 1 >= enough && !feasibleWith(v, low[v]!)) low[v]! += 1;
      while (Number.isFinite(high[v]!) && high[v]! - low[v]! + 1 >= enough && !feasibleWith(v, high[v]!)) high[v]! -= 1;
    }
    return { low, high };
  }
}

const versionOf = (doc: Doc) => {
  const { revision: _revision, ...figures } = doc;
  return `${doc.period.id}#${createHash('sha256').update(JSON.stringify(figures)).digest('hex').slice(0, 12)}`;
};

interface Counts {
  received: number;
  completed: number;
  inProgress: number;
  referred: number;
  byCategory: Record<string, number>;
  byOutcome: Record<string, number>;
  /** byChannel, byKind, byReporterType: variables of every code, whether or not a file publishes them. */
  breakdowns: Record<string, Record<string, number>>;
}

/** Variables for every breakdown of received, each table adding up to it. */
function breakdownVariables(system: System, received: number, name: (field: string) => string) {
  const breakdowns = Object.fromEntries(BREAKDOWN_FIELDS.map((field) => [field, Object.fromEntries(BREAKDOWNS[field]!.map((code) => [code, system.variable(name(`${field}.${code}`))]))]));
  for (const field of BREAKDOWN_FIELDS) system.sum(received, Object.values(breakdowns[field]!));
  return breakdowns;
}

/**
 * Runs the attack on everything published. `threshold` is the width the rule promises: every cell
 * not published exactly must keep at least that many possible values.
 */
export function attackPublished(snapshots: Snapshot[], threshold: number): Finding[] {
  const system = new System();
  const versions = new Map<string, Counts>();
  const suppressed: { variable: number; where: string; published: string }[] = [];
  /** Counts no file publishes but that follow from two of them: disclosive when known to within fewer than t values, unless known to be at least t. */
  const derived: typeof suppressed = [];

  const cellBounds = (variable: number, cell: Marker, where: string, atLeastThreshold: boolean) => {
    if (cell === null || cell === undefined) return;
    if (typeof cell === 'number') return system.bound(variable, cell, cell);
    suppressed.push({ variable, where, published: cell });
    if (cell === 'x') return system.bound(variable, atLeastThreshold ? threshold : 0, Infinity);
    const limit = Number(cell.slice(1));
    system.bound(variable, 0, limit - 1);
  };

  const countsOf = (doc: Doc): Counts => {
    const key = versionOf(doc);
    const known = versions.get(key);
    if (known) return known;
    const name = (field: string) => `${key}:${field}`;
    const counts: Counts = {
      received: system.variable(name('received')),
      completed: system.variable(name('completed')),
      inProgress: system.variable(name('inProgress')),
      referred: system.variable(name('referred')),
      byCategory: Object.fromEntries(CATEGORIES.map((category) => [category, system.variable(name(`byCategory.${category}`))])),
      byOutcome: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, system.variable(name(`byOutcome.${outcome}`))])),
      breakdowns: {},
    };
    counts.breakdowns = breakdownVariables(system, counts.received, name);
    versions.set(key, counts);
    const c = doc.complaints;
    const quarterFile = doc.period.kind === 'quarter';
    const hasSmall = (cells: Marker[]) => quarterFile && cells.some((cell) => typeof cell === 'string' && cell.startsWith('<'));
    const statusCells = [c.completed, c.inProgress] as Marker[];
    const outcomeCells = [...Object.values(c.byOutcome), c.referred as Marker];
    cellBounds(counts.received, c.received as Marker, name('received'), false);
    cellBounds(counts.completed, c.completed as Marker, name('completed'), hasSmall(statusCells));
    cellBounds(counts.inProgress, c.inProgress as Marker, name('inProgress'), hasSmall(statusCells));
    cellBounds(counts.referred, c.referred as Marker, name('referred'), hasSmall(outcomeCells));
    for (const category of CATEGORIES) cellBounds(counts.byCategory[category]!, c.byCategory[category], name(`byCategory.${category}`), hasSmall(Object.values(c.byCategory)));
    for (const outcome of OUTCOMES) cellBounds(counts.byOutcome[outcome]!, c.byOutcome[outcome], name(`byOutcome.${outcome}`), hasSmall(outcomeCells));
    system.sum(counts.received, [counts.completed, counts.inProgress]);
    system.sum(counts.received, CATEGORIES.map((category) => counts.byCategory[category]!));
    system.sum(counts.completed, [...OUTCOMES.map((outcome) => counts.byOutcome[outcome]!), counts.referred]);
    for (const field of BREAKDOWN_FIELDS) {
      const cells = (c[field] ?? {}) as Record<string, Marker>;
      for (const code of BREAKDOWNS[field]!) cellBounds(counts.breakdowns[field]![code]!, cells[code], name(`${field}.${code}`), hasSmall(Object.values(cells)));
    }
    // The totals' indicators repeat the totals; the public's complaints and tips repeat a breakdown's cell.
    for (const indicator of doc.indicators) {
      const field = { 'complaints-received': 'received', 'complaints-completed': 'completed' }[indicator.id] as 'received' | 'completed' | undefined;
      if (field) cellBounds(counts[field], indicator.actual, `${name(field)} (indicator)`, field === 'completed' && hasSmall(statusCells));
      const cell = BREAKDOWN_INDICATORS[indicator.id];
      if (cell) {
        const [breakdown, code] = cell;
        cellBounds(counts.breakdowns[breakdown]![code]!, indicator.actual, `${name(`${breakdown}.${code}`)} (indicator)`, hasSmall(Object.values((c[breakdown] ?? {}) as Record<string, Marker>)));
      }
    }
    return counts;
  };

  // Unknown quarters (not in a snapshot) still exist: fresh variables for them, once each.
  const unpublished = new Map<string, Counts>();
  const freshQuarter = (id: string): Counts => {
    const known = unpublished.get(id);
    if (known) return known;
    const v = (field: string) => system.variable(`${id}(unpublished):${field}`);
    const counts: Counts = {
      received: v('received'),
      completed: v('completed'),
      inProgress: v('inProgress'),
      referred: v('referred'),
      byCategory: Object.fromEntries(CATEGORIES.map((category) => [category, v(category)])),
      byOutcome: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, v(outcome)])),
      breakdowns: {},
    };
    counts.breakdowns = breakdownVariables(system, counts.received, (field) => `${id}(unpublished):${field}`);
    system.sum(counts.received, [counts.completed, counts.inProgress]);
    system.sum(counts.received, CATEGORIES.map((category) => counts.byCategory[category]!));
    system.sum(counts.completed, [...OUTCOMES.map((outcome) => counts.byOutcome[outcome]!), counts.referred]);
    unpublished.set(id, counts);
    return counts;
  };
  const quarterIn = (snapshot: Snapshot, id: string) => (snapshot[id] ? countsOf(snapshot[id]) : freshQuarter(id));
  const previousQuarterId = (fiscalYear: number, quarter: number) => (quarter === 1 ? `${fiscalYear - 1}-Q4` : `${fiscalYear}-Q${quarter - 1}`);

  const seen = new Map<string, string[]>();
  for (const snapshot of snapshots) {
    for (const doc of Object.values(snapshot)) {
      const counts = countsOf(doc);
      const history = seen.get(doc.period.id) ?? [];
      const key = versionOf(doc);
      if (doc.period.kind === 'quarter' && history.length && history.at(-1) !== key) {
        // Complaints are only ever added to a quarter's cohort, and keep their category.
        // What was added between the two is itself a count of complaints, held to the same rule.
        const before = versions.get(history.at(-1)!)!;
        const addedReceived = system.variable(`${key}:added.received`);
        system.equal([counts.received, before.received, addedReceived], [1, -1, -1]);
        derived.push({ variable: addedReceived, where: `${key}:added.received`, published: 'difference of two versions' });
        for (const category of CATEGORIES) {
          const added = system.variable(`${key}:added.${category}`);
          system.equal([counts.byCategory[category]!, before.byCategory[category]!, added], [1, -1, -1]);
          derived.push({ variable: added, where: `${key}:added.${category}`, published: 'difference of two versions' });
        }
        // A complaint keeps its channel, kind and reporter type too.
        for (const field of BREAKDOWN_FIELDS) {
          for (const code of BREAKDOWNS[field]!) {
            const added = system.variable(`${key}:added.${field}.${code}`);
            system.equal([counts.breakdowns[field]![code]!, before.breakdowns[field]![code]!, added], [1, -1, -1]);
            derived.push({ variable: added, where: `${key}:added.${field}.${code}`, published: 'difference of two versions' });
          }
        }
      }
      if (history.at(-1) !== key) seen.set(doc.period.id, [...history, key]);

      const lastQuarter = doc.period.kind === 'quarter' ? doc.period.quarter! : ({ '12-31': 1, '03-31': 2, '06-30': 3, '09-30': 4 }[doc.period.lastDay.slice(5)] ?? 4);
      // salaryPromotionByQuarter repeats each quarter's salary-promotion count.
      for (let quarter = 1; quarter <= lastQuarter; quarter += 1) {
        const cell = doc.complaints.salaryPromotionByQuarter[`Q${quarter}`];
        const id = `${doc.period.fiscalYear}-Q${quarter}`;
        const target = doc.period.kind === 'quarter' && quarter === lastQuarter ? counts : quarterIn(snapshot, id);
        const copy = system.variable(`${versionOf(doc)}:salaryPromotionByQuarter.Q${quarter}`);
        system.equal([copy, target.byCategory['salary-promotion']!], [1, -1]);
        cellBounds(copy, cell, `${versionOf(doc)}:salaryPromotionByQuarter.Q${quarter}`, false);
      }

      if (doc.period.kind === 'year') {
        const quarters = Array.from({ length: lastQuarter }, (_unused, index) => quarterIn(snapshot, `${doc.period.fiscalYear}-Q${index + 1}`));
        system.sum(counts.received, quarters.map((quarter) => quarter.received));
        for (const category of CATEGORIES) system.sum(counts.byCategory[category]!, quarters.map((quarter) => quarter.byCategory[category]!));
        for (const field of BREAKDOWN_FIELDS) {
          for (const code of BREAKDOWNS[field]!) system.sum(counts.breakdowns[field]![code]!, quarters.map((quarter) => quarter.breakdowns[field]![code]!));
        }
        if (doc.disclosure?.yearToDate === 'sum-of-published-quarters') {
          system.sum(counts.completed, quarters.map((quarter) => quarter.completed));
          system.sum(counts.inProgress, quarters.map((quarter) => quarter.inProgress));
          system.sum(counts.referred, quarters.map((quarter) => quarter.referred));
          for (const outcome of OUTCOMES) system.sum(counts.byOutcome[outcome]!, quarters.map((quarter) => quarter.byOutcome[outcome]!));
        }
      } else {
        const trend = doc.indicators.find((indicator) => indicator.id === 'promotion-complaints-trend');
        if (trend && (typeof trend.actual === 'number' || trend.met !== null)) {
          const previous = quarterIn(snapshot, previousQuarterId(doc.period.fiscalYear, doc.period.quarter!));
          const now = counts.byCategory['salary-promotion']!;
          const before = previous.byCategory['salary-promotion']!;
          if (typeof trend.actual === 'number') system.equal([now, before, system.constant(trend.actual)], [1, -1, -1]);
          else if (trend.met) system.equal([before, now, system.variable('trend slack')], [1, -1, -1]);
          else system.equal([now, before, system.variable('trend slack', 1)], [1, -1, -1]);
        }
      }
    }
  }

  const { low, high } = system.solve(
    [...suppressed, ...derived].map((entry) => entry.variable),
    threshold,
  );
  const narrow = (entry: (typeof suppressed)[number]) => high[entry.variable]! - low[entry.variable]! + 1 < threshold;
  return [...suppressed.filter(narrow), ...derived.filter((entry) => narrow(entry) && low[entry.variable]! < threshold)].map((entry) => ({
    where: entry.where,
    published: entry.published,
    low: low[entry.variable]!,
    high: high[entry.variable]!,
  }));
}

/** A national roll-up as it may be published: exact counts, ranges, or (a naive roll-up) cells like an agency's own. */
type RollUpCell = number | string | { low: number; high: number | null } | null | undefined;
export interface RollUpDoc {
  complaints: Record<string, unknown> & { byCategory: Record<string, RollUpCell>; byOutcome: Record<string, RollUpCell> };
}

/**
 * The differencing attack on a national roll-up: the national count of each field is the sum of the
 * agencies' counts, so the national figure minus what the other agencies published bounds what is
 * left for one agency. The system holds every agency's published quarter file (its bounds and its
 * tables' sums) and the national sums with their published bounds; a suppressed agency cell that
 * comes out narrower than `threshold` is a finding. A colluding agency (an insider who knows its own
 * true counts) is modelled by `insiders`: by agency index, its true counts by field ('received',
 * 'byCategory.bribery', …), which the system then knows exactly; their own cells are not targets.
 */
export function attackRollUp(agencies: Doc[], national: RollUpDoc, threshold: number, insiders: ReadonlyMap<number, Record<string, number>> = new Map()): Finding[] {
  const system = new System();
  const suppressed: { variable: number; where: string; published: string }[] = [];
  const breakdownFields = BREAKDOWN_FIELDS.flatMap((field) => BREAKDOWNS[field]!.map((code) => `${field}.${code}`));
  const fields = ['received', 'completed', 'inProgress', 'referred', ...CATEGORIES.map((c) => `byCategory.${c}`), ...OUTCOMES.map((o) => `byOutcome.${o}`), ...breakdownFields];
  const cellOf = (complaints: Doc['complaints'] | RollUpDoc['complaints'], field: string): RollUpCell => {
    const [group, key] = field.split('.');
    return key ? ((complaints[group!] ?? {}) as Record<string, RollUpCell>)[key] : (complaints[field] as RollUpCell);
  };
  const perField = new Map<string, number[]>(fields.map((field) => [field, []]));
  agencies.forEach((doc, index) => {
    const c = doc.complaints;
    const hasSmall = (cells: unknown[]) => doc.period.kind === 'quarter' && cells.some((cell) => typeof cell === 'string' && cell.startsWith('<'));
    const complementary: Record<string, boolean> = {
      completed: hasSmall([c.completed, c.inProgress]),
      inProgress: hasSmall([c.completed, c.inProgress]),
      referred: hasSmall([...Object.values(c.byOutcome), c.referred]),
      received: false,
      ...Object.fromEntries(CATEGORIES.map((key) => [`byCategory.${key}`, hasSmall(Object.values(c.byCategory))])),
      ...Object.fromEntries(OUTCOMES.map((key) => [`byOutcome.${key}`, hasSmall([...Object.values(c.byOutcome), c.referred])])),
      ...Object.fromEntries(breakdownFields.map((field) => [field, hasSmall(Object.values((c[field.split('.')[0]!] ?? {}) as Record<string, unknown>))])),
    };
    const v: Record<string, number> = {};
    for (const field of fields) {
      const where = `agency ${index}:${field}`;
      v[field] = system.variable(where);
      perField.get(field)!.push(v[field]);
      const cell = cellOf(c, field);
      const known = insiders.get(index)?.[field];
      if (known !== undefined) system.bound(v[field], known, known);
      if (typeof cell === 'number') system.bound(v[field], cell, cell);
      else if (typeof cell === 'string' && known === undefined) {
        suppressed.push({ variable: v[field], where, published: cell });
        if (cell === 'x') system.bound(v[field], complementary[field] ? threshold : 0, Infinity);
        else system.bound(v[field], 0, Number(cell.slice(1)) - 1);
      }
    }
    system.sum(v.received!, [v.completed!, v.inProgress!]);
    system.sum(v.received!, CATEGORIES.map((key) => v[`byCategory.${key}`]!));
    system.sum(v.completed!, [...OUTCOMES.map((key) => v[`byOutcome.${key}`]!), v.referred!]);
    for (const field of BREAKDOWN_FIELDS) system.sum(v.received!, BREAKDOWNS[field]!.map((code) => v[`${field}.${code}`]!));
  });
  for (const field of fields) {
    const total = system.variable(`national:${field}`);
    system.sum(total, perField.get(field)!);
    const cell = cellOf(national.complaints, field);
    if (typeof cell === 'number') system.bound(total, cell, cell);
    else if (typeof cell === 'string' && cell.startsWith('<')) system.bound(total, 0, Number(cell.slice(1)) - 1);
    else if (cell && typeof cell === 'object') system.bound(total, cell.low, cell.high ?? Infinity);
  }
  const { low, high } = system.solve(suppressed.map((entry) => entry.variable), threshold);
  return suppressed
    .filter((entry) => high[entry.variable]! - low[entry.variable]! + 1 < threshold)
    .map((entry) => ({ where: entry.where, published: entry.published, low: low[entry.variable]!, high: high[entry.variable]! }));
}
