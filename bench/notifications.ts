// `npm run bench:notifications`: what deciding and delivering a notification costs. Real parts
// throughout: DynamoDB Local (capacity units from ReturnConsumedCapacity, per call of the delivery
// ledger and the suppression list), the notifier's use case, the SMTP mailer and npm start's own SMTP
// server writing each message as an .eml. 300 case events (new cases, reporters' messages and files)
// for an agency of three officers, one of whose addresses bounced before the run: capacity units per
// notification decided, messages per case event, and local delivery latency from the event handed
// over to the .eml written, p50 and p99.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localStaffDirectory } from '../infra/local/dev-issuer';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localContexts, localTableName } from '../infra/local/local-context';
import { localMailDir, startMailServer } from '../infra/local/mail-server';
import { seedAgencies } from '../infra/local/seed-agencies';
import { allTables } from '../shared/adapters/dynamodb/tables';
import { smtpMailer } from '../shared/adapters/local/smtp-mailer';
import { deliverHappening, type CaseHappening } from '../shared/domain/notifications/notifier';
import type { Mailer } from '../shared/domain/notifications/ports';
import { fileComplaint } from '../shared/domain/use-cases/file-complaint';
import { setLogSink } from '../shared/observability/logger';
import { referenceComplaint } from '../test/support/http';
import { recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
setLogSink(() => undefined);
const EVENTS = Number(process.env.BENCH_NOTIFICATION_EVENTS ?? 300);

const dataDir = mkdtempSync(join(tmpdir(), 'integrity-bench-mail-'));
const dynamo = await startDynamoLocal({ port: 18_000 + Math.floor(Math.random() * 1000) });
const mail = await startMailServer({ port: 0, mailDir: localMailDir(dataDir) });
try {
  const admin = localDynamoClient(dynamo.endpoint, 1);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, 'bench-'));
  admin.destroy();

  // Capacity by operation name (shared/adapters/dynamodb): reads and writes as DynamoDB reports them.
  const byOperation = new Map<string, { calls: number; read: number; write: number }>();
  const { context, deliveryLedger } = localContexts({
    dynamoEndpoint: dynamo.endpoint,
    dataDir,
    tablePrefix: 'bench-',
    onCapacity: (operation, consumed) => {
      const entry = byOperation.get(operation) ?? { calls: 0, read: 0, write: 0 };
      entry.calls += 1;
      for (const each of consumed) {
        entry.read += each.ReadCapacityUnits ?? (operation === 'suppression.find' ? (each.CapacityUnits ?? 0) : 0);
        entry.write += each.WriteCapacityUnits ?? (operation === 'suppression.find' ? 0 : (each.CapacityUnits ?? 0));
      }
      byOperation.set(operation, entry);
    },
  });
  await seedAgencies(context.agencies);
  const staff = localStaffDirectory(dataDir);
  for (const [email, unit] of [['officer-1@example.org', 'secretariat'], ['officer-2@example.org', undefined], ['bounced-officer@example.org', undefined]] as const) {
    await staff.create({ email, name: email, agency: 'bma-health', roles: ['officer'], ...(unit ? { unit } : {}) });
  }
  await context.mailSuppressions.add('bounced-officer@example.org', { reason: 'bounce', since: new Date().toISOString() }, { kind: 'staff', agency: 'bma-health' });

  // The SMTP mailer, timing each message from the moment its event was handed over: the server
  // writes the .eml before it answers, so the send resolves once the file is written.
  const smtp = smtpMailer({ host: '127.0.0.1', port: mail.port, from: 'แจ้งเตือน <no-reply@integrity.local>' });
  let handedOverAt = 0;
  const latencies: number[] = [];
  const mailer: Mailer = {
    async send(message) {
      await smtp.send(message);
      latencies.push(performance.now() - handedOverAt);
    },
  };
  const deliver = deliverHappening({ ...context, staffDirectory: staff, ledger: deliveryLedger, mailer, suppressions: context.mailSuppressions, siteUrl: 'http://localhost:3000' });

  const file = fileComplaint(context);
  const happenings: CaseHappening[] = [];
  for (let index = 0; happenings.length < EVENTS; index += 1) {
    const { reference } = await file({ ...referenceComplaint(), category: 'bribery', reporter: { mode: 'anonymous' }, ...(index % 2 ? { unit: 'secretariat' } : {}) });
    happenings.push({ key: `case-new#${reference}`, event: 'case-new', reference });
    happenings.push({ key: `reporter-message#${reference}#m1`, event: 'reporter-message', reference });
    happenings.push({ key: `reporter-file#${reference}#f1`, event: 'reporter-file', reference });
  }
  happenings.length = EVENTS;
  byOperation.clear();

  let sent = 0;
  let suppressed = 0;
  for (const happening of happenings) {
    handedOverAt = performance.now();
    const report = await deliver(happening);
    sent += report.sent;
    suppressed += report.suppressed;
  }
  const decided = sent + suppressed;
  const emls = readdirSync(localMailDir(dataDir)).filter((name) => name.endsWith('.eml')).length;
  smtp.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
  const per = (operation: string) => {
    const entry = byOperation.get(operation) ?? { calls: 0, read: 0, write: 0 };
    return { calls: entry.calls, rcu: Math.round((entry.read / decided) * 100) / 100, wcu: Math.round((entry.write / decided) * 100) / 100 };
  };
  const ledgerAndList = { claim: per('delivery.claim'), mark: per('delivery.done'), 'suppression lookup': per('suppression.find') };
  const total = Object.values(ledgerAndList).reduce((sum, each) => ({ rcu: sum.rcu + each.rcu, wcu: sum.wcu + each.wcu }), { rcu: 0, wcu: 0 });
  const figures = {
    'case events': EVENTS,
    'notifications decided (recipients)': decided,
    'messages sent': sent,
    'not sent (suppressed)': suppressed,
    '.eml files written': emls,
    'messages per case event': Math.round((sent / EVENTS) * 100) / 100,
    'capacity units per notification decided': { ...ledgerAndList, total: { rcu: Math.round(total.rcu * 100) / 100, wcu: Math.round(total.wcu * 100) / 100 } },
    'delivery latency, event handed over → .eml written (ms)': { p50: percentile(50), p99: percentile(99), messages: latencies.length },
  };
  console.log(JSON.stringify(figures, null, 2));
  recordSection('notifications', {
    note: 'DynamoDB Local capacity (ReturnConsumedCapacity=INDEXES) per notification decided (one recipient of one case event); latency over loopback SMTP to the local server, which writes the .eml before it answers.',
    ...figures,
  });
  if (emls !== sent || sent + suppressed !== decided) process.exitCode = 1;
} finally {
  await mail.close();
  await dynamo.stop();
}
