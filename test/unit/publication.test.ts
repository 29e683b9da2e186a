import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/domain/fiscal';
import { protectQuarter, protectTable } from '../../shared/domain/publication/disclosure';
import { statisticsAccumulator, type StatisticsRow } from '../../shared/domain/publication/statistics';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { transitionCase } from '../../shared/domain/use-cases/case-handling';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const q1 = parsePeriod('2570-Q1');
const row = (receivedAt: string, extra: Partial<StatisticsRow> = {}): StatisticsRow => ({
  category: 'bribery',
  status: 'received',
  receivedAt,
  acknowledgeBy: new Date(Date.parse(receivedAt) + 15 * 86_400_000).toISOString(),
  ...extra,
});

describe('complaint statistics', () => {
  it('counts the period\'s cohort by where each case stood at the end of the period', () => {
    const stats = statisticsAccumulator(q1);
    const rows: StatisticsRow[] = [
      row('2026-09-30T16:00:00Z'), // 30 Sep 23:00 Bangkok: previous fiscal year
      row('2026-10-01T02:00:00Z', { status: 'acknowledged', acknowledgedAt: '2026-10-03T02:00:00Z' }),
      row('2026-10-05T02:00:00Z', { category: 'procurement', status: 'closed', outcome: 'unsubstantiated', acknowledgedAt: '2026-10-06T02:00:00Z', concludedAt: '2026-11-04T02:00:00Z' }),
      row('2026-10-07T02:00:00Z', { status: 'referred', acknowledgedAt: '2026-10-30T02:00:00Z', concludedAt: '2026-12-01T02:00:00Z' }),
      // Closed after the quarter ended: still in progress for Q1.
      row('2026-12-20T02:00:00Z', { category: 'salary-promotion', status: 'closed', outcome: 'substantiated', acknowledgedAt: '2026-12-22T02:00:00Z', concludedAt: '2027-01-15T02:00:00Z' }),
      row('2026-12-31T17:00:00Z'), // 1 Jan Bangkok: Q2
    ];
    for (const each of rows) stats.add(each);
    const result = stats.result();
    expect(result).toMatchObject({ received: 4, completed: 2, inProgress: 2, referred: 1 });
    expect(result.byCategory).toMatchObject({ bribery: 2, procurement: 1, 'salary-promotion': 1, misconduct: 0 });
    expect(result.byOutcome).toMatchObject({ unsubstantiated: 1, substantiated: 0 });
    // Days to acknowledge: 2, 1, 23, 2 → median 2. Days to conclude: 30, 55 → median 42.5.
    expect(result.medianDaysToAcknowledge).toBe(2);
    expect(result.medianDaysToConclude).toBe(42.5);
    // All four were due or acknowledged by the end; one (23 days) was late.
    expect(result.acknowledgedWithinDeadlinePercent).toBe(75);
  });
});

describe('disclosure control of a table', () => {
  it('publishes cells of at least the threshold exactly when the small ones already hide each other', () => {
    // 0..4 each, summing to 4 = t-1 … (t-1)(|P|-1): each small cell can still be anything from 0 to 4.
    expect(protectTable(24, { a: 20, b: 1, c: 3 }, 5)).toEqual({ a: 20, b: '<5', c: '<5' });
  });

  it('suppresses zeros too, and withholds the smallest cells needed to keep each small cell 0 to 4 wide', () => {
    // bribery 7, salary-promotion 1, the rest 0 (received 8): nothing but the total can be safe.
    expect(protectTable(8, { bribery: 7, salary: 1, other: 0 }, 5)).toEqual({ bribery: 'x', salary: 'x', other: 'x' });
    // With enough slack one complementary cell suffices: 1 + (9 - 5) ≥ 4.
    expect(protectTable(30, { a: 20, b: 9, c: 1, d: 0 }, 5)).toEqual({ a: 20, b: 'x', c: '<5', d: '<5' });
    // Two complementary cells when the smallest alone is not enough: 0 + (5-5) + (6-5) < 4, + (12-5).
    expect(protectTable(23, { a: 12, b: 5, c: 6, d: 0 }, 5)).toEqual({ a: 'x', b: 'x', c: 'x', d: '<5' });
  });

  it('makes every cell small under a small total, and withholds every cell under a withheld one', () => {
    expect(protectTable('<5', { a: 3, b: 0 }, 5)).toEqual({ a: '<5', b: '<5' });
    expect(protectTable('x', { a: 30, b: 0 }, 5)).toEqual({ a: 'x', b: 'x' });
  });

  it('protects a quarter from its received total down to its outcomes', () => {
    const published = protectQuarter(
      {
        received: 3,
        completed: 1,
        inProgress: 2,
        referred: 0,
        byCategory: { bribery: 3, procurement: 0, 'abuse-of-power': 0, 'salary-promotion': 0, misconduct: 0, other: 0 },
        byOutcome: { substantiated: 1, unsubstantiated: 0, 'insufficient-evidence': 0, 'not-in-jurisdiction': 0 },
        byChannel: { online: 2, letter: 0, phone: 1, 'walk-in': 0, 'general-channel': 0, referral: 0 },
        byKind: { complaint: 3, tip: 0 },
        byReporterType: { public: 3, staff: 0, unknown: 0 },
      },
      5,
    );
    expect(published.received).toBe('<5');
    expect(
      new Set([
        published.completed,
        published.inProgress,
        ...Object.values(published.byCategory),
        ...Object.values(published.byOutcome),
        published.referred,
        ...Object.values(published.byChannel),
        ...Object.values(published.byKind),
        ...Object.values(published.byReporterType),
      ]),
    ).toEqual(new Set(['<5']));
  });
});

describe('publishing a quarter', () => {
  const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
  // From 2 Nov 2026 (Q1 of FY 2570) to 2 Jan 2027, after the quarter has ended.
  const AFTER_Q1 = 61 * 86_400;

  async function withComplaints(count: number) {
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'));
    const file = fileComplaint(memory.context);
    const references = [];
    for (let index = 0; index < count; index += 1) references.push((await file(anonymousComplaint({ category: index % 2 ? 'procurement' : 'bribery' }))).reference);
    return { ...memory, references };
  }

  it('writes the page, JSON, CSV and archive with the right numbers, and small cells suppressed', async () => {
    const { context, statsStore, references, advance } = await withComplaints(7);
    await transitionCase(context)(officer, references[0]!, { to: 'acknowledged' });
    advance(AFTER_Q1);
    const { results: [result] } = await publishStatistics(context)('2570-Q1');
    expect(result!.periods.map((period) => period.id)).toEqual(['2570-Q1', '2570']);
    const stats = JSON.parse(statsStore.objects.get('bma-health/2570-Q1/stats.json')!.body.toString('utf8'));
    // bribery 4, procurement 3, the rest 0: the small cells sum to 7, so each can still be 0 to 4.
    expect(stats.complaints).toMatchObject({ received: 7, inProgress: 'x', completed: 'x', byCategory: { bribery: '<5', procurement: '<5', other: '<5' } });
    expect(stats.complaints.medianDaysToAcknowledge).toBe('x');
    expect(stats.revision).toEqual({ publishedOn: '2027-01-02', number: 1 });
    const csv = statsStore.objects.get('bma-health/2570-Q1/complaints.csv')!.body;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('bma-health,2570-Q1,complaints,received,เรื่องที่ได้รับ,7');
    const page = statsStore.objects.get('bma-health/2570-Q1/index.html')!.body.toString('utf8');
    expect(page).toContain('ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570 (ตุลาคม–ธันวาคม 2569)');
    expect(page).toMatch(/data-field="received">7</);
    expect(page).not.toMatch(/<script/i);
    expect(statsStore.objects.get('bma-health/index.html')!.body.toString('utf8')).toBe(page);
    expect(statsStore.objects.get('bma-health/archive.html')!.body.toString('utf8')).toContain('2570-Q1/index.html');
    for (const [key, object] of statsStore.objects) expect(object.body.toString('utf8'), key).not.toContain('ใบอนุญาต');
  });

  it('refuses a quarter that has not ended, and never changes a quarter once published', async () => {
    const { context, statsStore, references, advance } = await withComplaints(6);
    await expect(publishStatistics(context)('2570-Q1')).rejects.toMatchObject({ fields: { period: expect.stringContaining('2570-Q1 ends on 2026-12-31') } });
    expect(statsStore.objects.size).toBe(0);
    advance(AFTER_Q1);
    await publishStatistics(context)('2570-Q1');
    const first = new Map([...statsStore.objects].map(([key, object]) => [key, Buffer.from(object.body)]));
    statsStore.puts.length = 0;
    advance(3 * 86_400);
    await publishStatistics(context)('2570-Q1');
    expect(statsStore.puts).toEqual([]);
    for (const [key, body] of first) expect(statsStore.objects.get(key)!.body.equals(body), key).toBe(true);

    // A case moves on and a new complaint arrives (in Q2): the published quarter stays as it was.
    await transitionCase(context)(officer, references[0]!, { to: 'acknowledged' });
    await fileComplaint(context)(anonymousComplaint({ category: 'salary-promotion' }));
    const { results: [again] } = await publishStatistics(context)('2570-Q1');
    expect(again!.periods).toEqual([
      { id: '2570-Q1', revision: 1, changed: false },
      { id: '2570', revision: 1, changed: false },
    ]);
    expect(statsStore.puts).toEqual([]);
  });

  it('publishes the fiscal year to date as the sum of the published quarters, and earlier quarters not yet published', async () => {
    const { context, statsStore, advance } = await withComplaints(20);
    advance(AFTER_Q1);
    for (let index = 0; index < 12; index += 1) await fileComplaint(context)(anonymousComplaint({ category: index < 3 ? 'salary-promotion' : 'bribery' }));
    advance(90 * 86_400);
    const { results: [result] } = await publishStatistics(context)('2570-Q2');
    expect(result!.periods.map((period) => period.id)).toEqual(['2570-Q1', '2570-Q2', '2570']);
    const read = (id: string) => JSON.parse(statsStore.objects.get(`bma-health/${id}/stats.json`)!.body.toString('utf8'));
    const [q1, q2, year] = [read('2570-Q1'), read('2570-Q2'), read('2570')];
    // Q1: bribery 10, procurement 10, four empty categories (small, 0 to 4): one 10 is withheld beside them.
    expect(q1.complaints.byCategory).toEqual({ bribery: 'x', procurement: 10, 'abuse-of-power': '<5', 'salary-promotion': '<5', misconduct: '<5', other: '<5' });
    expect(q2.complaints.byCategory).toMatchObject({ bribery: 'x', 'salary-promotion': '<5' });
    expect(year.complaints.received).toBe(32);
    // A year cell is exact only when both quarters' cells are, and then it is their sum.
    for (const [category, cell] of Object.entries(year.complaints.byCategory)) {
      const parts: unknown[] = [q1.complaints.byCategory[category], q2.complaints.byCategory[category]];
      expect(cell, category).toBe(parts.every((part) => typeof part === 'number') ? (parts[0] as number) + (parts[1] as number) : 'x');
    }
    expect(year.complaints.salaryPromotionByQuarter).toEqual({ Q1: q1.complaints.byCategory['salary-promotion'], Q2: '<5', Q3: null, Q4: null });
    expect(year.disclosure.yearToDate).toBe('sum-of-published-quarters');
  });

  it('refuses a period that is not a quarter', async () => {
    const { context } = memoryContext();
    await expect(publishStatistics(context)('2570')).rejects.toMatchObject({ fields: { period: expect.any(String) } });
  });
});

describe('a quarter published before it ends', () => {
  it('does not count deadlines still ahead as missed', () => {
    const stats = statisticsAccumulator(q1, new Date('2026-10-10T00:00:00Z'));
    stats.add(row('2026-10-01T02:00:00Z'));
    stats.add(row('2026-09-20T02:00:00Z', { receivedAt: '2026-10-02T02:00:00Z', acknowledgeBy: '2026-10-05T00:00:00Z' }));
    const result = stats.result();
    expect(result.received).toBe(2);
    // Only the second was due by 10 Oct, and it was not acknowledged.
    expect(result.acknowledgedWithinDeadlinePercent).toBe(0);
    expect(statisticsAccumulator(q1, new Date('2026-10-03T00:00:00Z')).result().acknowledgedWithinDeadlinePercent).toBeUndefined();
  });
});

describe('the suppression threshold', () => {
  it('is configurable per deployment', async () => {
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'), { STATS_SUPPRESSION_THRESHOLD: '10' });
    for (let index = 0; index < 7; index += 1) await fileComplaint(memory.context)(anonymousComplaint());
    memory.advance(61 * 86_400);
    await publishStatistics(memory.context)('2570-Q1');
    const stats = JSON.parse(memory.statsStore.objects.get('bma-health/2570-Q1/stats.json')!.body.toString('utf8'));
    expect(stats.suppressionThreshold).toBe(10);
    expect(stats.complaints.byCategory.bribery).toBe('<10');
    expect(stats.complaints.received).toBe('<10');
  });
});
