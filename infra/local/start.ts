// You are here: `npm start`, the whole stack on one laptop: DynamoDB Local with the tables CDK
// deploys, the pages, and the API through the same route table and handlers as Lambda.
import { resolve } from 'node:path';
import { routes } from '../../functions/routes';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { appConfigFromEnv, parseEnv } from '../../shared/config/app-config';
import { buildWeb } from '../../web/build';
import { ensureTables, localDynamoClient, startDynamoLocal } from './dynamodb-local';
import { localContexts, localEvidenceDir, localStatsDir, localTableName } from './local-context';
import { localBucket } from './local-bucket';
import { localIssuer, localStaffDirectory } from './dev-issuer';
import { seedAgencies } from './seed-agencies';
import { localEnv } from './local-env';
import { startLocalServer } from './server';
import { localMailDir, startMailServer, type RunningMailServer } from './mail-server';
import { stackNotifier, type LocalNotifier } from './local-notifier';


async function main() {
  // The SDK's notice about future Node versions says nothing about this stack.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const env = parseEnv(localEnv, process.env);
  const dataDir = resolve(env.LOCAL_DATA_DIR);
  // The pages name the deployment's default agency (DEFAULT_AGENCY), as CDK builds them.
  const webRoot = await buildWeb(undefined, { agency: appConfigFromEnv(process.env).defaultAgency });
  const dynamo = await startDynamoLocal({ port: env.DYNAMODB_PORT, dataDir: resolve(dataDir, 'dynamodb') });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.close();
    await mail?.close();
    await dynamo.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;
  let mail: RunningMailServer | undefined;
  try {
    const admin = localDynamoClient(dynamo.endpoint, 1);
    await ensureTables(admin, allTables, (definition) => localTableName(definition, env.LOCAL_TABLE_PREFIX));
    admin.destroy();
    const failSome = () => Math.random() < env.FAULT_RATE;
    const evidenceBucket = localBucket(localEvidenceDir(dataDir));
    // Bound once the mail server runs; the stream stand-in only hands items over after that.
    const feed: { notifier?: LocalNotifier } = {};
    const { context, contextOf, deliveryLedger, digestStores } = localContexts({
      onCreated: (item) => feed.notifier?.onCreated(item),
      evidenceBucket,
      dynamoEndpoint: dynamo.endpoint,
      dataDir,
      tablePrefix: env.LOCAL_TABLE_PREFIX,
      ...(env.FAULT_RATE > 0 ? { faults: { failDynamo: failSome, failVault: failSome } } : {}),
    });
    // Every notification is delivered over real SMTP to this server, which keeps it as an .eml file.
    mail = await startMailServer({ port: env.SMTP_PORT, mailDir: localMailDir(dataDir), ...(env.FAULT_RATE > 0 ? { failSome } : {}) });
    feed.notifier = stackNotifier({ context, deliveryLedger, digestStores }, { smtpPort: mail.port, siteUrl: `http://localhost:${env.PORT}` });
    const seeded = await seedAgencies(context.agencies, context.statsStore);
    if (seeded > 0) console.log(`Registry: ${seeded} agencies from the seed catalogue`);
    server = await startLocalServer({ port: env.PORT, routes, contextOf, webRoot, statsRoot: localStatsDir(dataDir), issuer: await localIssuer(dataDir), accounts: localStaffDirectory(dataDir), evidenceBucket, mailDir: localMailDir(dataDir) });
  } catch (error) {
    console.error(error);
    await stop(1);
    return;
  }
  console.log(`API ${server.url}/api`);
  console.log(`DynamoDB http://localhost:${env.DYNAMODB_PORT}`);
  console.log(`Pages ${server.url}/`);
  console.log(`Mail ${server.url}/dev/mail/`);
  console.log(`SMTP localhost:${mail?.port ?? env.SMTP_PORT}`);
  if (env.FAULT_RATE > 0) console.log(`Fault injection: ${env.FAULT_RATE * 100} % of DynamoDB, vault and SMTP deliveries fail on purpose`);
}

await main();
