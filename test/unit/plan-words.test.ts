// The plan's words on the pages in each language: a period, word for word the domain's Thai
// periodLabel (the statistics' name for it) on Thai pages and on English pages the Common-Era months
// with the fiscal year named by the Common-Era year it ends in; the indicators' names, the plan's own
// in Thai and one for each indicator in every language.
import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../shared/domain/labels-th';
import { INDICATORS } from '../../shared/domain/publication/indicators';
import { staffWords as enStaff } from '../../web/i18n/en/staff-scripts';
import { staffWords as thStaff } from '../../web/i18n/th/staff-scripts';
import { fiscalPeriod } from '../../shared/rules/fiscal';
import { words as en } from '../../web/i18n/en/scripts';
import { words as th } from '../../web/i18n/th/scripts';
import { periodName } from '../../web/src/period-label';

const PERIODS = [fiscalPeriod(2570, 1), fiscalPeriod(2570, 2), fiscalPeriod(2569, 4), fiscalPeriod(2570)];

describe('a period in words', () => {
  it.each(PERIODS)('in Thai is the domain’s own name for $id', (period) => {
    expect(periodName(th, period)).toBe(periodLabel(period));
  });

  it('in English names the fiscal year by the Common-Era year it ends in, with the Buddhist-era one beside it', () => {
    expect(periodName(en, fiscalPeriod(2570, 1))).toBe('Quarter 1, fiscal year 2027 (B.E.\u00a02570): October–December 2026');
    expect(periodName(en, fiscalPeriod(2570))).toBe('Fiscal year 2027 (B.E.\u00a02570): October 2026–September 2027');
  });
});

describe('the indicators’ names on the staff pages', () => {
  it('are in Thai the plan’s own, and there is one for each indicator in English', () => {
    expect(thStaff.indicators.names).toEqual(Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, indicator.labelTh])));
    expect(Object.keys(enStaff.indicators.names).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
  });
});
