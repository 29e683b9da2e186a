// Measures DynamoDB capacity units (from ReturnConsumedCapacity, index writes included) and KMS
// calls (counted at the IdentityVault port) per route, on the reference complaint: identified
// reporter, 60 Thai characters of subject, 1,000 of description, two messages. Runs the real
// handlers against DynamoDB Local; exits non-zero when a budget is missed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';
import { routes } from '../functions/routes';
import { bangkokDate } from '../shared/domain/calendar';
import { ensureTables, localDynamoClient, startDynamoLocal } from '../infra/local/dynamodb-local';
import { localContext, localTableName } from '../infra/local/local-context';
import { seedAgencies } from '../infra/local/seed-agencies';
import { countingIdentityVault } from '../shared/adapters/counting-identity-vault';
import { allTables } from '../shared/adapters/dynamodb/tables';
import type { HttpEvent } from '../shared/http/handler';
import { setLogSink } from '../shared/observability/logger';
import { referenceComplaint } from '../test/support/http';
import { quarterOf } from '../shared/domain/fiscal';
import { currentInstrument } from '../shared/domain/surveys/instrument';
import { processUpload } from '../shared/domain/use-cases/process-upload';
import { jpegWithGps } from '../test/support/evidence-fixtures';
import { checkBudgets, recordSection } from './results';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
setLogSink(() => undefined);

/** The repository's read calls (names given in shared/adapters/dynamodb); every other call writes. */
const READ_OPERATIONS = new Set(['case.load', 'queue.page', 'audit.list', 'tokens.find', 'responses.list', 'response.findIdempotent']);

const dynamo = await startDynamoLocal({ port: 18_000 + Math.floor(Math.random() * 1000) });
try {
  const admin = localDynamoClient(dynamo.endpoint, 1);
  await ensureTables(admin, allTables, (definition) => localTableName(definition, 'bench-'));
  admin.destroy();

  let units = { read: 0, write: 0 };
  let vaultCalls = { seal: 0, open: 0 };
  const context = localContext({
    dynamoEndpoint: dynamo.endpoint,
    dataDir: mkdtempSync(join(tmpdir(), 'integrity-bench-')),
    tablePrefix: 'bench-',
    onCapacity: (operation, consumed) => {
      for (const entry of consumed) {
        units.read += entry.ReadCapacityUnits ?? 0;
        units.write += entry.WriteCapacityUnits ?? 0;
        // DynamoDB reports only CapacityUnits for some calls; count them by the call's kind.
        if (entry.ReadCapacityUnits === undefined && entry.WriteCapacityUnits === undefined) {
          if (READ_OPERATIONS.has(operation)) units.read += entry.CapacityUnits ?? 0;
          else units.write += entry.CapacityUnits ?? 0;
        }
      }
    },
    wrapVault: (vault) => {
      const counted = countingIdentityVault(vault);
      vaultCalls = counted.calls;
      return counted.vault;
    },
  });
  // The seed catalogue, as the local stack's first start writes it.
  await seedAgencies(context.agencies);
  const handlers = new Map(routes.map((route) => [`${route.method} ${route.path}`, route.module.makeHandler(context)]));
  const lambdaContext = { getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

  interface Call {
    headers?: Record<string, string>;
    /** Staff claims as API Gateway's JWT authorizer passes them. */
    roles?: string;
    reference?: string;
    pathParameters?: Record<string, string>;
    query?: Record<string, string>;
    /** Other claims of the staff token (the member's id, agency or unit). */
    claims?: Record<string, string>;
  }

  async function measure(routeKey: string, body: unknown, call: Call = {}) {
    units = { read: 0, write: 0 };
    const before = { ...vaultCalls };
    const event = {
      version: '2.0',
      routeKey,
      rawPath: routeKey.split(' ')[1],
      headers: { 'content-type': 'application/json', ...call.headers },
      requestContext: {
        requestId: 'bench',
        routeKey,
        http: { method: routeKey.split(' ')[0] },
        ...(call.roles ? { authorizer: { jwt: { claims: { sub: 'bench-staff', 'cognito:groups': `[${call.roles}]`, 'custom:agency': 'bma-health', ...call.claims } } } } : {}),
      },
      ...(call.reference || call.pathParameters ? { pathParameters: { ...(call.reference ? { reference: call.reference } : {}), ...call.pathParameters } } : {}),
      ...(call.query ? { queryStringParameters: call.query } : {}),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      isBase64Encoded: false,
    } as unknown as HttpEvent;
    const result = await handlers.get(routeKey)!(event, lambdaContext);
    const kms = vaultCalls.seal + vaultCalls.open - before.seal - before.open;
    return { status: result.statusCode, body: JSON.parse(result.body ?? '{}'), rcu: units.read, wcu: units.write, kms };
  }

  const identified = await measure('POST /api/complaints', referenceComplaint());
  const anonymous = await measure('POST /api/complaints', { ...referenceComplaint(), reporter: { mode: 'anonymous' } });
  const credentials = { reference: identified.body.reference, secret: identified.body.secret };
  const message = await measure('POST /api/tracking/messages', { ...credentials, body: 'ข้อความที่หนึ่งถึงเจ้าหน้าที่ผู้รับผิดชอบ' });
  await measure('POST /api/tracking/messages', { ...credentials, body: 'ข้อความที่สองถึงเจ้าหน้าที่ผู้รับผิดชอบ' });
  const tracking = await measure('POST /api/tracking', credentials);
  const failed = await measure('POST /api/tracking', { ...credentials, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' });
  const replay = await measure('POST /api/complaints', referenceComplaint(), { headers: { 'idempotency-key': 'bench-replay-0001' } });
  const replayed = await measure('POST /api/complaints', referenceComplaint(), { headers: { 'idempotency-key': 'bench-replay-0001' } });

  // An officer records the reference complaint as a letter: the same intake, plus its audit entry in
  // the same transaction (the transaction doubles the write units of the items it writes).
  const { category, subject, description, reporter } = referenceComplaint() as { category: string; subject: string; description: string; reporter: unknown };
  const recorded = await measure(
    'POST /api/cases',
    { channel: 'letter', receivedOn: bangkokDate(new Date()), kind: 'complaint', reporterType: 'public', category, subject, description, reporter },
    { roles: 'officer', headers: { 'idempotency-key': 'bench-record-0001' } },
  );

  const staffCase = { reference: identified.body.reference };
  const queuePage = await measure('GET /api/cases', undefined, { roles: 'officer' });
  const caseRead = await measure('GET /api/cases/{reference}', undefined, { roles: 'officer', ...staffCase });
  const transition = await measure('POST /api/cases/{reference}/transitions', { to: 'acknowledged', publicNote: 'รับเรื่องแล้ว' }, { roles: 'officer', ...staffCase });
  const officerMessage = await measure('POST /api/cases/{reference}/messages', { body: 'ขอข้อมูลเพิ่มเติมเกี่ยวกับเหตุการณ์' }, { roles: 'officer', ...staffCase });
  const reveal = await measure('POST /api/cases/{reference}/identity-reveals', { reason: 'ต้องติดต่อผู้ร้องเรียนเพื่อขอพยานหลักฐานเพิ่มเติม' }, { roles: 'custodian', ...staffCase });

  // Evidence: a slot, the upload's processing (the bucket event's function), the officer's link,
  // tracking with the file in the partition, and the custodian's hold and export.
  const photo = jpegWithGps();
  const slot = await measure('POST /api/tracking/files', { ...credentials, name: 'photo.jpg', mediaType: 'image/jpeg', size: photo.length }, { headers: { 'idempotency-key': 'bench-file-0001' } });
  await context.evidence.write(slot.body.upload.fields.key, photo, 'image/jpeg');
  units = { read: 0, write: 0 };
  const processed = { status: (await processUpload(context)(slot.body.upload.fields.key)) === 'received' ? 200 : 500, rcu: 0, wcu: 0, kms: 0 };
  Object.assign(processed, { rcu: units.read, wcu: units.write });
  const trackingWithFile = await measure('POST /api/tracking', credentials);
  const download = await measure('POST /api/cases/{reference}/files/{fileId}/downloads', undefined, { roles: 'officer', ...staffCase, pathParameters: { fileId: slot.body.file.id } });
  const hold = await measure('PUT /api/cases/{reference}/legal-hold', { hold: true, reason: 'คำสั่งศาลให้เก็บรักษาพยานหลักฐานไว้ก่อน' }, { roles: 'custodian', ...staffCase });
  const exported = await measure('POST /api/cases/{reference}/exports', { reason: 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือขอข้อมูล' }, { roles: 'custodian', ...staffCase });

  // Assignment (the assignee looked up in the staff directory), a declared conflict, and a queue page
  // of 50 when none and when half of the agency's cases are hidden from the reader (their unit's).
  const assignee = await context.staffDirectory.create({ email: 'bench-assignee@example.org', name: 'ผู้รับมอบหมาย', agency: 'bma-health', roles: ['officer'] });
  const assignment = await measure('POST /api/cases/{reference}/assignment', { assignee: assignee.id }, { roles: 'supervisor', ...staffCase });
  const conflict = await measure('POST /api/cases/{reference}/conflicts', { reason: 'ผู้ถูกร้องเรียนเป็นญาติใกล้ชิดของข้าพเจ้าโดยตรง' }, { roles: 'officer', ...staffCase, claims: { sub: 'bench-declarer' } });
  const fillQueue = async (agency: string, count: number, hiddenEvery: number) => {
    const template = (await context.complaints.loadCaseFile(identified.body.reference, { system: 'repository' })).complaint!;
    for (let index = 0; index < count; index += 1) {
      const reference = `Q${agency.slice(-4).toUpperCase()}${String(index).padStart(5, '0')}`.slice(0, 10);
      const receivedAt = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString();
      const { unit: _unit, conflicts: _conflicts, assignee: _assignee, assignedAt: _assignedAt, ...plain } = template;
      await context.complaints.create({ ...plain, reference: `${reference.slice(0, 5)}-${reference.slice(5)}`, agency, receivedAt, ...(hiddenEvery && index % hiddenEvery === 0 ? { unit: 'bench-unit' } : {}) });
    }
  };
  await fillQueue('bench-none', 100, 0);
  await fillQueue('bench-half', 200, 2);
  const reader = { roles: 'officer', claims: { 'custom:unit': 'bench-unit' } };
  const queueNoneHidden = await measure('GET /api/cases', undefined, { ...reader, claims: { ...reader.claims, 'custom:agency': 'bench-none' } });
  const queueHalfHidden = await measure('GET /api/cases', undefined, { ...reader, claims: { ...reader.claims, 'custom:agency': 'bench-half' } });
  if (queueNoneHidden.body.items?.length !== 50 || queueHalfHidden.body.items?.length !== 50) throw new Error('a queue page of 50 was expected');

  const ratingsOf = (surveyId: string, value: number) =>
    Object.fromEntries(currentInstrument(surveyId)!.questions.filter((question) => question.type === 'rating').map((question) => [question.id, value]));
  const publicResponse = await measure('POST /api/surveys/{surveyId}/responses', { answers: ratingsOf('info-center-satisfaction', 5) }, { pathParameters: { surveyId: 'info-center-satisfaction' } });
  const issued = await measure('POST /api/surveys/{surveyId}/tokens', { count: 1 }, { roles: 'admin', pathParameters: { surveyId: 'promotion-satisfaction' } });
  const tokenResponse = await measure(
    'POST /api/surveys/{surveyId}/responses',
    { answers: ratingsOf('promotion-satisfaction', 4), token: issued.body.tokens[0] },
    { pathParameters: { surveyId: 'promotion-satisfaction' } },
  );
  const results = await measure('GET /api/surveys/{surveyId}/results', undefined, { roles: 'executive', pathParameters: { surveyId: 'info-center-satisfaction' }, query: { period: quarterOf(new Date()).id } });

  const rows = {
    'intake (identified, reference complaint)': identified,
    'intake (anonymous)': anonymous,
    'tracking lookup (2 messages)': tracking,
    'tracking: failed attempt': failed,
    'reporter message': message,
    'intake with Idempotency-Key': replay,
    'intake retried with the same key': replayed,
    'staff: recorded complaint (transaction + audit)': recorded,
    'staff: queue page (audited)': queuePage,
    'staff: case read (audited)': caseRead,
    'staff: transition (transaction + audit)': transition,
    'staff: officer message (transaction + audit)': officerMessage,
    'custodian: identity reveal (audited)': reveal,
    'evidence: upload slot': slot,
    'evidence: processing one upload (bucket event)': processed,
    'tracking lookup (2 messages, 1 file)': trackingWithFile,
    'evidence: officer download link (audited)': download,
    'custodian: legal hold (transaction + audit)': hold,
    'custodian: export for referral (audited)': exported,
    'supervisor: assignment (directory lookup, transaction + audit)': assignment,
    'officer: conflict declaration (transaction + audit)': conflict,
    'staff: queue page of 50, none hidden (audited)': queueNoneHidden,
    'staff: queue page of 50, half hidden (audited)': queueHalfHidden,
    'survey response (public)': publicResponse,
    'survey response with a one-time token (transaction)': tokenResponse,
    'survey results query (audited)': results,
  };
  console.log('operation'.padEnd(52), 'status', '  RCU', '  WCU', ' KMS');
  for (const [name, row] of Object.entries(rows)) {
    console.log(name.padEnd(52), String(row.status).padStart(6), row.rcu.toFixed(1).padStart(5), row.wcu.toFixed(1).padStart(5), String(row.kms).padStart(4));
  }
  recordSection('capacity', {
    note: 'Capacity units from DynamoDB Local ReturnConsumedCapacity=INDEXES; KMS calls counted at the IdentityVault port.',
    operations: Object.fromEntries(Object.entries(rows).map(([name, { status, rcu, wcu, kms }]) => [name, { status, rcu, wcu, kms }])),
  });
  const met = checkBudgets([
    { what: 'intake WCU (reference complaint)', actual: identified.wcu, limit: 5 },
    { what: 'tracking RCU', actual: tracking.rcu, limit: 1 },
    { what: 'KMS calls per identified intake', actual: identified.kms, limit: 1 },
    { what: 'KMS calls per anonymous intake', actual: anonymous.kms, limit: 0 },
    { what: 'KMS calls per tracking lookup', actual: tracking.kms, limit: 0 },
    // Hidden cases are read and dropped inside the Query: half hidden costs about twice the reads.
    { what: 'queue page of 50 RCU, half of the cases hidden', actual: queueHalfHidden.rcu, limit: 2.5 * Math.max(queueNoneHidden.rcu, 1) },
    { what: 'KMS calls per recorded identified complaint', actual: recorded.kms, limit: 1 },
  ]);
  const statusesOk = Object.values(rows).every((row) => (row === failed ? row.status === 401 : (row.status ?? 0) >= 200 && (row.status ?? 0) < 300));
  if (!met || identified.kms !== 1 || reveal.kms !== 1 || !statusesOk) process.exitCode = 1;
} finally {
  await dynamo.stop();
}
