// The national roll-up played by an attacker: the national count of a field is the sum of every
// agency's, so the national figure minus what the other agencies published (or, for an insider, what
// the other agency truly holds) is what is left for one agency. A roll-up computed from the true
// counts, even under the same suppression rules, gives a suppressed cell back; the published one,
// computed from the agencies' published figures only, tells the attacker nothing their files did not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, OUTCOMES, type Category, type Outcome } from '../../shared/domain/complaint';
import { parsePeriod } from '../../shared/domain/fiscal';
import { protectQuarter } from '../../shared/domain/publication/disclosure';
import { statisticsAccumulator, type StatisticsRow } from '../../shared/domain/publication/statistics';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { agencyWorld, q1Row, rowsOf, testAgency } from '../support/agency-world';
import { attackRollUp, type RollUpDoc } from '../support/disclosure-attacker';

const THRESHOLD = 5;
const q1 = parsePeriod('2570-Q1');

/** What a naive roll-up would publish: the true national counts, under the agencies' own suppression rules. */
function naiveRollUp(rowsByAgency: Record<string, StatisticsRow[]>): RollUpDoc {
  const national = statisticsAccumulator(q1);
  for (const rows of Object.values(rowsByAgency)) for (const row of rows) national.add(row);
  return { complaints: protectQuarter(national.result(), THRESHOLD) as unknown as RollUpDoc['complaints'] };
}

/** The true counts of one agency, by the attacker's field names: what an insider of that agency knows. */
function trueCounts(rows: StatisticsRow[]): Record<string, number> {
  const stats = statisticsAccumulator(q1);
  for (const row of rows) stats.add(row);
  const result = stats.result();
  return {
    received: result.received,
    completed: result.completed,
    inProgress: result.inProgress,
    referred: result.referred,
    ...Object.fromEntries(CATEGORIES.map((key) => [`byCategory.${key}`, result.byCategory[key]])),
    ...Object.fromEntries(OUTCOMES.map((key) => [`byOutcome.${key}`, result.byOutcome[key]])),
  };
}

async function publishAll(rowsByAgency: Record<string, StatisticsRow[]>) {
  const ids = Object.keys(rowsByAgency);
  const world = agencyWorld(
    ids.map((id, index) => testAgency(id, `หน่วยงานทดสอบ ${index}`)),
    rowsByAgency,
  );
  const run = await publishStatistics(world.context)('2570-Q1');
  expect(run.failed).toEqual([]);
  return { agencies: ids.map((id) => world.read(`${id}/2570-Q1/stats.json`)), national: world.read('all/2570-Q1/stats.json') as RollUpDoc & { agencies: number } };
}

// One salary-promotion complaint beside seven bribery ones: its own file withholds the whole category
// table. The other two agencies publish every category exactly.
const rowsByAgency: Record<string, StatisticsRow[]> = {
  'small-office': [...rowsOf(7, 'bribery'), q1Row('salary-promotion')],
  'district-a': [...rowsOf(20, 'bribery'), ...rowsOf(10, 'procurement'), ...rowsOf(5, 'abuse-of-power'), ...rowsOf(10, 'salary-promotion'), ...rowsOf(5, 'misconduct'), ...rowsOf(5, 'other')],
  'district-b': [...rowsOf(21, 'bribery'), ...rowsOf(6, 'procurement'), ...rowsOf(5, 'abuse-of-power'), ...rowsOf(12, 'salary-promotion'), ...rowsOf(7, 'misconduct'), ...rowsOf(5, 'other')],
};

describe('the national roll-up against differencing', () => {
  it('a roll-up of the true counts gives back the one salary-promotion complaint (the attack works)', async () => {
    const { agencies } = await publishAll(rowsByAgency);
    expect(agencies[0].complaints.byCategory['salary-promotion']).toBe('x');
    // 1 + 10 + 12 = 23, published exactly (it is far above the threshold); 23 − 10 − 12 = 1.
    const findings = attackRollUp(agencies, naiveRollUp(rowsByAgency), THRESHOLD);
    expect(findings).toContainEqual(expect.objectContaining({ where: 'agency 0:byCategory.salary-promotion', low: 1, high: 1 }));
  });

  it('the published roll-up, a sum of published figures, gives back nothing', async () => {
    const { agencies, national } = await publishAll(rowsByAgency);
    expect(national.agencies).toBe(3);
    // The two exact 10 and 12, plus whatever the withheld cell of the small office may be (0 … 8).
    expect(national.complaints.byCategory['salary-promotion']).toEqual({ low: 22, high: 30 });
    expect(national.complaints.received).toBe(8 + 55 + 56);
    expect(attackRollUp(agencies, national, THRESHOLD)).toEqual([]);
    // Not even an insider of one district, who knows its true counts, learns the small office's cell.
    expect(attackRollUp(agencies, national, THRESHOLD, new Map([[1, trueCounts(rowsByAgency['district-a']!)]]))).toEqual([]);
    // With the naive roll-up, two agencies suffice for an insider: the other's count is the difference.
    const two = { 'small-office': rowsByAgency['small-office']!, 'district-a': rowsByAgency['district-a']! };
    const pair = await publishAll(two);
    expect(attackRollUp(pair.agencies, naiveRollUp(two), THRESHOLD, new Map([[1, trueCounts(two['district-a'])]]))).not.toEqual([]);
    expect(attackRollUp(pair.agencies, pair.national, THRESHOLD, new Map([[1, trueCounts(two['district-a'])]]))).toEqual([]);
  });

  it('tells the attacker nothing the agencies\' own files did not, for any small agencies, insiders included', async () => {
    const complaint = fc.record({
      category: fc.constantFrom<Category>(...CATEGORIES),
      conclusion: fc.option(fc.constantFrom<Outcome | 'referred'>(...OUTCOMES, 'referred'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(complaint, { maxLength: 14 }), { minLength: 2, maxLength: 4 }), async (agencies) => {
        const rows = Object.fromEntries(agencies.map((complaints, index) => [`agency-${index}`, complaints.map((each, hour) => q1Row(each.category, each.conclusion, hour))]));
        const published = await publishAll(rows);
        const nothing: RollUpDoc = { complaints: { byCategory: {}, byOutcome: {} } };
        // Whatever the files alone let the attacker narrow (nothing, by the agencies' own rule) the roll-up does not add to.
        expect(attackRollUp(published.agencies, published.national, THRESHOLD)).toEqual(attackRollUp(published.agencies, nothing, THRESHOLD));
        const insider = new Map([[0, trueCounts(rows['agency-0']!)]]);
        expect(attackRollUp(published.agencies, published.national, THRESHOLD, insider)).toEqual(attackRollUp(published.agencies, nothing, THRESHOLD, insider));
      }),
      { numRuns: 40, seed: 2570 },
    );
  });
});
