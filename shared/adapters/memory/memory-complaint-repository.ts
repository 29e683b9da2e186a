// You are here: an in-memory ComplaintRepository with the same conditional semantics as the
// DynamoDB one, for unit tests and the warm-handler benchmark.
import type { CaseFile, CaseMessage, ComplaintRecord, ComplaintRepository, FailedAttempts } from '../../domain/ports';

interface MemoryCase {
  complaint?: ComplaintRecord;
  events: CaseFile['events'];
  messages: Map<string, CaseMessage>;
  failedAttempts?: FailedAttempts;
}

export function memoryComplaintRepository(): ComplaintRepository & { cases: Map<string, MemoryCase> } {
  const cases = new Map<string, MemoryCase>();
  const caseOf = (reference: string) => {
    let entry = cases.get(reference);
    if (!entry) cases.set(reference, (entry = { events: [], messages: new Map() }));
    return entry;
  };
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    cases,
    async create(record) {
      const entry = caseOf(record.reference);
      if (entry.complaint) return { created: false, existing: copy(entry.complaint) };
      entry.complaint = copy(record);
      return { created: true };
    },
    async replaceSecret(reference, secretHash, requestHash) {
      const complaint = cases.get(reference)?.complaint;
      if (!complaint || Buffer.compare(complaint.requestHash, requestHash) !== 0) {
        throw Object.assign(new Error('condition failed'), { name: 'ConditionalCheckFailedException' });
      }
      complaint.secretHash = secretHash;
    },
    async loadCaseFile(reference) {
      const entry = cases.get(reference);
      if (!entry) return { events: [], messages: [] };
      return copy({
        ...(entry.complaint ? { complaint: entry.complaint } : {}),
        events: entry.events,
        messages: [...entry.messages.values()],
        ...(entry.failedAttempts ? { failedAttempts: entry.failedAttempts } : {}),
      });
    },
    async recordFailedAttempt(reference, now, policy) {
      const entry = caseOf(reference);
      const windowOpen =
        entry.failedAttempts &&
        Date.parse(entry.failedAttempts.windowStartedAt) > now.getTime() - policy.windowSeconds * 1000;
      const attempts: FailedAttempts = windowOpen
        ? { ...entry.failedAttempts!, count: entry.failedAttempts!.count + 1 }
        : { count: 1, windowStartedAt: now.toISOString() };
      if (attempts.count >= policy.maxFailures) {
        attempts.lockedUntil = new Date(now.getTime() + policy.lockSeconds * 1000).toISOString();
      }
      entry.failedAttempts = attempts;
      return copy(attempts);
    },
    async addMessage(reference, message) {
      const entry = caseOf(reference);
      const existing = entry.messages.get(message.id);
      if (existing) return { created: false, existing: copy(existing) };
      entry.messages.set(message.id, copy(message));
      return { created: true };
    },
  };
}
