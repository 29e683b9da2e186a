// One contract, two adapters: the same behaviour tests run against the memory ComplaintRepository that
// the unit tests use and the DynamoDB one on DynamoDB Local. If the memory adapter promised something
// the DynamoDB one does not do (or the other way round), unit tests would pass on a behaviour that AWS
// does not have; here any difference fails, test by test, under the adapter's name.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { dynamoAuditLog } from '../../shared/adapters/dynamodb/audit-log';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoComplaintRepository } from '../../shared/adapters/dynamodb/complaint-repository';
import { allTables, auditTable, complaintsTable } from '../../shared/adapters/dynamodb/tables';
import { memoryAuditLog, memoryComplaintRepository } from '../../shared/adapters/memory/memory-complaint-repository';
import { inTimeOrder } from '../../shared/domain/case-workflow';
import { ConflictError } from '../../shared/domain/errors';
import type { EvidenceFile } from '../../shared/domain/evidence';
import type { AuditEntry, AuditLog, CaseEvent, CaseMessage, ComplaintRecord, ComplaintRepository } from '../../shared/domain/ports';
import type { CaseViewer } from '../../shared/domain/case-visibility';
import type { StaffRole } from '../../shared/domain/staff';

interface Adapters {
  complaints: ComplaintRepository;
  audit: AuditLog;
}

const adapters: [string, () => Promise<Adapters & { close: () => void }>][] = [
  [
    'memory',
    async () => {
      const audit = memoryAuditLog();
      return { complaints: memoryComplaintRepository(audit), audit, close: () => {} };
    },
  ],
  [
    'DynamoDB',
    async () => {
      const endpoint = inject('dynamoEndpoint');
      const prefix = `c${randomUUID().slice(0, 8)}-`;
      const admin = localDynamoClient(endpoint, 1);
      await ensureTables(admin, allTables, (definition) => localTableName(definition, prefix));
      admin.destroy();
      const client = localDynamoClient(endpoint);
      const access = dynamoAccess(client);
      return {
        complaints: dynamoComplaintRepository(access, localTableName(complaintsTable, prefix), localTableName(auditTable, prefix)),
        audit: dynamoAuditLog(access, localTableName(auditTable, prefix)),
        close: () => client.destroy(),
      };
    },
  ],
];

/** A reference and an agency of the test's own, so tests sharing one table never see each other. */
const fresh = () => {
  const id = randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
  return { reference: `${id.slice(0, 5)}-${id.slice(5)}`, agency: `agency-${id.toLowerCase()}` };
};

const bytes = (...values: number[]) => new Uint8Array(values);

function complaintRecord(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  const { reference, agency } = fresh();
  return {
    reference,
    agency,
    category: 'bribery',
    status: 'received',
    content: { subject: 'เรียกรับเงินเพื่อเร่งใบอนุญาต', description: 'เจ้าหน้าที่แจ้งว่าต้องจ่ายเงินเพิ่ม', location: 'ศูนย์บริการ' },
    reporterMode: 'identified',
    sealedIdentity: bytes(9, 8, 7, 6),
    secretHash: bytes(1, 1, 1),
    requestHash: bytes(2, 2, 2),
    receivedAt: '2026-11-27T03:00:00.000Z',
    updatedAt: '2026-11-27T03:00:00.000Z',
    acknowledgeBy: '2026-12-02T03:00:00.000Z',
    lastUpdateAt: '2026-11-27T03:00:00.000Z',
    nextUpdateBy: '2026-12-02T03:00:00.000Z',
    concludeBy: '2027-01-26T03:00:00.000Z',
    ...overrides,
  };
}

/** An officer of the agency with no unit, or of a unit. */
const officerOf = (agency: string, id = 'reader-officer', unit?: string, roles: StaffRole[] = ['officer']): CaseViewer => ({ id, roles, agency, ...(unit ? { unit } : {}) });

const message = (id: string, at: string, body: string, from: CaseMessage['from'] = 'reporter'): CaseMessage => ({ id, at, from, body, requestHash: bytes(id.length) });

const auditOf = (record: ComplaintRecord, at: string, action: AuditEntry['action']): AuditEntry => ({
  id: randomUUID(),
  at,
  actor: 'officer-contract',
  role: 'officer',
  action,
  agency: record.agency,
  reference: record.reference,
});

const slot = (id: string, requestedAt: string): EvidenceFile => ({
  id,
  name: 'ใบเสร็จ.pdf',
  type: 'pdf',
  declaredSize: 1000,
  status: 'awaiting-upload',
  requestedAt,
  uploadExpiresAt: '2026-11-27T03:15:00.000Z',
  requestHash: bytes(3, 3),
});

/** Binary attributes come back as Uint8Array from either adapter; compare them by content. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? [...item] : item)));

describe.each(adapters)('ComplaintRepository contract: %s', (_name, open) => {
  let complaints: ComplaintRepository;
  let audit: AuditLog;
  let close = () => {};
  beforeAll(async () => {
    ({ complaints, audit, close } = await open());
  });
  afterAll(() => close());

  it('saves a complaint and loads it back whole, with an empty timeline, messages and files', async () => {
    const record = complaintRecord();
    await expect(complaints.create(record)).resolves.toEqual({ created: true });
    const caseFile = await complaints.loadCaseFile(record.reference, { system: 'repository' });
    expect(plain(caseFile)).toStrictEqual(plain({ complaint: record, events: [], messages: [], files: [] }));
  });

  it('keeps optional fields absent: an anonymous complaint has no sealed identity', async () => {
    const { sealedIdentity: _sealed, nextUpdateBy: _next, ...rest } = complaintRecord({ reporterMode: 'anonymous' });
    await complaints.create(rest);
    const loaded = (await complaints.loadCaseFile(rest.reference, { system: 'repository' })).complaint!;
    expect(loaded).not.toHaveProperty('sealedIdentity');
    expect(loaded).not.toHaveProperty('nextUpdateBy');
    expect(plain(loaded)).toStrictEqual(plain(rest));
  });

  it("keeps a reporter's sealed contact until its stop token's hash stops it; another hash, or stopping again, changes nothing", async () => {
    const hash = 'c'.repeat(64);
    const record = complaintRecord({ sealedContact: bytes(7, 7, 7), stopTokenHash: hash });
    await complaints.create(record);
    // A complaint that was not stored (a replay under the same reference) leaves a pointer that stops nothing.
    await complaints.create({ ...record, stopTokenHash: 'd'.repeat(64) });
    await complaints.stopNews('d'.repeat(64));
    await complaints.stopNews('e'.repeat(64));
    expect(plain((await complaints.loadCaseFile(record.reference, { system: 'repository' })).complaint)).toStrictEqual(plain(record));
    await complaints.stopNews(hash);
    await complaints.stopNews(hash);
    const stopped = (await complaints.loadCaseFile(record.reference, { system: 'repository' })).complaint!;
    expect(stopped).not.toHaveProperty('sealedContact');
    expect(stopped).not.toHaveProperty('stopTokenHash');
    const { sealedContact: _contact, stopTokenHash: _hash, ...rest } = record;
    expect(plain(stopped)).toStrictEqual(plain(rest));
  });

  it('loads an unknown reference as an empty case file', async () => {
    expect(await complaints.loadCaseFile(fresh().reference, { system: 'repository' })).toEqual({ events: [], messages: [], files: [] });
  });

  it('refuses to create a second complaint under an existing reference and returns the stored one', async () => {
    const first = complaintRecord();
    await complaints.create(first);
    const second = { ...first, content: { subject: 'อีกเรื่อง', description: 'เขียนทับ' }, secretHash: bytes(7, 7, 7) };
    const outcome = await complaints.create(second);
    expect(outcome.created).toBe(false);
    expect(plain(outcome.created ? undefined : outcome.existing)).toStrictEqual(plain(first));
    expect(plain((await complaints.loadCaseFile(first.reference, { system: 'repository' })).complaint)).toStrictEqual(plain(first));
  });

  it('replaces the secret only for the request that made the complaint', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    await expect(complaints.replaceSecret(record.reference, bytes(5, 5), bytes(9, 9, 9))).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    await expect(complaints.replaceSecret(fresh().reference, bytes(5, 5), record.requestHash)).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect([...(await complaints.loadCaseFile(record.reference, { system: 'repository' })).complaint!.secretHash]).toEqual([1, 1, 1]);
    await complaints.replaceSecret(record.reference, bytes(5, 5), record.requestHash);
    expect([...(await complaints.loadCaseFile(record.reference, { system: 'repository' })).complaint!.secretHash]).toEqual([5, 5]);
  });

  it('adds a message once per id, and returns every message for the reader to put in time order', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    // Ids are not in time order: the order of reading is the use case's (inTimeOrder), not the key's.
    const later = message('m-a', '2026-11-28T10:00:00.000Z', 'ข้อความที่สอง');
    const earlier = message('m-z', '2026-11-28T09:00:00.000Z', 'ข้อความแรก');
    await expect(complaints.addMessage(record.reference, later)).resolves.toEqual({ created: true });
    await expect(complaints.addMessage(record.reference, earlier)).resolves.toEqual({ created: true });
    const retry = await complaints.addMessage(record.reference, { ...earlier, body: 'เขียนทับ' });
    expect(retry.created).toBe(false);
    expect(plain(retry.created ? undefined : retry.existing)).toStrictEqual(plain(earlier));
    const { messages } = await complaints.loadCaseFile(record.reference, { system: 'repository' });
    expect(plain(inTimeOrder(messages))).toStrictEqual(plain([earlier, later]));
  });

  it('moves a case only from the status it is in, appending each event and audit entry, and the timeline reads in time order', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    const event = (id: string, at: string, status: CaseEvent['status']): CaseEvent => ({ id, at, status, publicNote: `สถานะ ${status}`, internalNote: 'ภายใน' });
    const acknowledged = event('e-2', '2026-11-28T03:00:00.000Z', 'acknowledged');
    const investigating = event('e-1', '2026-11-29T03:00:00.000Z', 'investigating');
    const update = (at: string) => ({ updatedAt: at, lastUpdateAt: at, nextUpdateBy: '2026-12-20T03:00:00.000Z' });

    await complaints.recordTransition({
      reference: record.reference,
      agency: record.agency,
      from: 'received',
      update: { ...update(acknowledged.at), status: 'acknowledged', acknowledgedAt: acknowledged.at },
      event: acknowledged,
      audit: auditOf(record, acknowledged.at, 'case.transition'),
    });
    // A second officer acting on the status they saw: the case has moved on, nothing is written.
    const stale = complaints.recordTransition({
      reference: record.reference,
      agency: record.agency,
      from: 'received',
      update: { ...update(investigating.at), status: 'investigating' },
      event: { ...investigating, id: 'e-stale' },
      audit: auditOf(record, investigating.at, 'case.transition'),
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await complaints.recordTransition({
      reference: record.reference,
      agency: record.agency,
      from: 'acknowledged',
      update: { ...update(investigating.at), status: 'investigating' },
      event: investigating,
      audit: auditOf(record, investigating.at, 'case.transition'),
    });

    const caseFile = await complaints.loadCaseFile(record.reference, { system: 'repository' });
    expect(caseFile.complaint).toMatchObject({ status: 'investigating', acknowledgedAt: acknowledged.at, updatedAt: investigating.at, nextUpdateBy: '2026-12-20T03:00:00.000Z' });
    expect(caseFile.events).toStrictEqual([acknowledged, investigating]);
    const { entries } = await audit.chain(record.agency);
    expect(entries.map((entry) => [entry.action, entry.reference])).toStrictEqual([
      ['case.transition', record.reference],
      ['case.transition', record.reference],
    ]);
  });

  it('refuses a transition of a case that does not exist', async () => {
    const record = complaintRecord();
    const transition = complaints.recordTransition({
      reference: record.reference,
      agency: record.agency,
      from: 'received',
      update: { updatedAt: record.receivedAt, lastUpdateAt: record.receivedAt, status: 'acknowledged' },
      event: { id: 'e-1', at: record.receivedAt, status: 'acknowledged' },
      audit: auditOf(record, record.receivedAt, 'case.transition'),
    });
    await expect(transition).rejects.toBeInstanceOf(ConflictError);
    expect(await complaints.loadCaseFile(record.reference, { system: 'repository' })).toEqual({ events: [], messages: [], files: [] });
  });

  it('spends at most maxFailures of a window, per reference and per window, known reference or not', async () => {
    const { reference } = fresh();
    const other = fresh().reference;
    const window = { index: 2_000_000, endsAt: new Date('2026-11-27T03:15:00.000Z') };
    const next = { index: 2_000_001, endsAt: new Date('2026-11-27T03:30:00.000Z') };
    const spent: boolean[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) spent.push(await complaints.spendFailure(reference, window, 3));
    expect(spent).toEqual([true, true, true, false, false]);
    expect(await complaints.spendFailure(other, window, 3)).toBe(true);
    expect(await complaints.spendFailure(reference, next, 3)).toBe(true);
  });

  it('lets no more than maxFailures of a racing burst through', async () => {
    const { reference } = fresh();
    const window = { index: 3_000_000, endsAt: new Date('2026-11-27T03:15:00.000Z') };
    const answers = await Promise.all(Array.from({ length: 12 }, () => complaints.spendFailure(reference, window, 4)));
    expect(answers.filter(Boolean)).toHaveLength(4);
  });

  it('gives an upload slot to one claim: a retry of that claim passes, another claim and its outcome do not', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    const file = slot('f-1', '2026-11-27T03:01:00.000Z');
    await expect(complaints.addFile(record.reference, file)).resolves.toEqual({ created: true });
    const again = await complaints.addFile(record.reference, { ...file, name: 'อื่น.pdf' });
    expect(plain(again.created ? undefined : again.existing)).toStrictEqual(plain(file));

    expect(await complaints.claimUpload(record.reference, 'f-1', 'version-1')).toBe(true);
    expect(await complaints.claimUpload(record.reference, 'f-1', 'version-2')).toBe(false);
    expect(await complaints.claimUpload(record.reference, 'f-1', 'version-1')).toBe(true);
    const outcome = { status: 'received' as const, processedAt: '2026-11-27T03:02:00.000Z', size: 900, sha256: 'ab'.repeat(32), removed: ['author'] };
    expect(await complaints.recordFileOutcome(record.reference, 'f-1', 'version-2', outcome)).toBe(false);
    expect(await complaints.recordFileOutcome(record.reference, 'f-1', 'version-1', outcome)).toBe(true);
    expect(await complaints.recordFileOutcome(record.reference, 'f-1', 'version-1', outcome)).toBe(false);
    await expect(complaints.renewUploadSlot(record.reference, 'f-1', '2026-11-27T04:00:00.000Z')).rejects.toBeInstanceOf(ConflictError);

    const [stored] = (await complaints.loadCaseFile(record.reference, { system: 'repository' })).files;
    expect(plain(stored)).toStrictEqual(plain({ ...file, claim: 'version-1', ...outcome }));
  });

  it('lists an agency\u2019s cases newest first, a page at a time, and no other agency\u2019s', async () => {
    const { agency } = fresh();
    const records = ['2026-11-27T01:00:00.000Z', '2026-11-27T03:00:00.000Z', '2026-11-27T02:00:00.000Z'].map((receivedAt) =>
      complaintRecord({ agency, receivedAt }),
    );
    for (const record of records) await complaints.create(record);
    await complaints.create(complaintRecord());
    const first = await complaints.listByAgency(officerOf(agency), { limit: 2 });
    expect(first.items.map((item) => item.receivedAt)).toEqual(['2026-11-27T03:00:00.000Z', '2026-11-27T02:00:00.000Z']);
    expect(first.items[0]).toStrictEqual({
      reference: records[1]!.reference,
      agency,
      category: 'bribery',
      status: 'received',
      subject: records[1]!.content.subject,
      receivedAt: records[1]!.receivedAt,
      updatedAt: records[1]!.updatedAt,
      acknowledgeBy: records[1]!.acknowledgeBy,
      nextUpdateBy: records[1]!.nextUpdateBy,
      concludeBy: records[1]!.concludeBy,
    });
    expect(first.cursor).toBeDefined();
    const second = await complaints.listByAgency(officerOf(agency), { limit: 2, cursor: first.cursor! });
    expect(second.items.map((item) => item.reference)).toEqual([records[0]!.reference]);
    expect(second.cursor).toBeUndefined();
  });
  it('gives a staff reader nothing of a case hidden from them, and the whole case to one who may see it', async () => {
    const record = complaintRecord({ unit: 'health-centre-1' });
    await complaints.create(record);
    await complaints.addMessage(record.reference, message('m1', '2026-11-27T04:00:00.000Z', 'ข้อความ'));
    const empty = { events: [], messages: [], files: [] };
    expect(await complaints.loadCaseFile(record.reference, { staff: officerOf(record.agency, 'insider', 'health-centre-1') })).toEqual(empty);
    expect(await complaints.loadCaseFile(record.reference, { staff: officerOf('another-agency') })).toEqual(empty);
    const seen = await complaints.loadCaseFile(record.reference, { staff: officerOf(record.agency, 'outsider', 'district-office') });
    expect(seen.complaint?.reference).toBe(record.reference);
    expect(seen.messages).toHaveLength(1);
    const handlers = complaintRecord({ concernsHandlers: true });
    await complaints.create(handlers);
    expect(await complaints.loadCaseFile(handlers.reference, { staff: officerOf(handlers.agency, 'officer', undefined, ['officer', 'supervisor']) })).toEqual(empty);
    expect((await complaints.loadCaseFile(handlers.reference, { staff: officerOf(handlers.agency, 'keeper', undefined, ['custodian']) })).complaint?.concernsHandlers).toBe(true);
    expect((await complaints.loadCaseFile(handlers.reference, { reporter: true })).complaint?.reference).toBe(handlers.reference);
  });

  it('records a declared conflict once, with its entry, and hides the case from the declarer from then on', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    const declarer = officerOf(record.agency, 'declarer');
    const declaration = { staff: 'declarer', at: '2026-11-28T01:00:00.000Z', reason: 'ผู้ถูกร้องเรียนเป็นญาติของข้าพเจ้าโดยตรง' };
    await complaints.declareConflict({ reference: record.reference, declaration, audit: auditOf(record, declaration.at, 'case.conflict') });
    await expect(complaints.declareConflict({ reference: record.reference, declaration, audit: auditOf(record, declaration.at, 'case.conflict') })).rejects.toBeInstanceOf(ConflictError);
    expect((await audit.list({ reference: record.reference })).map((entry) => entry.action)).toEqual(['case.conflict']);
    expect(await complaints.loadCaseFile(record.reference, { staff: declarer })).toEqual({ events: [], messages: [], files: [] });
    expect((await complaints.listByAgency(declarer, { limit: 10 })).items).toEqual([]);
    const other = await complaints.loadCaseFile(record.reference, { staff: officerOf(record.agency, 'colleague') });
    expect(other.conflicts).toEqual([declaration]);
    expect((await complaints.listByAgency(officerOf(record.agency, 'colleague'), { limit: 10 })).items.map((item) => item.reference)).toEqual([record.reference]);
  });

  it('assigns only from the assignee the decision was made on, never to a declarer, and filters the queue by assignee', async () => {
    const record = complaintRecord();
    await complaints.create(record);
    const at = '2026-11-28T02:00:00.000Z';
    await complaints.assign({ reference: record.reference, assignee: 'somchai', assignedAt: at, audit: auditOf(record, at, 'case.assign') });
    await expect(complaints.assign({ reference: record.reference, assignee: 'malee', assignedAt: at, audit: auditOf(record, at, 'case.assign') })).rejects.toBeInstanceOf(ConflictError);
    // Declared five minutes later: the trail lists oldest first, and entries of one instant have no order.
    const declaredAt = '2026-11-28T02:05:00.000Z';
    await complaints.declareConflict({ reference: record.reference, declaration: { staff: 'malee', at: declaredAt, reason: 'เป็นผู้บังคับบัญชาของผู้ถูกร้องเรียน' }, audit: auditOf(record, declaredAt, 'case.conflict') });
    await expect(complaints.assign({ reference: record.reference, previous: 'somchai', assignee: 'malee', assignedAt: at, audit: auditOf(record, at, 'case.assign') })).rejects.toBeInstanceOf(ConflictError);
    expect((await audit.list({ reference: record.reference })).map((entry) => entry.action)).toEqual(['case.assign', 'case.conflict']);
    const reader = officerOf(record.agency);
    expect((await complaints.listByAgency(reader, { limit: 10, filter: { assignee: 'somchai' } })).items.map((item) => [item.reference, item.assignee])).toEqual([[record.reference, 'somchai']]);
    expect((await complaints.listByAgency(reader, { limit: 10, filter: { unassigned: true } })).items).toEqual([]);
    expect((await complaints.loadCaseFile(record.reference, { staff: reader })).complaint).toMatchObject({ assignee: 'somchai', assignedAt: at });
  });

  it('pages past many hidden cases without skipping a visible one, and no cursor or page tells of a hidden one', async () => {
    const { agency } = fresh();
    const reader = officerOf(agency, 'reader', 'district-office');
    const visible: string[] = [];
    const hidden: string[] = [];
    // 60 cases, newest first: runs of hidden cases (the reader's unit, their conflict, the handlers)
    // between visible ones, and a long hidden run at the end of the queue.
    for (let index = 0; index < 60; index += 1) {
      const receivedAt = new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString();
      const kind = index < 8 ? 'unit' : index % 3 === 0 ? 'visible' : (['unit', 'conflict', 'handlers'] as const)[index % 3];
      const record = complaintRecord({
        agency,
        receivedAt,
        ...(kind === 'unit' ? { unit: 'district-office' } : {}),
        ...(kind === 'conflict' ? { conflicts: ['someone', 'reader'] } : {}),
        ...(kind === 'handlers' ? { concernsHandlers: true } : {}),
      });
      await complaints.create(record);
      (kind === 'visible' ? visible : hidden).push(record.reference);
    }
    visible.reverse();
    for (const limit of [1, 3, 7]) {
      const seen: string[] = [];
      const cursors: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await complaints.listByAgency(reader, { limit, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        // A page is short only at the end of what the reader may see.
        if (page.cursor) expect(page.items).toHaveLength(limit);
        seen.push(...page.items.map((item) => item.reference));
        cursor = page.cursor;
        if (cursor) cursors.push(Buffer.from(cursor, 'base64url').toString('utf8'), cursor);
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(visible);
      for (const reference of hidden) {
        expect(cursors.join(' '), `limit ${limit}`).not.toContain(reference);
        expect(cursors.join(' ')).not.toContain(Buffer.from(reference).toString('base64url'));
      }
    }
  });
});
