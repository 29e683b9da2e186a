// You are here: an in-memory AgencyRegistry with the DynamoDB one's rules, for unit tests. A change
// that carries an audit entry appends it to `audit` before it is applied, so an audit log that fails
// leaves the registry as it was, as the DynamoDB registry's transaction does.
import { searchAgencies, type Agency, type AgencyRegistry } from '../../domain/agencies';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { AuditLog } from '../../domain/ports';
import { memoryAuditLog } from './memory-complaint-repository';

export function memoryAgencyRegistry(seed: readonly Agency[] = [], audit: AuditLog = memoryAuditLog()): AgencyRegistry {
  const agencies = new Map(seed.map((agency) => [agency.id, structuredClone(agency)]));
  return {
    async get(id) {
      const agency = agencies.get(id);
      return agency && structuredClone(agency);
    },
    async list(query) {
      return searchAgencies([...agencies.values()], query);
    },
    async create(agency, entry) {
      if (agencies.has(agency.id)) throw new ConflictError('An agency with this id exists');
      if (entry) await audit.append(entry);
      agencies.set(agency.id, structuredClone(agency));
    },
    async update(id, change, entry) {
      const existing = agencies.get(id);
      if (!existing) throw new NotFoundError('No agency with this id');
      if (entry) await audit.append(entry);
      const updated = { ...existing, ...structuredClone(change) };
      agencies.set(id, updated);
      return structuredClone(updated);
    },
  };
}
