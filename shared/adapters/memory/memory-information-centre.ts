// You are here: an in-memory InformationCentreRepository with the DynamoDB one's rules, for unit tests.
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { RegisterEntry, ServiceRecord, Suggestion } from '../../domain/information-centre';
import type { InformationCentreRepository } from '../../domain/ports';

export function memoryInformationCentre(): InformationCentreRepository & { suggestions: Suggestion[] } {
  const entries = new Map<string, RegisterEntry<unknown>>();
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
  };
}
