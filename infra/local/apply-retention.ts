// You are here: `npm run retention [-- --as-of 2032-01-01]`: runs the daily retention job against the
// running `npm start`. --as-of runs it as if on that day, to see what the schedule will destroy and when.
import { parseArgs } from 'node:util';
import { applyRetention } from '../../shared/domain/use-cases/custody';
import { runningStack } from './running-stack';

const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const asOf = values['as-of'] ? new Date(values['as-of']) : new Date();
if (Number.isNaN(asOf.getTime())) {
  console.error('Usage: npm run retention [-- --as-of 2032-01-01]');
  process.exit(2);
}
const { context, fail } = runningStack();
try {
  const result = await applyRetention({ ...context, clock: { now: () => asOf } })();
  console.log(`Retention as of ${result.ranAt}: ${result.destroyed.length} cases destroyed, ${result.failed.length} failed`);
  for (const { agency, reference } of result.destroyed) console.log(`  destroyed ${agency} ${reference}`);
  for (const { agency, reference, error } of result.failed) console.log(`  failed ${agency} ${reference}: ${error}`);
  if (result.failed.length > 0) process.exitCode = 1;
} catch (error) {
  fail(error);
}
