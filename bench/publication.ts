// Measures the quarterly publication: 100,000 complaints of one fiscal year loaded into DynamoDB
// Local and published from the statistics index (time, read units, peak memory), and 1,000,000
// statistics rows aggregated in memory (time, heap growth). Exits non-zero if a published total is
// wrong, so the figures are of a correct run.
import { AGENCY_CATALOGUE } from '../shared/config/agencies';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localContext, localTableName } from '../infra/local/local-context';
import { batchWrite, dynamoAccess } from '../shared/adapters/dynamodb/client';
import { complaintItem } from '../shared/adapters/dynamodb/complaint-repository';
import { allTables, complaintsTable } from '../shared/adapters/dynamodb/tables';
import { CATEGORIES, OUTCOMES } from '../shared/domain/complaint';
import { parsePeriod } from '../shared/domain/fiscal';
import type { ComplaintRecord } from '../shared/domain/ports';
import { statisticsAccumulator, type StatisticsRow } from '../shared/domain/publication/statistics';
import { publishStatistics } from '../shared/domain/use-cases/publish-statistics';
import { setLogSink } from '../shared/observability/logger';
import { seededRandom } from '../test/support/random';
import { recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
setLogSink(() => undefined);

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 100_000);
const ROWS_IN_MEMORY = Number(process.env.BENCH_ROWS ?? 1_000_000);
const quarter = parsePeriod('2570-Q4');
const year = parsePeriod('2570');
const span = year.end.getTime() - year.start.getTime();

const random = seededRandom(2570);

/** A complaint of FY 2570 at a random moment, moved along the workflow as real ones are. */
function syntheticRow(): StatisticsRow & { reference: string } {
  const received = year.start.getTime() + Math.floor(random() * span * 0.999);
  const receivedAt = new Date(received).toISOString();
  const acknowledgeBy = new Date(received + 15 * 86_400_000).toISOString();
  const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
  const stage = random();
  const acknowledgedAt = stage > 0.1 ? new Date(received + random() * 20 * 86_400_000).toISOString() : undefined;
  const concluded = stage > 0.5 ? new Date(received + (20 + random() * 100) * 86_400_000) : undefined;
  const closed = stage > 0.6;
  return {
    reference: `B${Math.floor(random() * 2 ** 32).toString(36)}${Math.floor(random() * 2 ** 32).toString(36)}`,
    category,
    status: concluded ? (closed ? 'closed' : 'referred') : acknowledgedAt ? 'investigating' : 'received',
    receivedAt,
    acknowledgeBy,
    ...(acknowledgedAt ? { acknowledgedAt } : {}),
    ...(concluded ? { concludedAt: concluded.toISOString() } : {}),
    ...(concluded && closed ? { outcome: OUTCOMES[Math.floor(random() * OUTCOMES.length)]! } : {}),
  };
}

function record(row: ReturnType<typeof syntheticRow>): ComplaintRecord {
  return {
    ...row,
    agency: 'bma-health',
    content: { subject: 'เรื่องร้องเรียนสำหรับวัดประสิทธิภาพ', description: 'รายละเอียดสั้น ๆ ของเรื่องร้องเรียน' },
    reporterMode: 'anonymous',
    secretHash: new Uint8Array(32),
    requestHash: new Uint8Array(32),
    updatedAt: row.receivedAt,
    lastUpdateAt: row.receivedAt,
    concludeBy: row.acknowledgeBy,
  };
}

function memoryPeak() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

// 1. In memory: a million rows through the accumulator. Rows are made in chunks outside the timing,
// so the figure is the aggregation's own.
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const inMemory = statisticsAccumulator(year);
let aggregateMs = 0;
const CHUNK = 10_000;
for (let done = 0; done < ROWS_IN_MEMORY; done += CHUNK) {
  const rows = Array.from({ length: Math.min(CHUNK, ROWS_IN_MEMORY - done) }, syntheticRow);
  const chunkStarted = performance.now();
  for (const each of rows) inMemory.add(each);
  aggregateMs += performance.now() - chunkStarted;
}
globalThis.gc?.();
const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
if (inMemory.result().received !== ROWS_IN_MEMORY) throw new Error('in-memory aggregation lost rows');

// 2. From DynamoDB Local: load, then publish.
const dynamo = await startDynamoLocal({ port: 19_000 + Math.floor(Math.random() * 1000) });
try {
  const admin = localDynamoClient(dynamo.endpoint, 3);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, 'pub-'));
  const table = localTableName(complaintsTable, 'pub-');
  let started = performance.now();
  let fourthQuarter = 0;
  const access = dynamoAccess(admin);
  const writeBatch = (batch: { PutRequest: { Item: Record<string, unknown> } }[]) => batchWrite(access, 'bench.load', table, batch);
  // Eight batches in flight: DynamoDB Local writes its indexes per item, so loading is the slow part.
  const IN_FLIGHT = 8;
  for (let loaded = 0; loaded < COMPLAINTS; loaded += 25 * IN_FLIGHT) {
    const batches = Array.from({ length: IN_FLIGHT }, (_unused, slot) =>
      Array.from({ length: Math.max(0, Math.min(25, COMPLAINTS - loaded - slot * 25)) }, () => {
        const row = syntheticRow();
        if (row.receivedAt >= quarter.start.toISOString()) fourthQuarter += 1;
        return { PutRequest: { Item: complaintItem(record(row)) } };
      }),
    ).filter((batch) => batch.length);
    await Promise.all(batches.map(writeBatch));
    if (loaded % 10_000 < 25 * IN_FLIGHT) process.stdout.write(`\rloading ${loaded.toLocaleString()} / ${COMPLAINTS.toLocaleString()}`);
  }
  const loadMs = performance.now() - started;
  process.stdout.write('\n');

  let readUnits = 0;
  const context = localContext({
    dynamoEndpoint: dynamo.endpoint,
    dataDir: mkdtempSync(join(tmpdir(), 'integrity-bench-pub-')),
    tablePrefix: 'pub-',
    onCapacity: (operation, consumed) => {
      if (operation === 'statistics.page') for (const entry of consumed) readUnits += entry.CapacityUnits ?? 0;
    },
  });
  // The registry of this bench holds the one agency it publishes.
  const [agency] = AGENCY_CATALOGUE;
  if (agency && !(await context.agencies.get(agency.id))) await context.agencies.create(agency);
  globalThis.gc?.();
  const peak = memoryPeak();
  const rssBefore = process.memoryUsage().rss;
  started = performance.now();
  const { results: [result] } = await publishStatistics({ ...context, clock: { now: () => new Date('2027-10-01T00:15:00+07:00') } })('2570-Q4');
  const publishMs = performance.now() - started;
  const peakRss = peak.stop();
  const published = JSON.parse((await context.statsStore.get('bma-health/2570/stats.json'))!.toString('utf8'));
  const quarterly = JSON.parse((await context.statsStore.get('bma-health/2570-Q4/stats.json'))!.toString('utf8'));
  const correct = published.complaints.received === COMPLAINTS && quarterly.complaints.received === fourthQuarter;

  const figures = {
    inMemory: { rows: ROWS_IN_MEMORY, milliseconds: Math.round(aggregateMs), rowsPerSecond: Math.round(ROWS_IN_MEMORY / (aggregateMs / 1000)), heapGrowthMiB: mib(heapGrowth) },
    dynamodb: {
      complaints: COMPLAINTS,
      loadSeconds: Math.round(loadMs / 100) / 10,
      publishMilliseconds: Math.round(publishMs),
      statisticsReadUnits: readUnits,
      rssBeforeMiB: mib(rssBefore),
      peakRssMiB: mib(peakRss),
      filesWritten: result!.written.length,
      totalsCorrect: correct,
    },
  };
  console.table({ 'in memory': figures.inMemory, 'from DynamoDB Local': figures.dynamodb });
  recordSection('publication', figures);
  if (!correct) {
    console.error(`Published totals are wrong: year ${published.complaints.received} of ${COMPLAINTS}, Q4 ${quarterly.complaints.received} of ${fourthQuarter}`);
    process.exitCode = 1;
  }
  admin.destroy();
} finally {
  await dynamo.stop();
}
