// You are here: Thai fiscal periods as the domain reads them from requests. The rules themselves
// (October to September, Buddhist-era names, Bangkok midnights) live in shared/rules/fiscal.ts, which
// the pages import too; this module adds the refusal a request gets for a period that is not one.
import { ValidationError } from './errors';
import { periodFromId, type Period } from '../rules/fiscal';

export { fiscalQuarterNumber, fiscalYearToDate, PERIOD_PATTERN, previousQuarter, quarterOf, type Period } from '../rules/fiscal';

/** Reads `2570-Q1` (a quarter) or `2570` (a fiscal year); anything else is a ValidationError. */
export function parsePeriod(id: string): Period {
  const period = periodFromId(id);
  if (!period) throw new ValidationError('The period is not valid', { period: 'write a fiscal quarter like 2570-Q1 or a fiscal year like 2570' });
  return period;
}
