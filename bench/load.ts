// `npm run load`: 10,000 complaints at concurrency 50 against `npm start` with 10 % of DynamoDB and
// vault calls failing on purpose. Clients retry with their Idempotency-Key, as the pages do. Then it
// reconciles: every accepted reference tracks, nothing is lost or stored twice, and the published
// count for the period equals the accepted count. Loopback only, bounded in count and time.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDynamoClient } from '../infra/local/dynamodb-local';
import { localContext } from '../infra/local/local-context';
import { localStaffDirectory } from '../infra/local/dev-issuer';
import { localMailDir, mailHeader } from '../infra/local/mail-server';
import { dynamoAccess, queryItems } from '../shared/adapters/dynamodb/client';
import { quarterOf } from '../shared/domain/fiscal';
import { publishStatistics } from '../shared/domain/use-cases/publish-statistics';
import { freePort } from '../test/support/global-setup';
import { referenceComplaint } from '../test/support/http';
import { recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const TOTAL = Number(process.env.LOAD_COMPLAINTS ?? 10_000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 50);
const FAULT_RATE = Number(process.env.LOAD_FAULT_RATE ?? 0.1);
const MAX_ATTEMPTS = 20;
const DEADLINE = Date.now() + 30 * 60_000;

const dataDir = mkdtempSync(join(tmpdir(), 'integrity-load-'));
// The mail run: case events for an agency with two officers, delivered over SMTP to the stack's own
// server, which refuses the same share of messages (451). Only this agency has staff, so the
// complaints above mail no one.
const MAIL_EVENTS = Number(process.env.LOAD_MAIL_EVENTS ?? 1_000);
const MAIL_AGENCY = 'bma-medical';
const MAIL_OFFICERS = ['load-officer-1@example.org', 'load-officer-2@example.org'];
for (const email of MAIL_OFFICERS) await localStaffDirectory(dataDir).create({ email, name: email, agency: MAIL_AGENCY, roles: ['officer'] });
const [port, dynamoPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
const stack = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
  env: { ...process.env, PORT: String(port), DYNAMODB_PORT: String(dynamoPort), SMTP_PORT: String(smtpPort), LOCAL_DATA_DIR: dataDir, FAULT_RATE: String(FAULT_RATE) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((ready, fail) => {
  let output = '';
  stack.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('DynamoDB http://')) ready();
  });
  stack.once('exit', (code) => fail(new Error(`npm start exited ${code}`)));
});
const base = `http://127.0.0.1:${port}`;

const counters = { attempts: 0, retries: 0, failures5xx: 0, networkErrors: 0 };

/** POSTs until the answer is not a 5xx (the faults), with the same body and key each time. */
async function until2xxOr4xx(path: string, body: unknown, key?: string) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && Date.now() < DEADLINE; attempt += 1) {
    counters.attempts += 1;
    try {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
      if (response.status < 500) return { status: response.status, body: await response.json() };
      counters.failures5xx += 1;
      await response.arrayBuffer();
    } catch {
      counters.networkErrors += 1;
    }
    counters.retries += 1;
    await new Promise((wait) => setTimeout(wait, Math.min(200, 5 * 2 ** attempt)));
  }
  return { status: 0, body: undefined };
}

const accepted = new Map<string, string>();
const refused: number[] = [];
let next = 0;
const started = performance.now();
function progress() {
  const done = accepted.size + refused.length;
  const width = 40;
  const filled = Math.round((done / TOTAL) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${TOTAL} complaints, ${counters.retries} retries`);
}
const ticker = setInterval(progress, 250);

async function client() {
  while (next < TOTAL) {
    next += 1;
    const complaint = { ...referenceComplaint(`ผู้ทดสอบภาระ${next}`), ...(next % 2 ? { reporter: { mode: 'anonymous' } } : {}) };
    const answer = await until2xxOr4xx('/api/complaints', complaint, randomUUID());
    if (answer.status === 201) accepted.set(answer.body.reference, answer.body.secret);
    else refused.push(answer.status);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, client));
const intakeSeconds = (performance.now() - started) / 1000;
clearInterval(ticker);
progress();
process.stdout.write('\n');

// The mail run's case events: new complaints of the mailed agency, each to be told to both officers once.
const mailAccepted = new Set<string>();
let mailNext = 0;
async function mailClient() {
  while (mailNext < MAIL_EVENTS) {
    mailNext += 1;
    const answer = await until2xxOr4xx('/api/complaints', { ...referenceComplaint(`ผู้ทดสอบอีเมล${mailNext}`), agency: MAIL_AGENCY, reporter: { mode: 'anonymous' } }, randomUUID());
    if (answer.status === 201) mailAccepted.add(answer.body.reference);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, mailClient));
const intendedMail = new Set([...mailAccepted].flatMap((reference) => MAIL_OFFICERS.map((email) => `${reference}→${email}`)));
/** Every captured message of the mail run, as reference→recipient (the reference is in the subject). */
const capturedMail = () =>
  readdirSync(localMailDir(dataDir))
    .filter((name) => name.endsWith('.eml'))
    .map((name) => {
      const eml = readFileSync(join(localMailDir(dataDir), name), 'utf8');
      return `${/[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/.exec(mailHeader(eml, 'subject'))?.[0] ?? '?'}→${mailHeader(eml, 'to')}`;
    });
// Retries back off up to half a minute: wait until everything intended arrived, or nothing more for 90 s.
for (let last = -1, quietSince = Date.now(); Date.now() - quietSince < 90_000 && Date.now() < DEADLINE; ) {
  const count = capturedMail().length;
  if (count >= intendedMail.size) break;
  if (count !== last) [last, quietSince] = [count, Date.now()];
  await new Promise((wait) => setTimeout(wait, 1_000));
}
const mailDelivered = capturedMail();
const mailDistinct = new Set(mailDelivered);
const mailReconciliation = {
  'case events (accepted)': mailAccepted.size,
  'messages intended': intendedMail.size,
  'delivered (.eml)': mailDelivered.length,
  lost: [...intendedMail].filter((pair) => !mailDistinct.has(pair)).length,
  duplicated: mailDelivered.length - mailDistinct.size,
  'unexpected (not intended)': [...mailDistinct].filter((pair) => !intendedMail.has(pair)).length,
};

// Every accepted reference tracks with the secret its client kept (tracking meets the faults too).
let tracked = 0;
const references = [...accepted.entries()];
for (let start = 0; start < references.length; start += CONCURRENCY) {
  const answers = await Promise.all(references.slice(start, start + CONCURRENCY).map(([reference, secret]) => until2xxOr4xx('/api/tracking', { reference, secret })));
  tracked += answers.filter((answer) => answer.status === 200).length;
}

// What DynamoDB holds, read without faults: complaint items of the statistics index.
const dynamo = localDynamoClient(`http://127.0.0.1:${dynamoPort}`);
let stored = 0;
const storedReferences = new Set<string>();
const statisticsIndex = queryItems(dynamoAccess(dynamo), 'load.reconcile', {
  TableName: 'local-Complaints',
  IndexName: 'ByAgencyStatistics',
  KeyConditionExpression: 'GSI2PK = :agency',
  ExpressionAttributeValues: { ':agency': 'STATS#bma-health' },
  ProjectionExpression: 'GSI2SK',
});
for await (const item of statisticsIndex) {
  stored += 1;
  storedReferences.add(String(item.GSI2SK).split('#')[1] ?? '');
}

const quarter = quarterOf(new Date());
const period = quarter.id;
const context = localContext({ dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`, dataDir, tablePrefix: 'local-' });
// A quarter is published once it has ended: publish as if just after its end (this run's own data).
await publishStatistics({ ...context, clock: { now: () => new Date(quarter.end.getTime() + 60_000) } })(period);
const published = JSON.parse((await context.statsStore.get(`bma-health/${period}/stats.json`))!.toString('utf8'));

stack.kill('SIGTERM');
await new Promise((done) => stack.once('exit', done));

const lost = [...accepted.keys()].filter((reference) => !storedReferences.has(reference)).length;
const reconciliation = {
  'complaints sent': TOTAL,
  accepted: accepted.size,
  'refused (4xx or gave up)': refused.length,
  'stored in DynamoDB': stored,
  'lost (accepted, not stored)': lost,
  'duplicates (stored − distinct)': stored - storedReferences.size,
  'extra (stored, not accepted)': storedReferences.size - (accepted.size - lost),
  'tracked with their secret': tracked,
  [`published received ${period}`]: published.complaints.received,
};
console.table(reconciliation);
console.log(`mail (${MAIL_EVENTS} case events, ${FAULT_RATE * 100} % of SMTP deliveries refused, DynamoDB faults too):`);
console.table(mailReconciliation);
console.log(`intake: ${Math.round(TOTAL / intakeSeconds)} complaints/s at concurrency ${CONCURRENCY}; ${counters.failures5xx} injected 5xx answers retried`);
const ok =
  refused.length === 0 &&
  lost === 0 &&
  stored === storedReferences.size &&
  storedReferences.size === accepted.size &&
  tracked === accepted.size &&
  published.complaints.received === accepted.size &&
  mailAccepted.size === MAIL_EVENTS &&
  mailReconciliation.lost === 0 &&
  mailReconciliation.duplicated === 0 &&
  mailReconciliation['unexpected (not intended)'] === 0;
recordSection('load', { faultRate: FAULT_RATE, concurrency: CONCURRENCY, intakeSeconds: Math.round(intakeSeconds * 10) / 10, ...counters, reconciliation, mail: mailReconciliation, ok });
if (!ok) {
  console.error('Reconciliation failed');
  process.exitCode = 1;
}
