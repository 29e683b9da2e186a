// You are here: the local stack's first start writes the seed catalogue (shared/config/agencies.ts)
// into its registry table; once the registry holds any agency, it is left as it is. With faults injected
// (FAULT_RATE), a call that fails as an unavailable DynamoDB would is asked again, so the seed is whole.
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import type { AgencyRegistry } from '../../shared/domain/agencies';
import { ConflictError, DependencyUnavailableError } from '../../shared/domain/errors';
import type { ObjectStore } from '../../shared/domain/ports';
import { ensureStatisticsFolder } from '../../shared/domain/use-cases/publication-index';

/** With faults injected (FAULT_RATE) a registry call may fail as an unavailable DynamoDB would: it is simply asked again. */
async function untilAvailable<T>(call: () => Promise<T>): Promise<T> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof DependencyUnavailableError) || tried >= 20) throw error;
    }
  }
}

export async function seedAgencies(registry: AgencyRegistry, statsStore?: ObjectStore): Promise<number> {
  const { agencies } = await untilAvailable(() => registry.list({ limit: 1, status: 'all' }));
  if (agencies.length > 0) return 0;
  let written = 0;
  for (const agency of AGENCY_CATALOGUE) {
    try {
      await untilAvailable(() => registry.create(agency));
      // As onboarding does: the agency's statistics folder has a page before its first publication.
      if (statsStore) await ensureStatisticsFolder(statsStore, agency);
      written += 1;
    } catch (error) {
      // Another process seeding the same table at the same moment.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return written;
}
