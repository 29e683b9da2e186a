// You are here: how each staff member wants to be told, and the lines held for their daily digest.
// A member chooses, per kind of notification, to be mailed at once or to find it in the next morning's
// digest (shared/domain/notifications/daily-digest.ts); deadline reminders always come in the digest.
// A held line says as little as a message may: the happening, the case's reference and category, or
// the report's period; never text, subject, identity or file names. With the choice is kept the
// language of the console page it was made on: the member's mail is written in it.
import type { Category } from '../complaint';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../rules/languages';
import type { StaffEvent } from './messages';

/** The kinds a member may choose for: a new case, a reporter's reply or file, a report awaiting sign-off. */
export const NOTIFICATION_KINDS = ['case-new', 'reporter-activity', 'report-sign-off'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERY_MODES = ['immediate', 'digest'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Per kind, at once or in the digest; and the language the member's mail is written in. */
export type NotificationPreferences = Record<NotificationKind, DeliveryMode> & { language: Language };

/** Until a member chooses, every kind is mailed at once (deadline reminders come in the digest anyway), in Thai. */
export const DEFAULT_PREFERENCES: NotificationPreferences = { 'case-new': 'immediate', 'reporter-activity': 'immediate', 'report-sign-off': 'immediate', language: SOURCE_LANGUAGE };

/** A stored language, or Thai for an item saved before languages (or by another version). */
export const preferredLanguage = (stored: unknown): Language => (LANGUAGES.includes(stored as Language) ? (stored as Language) : SOURCE_LANGUAGE);

/** The kind a member's choice for a case happening is read from. */
export const kindOfEvent = (event: StaffEvent): NotificationKind => (event === 'case-new' ? 'case-new' : 'reporter-activity');

/** What is held of a happening for a digest. */
export type HeldNotice =
  | { event: StaffEvent; reference: string; category: Category }
  | { event: 'report-sign-off'; period: string };

/** One line held for a member's next digest; `key` is the happening's delivery key, so holding it twice keeps one line. */
export type PendingLine = HeldNotice & { key: string; at: string };

/** Stored apart from the directory: a member's own choice, which only they change (GET/PUT /api/me/notification-preferences). */
export interface NotificationPreferenceStore {
  /** The member's choices, the defaults for any kind never chosen. */
  get(staffId: string): Promise<NotificationPreferences>;
  /** Replaces the member's choices. */
  set(member: { id: string; agency: string }, preferences: NotificationPreferences, at: string): Promise<void>;
}

/** The lines held for each member's next digest. */
export interface PendingDigestLines {
  /** Holds a line; the same key again changes nothing. */
  add(staffId: string, line: PendingLine): Promise<void>;
  /** Every line held for the member, oldest first. */
  list(staffId: string): Promise<PendingLine[]>;
  /** Forgets lines a digest has carried (or that may no longer be told). */
  remove(staffId: string, keys: readonly string[]): Promise<void>;
}

/** A signed-in member reads and replaces their own choices, and no one else's: the store is keyed by the token's subject. */
export function ownNotificationPreferences(deps: { notificationPreferences: NotificationPreferenceStore; clock: { now(): Date } }) {
  return {
    read: (member: { id: string }) => deps.notificationPreferences.get(member.id),
    async replace(member: { id: string; agency: string }, preferences: NotificationPreferences): Promise<NotificationPreferences> {
      await deps.notificationPreferences.set(member, preferences, deps.clock.now().toISOString());
      return deps.notificationPreferences.get(member.id);
    },
  };
}
