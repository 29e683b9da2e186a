// You are here: a StaffDirectory kept in memory, with the Cognito adapter's rules (one account per
// e-mail address, ids the directory chooses), for unit tests and as the store of the local issuer's
// accounts (infra/local/dev-issuer.ts).
import { randomUUID } from 'node:crypto';
import { ConflictError, ValidationError } from '../../domain/errors';
import { STAFF_PAGE_SIZE, type StaffAccount, type StaffDirectory } from '../../domain/staff-directory';

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
    async list(agency, page = {}) {
      // Ordered by address, and a page starts after the address its cursor names.
      const all = [...accounts.values()].filter((account) => account.agency === agency).sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
      let start = 0;
      if (page.cursor !== undefined) {
        const after = Buffer.from(page.cursor, 'base64url').toString('utf8');
        if (!after.includes('@')) throw new ValidationError('The cursor was not given by this list', { 'query.cursor': 'not a cursor of this list' });
        start = all.findIndex((account) => account.email > after);
        if (start < 0) start = all.length;
      }
      const staff = all.slice(start, start + STAFF_PAGE_SIZE).map((account) => structuredClone(account));
      const more = start + STAFF_PAGE_SIZE < all.length;
      return { staff, ...(more ? { cursor: Buffer.from(staff.at(-1)!.email, 'utf8').toString('base64url') } : {}) };
    },
    async find(agency, id) {
      const account = [...accounts.values()].find((candidate) => candidate.id === id && candidate.agency === agency);
      return account ? structuredClone(account) : undefined;
    },
    accounts: () => [...accounts.values()].map((account) => structuredClone(account)),
  };
}
