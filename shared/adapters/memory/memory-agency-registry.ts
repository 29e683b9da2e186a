// You are here: an in-memory AgencyRegistry with the DynamoDB one's rules, for unit tests.
import { searchAgencies, type Agency, type AgencyRegistry } from '../../domain/agencies';
import { ConflictError, NotFoundError } from '../../domain/errors';

export function memoryAgencyRegistry(seed: readonly Agency[] = []): AgencyRegistry {
  const agencies = new Map(seed.map((agency) => [agency.id, structuredClone(agency)]));
  return {
    async get(id) {
      const agency = agencies.get(id);
      return agency && structuredClone(agency);
    },
    async list(query) {
      return searchAgencies([...agencies.values()], query);
    },
    async create(agency) {
      if (agencies.has(agency.id)) throw new ConflictError('An agency with this id exists');
      agencies.set(agency.id, structuredClone(agency));
    },
    async update(id, change) {
      const existing = agencies.get(id);
      if (!existing) throw new NotFoundError('No agency with this id');
      const updated = { ...existing, ...structuredClone(change) };
      agencies.set(id, updated);
      return structuredClone(updated);
    },
  };
}
