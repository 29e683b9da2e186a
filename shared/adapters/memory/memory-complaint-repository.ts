// You are here: an in-memory ComplaintRepository with the same conditional semantics as the
// DynamoDB one, for unit tests and the warm-handler benchmark.
import { ConflictError, ValidationError } from '../../domain/errors';
import { linkEntry, type ChainedAuditEntry, type ChainHead } from '../../domain/audit-chain';
import type { StatisticsSource } from '../../domain/ports';
import type { EvidenceFile } from '../../domain/evidence';
import type { AuditEntry, AuditLog, CaseFile, CaseMessage, CaseSummary, CaseUpdate, ComplaintRecord, ComplaintRepository, ConflictDeclaration } from '../../domain/ports';
import { canSeeCase, readerSees } from '../../domain/case-visibility';

interface MemoryCase {
  complaint?: ComplaintRecord;
  events: CaseFile['events'];
  messages: Map<string, CaseMessage>;
  files: Map<string, EvidenceFile>;
  conflicts: ConflictDeclaration[];
  /** Failures counted per fixed window, by window index. */
  failures: Map<number, number>;
}

export function memoryComplaintRepository(audit = memoryAuditLog()): ComplaintRepository & { cases: Map<string, MemoryCase> } {
  const cases = new Map<string, MemoryCase>();
  /** Stop tokens' hashes, each to its case, as the DynamoDB adapter's pointer items. */
  const stopPointers = new Map<string, string>();
  // Destroyed cases leave the retention index, as the DynamoDB item loses its index keys.
  const retired = new Set<string>();
  const caseOf = (reference: string) => {
    let entry = cases.get(reference);
    if (!entry) cases.set(reference, (entry = { events: [], messages: new Map(), files: new Map(), conflicts: [], failures: new Map() }));
    return entry;
  };
  const copy = <T>(value: T): T => structuredClone(value);
  const applyUpdate = (complaint: ComplaintRecord, update: CaseUpdate & Partial<Pick<ComplaintRecord, 'status' | 'outcome' | 'acknowledgedAt' | 'concludedAt'>>) => {
    Object.assign(complaint, Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)));
    if (!update.nextUpdateBy) delete complaint.nextUpdateBy;
  };

  return {
    cases,
    async create(record, entry) {
      const stored = caseOf(record.reference);
      if (record.stopTokenHash) stopPointers.set(record.stopTokenHash, record.reference);
      if (stored.complaint) return { created: false, existing: copy(stored.complaint) };
      stored.complaint = copy(record);
      if (entry) await audit.append(entry);
      return { created: true };
    },
    async replaceSecret(reference, secretHash, requestHash) {
      const complaint = cases.get(reference)?.complaint;
      if (!complaint || Buffer.compare(complaint.requestHash, requestHash) !== 0) {
        throw Object.assign(new Error('condition failed'), { name: 'ConditionalCheckFailedException' });
      }
      complaint.secretHash = secretHash;
    },
    async loadCaseFile(reference, reader) {
      const entry = cases.get(reference);
      if (!entry || (entry.complaint && !readerSees(reader, entry.complaint))) return { events: [], messages: [], files: [] };
      return copy({
        ...(entry.complaint ? { complaint: entry.complaint } : {}),
        events: entry.events,
        messages: [...entry.messages.values()],
        files: [...entry.files.values()],
        ...(entry.conflicts.length > 0 ? { conflicts: entry.conflicts } : {}),
      });
    },
    async spendFailure(reference, window, maxFailures) {
      const failures = caseOf(reference).failures;
      const spent = failures.get(window.index) ?? 0;
      if (spent >= maxFailures) return false;
      failures.set(window.index, spent + 1);
      return true;
    },
    async addMessage(reference, message) {
      const entry = caseOf(reference);
      const existing = entry.messages.get(message.id);
      if (existing) return { created: false, existing: copy(existing) };
      entry.messages.set(message.id, copy(message));
      return { created: true };
    },
    async listByAgency(viewer, page) {
      // As the DynamoDB adapter: only what the viewer may see, and a cursor that is the last case returned.
      const position = (complaint: ComplaintRecord) => `${complaint.receivedAt}#${complaint.reference}`;
      const filter = page.filter;
      const all = [...cases.values()]
        .flatMap((entry) => (entry.complaint && !entry.complaint.destroyedAt && canSeeCase(viewer, entry.complaint) ? [entry.complaint] : []))
        .filter((complaint) => !filter || ('assignee' in filter ? complaint.assignee === filter.assignee : complaint.assignee === undefined))
        .sort((a, b) => position(b).localeCompare(position(a)));
      const after = page.cursor ? Buffer.from(page.cursor, 'base64url').toString('utf8') : undefined;
      const rest = after === undefined ? all : all.filter((complaint) => position(complaint) < after);
      const items: CaseSummary[] = rest.slice(0, page.limit).map((complaint) => ({
        reference: complaint.reference,
        agency: complaint.agency,
        category: complaint.category,
        status: complaint.status,
        subject: complaint.content.subject,
        receivedAt: complaint.receivedAt,
        updatedAt: complaint.updatedAt,
        acknowledgeBy: complaint.acknowledgeBy,
        concludeBy: complaint.concludeBy,
        ...(complaint.nextUpdateBy ? { nextUpdateBy: complaint.nextUpdateBy } : {}),
        ...(complaint.unit ? { unit: complaint.unit } : {}),
        ...(complaint.assignee ? { assignee: complaint.assignee } : {}),
        ...(complaint.concernsHandlers ? { concernsHandlers: complaint.concernsHandlers } : {}),
      }));
      const last = items.at(-1);
      return { items, ...(rest.length > page.limit && last ? { cursor: Buffer.from(`${last.receivedAt}#${last.reference}`, 'utf8').toString('base64url') } : {}) };
    },
    async declareConflict({ reference, declaration, audit: entry }) {
      const stored = cases.get(reference);
      if (!stored?.complaint || stored.complaint.destroyedAt || stored.complaint.conflicts?.includes(declaration.staff)) {
        throw new ConflictError('A conflict on this case is already declared by this member', 'conflict-declared');
      }
      stored.complaint.conflicts = [...(stored.complaint.conflicts ?? []), declaration.staff];
      stored.conflicts.push(copy(declaration));
      await audit.append(entry);
    },
    async assign({ reference, previous, assignee, assignedAt, audit: entry }) {
      const complaint = cases.get(reference)?.complaint;
      if (!complaint || complaint.destroyedAt || complaint.conflicts?.includes(assignee) || complaint.assignee !== previous) {
        throw new ConflictError('The case changed meanwhile; reload it and try again');
      }
      complaint.assignee = assignee;
      complaint.assignedAt = assignedAt;
      await audit.append(entry);
    },
    async recordTransition({ reference, from, update, event, audit: entry }) {
      const stored = cases.get(reference);
      if (!stored?.complaint || stored.complaint.status !== from) throw new ConflictError('The case changed meanwhile; reload it and try again');
      applyUpdate(stored.complaint, update);
      stored.events.push(copy(event));
      await audit.append(entry);
    },
    async addOfficerMessage({ reference, message, update, audit: entry }) {
      const stored = cases.get(reference);
      const existing = stored?.messages.get(message.id);
      if (existing) return { created: false, existing: copy(existing) };
      if (!stored?.complaint) throw new ConflictError('No such case');
      stored.messages.set(message.id, copy(message));
      applyUpdate(stored.complaint, update);
      await audit.append(entry);
      return { created: true };
    },
    async addFile(reference, file) {
      const entry = caseOf(reference);
      const existing = entry.files.get(file.id);
      if (existing) return { created: false, existing: copy(existing) };
      entry.files.set(file.id, copy(file));
      return { created: true };
    },
    async renewUploadSlot(reference, fileId, uploadExpiresAt) {
      const file = cases.get(reference)?.files.get(fileId);
      if (file?.status !== 'awaiting-upload') throw new ConflictError('This file has already been uploaded', 'file-already-uploaded');
      file.uploadExpiresAt = uploadExpiresAt;
    },
    async claimUpload(reference, fileId, claim) {
      const file = cases.get(reference)?.files.get(fileId);
      if (file?.status !== 'awaiting-upload' || (file.claim !== undefined && file.claim !== claim)) return false;
      file.claim = claim;
      return true;
    },
    async recordFileOutcome(reference, fileId, claim, outcome) {
      const file = cases.get(reference)?.files.get(fileId);
      if (file?.status !== 'awaiting-upload' || file.claim !== claim) return false;
      Object.assign(file, copy(outcome));
      return true;
    },
    async setLegalHold({ reference, hold, audit: entry }) {
      const complaint = cases.get(reference)?.complaint;
      if (!complaint || complaint.destroyedAt) throw new ConflictError('This case has been destroyed under the retention policy');
      if (hold) complaint.legalHold = copy(hold);
      else delete complaint.legalHold;
      await audit.append(entry);
    },
    async listRetentionDue(agency, concludedBefore, limit) {
      return [...cases.values()]
        .flatMap((entry) => (entry.complaint ? [entry.complaint] : []))
        .filter((complaint) => complaint.agency === agency && !complaint.legalHold && !retired.has(complaint.reference))
        .filter((complaint) => complaint.concludedAt !== undefined && complaint.concludedAt < concludedBefore)
        .sort((a, b) => `${a.concludedAt}#${a.reference}`.localeCompare(`${b.concludedAt}#${b.reference}`))
        .slice(0, limit)
        .map((complaint) => complaint.reference);
    },
    async destroyCase(reference, destroyedAt, entry) {
      const stored = cases.get(reference);
      if (!stored?.complaint || (stored.complaint.legalHold && !stored.complaint.destroyedAt)) throw new ConflictError('This case is on legal hold or does not exist');
      if (!stored.complaint.destroyedAt) {
        const { content: _content, sealedIdentity: _identity, sealedContact: _contact, stopTokenHash: _stop, nextUpdateBy: _next, ...kept } = stored.complaint;
        stored.complaint = { ...kept, content: { subject: '', description: '' }, secretHash: new Uint8Array(), requestHash: new Uint8Array(), destroyedAt };
        await audit.append(entry);
      }
      stored.events = [];
      stored.messages.clear();
      stored.files.clear();
      stored.conflicts = [];
      stored.failures.clear();
    },
    async closeRetention(reference) {
      retired.add(reference);
    },
    async stopNews(hash) {
      const complaint = cases.get(stopPointers.get(hash) ?? '')?.complaint;
      if (complaint?.stopTokenHash !== hash) return;
      delete complaint.sealedContact;
      delete complaint.stopTokenHash;
    },
  };
}

export function memoryAuditLog(): AuditLog & { entries: AuditEntry[]; chained: ChainedAuditEntry[]; heads: Map<string, ChainHead> } {
  const entries: AuditEntry[] = [];
  /** The entries as the table stores them, with their links; tests may tamper with these. */
  const chained: ChainedAuditEntry[] = [];
  const heads = new Map<string, ChainHead>();
  return {
    entries,
    chained,
    heads,
    async append(entry) {
      const linked = linkEntry(entry, heads.get(entry.agency));
      heads.set(entry.agency, { seq: linked.seq, hash: linked.hash });
      chained.push(structuredClone(linked));
      entries.push(structuredClone(entry));
    },
    async chain(agency) {
      const head = heads.get(agency);
      return { ...(head ? { head: { ...head } } : {}), entries: structuredClone(chained.filter((entry) => entry.agency === agency)) as unknown as Record<string, unknown>[] };
    },
    async list(scope) {
      const matches = (entry: AuditEntry) =>
        'reference' in scope ? entry.reference === scope.reference : entry.agency === scope.agency && entry.report === scope.report;
      return structuredClone(entries.filter(matches));
    },
    async search(agency, filters, page) {
      // As the DynamoDB adapter reads: the case's entries (any agency) or the agency's, in the range,
      // newest first; filters count against the read budget; the cursor is bound to the agency.
      const position = (entry: AuditEntry) => `${entry.at}#${entry.id}`;
      let after: string | undefined;
      if (page.cursor !== undefined) {
        const [cursorAgency, last] = Buffer.from(page.cursor, 'base64url').toString('utf8').split('\n');
        if (cursorAgency !== agency || !last) throw new ValidationError('The cursor is not valid', { cursor: 'use the cursor of the previous page, with the same filters' });
        after = last;
      }
      const inRange = entries
        .filter((entry) => (filters.reference !== undefined ? entry.reference === filters.reference : entry.agency === agency))
        .filter((entry) => (!filters.fromIso || entry.at >= filters.fromIso) && (!filters.toIso || entry.at < filters.toIso))
        .sort((a, b) => position(b).localeCompare(position(a)))
        .filter((entry) => after === undefined || position(entry) < after);
      const found: AuditEntry[] = [];
      let read = 0;
      for (const entry of inRange) {
        if (found.length === page.limit || read === page.maxRead) {
          return { entries: structuredClone(found), cursor: Buffer.from(`${agency}\n${after!}`).toString('base64url') };
        }
        read += 1;
        after = position(entry);
        const matches = entry.agency === agency && (filters.actor === undefined || entry.actor === filters.actor) && (filters.action === undefined || entry.action === filters.action);
        if (matches) found.push(entry);
      }
      return { entries: structuredClone(found) };
    },
  };
}

/** The statistics rows of the memory repository's complaints, as the sparse index would give them. */
export function memoryStatisticsSource(repository: ReturnType<typeof memoryComplaintRepository>): StatisticsSource {
  return {
    async *rows(agency, fromIso, toIso) {
      const complaints = [...repository.cases.values()]
        .flatMap((entry) => (entry.complaint ? [entry.complaint] : []))
        .filter((complaint) => complaint.agency === agency && complaint.receivedAt >= fromIso && complaint.receivedAt < toIso)
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
      for (const { category, status, outcome, receivedAt, acknowledgeBy, acknowledgedAt, concludedAt, channel, kind, reporterType, receivedOn } of complaints) {
        yield {
          category,
          status,
          receivedAt,
          acknowledgeBy,
          ...(outcome ? { outcome } : {}),
          ...(acknowledgedAt ? { acknowledgedAt } : {}),
          ...(concludedAt ? { concludedAt } : {}),
          ...(channel ? { channel } : {}),
          ...(kind ? { kind } : {}),
          ...(reporterType ? { reporterType } : {}),
          ...(receivedOn ? { receivedOn } : {}),
        };
      }
    },
  };
}
