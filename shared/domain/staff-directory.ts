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

export interface StaffDirectory {
  /** Creates the account and its role memberships; an e-mail address already in use throws ConflictError. */
  create(account: NewStaffAccount): Promise<StaffAccount>;
  /** The accounts of one agency, ordered by e-mail address. */
  list(agency: string): Promise<StaffAccount[]>;
  /** One account of the agency by its id (the tokens' `sub`); undefined if none, or of another agency. */
  find(agency: string, id: string): Promise<StaffAccount | undefined>;
}
