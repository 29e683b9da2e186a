// You are here: the mail suppression list. Amazon SES reports through the configuration set that a
// message bounced for good or that its recipient marked it as spam (functions/notifications/
// mail-events.ts); the address is then never mailed again, and the agency's admin sees why.
//
// Think of the admin as the reader to guard against: an admin must never learn a reporter's address,
// nor that a reporter's mail bounced on a given day (which could point at a case). So an entry says
// whom the message was for, as the sender tagged it: a staff member of an agency (the admin of that
// agency sees the address, the reason and the day, as they already see their staff's addresses) or
// anyone else (counted, never listed). An address is looked up by a hash of its normalised form, so the
// list's keys hold no address; only a staff entry keeps the address itself, for its admin to read.
import { createHash } from 'node:crypto';

/** Why an address is suppressed: a permanent bounce, or the recipient reported the message as spam. */
export type SuppressionReason = 'bounce' | 'complaint';

/** Whom a message was for, as the sender tagged it. Anything but staff is treated as a reporter's. */
export type MailAudience = { kind: 'staff'; agency: string } | { kind: 'other'; agency?: string };

/** What the notifier needs to know before it sends: suppressed or not, and why. */
export interface Suppression {
  reason: SuppressionReason;
  /** When SES reported it (ISO-8601 UTC). */
  since: string;
}

/** A staff address of an agency on the list, as its admin sees it. */
export interface StaffSuppression extends Suppression {
  address: string;
}

export interface AgencySuppressions {
  staff: StaffSuppression[];
  /** Suppressed addresses that were not staff addresses (reporters' contact), counted only. */
  others: number;
}

export interface MailSuppressions {
  /** The suppression of this address, if any. One read by the address's hash. */
  find(address: string): Promise<Suppression | undefined>;
  /** Puts the address on the list; a second report of the same address keeps the first day. */
  add(address: string, suppression: Suppression, audience: MailAudience): Promise<void>;
  /** The agency's staff addresses on the list, oldest first, and how many others it holds for it. */
  listForAgency(agency: string): Promise<AgencySuppressions>;
  /** Takes a staff address of the agency off the list; false if the agency had no such entry. */
  lift(agency: string, address: string): Promise<boolean>;
}

/** The form in which an address is compared: trimmed, NFC, lower-case (SES matches addresses case-insensitively). */
export const normaliseAddress = (address: string) => address.trim().normalize('NFC').toLowerCase();

/**
 * The list's key of an address: SHA-256 of its normalised form, with a label of its own so the value
 * matches no other hash of the address elsewhere. It keeps addresses out of keys and logs; it does not
 * hide an address from someone who can read the table and guesses it (see README).
 */
export const suppressionKeyOf = (address: string) => createHash('sha256').update(`integrity-mail-suppression\n${normaliseAddress(address)}`).digest('hex');
