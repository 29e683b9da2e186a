import { describe, expect, it } from 'vitest';
import { parsePeriod, quarterOf } from '../../shared/domain/fiscal';

describe('Thai fiscal periods', () => {
  it('names FY 2570 as 1 Oct 2026 – 30 Sep 2027, bounded by Bangkok midnights', () => {
    const year = parsePeriod('2570');
    expect([year.firstDay, year.lastDay]).toEqual(['2026-10-01', '2027-09-30']);
    expect(year.start.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(year.end.toISOString()).toBe('2027-09-30T17:00:00.000Z');
  });

  it('splits the year into Oct–Dec, Jan–Mar, Apr–Jun and Jul–Sep', () => {
    expect(['2570-Q1', '2570-Q2', '2570-Q3', '2570-Q4'].map((id) => [parsePeriod(id).firstDay, parsePeriod(id).lastDay])).toEqual([
      ['2026-10-01', '2026-12-31'],
      ['2027-01-01', '2027-03-31'],
      ['2027-04-01', '2027-06-30'],
      ['2027-07-01', '2027-09-30'],
    ]);
  });

  it('places an instant in the quarter of its Bangkok day', () => {
    expect(quarterOf(new Date('2026-09-30T16:59:59Z')).id).toBe('2569-Q4');
    expect(quarterOf(new Date('2026-09-30T17:00:00Z')).id).toBe('2570-Q1');
    expect(quarterOf(new Date('2027-02-14T12:00:00Z')).id).toBe('2570-Q2');
    expect(quarterOf(new Date('2027-09-30T12:00:00Z')).id).toBe('2570-Q4');
  });

  it('refuses what is not a period', () => {
    for (const id of ['2570-Q5', '2026-Q1', 'Q1-2570', '2570Q1', '']) expect(() => parsePeriod(id), id).toThrow(/period/);
  });
});
