// Measures the quarterly publication across many agencies: BENCH_AGENCIES agencies (1,000) with
// BENCH_COMPLAINTS_PER_AGENCY complaints each (100) in FY 2570 Q1, loaded into DynamoDB Local, then
// published with the same per-agency job the queue's worker runs (publishAgencyQuarter), several at
// once as the worker's concurrency allows, followed by the index job. It runs twice, first with the
// first tenth of the agencies and then with all of them, so the per-agency figures (time, read units,
// files) can be compared: they must not grow with the number of other agencies. Wall time, peak RSS,
// read units and S3-equivalent requests go to bench/results/latest.json under "agenciesPublication".
// Exits non-zero if a published total is wrong or the budget (all agencies in under ten minutes) is missed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localContext, localTableName } from '../infra/local/local-context';
import { complaintItem } from '../shared/adapters/dynamodb/complaint-repository';
import { memoryAgencyRegistry } from '../shared/adapters/memory/memory-agency-registry';
import { allTables, complaintsTable } from '../shared/adapters/dynamodb/tables';
import { AGENCY_CATALOGUE } from '../shared/config/agencies';
import type { Agency } from '../shared/domain/agencies';
import { CATEGORIES, OUTCOMES } from '../shared/domain/complaint';
import { eachLimited } from '../shared/domain/limited';
import { parsePeriod } from '../shared/domain/fiscal';
import type { ComplaintRecord, ObjectStore } from '../shared/domain/ports';
import { publishIndex } from '../shared/domain/use-cases/publication-index';
import { publishAgencyQuarter } from '../shared/domain/use-cases/publish-statistics';
import { setLogSink } from '../shared/observability/logger';
import { seededRandom } from '../test/support/random';
import { checkBudgets, recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
setLogSink(() => undefined);

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 1_000);
const PER_AGENCY = Number(process.env.BENCH_COMPLAINTS_PER_AGENCY ?? 100);
/** Jobs at once: the worker's reserved concurrency on AWS (infra/stacks/config.ts). */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const BUDGET_SECONDS = 600;
const quarter = parsePeriod('2570-Q1');
const span = quarter.end.getTime() - quarter.start.getTime();
const random = seededRandom(7850);

const agencies: Agency[] = Array.from({ length: AGENCIES }, (_unused, index) => ({
  ...structuredClone(AGENCY_CATALOGUE[0]!),
  id: `lao-${String(index).padStart(4, '0')}`,
  nameTh: `องค์การบริหารส่วนตำบลทดสอบ ${index}`,
  nameEn: `Test Subdistrict Administrative Organisation ${index}`,
  units: [],
}));

function complaint(agency: string): ComplaintRecord {
  const received = quarter.start.getTime() + Math.floor(random() * span * 0.999);
  const receivedAt = new Date(received).toISOString();
  const acknowledgeBy = new Date(received + 15 * 86_400_000).toISOString();
  const stage = random();
  const acknowledgedAt = stage > 0.1 ? new Date(received + random() * 20 * 86_400_000).toISOString() : undefined;
  const concluded = stage > 0.5 ? new Date(received + (20 + random() * 60) * 86_400_000).toISOString() : undefined;
  const closed = stage > 0.6;
  return {
    reference: `B${Math.floor(random() * 2 ** 32).toString(36)}${Math.floor(random() * 2 ** 32).toString(36)}`,
    agency,
    category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!,
    status: concluded ? (closed ? 'closed' : 'referred') : acknowledgedAt ? 'investigating' : 'received',
    receivedAt,
    acknowledgeBy,
    ...(acknowledgedAt ? { acknowledgedAt } : {}),
    ...(concluded ? { concludedAt: concluded } : {}),
    ...(concluded && closed ? { outcome: OUTCOMES[Math.floor(random() * OUTCOMES.length)]! } : {}),
    content: { subject: 'เรื่องร้องเรียนสำหรับวัดประสิทธิภาพ', description: 'รายละเอียดสั้น ๆ' },
    reporterMode: 'anonymous',
    secretHash: new Uint8Array(32),
    requestHash: new Uint8Array(32),
    updatedAt: receivedAt,
    lastUpdateAt: receivedAt,
    concludeBy: acknowledgeBy,
  };
}

function memoryPeak() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The store, counting requests as S3 would bill them (GET and PUT). */
function countingStore(store: ObjectStore) {
  const counts = { gets: 0, puts: 0 };
  return {
    counts,
    store: {
      async get(key: string) {
        counts.gets += 1;
        return store.get(key);
      },
      async put(key: string, body: Buffer, contentType: string) {
        counts.puts += 1;
        return store.put(key, body, contentType);
      },
    } satisfies ObjectStore,
  };
}

const dynamo = await startDynamoLocal({ port: 19_000 + Math.floor(Math.random() * 1000) });
const sections: Record<string, unknown> = { agencies: AGENCIES, complaintsPerAgency: PER_AGENCY, concurrency: CONCURRENCY };
try {
  const admin = localDynamoClient(dynamo.endpoint, 3);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, 'agp-'));
  const table = localTableName(complaintsTable, 'agp-');
  const writeBatch = async (batch: ComplaintRecord[]) => {
    let pending = batch.map((record) => ({ PutRequest: { Item: marshall(complaintItem(record), { removeUndefinedValues: true }) } }));
    while (pending.length) {
      const output = await admin.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      pending = (output.UnprocessedItems?.[table] ?? []) as typeof pending;
    }
  };
  const expected = new Map<string, number>();
  let loaded = 0;
  const load = async (upTo: number) => {
    const started = performance.now();
    const batches: ComplaintRecord[][] = [];
    for (const agency of agencies.slice(loaded, upTo)) {
      const records = Array.from({ length: PER_AGENCY }, () => complaint(agency.id));
      expected.set(agency.id, records.length);
      for (let start = 0; start < records.length; start += 25) batches.push(records.slice(start, start + 25));
    }
    let done = 0;
    await eachLimited(batches, 12, async (batch) => {
      await writeBatch(batch);
      done += 1;
      if (done % 200 === 0) process.stdout.write(`\rloading agencies ${loaded + 1}–${upTo}: ${done} / ${batches.length} batches`);
    });
    process.stdout.write('\n');
    loaded = upTo;
    return (performance.now() - started) / 1000;
  };

  /** Publishes the first `count` agencies' quarter with the worker's job, then the index job. */
  const publish = async (count: number) => {
    const byOperation: Record<string, number> = {};
    const context = localContext({
      dynamoEndpoint: dynamo.endpoint,
      dataDir: mkdtempSync(join(tmpdir(), 'integrity-bench-agencies-')),
      tablePrefix: 'agp-',
      agencies: memoryAgencyRegistry(agencies.slice(0, count)),
      onCapacity: (operation, consumed) => {
        for (const entry of consumed) byOperation[operation] = (byOperation[operation] ?? 0) + (entry.CapacityUnits ?? 0);
      },
    });
    const counted = countingStore(context.statsStore);
    const deps = { ...context, statsStore: counted.store, clock: { now: () => new Date('2027-01-01T00:15:00+07:00') } };
    const job = publishAgencyQuarter(deps);
    globalThis.gc?.();
    const peak = memoryPeak();
    const jobMs: number[] = [];
    const started = performance.now();
    await eachLimited(agencies.slice(0, count), CONCURRENCY, async (agency) => {
      const jobStarted = performance.now();
      await job(agency.id, quarter.id);
      jobMs.push(performance.now() - jobStarted);
    });
    const jobsMs = performance.now() - started;
    const jobRequests = { ...counted.counts };
    const indexStarted = performance.now();
    const index = await publishIndex(deps)(quarter.id);
    const indexMs = performance.now() - indexStarted;
    const wallMs = performance.now() - started;
    const peakRss = peak.stop();

    let correct = index.agencies === count && index.pending === 0;
    for (const agency of agencies.slice(0, count)) {
      const document = JSON.parse((await context.statsStore.get(`${agency.id}/${quarter.id}/stats.json`))!.toString('utf8'));
      if (document.complaints.received !== expected.get(agency.id)) correct = false;
    }
    const national = JSON.parse((await context.statsStore.get(`all/${quarter.id}/stats.json`))!.toString('utf8'));
    const readUnits = Object.values(byOperation).reduce((sum, units) => sum + units, 0);
    const sorted = [...jobMs].sort((a, b) => a - b);
    return {
      agencies: count,
      wallSeconds: round(wallMs / 1000),
      jobsSeconds: round(jobsMs / 1000),
      indexSeconds: round(indexMs / 1000),
      peakRssMiB: mib(peakRss),
      perAgency: {
        jobMillisecondsP50: Math.round(percentile(sorted, 0.5)),
        jobMillisecondsP99: Math.round(percentile(sorted, 0.99)),
        jobMillisecondsMean: Math.round(jobMs.reduce((sum, ms) => sum + ms, 0) / count),
        readUnits: round(readUnits / count, 2),
        s3Gets: round(jobRequests.gets / count, 2),
        s3Puts: round(jobRequests.puts / count, 2),
      },
      readUnitsByOperation: Object.fromEntries(Object.entries(byOperation).map(([operation, units]) => [operation, round(units / count, 2)])),
      indexJob: { s3Gets: counted.counts.gets - jobRequests.gets, s3Puts: counted.counts.puts - jobRequests.puts },
      nationalReceived: national.complaints.received,
      totalsCorrect: correct,
    };
  };

  const small = Math.max(1, Math.round(AGENCIES / 10));
  const loadSmall = await load(small);
  const first = await publish(small);
  const row = (figures: typeof first) => ({ wallSeconds: figures.wallSeconds, indexSeconds: figures.indexSeconds, peakRssMiB: figures.peakRssMiB, ...figures.perAgency });
  console.table({ [`${small} agencies`]: row(first) });
  sections[`agencies${small}`] = { loadSeconds: round(loadSmall), ...first };
  recordSection('agenciesPublication', sections);
  const loadAll = await load(AGENCIES);
  const all = await publish(AGENCIES);
  console.table({ [`${small} agencies`]: row(first), [`${AGENCIES} agencies`]: row(all) });
  sections[`agencies${AGENCIES}`] = { loadSeconds: round(loadSmall + loadAll), ...all };
  recordSection('agenciesPublication', sections);
  if (!first.totalsCorrect || !all.totalsCorrect) {
    console.error('A published total is wrong');
    process.exitCode = 1;
  }
  if (!checkBudgets([{ what: `${AGENCIES} agencies published (seconds)`, actual: all.wallSeconds, limit: BUDGET_SECONDS }])) process.exitCode = 1;
  admin.destroy();
} finally {
  await dynamo.stop();
}
