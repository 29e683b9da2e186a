// You are here: what the local scripts (publish-stats, retention, reminders) share: the context of the stack that
// `npm start` runs (same DYNAMODB_PORT, LOCAL_DATA_DIR and table prefix), and one plain message when
// that stack is not running.
import { resolve } from 'node:path';
import { parseEnv } from '../../shared/config/app-config';
import { localContexts } from './local-context';
import { localEnv } from './local-env';

export function runningStack() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const env = parseEnv(localEnv, process.env);
  const contexts = localContexts({ dynamoEndpoint: `http://127.0.0.1:${env.DYNAMODB_PORT}`, dataDir: resolve(env.LOCAL_DATA_DIR), tablePrefix: env.LOCAL_TABLE_PREFIX });
  return {
    env,
    context: contexts.context,
    contexts,
    fail: (error: unknown): never => {
      const message =
        (error as Error).name === 'DependencyUnavailableError' ? `DynamoDB Local is not answering on port ${env.DYNAMODB_PORT}: start the stack with npm start first` : (error as Error).message;
      console.error(message);
      process.exit(1);
    },
  };
}
