// You are here: an in-memory InformationCentreRepository with the DynamoDB one's rules, for unit tests.
// A disclosure write appends its audit entry to `audit` before it is applied, so an audit log that
// fails leaves the register as it was, as the DynamoDB transaction does.
import type { DisclosureEntry } from '../../domain/disclosure-register';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { RegisterEntry, ServiceRecord, Suggestion } from '../../domain/information-centre';
import type { AuditLog, InformationCentreRepository } from '../../domain/ports';
import { memoryAuditLog } from './memory-complaint-repository';

export function memoryInformationCentre(audit: AuditLog = memoryAuditLog()): InformationCentreRepository & { suggestions: Suggestion[] } {
  const entries = new Map<string, RegisterEntry<unknown>>();
  const disclosures = new Map<string, DisclosureEntry>();
  const disclosureKey = (agency: string, id: string) => `${agency}#${id}`;
  const services: (ServiceRecord & { id: string; agency: string })[] = [];
  const suggestions: Suggestion[] = [];
  const key = (kind: string, agency: string, id: string) => `${kind}#${agency}#${id}`;
  return {
    suggestions,
    async putEntry(kind, entry, mode) {
      const existing = entries.get(key(kind, entry.agency, entry.id));
      if (mode === 'create' && existing) throw new ConflictError('An entry with this id exists');
      if (mode === 'update' && (!existing || existing.retiredAt)) throw new NotFoundError('No active entry with this id');
      entries.set(key(kind, entry.agency, entry.id), structuredClone(entry));
    },
    async retireEntry(kind, agency, id, at) {
      const existing = entries.get(key(kind, agency, id));
      if (!existing || existing.retiredAt) throw new NotFoundError('No active entry with this id');
      existing.retiredAt = at;
    },
    async listEntries<T>(kind: string, agency: string) {
      return [...entries.entries()].filter(([name]) => name.startsWith(`${kind}#${agency}#`)).map(([, entry]) => structuredClone(entry) as RegisterEntry<T>);
    },
    async addServiceRecord(agency, record) {
      services.push({ ...structuredClone(record), agency });
    },
    async listServiceRecords(agency, firstDay, lastDay) {
      return services.filter((record) => record.agency === agency && record.date >= firstDay && record.date <= lastDay).map(({ agency: _agency, ...record }) => structuredClone(record));
    },
    async addSuggestion(suggestion) {
      const existing = suggestions.find((stored) => stored.agency === suggestion.agency && stored.id === suggestion.id);
      if (existing) return { created: false, existing: structuredClone(existing) };
      suggestions.push(structuredClone(suggestion));
      return { created: true };
    },
    async listSuggestions(agency, firstDay, lastDay) {
      return structuredClone(suggestions.filter((stored) => stored.agency === agency && stored.receivedOn >= firstDay && stored.receivedOn <= lastDay));
    },
    async answerSuggestion(agency, id, answer, hidden) {
      const stored = suggestions.find((candidate) => candidate.agency === agency && candidate.id === id);
      if (!stored) throw new NotFoundError('No suggestion with this id');
      stored.answer = answer;
      stored.status = hidden ? 'hidden' : 'answered';
    },
    async createDisclosure(entry, entryAudit) {
      const existing = disclosures.get(disclosureKey(entry.agency, entry.id));
      if (existing) return { created: false, existing: structuredClone(existing) };
      await audit.append(entryAudit);
      disclosures.set(disclosureKey(entry.agency, entry.id), structuredClone(entry));
      return { created: true };
    },
    async replaceDisclosure(entry, entryAudit) {
      if (!disclosures.has(disclosureKey(entry.agency, entry.id))) throw new NotFoundError('No entry with this id');
      await audit.append(entryAudit);
      disclosures.set(disclosureKey(entry.agency, entry.id), structuredClone(entry));
    },
    async deleteDisclosure(agency, id, entryAudit) {
      if (!disclosures.has(disclosureKey(agency, id))) throw new NotFoundError('No entry with this id');
      await audit.append(entryAudit);
      disclosures.delete(disclosureKey(agency, id));
    },
    async getDisclosure(agency, id) {
      const stored = disclosures.get(disclosureKey(agency, id));
      return stored && structuredClone(stored);
    },
    async listDisclosures(agency) {
      return [...disclosures.values()].filter((entry) => entry.agency === agency).map((entry) => structuredClone(entry));
    },
    async recordDisclosureDocument(agency, id, document) {
      const stored = disclosures.get(disclosureKey(agency, id));
      if (stored?.document?.fileId !== document.fileId || stored.document.status !== 'awaiting-upload') return false;
      stored.document = structuredClone(document);
      return true;
    },
  };
}
