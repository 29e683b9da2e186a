// You are here: the English words for the codes, beside their Thai source (labels-th.ts), shared by
// the English public pages (web/i18n/en/scripts.ts) and the English published statistics
// (publication/words/en.ts), so both say the same thing. Plain data, no imports beyond types, so page
// bundles can use it.
import type { Category, Channel, Kind, Outcome, ReporterType, Status } from './complaint';

export const CATEGORY_LABELS_EN: Record<Category, string> = {
  bribery: 'Bribery / improper benefits',
  procurement: 'Procurement fraud',
  'abuse-of-power': 'Abuse of authority',
  'salary-promotion': 'Unfair salary steps or promotion',
  misconduct: 'Misconduct / breach of discipline',
  other: 'Other',
};

export const CHANNEL_LABELS_EN: Record<Channel, string> = {
  online: 'Online',
  letter: 'Letter',
  phone: 'Telephone',
  'walk-in': 'In person',
  'general-channel': 'General complaints channel',
  referral: 'Referred by another agency',
};

export const KIND_LABELS_EN: Record<Kind, string> = {
  complaint: 'Complaints',
  tip: 'Tips',
};

export const REPORTER_TYPE_LABELS_EN: Record<ReporterType, string> = {
  public: 'Members of the public / outsiders',
  staff: 'The agency’s own staff',
  unknown: 'Not stated',
};

export const STATUS_LABELS_EN: Record<Status, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged, first checks',
  investigating: 'Investigating the facts',
  referred: 'Referred to the competent authority',
  closed: 'Closed',
};

export const OUTCOME_LABELS_EN: Record<Outcome, string> = {
  substantiated: 'Substantiated; disciplinary or legal action follows',
  unsubstantiated: 'Unsubstantiated',
  'insufficient-evidence': 'Insufficient evidence',
  'not-in-jurisdiction': 'Not within the agency’s authority',
};

/** A result against its target, in the same words wherever English pages show one (TARGET_LABELS in Thai). */
export const TARGET_LABELS_EN = {
  met: 'Target met',
  notMet: 'Target not yet met',
  unknown: 'Cannot be judged yet',
} as const;
