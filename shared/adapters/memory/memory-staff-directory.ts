// You are here: a StaffDirectory kept in memory, with the Cognito adapter's rules (one account per
// e-mail address, ids the directory chooses), for unit tests and as the store of the local issuer's
// accounts (infra/local/dev-issuer.ts).
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../domain/errors';
import type { StaffAccount, StaffDirectory } from '../../domain/staff-directory';

export function memoryStaffDirectory(options: { now?: () => Date; accounts?: StaffAccount[]; onChange?: (accounts: StaffAccount[]) => void } = {}): StaffDirectory & { accounts(): StaffAccount[] } {
  const accounts = new Map((options.accounts ?? []).map((account) => [account.email.toLowerCase(), structuredClone(account)]));
  const now = options.now ?? (() => new Date());
  return {
    async create(account) {
      // Cognito's sign-in is case-insensitive, so are its addresses here.
      const key = account.email.toLowerCase();
      if (accounts.has(key)) throw new ConflictError('A staff account with this e-mail address exists', 'staff-exists');
      const created: StaffAccount = { ...structuredClone(account), id: randomUUID(), status: 'invited', createdAt: now().toISOString() };
      accounts.set(key, created);
      options.onChange?.([...accounts.values()]);
      return structuredClone(created);
    },
    async list(agency) {
      return [...accounts.values()].filter((account) => account.agency === agency).sort((a, b) => a.email.localeCompare(b.email)).map((account) => structuredClone(account));
    },
    async find(agency, id) {
      const account = [...accounts.values()].find((candidate) => candidate.id === id && candidate.agency === agency);
      return account ? structuredClone(account) : undefined;
    },
    accounts: () => [...accounts.values()].map((account) => structuredClone(account)),
  };
}
