// Measures speed: each route group's Lambda bundle (size, and cold init as the median of 31 fresh
// Node processes importing it, against a floor bundle that imports only the same AWS SDK clients),
// warm handler time with memory adapters (p50, p99), and intake and tracking over local HTTP against
// DynamoDB Local, beside raw PutItem/GetItem measured in the same run. Prints the budgets and exits
// non-zero when one is missed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context } from 'aws-lambda';
import { buildSync } from 'esbuild';
import { routeGroups, routes } from '../functions/routes';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localIssuer } from '../infra/local/dev-issuer';
import { localContexts, localStatsDir, localTableName } from '../infra/local/local-context';
import { startLocalServer } from '../infra/local/server';
import { seedAgencies } from '../infra/local/seed-agencies';
import { allTables, complaintsTable } from '../shared/adapters/dynamodb/tables';
import type { HttpEvent } from '../shared/http/handler';
import { setLogSink } from '../shared/observability/logger';
import { memoryContext } from '../test/support/memory-context';
import { freePort } from '../test/support/global-setup';
import { referenceComplaint } from '../test/support/http';
import { checkBudgets, recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
setLogSink(() => undefined);
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'integrity-latency-'));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
};

// 1. Bundles, built as infra/constructs/function.ts has CDK build them (ESM, module-first, minified).
function bundle(name: string, entry: string) {
  const outfile = join(work, `${name}.mjs`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    minify: true,
    charset: 'utf8',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}
const floorEntry = join(work, 'floor.ts');
writeFileSync(
  floorEntry,
  `import { DynamoDBClient } from '${root}/node_modules/@aws-sdk/client-dynamodb/dist-es/index.js';
import { DynamoDBDocumentClient } from '${root}/node_modules/@aws-sdk/lib-dynamodb/dist-es/index.js';
import { KMSClient } from '${root}/node_modules/@aws-sdk/client-kms/dist-es/index.js';
import { S3Client } from '${root}/node_modules/@aws-sdk/client-s3/dist-es/index.js';
export const handler = async () => [DynamoDBDocumentClient.from(new DynamoDBClient({})), new KMSClient({}), new S3Client({})].length;
`,
);
const importTime = (file: string) =>
  Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`], {
      env: { ...process.env, AWS_REGION: 'ap-southeast-7', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      encoding: 'utf8',
    }).trim(),
  );
/**
 * 31 fresh imports each, floor and bundle taking turns. The ratio is the median of each bundle import
 * over the floor import just before it: a pair shares the machine's state of that moment, so drift and
 * load on this shared machine cancel out instead of landing on one side of a ratio of two medians.
 */
function coldInit(file: string, floor: string) {
  const bundleSamples: number[] = [];
  const floorSamples: number[] = [];
  const pairRatios: number[] = [];
  for (let run = 0; run < 31; run += 1) {
    floorSamples.push(importTime(floor));
    bundleSamples.push(importTime(file));
    pairRatios.push(bundleSamples.at(-1)! / floorSamples.at(-1)!);
  }
  return { bundleMs: quantile(bundleSamples, 0.5), floorMs: quantile(floorSamples, 0.5), ratio: quantile(pairRatios, 0.5) };
}
const floorFile = bundle('floor', floorEntry);
const bundles = routeGroups.map((group) => {
  const file = bundle(group.name, join(root, 'functions', group.name, 'lambda.ts'));
  const { bundleMs, floorMs, ratio } = coldInit(file, floorFile);
  return { group: group.name, kib: Math.round(statSync(file).size / 1024), coldInitMs: bundleMs, floorMs, ratioToFloor: Math.round(ratio * 100) / 100 };
});
const floorMs = quantile(bundles.map((row) => row.floorMs), 0.5);
console.table([{ group: 'floor (SDK clients only)', kib: Math.round(statSync(floorFile).size / 1024), coldInitMs: floorMs, ratioToFloor: 1 }, ...bundles]);

// 2. Warm handler time with memory adapters.
const lambdaContext = { getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const event = (routeKey: string, body: unknown, extra: Partial<HttpEvent> = {}) =>
  ({
    version: '2.0',
    routeKey,
    rawPath: routeKey.split(' ')[1],
    headers: { 'content-type': 'application/json' },
    requestContext: { requestId: 'bench', routeKey, http: { method: routeKey.split(' ')[0] } },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    isBase64Encoded: false,
    ...extra,
  }) as unknown as HttpEvent;
const memory = memoryContext(new Date());
const handlerOf = (key: string) => routes.find((route) => `${route.method} ${route.path}` === key)!.module.makeHandler(memory.context);
const intake = handlerOf('POST /api/complaints');
const tracking = handlerOf('POST /api/tracking');
const staffRead = handlerOf('GET /api/cases/{reference}');
const anonymous = { ...referenceComplaint(), reporter: { mode: 'anonymous' } };
const filed = JSON.parse((await intake(event('POST /api/complaints', referenceComplaint()), lambdaContext)).body!);
const officerClaims = { authorizer: { jwt: { claims: { sub: 'bench', 'cognito:groups': '[officer]', 'custom:agency': 'bma-health' } } } };
async function warm(name: string, run: () => Promise<unknown>) {
  for (let index = 0; index < 200; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < 2000; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { route: name, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99) };
}
const warmRows = [
  await warm('intake (anonymous)', () => intake(event('POST /api/complaints', anonymous), lambdaContext)),
  await warm('tracking', () => tracking(event('POST /api/tracking', { reference: filed.reference, secret: filed.secret }), lambdaContext)),
  await warm('staff: case read', () =>
    staffRead(event('GET /api/cases/{reference}', undefined, { pathParameters: { reference: filed.reference }, requestContext: { requestId: 'bench', routeKey: 'GET /api/cases/{reference}', ...officerClaims } as never }), lambdaContext),
  ),
];
console.table(warmRows);

// 3. Local HTTP against DynamoDB Local, beside raw calls.
const dynamo = await startDynamoLocal({ port: await freePort() });
const httpRows: Record<string, { p50Ms: number; p99Ms: number }> = {};
try {
  const admin = localDynamoClient(dynamo.endpoint, 3);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, 'lat-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'integrity-latency-data-'));
  const { context, contextOf } = localContexts({ dynamoEndpoint: dynamo.endpoint, dataDir, tablePrefix: 'lat-' });
  await seedAgencies(context.agencies);
  const server = await startLocalServer({ port: 0, routes, contextOf, webRoot: dataDir, statsRoot: localStatsDir(dataDir), issuer: await localIssuer(dataDir) });
  const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((response) => response.json());
  const time = async (name: string, run: () => Promise<unknown>, count = 400) => {
    for (let index = 0; index < 50; index += 1) await run();
    const samples: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    httpRows[name] = { p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99) };
  };
  const sample = await post('/api/complaints', referenceComplaint());
  const table = localTableName(complaintsTable, 'lat-');
  const rawItem = marshall({ PK: 'RAW#x', SK: 'RAW', payload: 'x'.repeat(1500) });
  let raw = 0;
  await time('raw PutItem', () => admin.send(new PutItemCommand({ TableName: table, Item: { ...rawItem, PK: { S: `RAW#${(raw += 1)}` } } })));
  await time('raw GetItem', () => admin.send(new GetItemCommand({ TableName: table, Key: { PK: { S: 'RAW#1' }, SK: { S: 'RAW' } }, ConsistentRead: true })));
  await time('HTTP intake (identified)', () => post('/api/complaints', referenceComplaint()));
  await time('HTTP tracking', () => post('/api/tracking', { reference: sample.reference, secret: sample.secret }));
  await server.close();
  admin.destroy();
} finally {
  await dynamo.stop();
}
console.table(httpRows);

const worstRatio = Math.max(...bundles.map((row) => row.ratioToFloor));
const ratios = {
  intakeP99ToPutItemP99: Math.round((httpRows['HTTP intake (identified)']!.p99Ms / httpRows['raw PutItem']!.p99Ms) * 100) / 100,
  trackingP99ToGetItemP99: Math.round((httpRows['HTTP tracking']!.p99Ms / httpRows['raw GetItem']!.p99Ms) * 100) / 100,
};
recordSection('latency', { floor: { kib: Math.round(statSync(floorFile).size / 1024), coldInitMs: floorMs }, bundles, warm: warmRows, http: httpRows, ratios });
const met = checkBudgets([
  { what: 'cold init, worst group ÷ floor', actual: worstRatio, limit: 1.3 },
  { what: 'warm p99 ms, intake', actual: warmRows[0]!.p99Ms, limit: 2 },
  { what: 'warm p99 ms, tracking', actual: warmRows[1]!.p99Ms, limit: 2 },
  { what: 'warm p99 ms, staff read', actual: warmRows[2]!.p99Ms, limit: 2 },
  { what: 'HTTP intake p99 ÷ raw PutItem p99', actual: ratios.intakeP99ToPutItemP99, limit: 2 },
]);
if (!met) process.exitCode = 1;
