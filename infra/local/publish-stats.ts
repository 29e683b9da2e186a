// You are here: `npm run publish-stats -- --quarter 2570-Q1`: publishes against the running
// `npm start`, into the local stats bucket it serves at /stats/.
import { parseArgs } from 'node:util';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { runningStack } from './running-stack';

const { values } = parseArgs({ options: { quarter: { type: 'string' } } });
if (!values.quarter) {
  console.error('Usage: npm run publish-stats -- --quarter 2570-Q1');
  process.exit(2);
}
const { env, context, fail } = runningStack();
try {
  for (const result of await publishStatistics(context)(values.quarter)) {
    for (const period of result.periods) {
      console.log(`${result.agency} ${period.id}: revision ${period.revision}${period.changed ? ' (new)' : ' (unchanged)'} → http://localhost:${env.PORT}/stats/${result.agency}/${period.id}/`);
    }
  }
} catch (error) {
  fail(error);
}
