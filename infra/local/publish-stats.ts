// You are here: `npm run publish-stats -- --quarter 2570-Q1`: publishes against the running
// `npm start` (same DYNAMODB_PORT and LOCAL_DATA_DIR), into the local stats bucket it serves at /stats/.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEnv } from '../../shared/config/app-config';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { localContext } from './local-context';
import { localEnv } from './local-env';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({ options: { quarter: { type: 'string' } } });
if (!values.quarter) {
  console.error('Usage: npm run publish-stats -- --quarter 2570-Q1');
  process.exit(2);
}
const env = parseEnv(localEnv, process.env);
const dataDir = resolve(env.LOCAL_DATA_DIR);
const context = localContext({ dynamoEndpoint: `http://127.0.0.1:${env.DYNAMODB_PORT}`, dataDir, tablePrefix: env.LOCAL_TABLE_PREFIX });
try {
  for (const result of await publishStatistics(context)(values.quarter)) {
    for (const period of result.periods) {
      console.log(`${result.agency} ${period.id}: revision ${period.revision}${period.changed ? ' (new)' : ' (unchanged)'} → http://localhost:${env.PORT}/stats/${result.agency}/${period.id}/`);
    }
  }
} catch (error) {
  const message = (error as Error).name === 'DependencyUnavailableError' ? `DynamoDB Local is not answering on port ${env.DYNAMODB_PORT}: start the stack with npm start first` : (error as Error).message;
  console.error(message);
  process.exit(1);
}
