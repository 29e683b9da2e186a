// The plan's words on the staff pages in each language: the indicators' names, the plan's own in
// Thai and one for each indicator in every language. (Periods and targets: period-labels.test.ts.)
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../shared/domain/publication/indicators';
import { staffWords as enStaff } from '../../web/i18n/en/staff-scripts';
import { staffWords as thStaff } from '../../web/i18n/th/staff-scripts';

describe('the indicators’ names on the staff pages', () => {
  it('are in Thai the plan’s own, and there is one for each indicator in English', () => {
    expect(thStaff.indicators.names).toEqual(Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, indicator.labelTh])));
    expect(Object.keys(enStaff.indicators.names).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
  });
});
