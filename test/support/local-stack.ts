// The local stack for integration and end-to-end tests: the real server, route table, handlers and
// DynamoDB adapters against the run's DynamoDB Local, with tables under a prefix of this stack's own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { routes } from '../../functions/routes';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { checkEveryResponse } from './openapi-check';
import { localContexts, localEvidenceDir, localStatsDir, localTableName } from '../../infra/local/local-context';
import type { DynamoRequest } from '../../infra/local/faults';
import { localBucket, type LocalBucket } from '../../infra/local/local-bucket';
import { localIssuer, localStaffDirectory, type LocalIssuer } from '../../infra/local/dev-issuer';
import { seedAgencies } from '../../infra/local/seed-agencies';
import { startLocalServer } from '../../infra/local/server';
import { localMailDir, startMailServer } from '../../infra/local/mail-server';
import { stackNotifier } from '../../infra/local/local-notifier';
import { countingIdentityVault } from '../../shared/adapters/counting-identity-vault';
import { allTables, auditTable } from '../../shared/adapters/dynamodb/tables';
import type { AppContext } from '../../shared/config/context';
import { setLogSink } from '../../shared/observability/logger';
import { buildWebSync } from '../../web/build';
import { seededRandom } from './random';

export interface CapacityRecord {
  operation: string;
  consumed: ConsumedCapacity[];
}

export interface TestStack {
  url: string;
  context: AppContext;
  dataDir: string;
  tablePrefix: string;
  /** Every DynamoDB call's consumed capacity, in order. */
  capacity: CapacityRecord[];
  vaultCalls: { seal: number; open: number };
  /** Signs staff tokens this stack accepts. */
  issuer: LocalIssuer;
  /** The evidence bucket's stand-in; `settled()` waits for uploads being processed. */
  evidenceBucket: LocalBucket;
  /** Every log line written while the stack ran. */
  logLines: string[];
  /** Makes the next `count` vault calls fail, as KMS would when unavailable. */
  failVault(count: number): void;
  /** Makes the next `count` DynamoDB calls fail. */
  failDynamo(count: number): void;
  /** Makes the next `count` DynamoDB calls that write to the audit table fail (and only those). */
  failAuditWrites(count: number): void;
  /** The stack's SMTP server, which writes each message it accepts under `mailDir`. */
  smtpPort: number;
  mailDir: string;
  /** Makes the SMTP server refuse the next `count` messages with a temporary error (451). */
  failMail(count: number): void;
  /** Makes the SMTP server refuse this share (0–1) of messages from now on, drawn from a fixed seed. */
  failMailRate(rate: number): void;
  /** Waits until every notification decided so far is delivered (or given up). */
  notificationsSettled(): Promise<void>;
  close(): Promise<void>;
}

let webRoot: string | undefined;

/** `notifications`: the notifier runs, fed by the complaints table's writes (off by default, so other tests' capacity counts hold only their own calls). */
export async function startTestStack(options: { env?: NodeJS.ProcessEnv; buildPages?: boolean; notifications?: boolean } = {}): Promise<TestStack> {
  const endpoint = inject('dynamoEndpoint');
  const tablePrefix = `t${randomUUID().slice(0, 8)}-`;
  const dataDir = mkdtempSync(join(tmpdir(), 'integrity-test-'));
  const admin = localDynamoClient(endpoint, 1);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, tablePrefix));
  admin.destroy();

  const capacity: CapacityRecord[] = [];
  const logLines: string[] = [];
  const previousSink = setLogSink((line) => logLines.push(line));
  const pending = { vault: 0, dynamo: 0, audit: 0, mail: 0 };
  const take = (kind: keyof typeof pending) => () => pending[kind] > 0 && pending[kind]-- > 0;
  const auditTableName = localTableName(auditTable, tablePrefix);
  /** A write that puts into the audit table: alone, or as one item of a transaction. */
  const writesAudit = ({ input }: DynamoRequest) =>
    input.TableName === auditTableName ||
    ((input.TransactItems ?? []) as { Put?: { TableName?: string } }[]).some((item) => item.Put?.TableName === auditTableName);
  let calls = { seal: 0, open: 0 };
  const evidenceBucket = localBucket(localEvidenceDir(dataDir));
  // Bound once the mail server runs; the stream stand-in only hands items over after that.
  const feed: { notifier?: ReturnType<typeof stackNotifier> } = {};
  const { context, contextOf, deliveryLedger, digestStores } = localContexts({
    ...(options.notifications ? { onCreated: (item: Record<string, unknown>) => feed.notifier?.onCreated(item) } : {}),
    evidenceBucket,
    dynamoEndpoint: endpoint,
    dataDir,
    tablePrefix,
    env: { ...process.env, ...options.env },
    onCapacity: (operation, consumed) => capacity.push({ operation, consumed }),
    wrapVault: (vault) => {
      const counted = countingIdentityVault(vault);
      calls = counted.calls;
      return counted.vault;
    },
    faults: { failVault: take('vault'), failDynamo: (request) => take('dynamo')() || (writesAudit(request) && take('audit')()) },
  });
  if (options.buildPages !== false) webRoot ??= buildWebSync(mkdtempSync(join(tmpdir(), 'integrity-web-')));
  await seedAgencies(context.agencies, context.statsStore);
  const issuer = await localIssuer(dataDir);
  const mailDir = localMailDir(dataDir);
  const mailFaults = { rate: 0, random: seededRandom(2570) };
  const failNextMail = take('mail');
  const mail = await startMailServer({ port: 0, mailDir, failSome: () => failNextMail() || (mailFaults.rate > 0 && mailFaults.random() < mailFaults.rate) });
  feed.notifier = stackNotifier({ context, deliveryLedger, digestStores }, { smtpPort: mail.port, siteUrl: 'http://localhost:3000', firstDelayMs: 20 });
  const server = await startLocalServer({ mailDir, port: 0, routes, contextOf, webRoot: webRoot ?? join(dataDir, 'no-pages'), statsRoot: localStatsDir(dataDir), issuer, accounts: localStaffDirectory(dataDir), evidenceBucket });
  // Whatever a test calls the API with, each answer must be one the OpenAPI document describes.
  const stopChecking = checkEveryResponse(server.url);
  return {
    url: server.url,
    context,
    issuer,
    dataDir,
    tablePrefix,
    capacity,
    get vaultCalls() {
      return calls;
    },
    logLines,
    failVault: (count) => {
      pending.vault = count;
    },
    failDynamo: (count) => {
      pending.dynamo = count;
    },
    failAuditWrites: (count) => {
      pending.audit = count;
    },
    notificationsSettled: () => feed.notifier?.settled() ?? Promise.resolve(),
    smtpPort: mail.port,
    mailDir,
    failMail: (count) => {
      pending.mail = count;
    },
    failMailRate: (rate) => {
      mailFaults.rate = rate;
    },
    evidenceBucket,
    close: async () => {
      await evidenceBucket.settled();
      await server.close();
      await feed.notifier?.settled();
      feed.notifier?.close();
      await mail.close();
      stopChecking();
      setLogSink(previousSink);
    },
  };
}
