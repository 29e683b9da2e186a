// You are here: the ComplaintRepository on DynamoDB. A case is one partition (keys.ts), so tracking
// is a single strongly consistent Query. Free text is stored brotli-compressed: Thai takes three
// bytes a character in UTF-8 and DynamoDB bills by the kilobyte, so this keeps a reference complaint
// inside one 4 KB write unit budget and a case inside one read unit.
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ComplaintContent } from '../../domain/complaint';
import { canSeeCase, readerSees, type CaseViewer, type VisibilityFacts } from '../../domain/case-visibility';
import type { EvidenceFile } from '../../domain/evidence';
import { ConflictError, ValidationError } from '../../domain/errors';
import type {
  AssigneeFilter,
  AuditEntry,
  CaseEvent,
  CaseFile,
  CaseMessage,
  CaseSummary,
  CaseUpdate,
  ComplaintRecord,
  ComplaintRepository,
  ConflictDeclaration,
} from '../../domain/ports';
import { batchWrite, call, isConditionFailure, putUnlessExists, queryItems, type DynamoAccess, type WriteRequest } from './client';
import { UndeclaredNeedError } from '../../config/needs';
import { chainedAuditWriter } from './audit-log';
import { complaintKeys } from './keys';

type Item = Record<string, unknown>;

// The subject stays plain because the officers' queue index shows it; the rest is compressed.
const compress = (content: Omit<ComplaintContent, 'subject'>) => brotliCompressSync(Buffer.from(JSON.stringify(content), 'utf8'));
const decompress = (bytes: Uint8Array): Omit<ComplaintContent, 'subject'> =>
  JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as Omit<ComplaintContent, 'subject'>;
const epochSeconds = (instant: number) => Math.ceil(instant / 1000);

/** The stored item of a complaint (also used by the benchmark to load data in bulk). */
export function complaintItem(record: ComplaintRecord): Item {
  const { content: { subject, ...text }, sealedIdentity, ...plain } = record;
  return {
    ...complaintKeys.complaint(record.reference),
    ...complaintKeys.queue(record.agency, record.receivedAt, record.reference),
    ...complaintKeys.statistics(record.agency, record.receivedAt, record.reference),
    ...plain,
    subject,
    content: compress(text),
    ...(sealedIdentity ? { sealedIdentity } : {}),
  };
}

function complaintFrom(item: Item): ComplaintRecord {
  const { PK: _pk, SK: _sk, GSI1PK: _gpk, GSI1SK: _gsk, GSI2PK: _spk, GSI2SK: _ssk, GSI3PK: _rpk, GSI3SK: _rsk, content, subject, ...plain } = item;
  // A destroyed case keeps no text at all.
  const text = content ? decompress(content as Uint8Array) : { description: '' };
  return { ...(plain as Omit<ComplaintRecord, 'content'>), content: { subject: (subject as string | undefined) ?? '', ...text } };
}

const fileFrom = (item: Item): EvidenceFile => {
  const { PK: _pk, SK: _sk, ...file } = item;
  return file as unknown as EvidenceFile;
};

/** What retention removes from the complaint item: everything but the statistical projection. */
const DESTROYED_ATTRIBUTES = ['content', 'subject', 'sealedIdentity', 'sealedContact', 'stopTokenHash', 'secretHash', 'requestHash', 'nextUpdateBy', 'GSI1PK', 'GSI1SK'];

const eventFrom = (item: Item): CaseEvent => {
  const { PK: _pk, SK: _sk, ...event } = item;
  return event as unknown as CaseEvent;
};

// Who declared a conflict stays out of the queue: custodians read the declarations on the case.
const summaryFrom = (item: Item): CaseSummary => {
  const { PK: _pk, SK: _sk, GSI1PK: _gpk, GSI1SK: _gsk, conflicts: _conflicts, ...summary } = item;
  return summary as unknown as CaseSummary;
};

const declarationFrom = (item: Item): ConflictDeclaration => ({ staff: item.staff as string, at: item.at as string, reason: item.reason as string });

/**
 * Queue pages resume from an opaque cursor that can only point into the same agency's queue. It is
 * always the key of the last case the page returned, never DynamoDB's LastEvaluatedKey, which after
 * a filter may be a case hidden from the reader.
 */
function encodeCursor(key: Item | undefined) {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

const cursorOf = (summary: CaseSummary) => ({
  ...complaintKeys.complaint(summary.reference),
  ...complaintKeys.queue(summary.agency, summary.receivedAt, summary.reference),
});

/** The most queue items one Query of a page evaluates when hidden cases thin its pages out. */
const MAX_READ_AHEAD = 1_000;

/**
 * The visibility rule (shared/domain/case-visibility.ts) and the assignee filter as a FilterExpression
 * on the queue index, which projects unit, concernsHandlers, conflicts and assignee. The agency is the
 * index's partition. A missing attribute makes `contains` false, so a case without conflicts passes.
 */
function queueFilter(viewer: CaseViewer, filter: AssigneeFilter | undefined) {
  const clauses = ['NOT contains(#conflicts, :viewer)'];
  const names: Record<string, string> = { '#conflicts': 'conflicts' };
  const values: Record<string, unknown> = { ':viewer': viewer.id };
  if (viewer.unit !== undefined) {
    clauses.push('(attribute_not_exists(#unit) OR #unit <> :viewerUnit)');
    names['#unit'] = 'unit';
    values[':viewerUnit'] = viewer.unit;
  }
  if (!viewer.roles.includes('custodian')) {
    clauses.push('attribute_not_exists(#concernsHandlers)');
    names['#concernsHandlers'] = 'concernsHandlers';
  }
  if (filter && 'assignee' in filter) {
    clauses.push('#assignee = :assignee');
    names['#assignee'] = 'assignee';
    values[':assignee'] = filter.assignee;
  } else if (filter) {
    clauses.push('attribute_not_exists(#assignee)');
    names['#assignee'] = 'assignee';
  }
  return { FilterExpression: clauses.join(' AND '), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

const matchesAssignee = (item: Item, filter: AssigneeFilter | undefined) =>
  !filter || ('assignee' in filter ? item.assignee === filter.assignee : item.assignee === undefined);

function decodeCursor(cursor: string | undefined, agency: string): Item | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Item;
    const fields = Object.keys(key).sort().join(',');
    if (fields === 'GSI1PK,GSI1SK,PK,SK' && key.GSI1PK === complaintKeys.queuePartition(agency)) return key;
  } catch {
    // Falls through to the validation error.
  }
  throw new ValidationError('The cursor is not valid', { cursor: 'use the cursor of the previous page' });
}

/** SETs the fields given and REMOVEs nextUpdateBy when a concluded case no longer has one. */
function updateExpression(update: CaseUpdate & { status?: string; outcome?: string; acknowledgedAt?: string; concludedAt?: string; GSI3PK?: string; GSI3SK?: string }) {
  const { nextUpdateBy, ...always } = update;
  const sets = Object.entries({ ...always, ...(nextUpdateBy ? { nextUpdateBy } : {}) }).filter(([, value]) => value !== undefined);
  const names: Record<string, string> = Object.fromEntries([...sets.map(([field]) => [`#${field}`, field] as const), ['#nextUpdateBy', 'nextUpdateBy'] as const]);
  return {
    UpdateExpression: `SET ${sets.map(([field]) => `#${field} = :${field}`).join(', ')}${nextUpdateBy ? '' : ' REMOVE #nextUpdateBy'}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: Object.fromEntries<unknown>(sets.map(([field, value]) => [`:${field}`, value])),
  };
}

const messageFrom = (item: Item): CaseMessage => ({
  id: item.id as string,
  at: item.at as string,
  from: item.from as CaseMessage['from'],
  body: item.body as string,
  requestHash: item.requestHash as Uint8Array,
});

/** Without `auditTableName` (a function that declared no audit need), a write that must be audited throws. */
export function dynamoComplaintRepository(access: DynamoAccess, tableName: string, auditTableName: string | undefined): ComplaintRepository {
  const { documents } = access;
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  const auditWriter = auditTableName === undefined ? undefined : chainedAuditWriter(access, auditTableName);

  return {
    async create(record, audit) {
      // The stop token's pointer comes first: it names only the reference, so one left by a complaint
      // that was then not stored (a replay, a collision) points at a case whose hash does not match it.
      if (record.stopTokenHash) {
        const pointer = { ...complaintKeys.stopToken(record.stopTokenHash), reference: record.reference };
        await call(access, 'stopToken.put', () => documents.send(new PutCommand({ TableName: tableName, Item: pointer, ...capacity })));
      }
      if (!audit) return putUnlessExists(access, 'complaint.create', tableName, complaintItem(record), complaintFrom);
      // A complaint an officer records carries its audit entry: the case and its record, or neither.
      try {
        await transactWithAudit('complaint.record', [{ Put: { TableName: tableName, Item: complaintItem(record), ConditionExpression: 'attribute_not_exists(PK)' } }], audit);
        return { created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const { complaint } = await this.loadCaseFile(record.reference, { system: 'repository' });
        if (!complaint) throw error;
        return { created: false, existing: complaint };
      }
    },

    async replaceSecret(reference, secretHash, requestHash) {
      await call(access, 'complaint.replaceSecret', () =>
        documents.send(
          new UpdateCommand({
            TableName: tableName,
            Key: complaintKeys.complaint(reference),
            UpdateExpression: 'SET secretHash = :secretHash',
            ConditionExpression: 'requestHash = :requestHash',
            ExpressionAttributeValues: { ':secretHash': secretHash, ':requestHash': requestHash },
            ...capacity,
          }),
        ),
      );
    },

    async loadCaseFile(reference, reader) {
      const caseFile: CaseFile = { events: [], messages: [], files: [] };
      const conflicts: ConflictDeclaration[] = [];
      const items = queryItems(access, 'case.load', {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': complaintKeys.partition(reference) },
        ConsistentRead: true,
      });
      for await (const item of items) {
        switch (complaintKeys.kindOf(item.SK as string)) {
          case 'complaint':
            caseFile.complaint = complaintFrom(item);
            break;
          case 'event':
            caseFile.events.push(eventFrom(item));
            break;
          case 'message':
            caseFile.messages.push(messageFrom(item));
            break;
          case 'file':
            caseFile.files.push(fileFrom(item));
            break;
          case 'conflict':
            conflicts.push(declarationFrom(item));
            break;
          default:
            break;
        }
      }
      // A case the reader may not see does not exist for them: nothing of it leaves the repository.
      if (caseFile.complaint && !readerSees(reader, caseFile.complaint)) return { events: [], messages: [], files: [] };
      return conflicts.length > 0 ? { ...caseFile, conflicts } : caseFile;
    },

    async spendFailure(reference, window, maxFailures) {
      // One conditional ADD on the window's own counter: DynamoDB applies updates of one item one at a
      // time and checks the condition with each, so no number of parallel requests passes the budget,
      // and a first failure costs the same single call as any later one (or a refused one).
      try {
        await call(access, 'failures.spend', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.failures(reference, window.index),
              UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
              ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: { ':one': 1, ':max': maxFailures, ':expiresAt': epochSeconds(window.endsAt.getTime()) },
              ...capacity,
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    addMessage: (reference, message) =>
      putUnlessExists(access, 'message.add', tableName, { ...complaintKeys.message(reference, message.id), ...message }, messageFrom),

    async listByAgency(viewer, page) {
      let startKey = decodeCursor(page.cursor, viewer.agency);
      const filter = queueFilter(viewer, page.filter);
      const items: CaseSummary[] = [];
      let more = false;
      // Hidden cases are filtered inside the Query, so a Query may return fewer than it evaluated (or
      // none); the page reads on until it is full or the queue ends, each time evaluating as many as
      // the share of visible cases so far says the rest of the page needs (twice as many while none
      // was visible). What it returns and its cursor depend only on the cases the viewer may see.
      let evaluated = 0;
      let passed = 0;
      for (let readAhead = page.limit; items.length < page.limit; ) {
        const output = await call(access, 'queue.page', () =>
          documents.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: 'ByAgency',
              KeyConditionExpression: 'GSI1PK = :agency',
              ...filter,
              ExpressionAttributeValues: { ...filter.ExpressionAttributeValues, ':agency': complaintKeys.queuePartition(viewer.agency) },
              ScanIndexForward: false,
              Limit: readAhead,
              ExclusiveStartKey: startKey,
              ...capacity,
            }),
          ),
        );
        const returned = output.Items ?? [];
        let taken = 0;
        // The rule is applied again to what the filter let through: the expression is its translation.
        for (const item of returned) {
          if (items.length === page.limit) break;
          taken += 1;
          if (canSeeCase(viewer, item as unknown as VisibilityFacts) && matchesAssignee(item, page.filter)) items.push(summaryFrom(item));
        }
        startKey = output.LastEvaluatedKey;
        more = taken < returned.length || startKey !== undefined;
        if (!startKey) break;
        evaluated += output.ScannedCount ?? returned.length;
        passed += returned.length;
        const remaining = page.limit - items.length;
        readAhead = Math.min(MAX_READ_AHEAD, passed > 0 ? Math.ceil((remaining * evaluated * 1.1) / passed) : readAhead * 2);
      }
      const last = items.at(-1);
      const cursor = more && last ? encodeCursor(cursorOf(last)) : undefined;
      return { items, ...(cursor ? { cursor } : {}) };
    },

    async declareConflict({ reference, declaration, audit }) {
      try {
        await transactWithAudit(
          'case.conflict',
          [
            {
              Update: {
                TableName: tableName,
                Key: complaintKeys.complaint(reference),
                UpdateExpression: 'SET #conflicts = list_append(if_not_exists(#conflicts, :none), :declarer)',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(destroyedAt) AND NOT contains(#conflicts, :staff)',
                ExpressionAttributeNames: { '#conflicts': 'conflicts' },
                ExpressionAttributeValues: { ':none': [], ':declarer': [declaration.staff], ':staff': declaration.staff },
              },
            },
            { Put: { TableName: tableName, Item: { ...complaintKeys.conflict(reference, declaration.staff), ...declaration }, ConditionExpression: 'attribute_not_exists(PK)' } },
          ],
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('A conflict on this case is already declared by this member', 'conflict-declared');
        throw error;
      }
    },

    async assign({ reference, previous, assignee, assignedAt, audit }) {
      try {
        await transactWithAudit(
          'case.assign',
          [
            {
              Update: {
                TableName: tableName,
                Key: complaintKeys.complaint(reference),
                UpdateExpression: 'SET #assignee = :assignee, assignedAt = :assignedAt',
                // Only from the assignee the decision was made on, and never to someone who declared a conflict meanwhile.
                ConditionExpression: `attribute_exists(PK) AND attribute_not_exists(destroyedAt) AND NOT contains(#conflicts, :assignee) AND ${previous === undefined ? 'attribute_not_exists(#assignee)' : '#assignee = :previous'}`,
                ExpressionAttributeNames: { '#assignee': 'assignee', '#conflicts': 'conflicts' },
                ExpressionAttributeValues: { ':assignee': assignee, ':assignedAt': assignedAt, ...(previous === undefined ? {} : { ':previous': previous }) },
              },
            },
          ],
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('The case changed meanwhile; reload it and try again');
        throw error;
      }
    },

    async recordTransition({ reference, agency, from, update, event, audit }) {
      // A concluded case enters the retention index, keyed by when it concluded.
      const expression = updateExpression(update.concludedAt ? { ...update, ...complaintKeys.retention(agency, update.concludedAt, reference) } : update);
      try {
        await transactWithAudit(
          'case.transition',
          [
            {
              Update: {
                TableName: tableName,
                Key: complaintKeys.complaint(reference),
                ...expression,
                ConditionExpression: '#status = :from',
                ExpressionAttributeNames: { ...expression.ExpressionAttributeNames, '#status': 'status' },
                ExpressionAttributeValues: { ...expression.ExpressionAttributeValues, ':from': from },
              },
            },
            // A new item (its id is random): the stream hands it over as created, and the reporter who left an address is told there is news.
            { Put: { TableName: tableName, Item: { ...complaintKeys.event(reference, event.at, event.id), ...event }, ConditionExpression: 'attribute_not_exists(PK)' } },
          ],
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('The case changed meanwhile; reload it and try again');
        throw error;
      }
    },

    async addOfficerMessage({ reference, message, update, audit }) {
      try {
        await transactWithAudit(
          'message.addOfficer',
          [
            { Put: { TableName: tableName, Item: { ...complaintKeys.message(reference, message.id), ...message }, ConditionExpression: 'attribute_not_exists(PK)' } },
            { Update: { TableName: tableName, Key: complaintKeys.complaint(reference), ...updateExpression(update), ConditionExpression: 'attribute_exists(PK)' } },
          ],
          audit,
        );
        return { created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = (await this.loadCaseFile(reference, { system: 'repository' })).messages.find((stored) => stored.id === message.id);
        if (!existing) throw new ConflictError('The case changed meanwhile; reload it and try again');
        return { created: false, existing };
      }
    },

    addFile: (reference, file) => putUnlessExists(access, 'file.add', tableName, { ...complaintKeys.file(reference, file.id), ...file }, fileFrom),

    async renewUploadSlot(reference, fileId, uploadExpiresAt) {
      try {
        await call(access, 'file.renew', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.file(reference, fileId),
              UpdateExpression: 'SET uploadExpiresAt = :uploadExpiresAt',
              ConditionExpression: '#status = :awaiting',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':uploadExpiresAt': uploadExpiresAt, ':awaiting': 'awaiting-upload' },
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('This file has already been uploaded', 'file-already-uploaded');
        throw error;
      }
    },

    async claimUpload(reference, fileId, claim) {
      try {
        await call(access, 'file.claim', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.file(reference, fileId),
              UpdateExpression: 'SET #claim = :claim',
              ConditionExpression: '#status = :awaiting AND (attribute_not_exists(#claim) OR #claim = :claim)',
              ExpressionAttributeNames: { '#status': 'status', '#claim': 'claim' },
              ExpressionAttributeValues: { ':claim': claim, ':awaiting': 'awaiting-upload' },
              ...capacity,
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async recordFileOutcome(reference, fileId, claim, outcome) {
      const fields = Object.entries(outcome);
      try {
        await call(access, 'file.outcome', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.file(reference, fileId),
              UpdateExpression: `SET ${fields.map(([field]) => `#${field} = :${field}`).join(', ')}`,
              ConditionExpression: '#status = :awaiting AND #claim = :claim',
              ExpressionAttributeNames: { ...Object.fromEntries(fields.map(([field]) => [`#${field}`, field])), '#claim': 'claim' },
              ExpressionAttributeValues: { ...Object.fromEntries(fields.map(([field, value]) => [`:${field}`, value])), ':awaiting': 'awaiting-upload', ':claim': claim },
              ...capacity,
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async setLegalHold({ reference, agency, concludedAt, hold, audit }) {
      // A held case leaves the retention index; when the hold is lifted a concluded case goes back.
      const retention = concludedAt ? complaintKeys.retention(agency, concludedAt, reference) : undefined;
      const update = hold
        ? { UpdateExpression: 'SET legalHold = :hold REMOVE GSI3PK, GSI3SK', ExpressionAttributeValues: { ':hold': hold } }
        : retention
          ? { UpdateExpression: 'SET GSI3PK = :gsi3pk, GSI3SK = :gsi3sk REMOVE legalHold', ExpressionAttributeValues: { ':gsi3pk': retention.GSI3PK, ':gsi3sk': retention.GSI3SK } }
          : { UpdateExpression: 'REMOVE legalHold' };
      try {
        await transactWithAudit(
          'case.legalHold',
          [
            {
              Update: {
                TableName: tableName,
                Key: complaintKeys.complaint(reference),
                ...update,
                // A destroyed case can no longer be held: there is nothing left to keep.
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(destroyedAt)',
              },
            },
          ],
          audit,
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('This case has been destroyed under the retention policy');
        throw error;
      }
    },

    async listRetentionDue(agency, concludedBefore, limit) {
      const output = await call(access, 'retention.due', () =>
        documents.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'ByRetention',
            KeyConditionExpression: 'GSI3PK = :agency AND GSI3SK < :before',
            ExpressionAttributeValues: { ':agency': complaintKeys.retentionPartition(agency), ':before': concludedBefore },
            Limit: limit,
            ...capacity,
          }),
        ),
      );
      return (output.Items ?? []).map((item) => item.reference as string);
    },

    async destroyCase(reference, destroyedAt, audit) {
      // The complaint loses its text and identity and gets its destruction record at once, and only if
      // no hold is in place; the partition's other items go after. The retention index keeps the case
      // until closeRetention, so a run interrupted anywhere is finished by the next one.
      try {
        await transactWithAudit(
          'case.destroy',
          [
            {
              Update: {
                TableName: tableName,
                Key: complaintKeys.complaint(reference),
                UpdateExpression: `SET destroyedAt = :destroyedAt REMOVE ${DESTROYED_ATTRIBUTES.join(', ')}`,
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(legalHold) AND attribute_not_exists(destroyedAt)',
                ExpressionAttributeValues: { ':destroyedAt': destroyedAt },
              },
            },
          ],
          audit,
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const { complaint } = await this.loadCaseFile(reference, { system: 'repository' });
        if (!complaint?.destroyedAt) throw new ConflictError('This case is on legal hold or does not exist');
      }
      await deletePartitionExceptComplaint(reference);
    },

    async stopNews(hash) {
      const pointer = await call(access, 'stopToken.get', () => documents.send(new GetCommand({ TableName: tableName, Key: complaintKeys.stopToken(hash), ConsistentRead: true, ...capacity })));
      const reference: unknown = pointer.Item?.reference;
      if (typeof reference !== 'string') return;
      try {
        await call(access, 'stopToken.stop', () =>
          documents.send(
            new UpdateCommand({
              TableName: tableName,
              Key: complaintKeys.complaint(reference),
              UpdateExpression: 'REMOVE sealedContact, stopTokenHash',
              ConditionExpression: 'stopTokenHash = :hash',
              ExpressionAttributeValues: { ':hash': hash },
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        // Stopped before, destroyed since, or a pointer left by a complaint that was not stored: nothing to stop.
        if (!isConditionFailure(error)) throw error;
      }
    },

    async closeRetention(reference) {
      await call(access, 'case.closeRetention', () =>
        documents.send(
          new UpdateCommand({ TableName: tableName, Key: complaintKeys.complaint(reference), UpdateExpression: 'REMOVE GSI3PK, GSI3SK', ...capacity }),
        ),
      );
    },
  };

  async function deletePartitionExceptComplaint(reference: string) {
    const deletes: WriteRequest[] = [];
    const items = queryItems(access, 'case.destroyList', {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': complaintKeys.partition(reference) },
      ProjectionExpression: 'PK, SK',
      ConsistentRead: true,
    });
    for await (const { PK, SK } of items) {
      if (SK !== complaintKeys.complaint(reference).SK) deletes.push({ DeleteRequest: { Key: { PK, SK } } });
    }
    await batchWrite(access, 'case.destroyItems', tableName, deletes);
  }

  /** Writes the items and the audit entry (linked into its agency's chain) in one transaction: the action and its record, or neither. */
  function transactWithAudit(operation: string, items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>, audit: AuditEntry) {
    if (!auditWriter) throw new UndeclaredNeedError('this function', `audit (${operation} writes an audit entry)`);
    return auditWriter.write(operation, items, audit);
  }
}
