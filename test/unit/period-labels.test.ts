// The console's words for a fiscal period and for a result against its target (web/src/labels.ts),
// which its period choosers and survey results show: on a Thai page exactly the published statistics'
// words (shared/domain/labels-th.ts), on an English page in English with Common-Era years.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodLabel as domainPeriodLabel, TARGET_LABELS as DOMAIN_TARGETS } from '../../shared/domain/labels-th';
import { fiscalPeriod } from '../../shared/rules/fiscal';

/** labels.ts as a page bundle of this language sees it (the build defines PAGE_LANGUAGE). */
async function labelsIn(language: 'th' | 'en') {
  vi.resetModules();
  vi.stubGlobal('PAGE_LANGUAGE', language);
  return import('../../web/src/labels');
}

afterEach(() => vi.unstubAllGlobals());

const PERIODS = [fiscalPeriod(2570, 1), fiscalPeriod(2570, 4), fiscalPeriod(2569)];

describe('periods and targets in the page language', () => {
  it('are the published statistics’ words on a Thai page', async () => {
    const labels = await labelsIn('th');
    for (const period of PERIODS) expect(labels.periodLabel(period)).toBe(domainPeriodLabel(period));
    expect([true, false, null].map(labels.targetLabel)).toEqual([DOMAIN_TARGETS.met, DOMAIN_TARGETS.notMet, DOMAIN_TARGETS.unknown]);
  });

  it('are English with the Common-Era year, the Buddhist-era one beside it, on an English page', async () => {
    const labels = await labelsIn('en');
    expect(PERIODS.map(labels.periodLabel)).toEqual([
      'Quarter 1, fiscal year 2027 (B.E.\u00a02570): October–December 2026',
      'Quarter 4, fiscal year 2027 (B.E.\u00a02570): July–September 2027',
      'Fiscal year 2026 (B.E.\u00a02569): October 2025–September 2026',
    ]);
    expect([true, false, null].map(labels.targetLabel)).toEqual(['Target met', 'Target not yet met', 'Cannot be judged yet']);
  });
});
