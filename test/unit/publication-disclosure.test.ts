// The published statistics played by an attacker: from every file an agency has published (quarter
// and fiscal-year-to-date files, every revision, several quarters, republications after new
// complaints) no count that is not published exactly can be narrowed to fewer than the threshold's
// width of possible values, and no median or percentage is published over fewer complaints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectQuarter } from '../../shared/domain/publication/disclosure';
import type { StatisticsRow } from '../../shared/domain/publication/statistics';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { attackPublished, type Snapshot } from '../support/disclosure-attacker';
import { memoryContext } from '../support/memory-context';

const DAY = 86_400_000;
// FY 2570: Q1 is Oct–Dec 2026, Q2 Jan–Mar 2027, Q3 Apr–Jun 2027 (Bangkok days).
const QUARTER_START = { 1: Date.parse('2026-09-30T17:00:00Z'), 2: Date.parse('2026-12-31T17:00:00Z'), 3: Date.parse('2027-03-31T17:00:00Z'), 4: Date.parse('2027-06-30T17:00:00Z') } as const;
const afterQuarter = (quarter: 1 | 2 | 3) => new Date(QUARTER_START[(quarter + 1) as 2 | 3 | 4] + 2 * DAY);

type Category = StatisticsRow['category'];
type Outcome = NonNullable<StatisticsRow['outcome']>;

interface Plan {
  quarter: 1 | 2 | 3;
  day: number;
  category: Category;
  /** 0 received, 1 acknowledged, 2 closed with an outcome, 3 referred. */
  stage: 0 | 1 | 2 | 3;
  outcome: Outcome;
  /** Days from receipt to acknowledgement and to conclusion. */
  acknowledgeAfter: number;
  concludeAfter: number;
  channel?: NonNullable<StatisticsRow['channel']>;
  kind?: NonNullable<StatisticsRow['kind']>;
  reporterType?: NonNullable<StatisticsRow['reporterType']>;
}

function rowOf(plan: Plan): StatisticsRow {
  const received = QUARTER_START[plan.quarter] + plan.day * DAY + 3 * 3_600_000;
  const iso = (at: number) => new Date(at).toISOString();
  const acknowledgedAt = plan.stage >= 1 ? received + plan.acknowledgeAfter * DAY : undefined;
  const concludedAt = plan.stage >= 2 && acknowledgedAt ? acknowledgedAt + plan.concludeAfter * DAY : undefined;
  return {
    category: plan.category,
    status: plan.stage === 0 ? 'received' : plan.stage === 1 ? 'acknowledged' : plan.stage === 2 ? 'closed' : 'referred',
    receivedAt: iso(received),
    acknowledgeBy: iso(received + 15 * DAY),
    ...(acknowledgedAt ? { acknowledgedAt: iso(acknowledgedAt) } : {}),
    ...(concludedAt ? { concludedAt: iso(concludedAt) } : {}),
    ...(plan.stage === 2 ? { outcome: plan.outcome } : {}),
    ...(plan.channel ? { channel: plan.channel } : {}),
    ...(plan.kind ? { kind: plan.kind } : {}),
    ...(plan.reporterType ? { reporterType: plan.reporterType } : {}),
  };
}

/** An agency whose statistics index is a list the test controls, a clock the test sets, and the published snapshots. */
function agency(threshold = 5) {
  const memory = memoryContext(new Date(QUARTER_START[1]), { STATS_SUPPRESSION_THRESHOLD: String(threshold) });
  const rows: StatisticsRow[] = [];
  let now = new Date(QUARTER_START[1]);
  memory.context.clock = { now: () => now };
  memory.context.statistics = {
    async *rows(_agency, fromIso, toIso) {
      for (const row of rows) if (row.receivedAt >= fromIso && row.receivedAt < toIso) yield row;
    },
  };
  const snapshots: Snapshot[] = [];
  const snapshot = () => {
    const documents: Snapshot = {};
    for (const [key, object] of memory.statsStore.objects) {
      const match = /^bma-health\/([^/]+)\/stats\.json$/.exec(key);
      if (match) documents[match[1]!] = JSON.parse(object.body.toString('utf8'));
    }
    snapshots.push(documents);
  };
  return {
    ...memory,
    rows,
    snapshots,
    at(instant: Date) {
      now = instant;
    },
    /** Publishes a quarter as an administrator or the schedule would; a refusal publishes nothing. */
    async publish(quarter: string) {
      try {
        await publishStatistics(memory.context)(quarter);
        return 'published' as const;
      } catch (error) {
        if ((error as Error).name === 'ValidationError') return 'refused' as const;
        throw error;
      } finally {
        snapshot();
      }
    },
  };
}

const lastQuarterOf = (lastDay: string) => ({ '12-31': 1, '03-31': 2, '06-30': 3 })[lastDay.slice(5)] ?? 4;

/** How many complaints of the given quarters' cohorts each timeliness figure is computed over, each at its quarter's end. */
function statisticsCounts(rows: StatisticsRow[], quarters: readonly (1 | 2 | 3)[]) {
  const n = { acknowledged: 0, concluded: 0, due: 0 };
  for (const quarter of quarters) {
    const [start, end] = [new Date(QUARTER_START[quarter]).toISOString(), new Date(QUARTER_START[(quarter + 1) as 2 | 3 | 4]).toISOString()];
    for (const row of rows.filter((each) => each.receivedAt >= start && each.receivedAt < end)) {
      const before = (instant?: string) => instant !== undefined && instant < end;
      if (before(row.acknowledgedAt)) n.acknowledged += 1;
      if (before(row.concludedAt)) n.concluded += 1;
      if (before(row.acknowledgeBy) || before(row.acknowledgedAt)) n.due += 1;
    }
  }
  return n;
}

const plan = (overrides: Partial<Plan>): Plan => ({ quarter: 1, day: 10, category: 'bribery', stage: 0, outcome: 'substantiated', acknowledgeAfter: 2, concludeAfter: 20, ...overrides });

describe('the attacker of the published statistics', () => {
  it('cannot recover the one salary-promotion complaint beside seven bribery ones (received 8)', async () => {
    const published = agency();
    published.rows.push(...Array.from({ length: 7 }, (_unused, index) => rowOf(plan({ day: index + 1 }))), rowOf(plan({ day: 20, category: 'salary-promotion' })));
    published.at(afterQuarter(1));
    expect(await published.publish('2570-Q1')).toBe('published');
    const quarter = published.snapshots.at(-1)!['2570-Q1']!;
    expect(quarter.complaints.received).toBe(8);
    expect(quarter.complaints.byCategory['salary-promotion']).not.toBe(1);
    expect(attackPublished(published.snapshots, 5)).toEqual([]);
  });

  it('learns nothing from a republication after one new complaint', async () => {
    const published = agency();
    published.rows.push(...Array.from({ length: 8 }, (_unused, index) => rowOf(plan({ day: 40 + index, category: index ? 'bribery' : 'salary-promotion' }))));
    // An administrator publishes the running quarter, one complaint arrives, and they publish again.
    published.at(new Date(QUARTER_START[1] + 60 * DAY));
    await published.publish('2570-Q1');
    published.rows.push(rowOf(plan({ day: 61, category: 'abuse-of-power' })));
    published.at(new Date(QUARTER_START[1] + 62 * DAY));
    await published.publish('2570-Q1');
    // The quarter ends and is published; a late complaint (of the next quarter) and a republication follow.
    published.at(afterQuarter(1));
    await published.publish('2570-Q1');
    published.rows.push(rowOf(plan({ quarter: 2, day: 3, category: 'procurement' })));
    published.at(new Date(afterQuarter(1).getTime() + 5 * DAY));
    await published.publish('2570-Q1');
    published.at(afterQuarter(2));
    await published.publish('2570-Q2');

    expect(attackPublished(published.snapshots, 5)).toEqual([]);
    // The quarter's figures never changed once published.
    const quarterVersions = new Set(published.snapshots.flatMap((snapshot) => (snapshot['2570-Q1'] ? [JSON.stringify(snapshot['2570-Q1'])] : [])));
    expect(quarterVersions.size).toBe(1);
  });

  it('cannot recover the one phone call, tip or staff reporter beside nine online complaints, nor the public\'s count through its indicator', async () => {
    const published = agency();
    published.rows.push(
      ...Array.from({ length: 9 }, (_unused, index) => rowOf(plan({ day: index + 1, reporterType: 'public' }))),
      rowOf(plan({ day: 20, channel: 'phone', kind: 'tip', reporterType: 'staff' })),
    );
    published.at(afterQuarter(1));
    expect(await published.publish('2570-Q1')).toBe('published');
    const quarter = published.snapshots.at(-1)!['2570-Q1']! as unknown as { complaints: Record<string, Record<string, unknown>>; indicators: { id: string; actual: unknown }[] };
    expect(quarter.complaints.byChannel).toEqual({ online: 'x', letter: '<5', phone: '<5', 'walk-in': '<5', 'general-channel': '<5', referral: '<5' });
    expect(quarter.complaints.byKind).toEqual({ complaint: 'x', tip: '<5' });
    expect(quarter.complaints.byReporterType).toEqual({ public: 'x', staff: '<5', unknown: '<5' });
    expect(quarter.indicators.find((indicator) => indicator.id === 'complaints-and-tips-from-public')?.actual).toBe('x');
    expect(attackPublished(published.snapshots, 5)).toEqual([]);
  });

  it('would find the lone phone call were the channels published as counted (the attacker sees the breakdowns)', async () => {
    const published = agency();
    published.rows.push(...Array.from({ length: 7 }, (_unused, index) => rowOf(plan({ day: index + 1 }))), rowOf(plan({ day: 20, channel: 'phone' })));
    published.at(afterQuarter(1));
    await published.publish('2570-Q1');
    const naive = structuredClone(published.snapshots.at(-1)!);
    (naive['2570-Q1']!.complaints as Record<string, unknown>).byChannel = { online: 7, letter: 0, phone: '<5', 'walk-in': 0, 'general-channel': 0, referral: 0 };
    expect(attackPublished([naive], 5)).toContainEqual(expect.objectContaining({ where: expect.stringContaining('byChannel.phone'), low: 1, high: 1 }));
  });

  it('never publishes a median or percentage over fewer complaints than the threshold', async () => {
    const published = agency();
    published.rows.push(rowOf(plan({ stage: 2, acknowledgeAfter: 3, concludeAfter: 11 })));
    published.at(afterQuarter(1));
    await published.publish('2570-Q1');
    for (const id of ['2570-Q1', '2570']) {
      const complaints = published.snapshots.at(-1)![id]!.complaints;
      expect([complaints.medianDaysToAcknowledge, complaints.medianDaysToClose, complaints.acknowledgedWithinDeadlinePercent], id).toEqual(['x', 'x', 'x']);
    }
  });

  const plans = fc.record({
    quarter: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    day: fc.integer({ min: 0, max: 88 }),
    // Few categories and outcomes: the risky regime, where small cells sit beside exact ones.
    category: fc.constantFrom<Category>('bribery', 'bribery', 'bribery', 'salary-promotion', 'abuse-of-power', 'procurement'),
    stage: fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 2, 3),
    outcome: fc.constantFrom<Outcome>('substantiated', 'unsubstantiated', 'unsubstantiated'),
    acknowledgeAfter: fc.integer({ min: 0, max: 30 }),
    concludeAfter: fc.integer({ min: 0, max: 90 }),
    // Mostly online, complaints, unknown: the lone phone call or tip is the one to protect.
    channel: fc.constantFrom<Plan['channel']>(undefined, 'online', 'online', 'phone', 'letter'),
    kind: fc.constantFrom<Plan['kind']>(undefined, 'complaint', 'complaint', 'tip'),
    reporterType: fc.constantFrom<Plan['reporterType']>(undefined, 'unknown', 'public', 'public', 'staff'),
  });

  it('finds no suppressed count narrower than the threshold, on many small random agencies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(plans, { minLength: 1, maxLength: 40 }),
        fc.array(plans, { minLength: 1, maxLength: 2 }),
        fc.constantFrom(5, 5, 3),
        async (initial, late, threshold) => {
          const published = agency(threshold);
          published.rows.push(...initial.filter((each) => each.quarter === 1).map((each) => rowOf({ ...each, day: each.day % 45 })));
          // Publishing the running quarter, then one or two complaints, then again (refused now, published before).
          published.at(new Date(QUARTER_START[1] + 45 * DAY));
          await published.publish('2570-Q1');
          published.rows.push(...late.map((each) => rowOf({ ...each, quarter: 1, day: 46 + (each.day % 40) })));
          published.at(new Date(QUARTER_START[1] + 88 * DAY));
          await published.publish('2570-Q1');
          published.at(afterQuarter(1));
          await published.publish('2570-Q1');
          published.rows.push(...initial.filter((each) => each.quarter === 2).map(rowOf));
          published.at(new Date(QUARTER_START[2] + 30 * DAY));
          await published.publish('2570-Q1');
          published.at(afterQuarter(2));
          await published.publish('2570-Q2');
          published.rows.push(...initial.filter((each) => each.quarter === 3).map(rowOf));
          published.at(afterQuarter(3));
          await published.publish('2570-Q3');
          await published.publish('2570-Q2');

          const findings = attackPublished(published.snapshots, threshold);
          expect(findings).toEqual([]);
          // Every median and percentage published is over at least `threshold` complaints.
          for (const snapshot of published.snapshots) {
            for (const document of Object.values(snapshot)) {
              const n = statisticsCounts(published.rows, document.period.kind === 'quarter' ? [document.period.quarter as 1 | 2 | 3] : ([1, 2, 3] as const).filter((quarter) => quarter <= lastQuarterOf(document.period.lastDay)));
              const complaints = document.complaints as Record<string, unknown>;
              if (typeof complaints.medianDaysToAcknowledge === 'number') expect(n.acknowledged).toBeGreaterThanOrEqual(threshold);
              if (typeof complaints.medianDaysToClose === 'number') expect(n.concluded).toBeGreaterThanOrEqual(threshold);
              if (typeof complaints.acknowledgedWithinDeadlinePercent === 'number') expect(n.due).toBeGreaterThanOrEqual(threshold);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('finds nothing in one quarter\'s tables for any small counts, zeros and ties included', () => {
    const count = fc.nat({ max: 12 });
    fc.assert(
      fc.property(
        fc.record({ bribery: count, procurement: count, 'abuse-of-power': count, 'salary-promotion': count, misconduct: count, other: count }),
        fc.record({ substantiated: count, unsubstantiated: count, 'insufficient-evidence': count, 'not-in-jurisdiction': count, referred: count }),
        fc.constantFrom(3, 5, 10),
        // Skewed picks, so that most complaints share one channel and a few stand alone.
        fc.array(fc.constantFrom(0, 0, 0, 0, 1, 2, 3), { minLength: 3, maxLength: 12 }),
        (byCategory, concluded, threshold, picks) => {
          const { referred, ...byOutcome } = concluded;
          const received = Object.values(byCategory).reduce((sum, each) => sum + each, 0);
          const completed = Math.min(received, Object.values(concluded).reduce((sum, each) => sum + each, 0));
          fc.pre(completed === Object.values(concluded).reduce((sum, each) => sum + each, 0));
          // Each complaint's channel, kind and reporter type drawn from the generated picks, in order.
          const partition = <K extends string>(codes: readonly K[], picks: number[]) => {
            const counts = Object.fromEntries(codes.map((code) => [code, 0])) as Record<K, number>;
            for (let index = 0; index < received; index += 1) counts[codes[picks[index % picks.length]! % codes.length]!] += 1;
            return counts;
          };
          const byChannel = partition(['online', 'letter', 'phone', 'walk-in', 'general-channel', 'referral'] as const, picks);
          const byKind = partition(['complaint', 'tip'] as const, picks.slice(1));
          const byReporterType = partition(['public', 'staff', 'unknown'] as const, picks.slice(2));
          const published = protectQuarter({ received, completed, inProgress: received - completed, byCategory, byOutcome, referred, byChannel, byKind, byReporterType }, threshold);
          const document = {
            schema: 'integrity-statistics/v3',
            period: { id: '2570-Q1', kind: 'quarter' as const, fiscalYear: 2570, quarter: 1, lastDay: '2026-12-31' },
            suppressionThreshold: threshold,
            complaints: { ...published, salaryPromotionByQuarter: { Q1: published.byCategory['salary-promotion'] } },
            indicators: [{ id: 'complaints-and-tips-from-public', actual: published.byReporterType.public, met: null }],
          };
          expect(attackPublished([{ '2570-Q1': document }], threshold)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
