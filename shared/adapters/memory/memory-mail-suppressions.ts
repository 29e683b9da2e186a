// You are here: the mail suppression list in memory, with the DynamoDB adapter's rules (the first
// report of an address stands; staff entries listed by agency, others counted), for unit tests.
import { suppressionKeyOf, type MailAudience, type MailSuppressions, type Suppression } from '../../domain/notifications/suppressions';

export function memoryMailSuppressions(): MailSuppressions {
  const entries = new Map<string, { suppression: Suppression; audience: MailAudience; address?: string }>();
  const others = new Map<string, number>();
  return {
    async find(address) {
      return entries.get(suppressionKeyOf(address))?.suppression;
    },
    async add(address, suppression, audience) {
      const hash = suppressionKeyOf(address);
      if (entries.has(hash)) return;
      entries.set(hash, { suppression: { ...suppression }, audience, ...(audience.kind === 'staff' ? { address } : {}) });
      if (audience.kind === 'other' && audience.agency !== undefined) others.set(audience.agency, (others.get(audience.agency) ?? 0) + 1);
    },
    async listForAgency(agency) {
      const staff = [...entries.values()]
        .filter((entry) => entry.audience.kind === 'staff' && entry.audience.agency === agency)
        .map((entry) => ({ address: entry.address ?? '', ...entry.suppression }))
        .sort((a, b) => a.since.localeCompare(b.since));
      return { staff, others: others.get(agency) ?? 0 };
    },
    async lift(agency, address) {
      const hash = suppressionKeyOf(address);
      const entry = entries.get(hash);
      if (!entry || entry.audience.kind !== 'staff' || entry.audience.agency !== agency) return false;
      entries.delete(hash);
      return true;
    },
  };
}
