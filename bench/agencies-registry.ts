// Measures the agency registry at the scale of every local administrative organisation: 10,000
// agencies in the registry table of DynamoDB Local, then over local HTTP (the real server, route table
// and handlers) the public list and search latency (p50, p99) with the function's cache warm, the
// cost of a cold load of every summary (what a function pays once a minute), and onboarding 1,000
// agencies through POST /api/agencies (wall time, write units per agency, audit entry included).
// Merges its figures into bench/results/latest.json under "agencyRegistry".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routes } from '../functions/routes';
import { localIssuer, localStaffDirectory } from '../infra/local/dev-issuer';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localContext, localStatsDir, localTableName } from '../infra/local/local-context';
import { seedAgencies } from '../infra/local/seed-agencies';
import { startLocalServer } from '../infra/local/server';
import { dynamoAgencyRegistry } from '../shared/adapters/dynamodb/agency-registry';
import { dynamoAccess } from '../shared/adapters/dynamodb/client';
import { agencyKeys } from '../shared/adapters/dynamodb/keys';
import { agenciesTable, allTables } from '../shared/adapters/dynamodb/tables';
import { standardDeadlines, standardEvidence } from '../shared/config/agencies';
import type { Agency } from '../shared/domain/agencies';
import { scopeContext } from '../shared/config/needs';
import { setLogSink } from '../shared/observability/logger';
import { recordSection } from './results';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const logLines: string[] = [];
setLogSink((line) => logLines.push(line));

const REGISTRY_SIZE = Number(process.env.BENCH_REGISTRY_SIZE ?? 10_000);
const ONBOARDED = 1_000;
const CONCURRENCY = 8;
const SAMPLES = 300;
/** The calls that read (names given in shared/adapters/dynamodb); every other call writes. */
const READS = new Set(['agency.summaries', 'agency.get', 'audit.head', 'audit.list']);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
};

// Names as the country writes them: kinds of local administration and place names, each with its units.
const KINDS = ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'องค์การบริหารส่วนจังหวัด'];
const PLACES = ['บางพลี', 'บางบ่อ', 'ลำลูกกา', 'คลองหลวง', 'ธัญบุรี', 'หนองจอก', 'บางใหญ่', 'ปากเกร็ด', 'สามโคก', 'ลาดหลุมแก้ว', 'ขอนแก่น', 'เชียงใหม่', 'หาดใหญ่', 'นครปฐม', 'อุดรธานี', 'พิษณุโลก', 'สุรินทร์', 'ยะลา', 'ตรัง', 'น่าน'];
const UNITS = [
  { id: 'office-of-the-clerk', nameTh: 'สำนักปลัด', nameEn: 'Office of the Clerk' },
  { id: 'finance', nameTh: 'กองคลัง', nameEn: 'Finance Division' },
  { id: 'public-works', nameTh: 'กองช่าง', nameEn: 'Public Works Division' },
  { id: 'education', nameTh: 'กองการศึกษา ศาสนาและวัฒนธรรม', nameEn: 'Education, Religion and Culture Division' },
  { id: 'public-health', nameTh: 'กองสาธารณสุขและสิ่งแวดล้อม', nameEn: 'Public Health and Environment Division' },
];
const agencyNumber = (n: number) => ({
  nameTh: `${KINDS[n % KINDS.length]}${PLACES[Math.floor(n / KINDS.length) % PLACES.length]} ${n}`,
  nameEn: `Local administration ${n}`,
});
const agencyAt = (n: number, prefix = 'lao'): Agency => ({
  id: `${prefix}-${n}`,
  ...agencyNumber(n),
  status: 'active',
  deadlines: standardDeadlines,
  evidence: standardEvidence,
  retentionYears: 5,
  units: UNITS,
  contact: { responsibleUnit: 'สำนักปลัด', phone: '02 000 0000' },
  joinedOn: '2026-10-01',
});

const dynamo = await startDynamoLocal({ port: 19_000 + Math.floor(Math.random() * 1000) });
try {
  const prefix = 'agencies-bench-';
  const admin = localDynamoClient(dynamo.endpoint, 1);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, prefix));
  admin.destroy();

  const units = { read: 0, write: 0, byOperation: new Map<string, number>() };
  const dataDir = mkdtempSync(join(tmpdir(), 'integrity-agencies-bench-'));
  const context = localContext({
    dynamoEndpoint: dynamo.endpoint,
    dataDir,
    tablePrefix: prefix,
    onCapacity: (operation, consumed) => {
      for (const entry of consumed) {
        const amount = entry.CapacityUnits ?? 0;
        units.byOperation.set(operation, (units.byOperation.get(operation) ?? 0) + amount);
        if (READS.has(operation)) units.read += amount;
        else units.write += amount;
      }
    },
  });
  await seedAgencies(context.agencies);

  // 1. The registry of 10,000, written straight into the table in batches (not what is measured).
  const client = localDynamoClient(dynamo.endpoint);
  const documents = dynamoAccess(client).documents;
  const table = localTableName(agenciesTable, prefix);
  let started = performance.now();
  for (let first = 0; first < REGISTRY_SIZE; first += 25) {
    const items = Array.from({ length: Math.min(25, REGISTRY_SIZE - first) }, (_unused, index) => {
      const agency = agencyAt(first + index);
      return { PutRequest: { Item: { ...agencyKeys.agency(agency.id), ...agencyKeys.summary(agency.id), ...agency } } };
    });
    let pending: typeof items | undefined = items;
    while (pending?.length) {
      const result = await documents.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = result.UnprocessedItems?.[table] as typeof items | undefined;
    }
  }
  const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`Registry loaded: ${REGISTRY_SIZE} agencies in ${loadSeconds} s`);

  // 2. A cold load of every summary, as a function pays it once per cache period.
  let coldReadUnits = 0;
  const cold = dynamoAgencyRegistry(
    dynamoAccess(client, (operation, consumed) => {
      if (operation === 'agency.summaries') for (const entry of consumed) coldReadUnits += entry.CapacityUnits ?? 0;
    }),
    table,
  );
  const coldTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const fresh = dynamoAgencyRegistry(dynamoAccess(client), table);
    started = performance.now();
    await fresh.list({ limit: 50 });
    coldTimes.push(performance.now() - started);
  }
  await cold.list({ limit: 50 });
  console.log(`Cold load of every summary: ${coldTimes.map((ms) => Math.round(ms)).join(', ')} ms; ${Math.round(coldReadUnits * 10) / 10} read units`);

  // 3. The public list and search over HTTP, the function's cache warm.
  const issuer = await localIssuer(dataDir);
  const server = await startLocalServer({ port: 0, routes, contextOf: (owner, needs) => scopeContext(owner, needs, context), webRoot: dataDir, statsRoot: localStatsDir(dataDir), issuer, accounts: localStaffDirectory(dataDir) });
  const timed = async (path: string) => {
    const begin = performance.now();
    const response = await fetch(`${server.url}${path}`);
    const body = (await response.json()) as { agencies: unknown[]; cursor?: string };
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${logLines.filter((line) => line.includes('"error"')).slice(-2).join(' ')}`);
    return { ms: performance.now() - begin, body };
  };
  // The first request loads the summaries (the cold load above); the local server gives a handler
  // 10 s as Lambda would, so on a loaded machine it may answer 500 once; the next finds the cache.
  const firstStarted = performance.now();
  const first = await fetch(`${server.url}/api/agencies`);
  await first.arrayBuffer();
  console.log(`First list over HTTP: ${first.status} in ${Math.round(performance.now() - firstStarted)} ms`);
  if (first.status !== 200) await timed('/api/agencies');
  const listTimes: number[] = [];
  let cursor: string | undefined;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const { ms, body } = await timed(`/api/agencies${cursor ? `?cursor=${cursor}` : ''}`);
    listTimes.push(ms);
    cursor = body.cursor;
  }
  const queries = ['อบต. บางพลี', 'เทศบาลนครขอนแก่น', 'ทม.ยะลา', 'ลำลูกกา 12', 'local administration 77', 'น่าน', 'สำนักอนามัย'];
  const searchTimes: number[] = [];
  let matches = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const { ms, body } = await timed(`/api/agencies?q=${encodeURIComponent(queries[sample % queries.length]!)}`);
    searchTimes.push(ms);
    matches += body.agencies.length;
  }

  // 4. Onboarding 1,000 agencies through the API, a few at a time as a script of a platform admin would.
  const token = await issuer.issue({ sub: 'bench-platform-admin', roles: ['platform-admin'], agency: 'bma-health' });
  units.write = 0;
  units.read = 0;
  units.byOperation.clear();
  let next = 0;
  let failures = 0;
  started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ONBOARDED) {
        const n = next++;
        const { status: _status, joinedOn: _joinedOn, ...body } = agencyAt(REGISTRY_SIZE + n, 'new');
        const response = await fetch(`${server.url}/api/agencies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `bench-onboard-${n}` },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        if (response.status !== 201) failures += 1;
      }
    }),
  );
  const onboardSeconds = (performance.now() - started) / 1000;
  const perAgency = (operation: string) => Math.round(((units.byOperation.get(operation) ?? 0) / ONBOARDED) * 100) / 100;
  await server.close();
  client.destroy();

  const figures = {
    registrySize: REGISTRY_SIZE + 2,
    coldSummaryLoad: { milliseconds: quantile(coldTimes, 0.5), readUnits: Math.round(coldReadUnits * 10) / 10 },
    listOverHttp: { samples: SAMPLES, p50Ms: quantile(listTimes, 0.5), p99Ms: quantile(listTimes, 0.99) },
    searchOverHttp: { samples: SAMPLES, p50Ms: quantile(searchTimes, 0.5), p99Ms: quantile(searchTimes, 0.99), meanMatches: Math.round((matches / SAMPLES) * 10) / 10 },
    onboarding: {
      agencies: ONBOARDED,
      concurrency: CONCURRENCY,
      failures,
      seconds: Math.round(onboardSeconds * 10) / 10,
      agenciesPerSecond: Math.round((ONBOARDED / onboardSeconds) * 10) / 10,
      writeUnitsPerAgency: { registry: perAgency('agency.create'), audit: Math.round((units.write / ONBOARDED - perAgency('agency.create')) * 100) / 100, total: Math.round((units.write / ONBOARDED) * 100) / 100 },
      readUnitsPerAgency: Math.round((units.read / ONBOARDED) * 100) / 100,
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  recordSection('agencyRegistry', figures);
  if (failures > 0) process.exitCode = 1;
} finally {
  await dynamo.stop();
}
