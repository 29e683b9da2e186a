import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/domain/fiscal';
import { statisticsAccumulator, suppress, type StatisticsRow } from '../../shared/domain/publication/statistics';
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
    expect(result.salaryPromotionByQuarter).toEqual({ Q1: 1, Q2: 0, Q3: 0, Q4: 0 });
  });

  it('suppresses breakdown cells from 1 to 4 and keeps zero and five', () => {
    expect([0, 1, 4, 5, 12].map((count) => suppress(count, 5))).toEqual([0, '<5', '<5', 5, 12]);
    expect(suppress(9, 10)).toBe('<10');
  });
});

describe('publishing a quarter', () => {
  const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };

  async function withComplaints(count: number) {
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'));
    const file = fileComplaint(memory.context);
    const references = [];
    for (let index = 0; index < count; index += 1) references.push((await file(anonymousComplaint({ category: index % 2 ? 'procurement' : 'bribery' }))).reference);
    return { ...memory, references };
  }

  it('writes the page, JSON, CSV and archive with the right numbers, and small cells suppressed', async () => {
    const { context, statsStore, references } = await withComplaints(7);
    await transitionCase(context)(officer, references[0]!, { to: 'acknowledged' });
    const [result] = await publishStatistics(context)('2570-Q1');
    expect(result!.periods.map((period) => period.id)).toEqual(['2570-Q1', '2570']);
    const stats = JSON.parse(statsStore.objects.get('bma-health/2570-Q1/stats.json')!.body.toString('utf8'));
    expect(stats.complaints).toMatchObject({ received: 7, inProgress: 7, completed: 0, byCategory: { bribery: '<5', procurement: '<5', other: 0 } });
    expect(stats.revision).toEqual({ publishedOn: '2026-11-02', number: 1 });
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

  it('writes byte-identical files when nothing changed, and a new revision when something did', async () => {
    const { context, statsStore, references, advance } = await withComplaints(6);
    await publishStatistics(context)('2570-Q1');
    const first = new Map([...statsStore.objects].map(([key, object]) => [key, Buffer.from(object.body)]));
    statsStore.puts.length = 0;
    advance(3 * 86_400);
    await publishStatistics(context)('2570-Q1');
    expect(statsStore.puts).toEqual([]);
    for (const [key, body] of first) expect(statsStore.objects.get(key)!.body.equals(body), key).toBe(true);

    await transitionCase(context)(officer, references[0]!, { to: 'acknowledged' });
    const [again] = await publishStatistics(context)('2570-Q1');
    expect(again!.periods.find((period) => period.id === '2570-Q1')).toMatchObject({ changed: true, revision: 2 });
    const stats = JSON.parse(statsStore.objects.get('bma-health/2570-Q1/stats.json')!.body.toString('utf8'));
    expect(stats.revision).toEqual({ publishedOn: '2026-11-05', number: 2 });
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
    await publishStatistics(memory.context)('2570-Q1');
    const stats = JSON.parse(memory.statsStore.objects.get('bma-health/2570-Q1/stats.json')!.body.toString('utf8'));
    expect(stats.suppressionThreshold).toBe(10);
    expect(stats.complaints.byCategory.bribery).toBe('<10');
    expect(stats.complaints.received).toBe(7);
  });
});
