// You are here: staff accounts as the domain sees them, and the port of the directory that holds
// them (Cognito on AWS, the local issuer's accounts locally). The agency and unit of an account are
// set by the server when it is created and travel in the member's token as `custom:agency` and
// `custom:unit`; its roles are the directory's groups.
import type { StaffRole } from './staff';

export interface NewStaffAccount {
  email: string;
  name: string;
  agency: string;
  unit?: string;
  roles: StaffRole[];
}

export interface StaffAccount extends NewStaffAccount {
  /** The directory's stable subject: the `sub` of the member's tokens. */
  id: string;
  /** Whether the member has signed in and set a password yet (Cognito: FORCE_CHANGE_PASSWORD). */
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
}

/** The most accounts one page of an agency's staff list holds; each costs the directory a read. */
export const STAFF_PAGE_SIZE = 25;

export interface StaffPage {
  staff: StaffAccount[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

export interface StaffDirectory {
  /** Creates the account and its memberships (its agency, its roles); an e-mail address already in use throws ConflictError. */
  create(account: NewStaffAccount): Promise<StaffAccount>;
  /**
   * One page (at most STAFF_PAGE_SIZE) of the accounts of one agency, in the directory's own order,
   * never reading another agency's accounts; `cursor` is a page's own. A cursor the directory did
   * not give throws ValidationError naming `query.cursor`.
   */
  list(agency: string, page?: { cursor?: string }): Promise<StaffPage>;
  /** One account of the agency by its id (the tokens' `sub`); undefined if none, or of another agency. */
  find(agency: string, id: string): Promise<StaffAccount | undefined>;
}

/** Every account of one agency, page after page, for jobs that must consider each member (who is told of a case). */
export async function everyStaffMember(directory: Pick<StaffDirectory, 'list'>, agency: string): Promise<StaffAccount[]> {
  const accounts: StaffAccount[] = [];
  let cursor: string | undefined;
  do {
    const page = await directory.list(agency, cursor ? { cursor } : {});
    accounts.push(...page.staff);
    cursor = page.cursor;
  } while (cursor);
  return accounts;
}
