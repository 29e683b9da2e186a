// You are here: everything a handler may be given. The Lambda entry builds it from AWS adapters
// (shared/config/aws-context.ts), the local stack from local ones, tests from memory ones.
import type { NotificationPreferenceStore } from '../domain/notifications/preferences';
import type { AgencyDeps, EvidenceDeps, PublicationDeps } from '../domain/use-cases/deps';

/** Each staff member's choice of immediate or digest mail, in the complaints table beside the delivery records. */
export interface NotificationPreferenceDeps {
  notificationPreferences: NotificationPreferenceStore;
}

export type AppContext = EvidenceDeps & PublicationDeps & AgencyDeps & NotificationPreferenceDeps;
