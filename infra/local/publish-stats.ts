// You are here: `npm run publish-stats -- --quarter 2570-Q1 [--agency bma-health]`: publishes against
// the running `npm start`, into the local stats bucket it serves at /stats/. The same per-agency job
// as the queue's worker on AWS, run here in a loop: every active agency (or the one named), then the
// index of /stats/ and the national roll-up. An agency that fails is reported and the others are
// still published; the exit status is then 1. An agency that publishes only after an executive's
// approval is prepared instead, and its executives are mailed (once) through npm start's SMTP server,
// as the table's stream has the notifier do on AWS.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { localContexts } from './local-context';
import { stackNotifier, type LocalNotifier } from './local-notifier';
import { runningStack } from './running-stack';

const { values } = parseArgs({ options: { quarter: { type: 'string' }, agency: { type: 'string' } } });
if (!values.quarter) {
  console.error('Usage: npm run publish-stats -- --quarter 2570-Q1 [--agency bma-health]');
  process.exit(2);
}
const { env, fail } = runningStack();
// The stream's stand-in watches this process's own writes: the awaiting record of a prepared quarter.
const feed: { notifier?: LocalNotifier } = {};
const { context, deliveryLedger, digestStores } = localContexts({
  dynamoEndpoint: `http://127.0.0.1:${env.DYNAMODB_PORT}`,
  dataDir: resolve(env.LOCAL_DATA_DIR),
  tablePrefix: env.LOCAL_TABLE_PREFIX,
  onCreated: (item) => feed.notifier?.onCreated(item),
});
feed.notifier = stackNotifier({ context, deliveryLedger, digestStores }, { smtpPort: env.SMTP_PORT, siteUrl: `http://localhost:${env.PORT}` });
try {
  const run = await publishStatistics(context)(values.quarter, { ...(values.agency ? { agency: values.agency } : {}), concurrency: 4 });
  for (const result of run.results) {
    if (result.awaitingApproval) console.log(`${result.agency} ${run.period}: prepared, awaiting an executive's approval (its executives are mailed; /staff/report.html)`);
    for (const period of result.periods) {
      console.log(`${result.agency} ${period.id}: revision ${period.revision}${period.changed ? ' (new)' : ' (unchanged)'} → http://localhost:${env.PORT}/stats/${result.agency}/${period.id}/`);
    }
  }
  console.log(`index of every agency → http://localhost:${env.PORT}/stats/ (national roll-up: /stats/all/)`);
  for (const failure of run.failed) console.error(`${failure.agency}: not published (${failure.error}: ${failure.message})`);
  await feed.notifier.settled();
  if (run.failed.length) process.exit(1);
} catch (error) {
  fail(error);
}
