// You are here: the needs of the functions that no HTTP route reaches, beside the route groups' own
// (functions/*/routes.ts). CDK grants them and sets their variables (infra/constructs), and their
// entries build their context from the same declaration (shared/config/needs.ts).
import type { FunctionNeeds, Needs } from '../shared/config/needs';

/**
 * What destroying a case touches: the complaint partition, deleted item by item (the one grant of a
 * delete on a table, to this function only), an audit entry for each case, and every file version.
 */
export const RETENTION_NEEDS: FunctionNeeds = { complaints: 'read-write-delete', audit: 'append-read', evidence: 'destroy', agencies: 'read' };

/**
 * Reads the case (or the disclosure register's entry) and records the outcome; reads and destroys the
 * upload, writes the cleaned copy.
 */
export const PROCESSING_NEEDS: FunctionNeeds = { complaints: 'read-write', informationCentre: 'read-write', evidence: 'process', agencies: 'read' };

/**
 * The quarterly publication's worker publishes exactly as POST /api/publications does, so both declare
 * these. The figures include the information centre's (service records, suggestions), read from its
 * table; the registry names the agencies and their names.
 */
export const PUBLICATION_NEEDS: Needs = { agencies: 'read', complaints: 'read', surveys: 'read', informationCentre: 'read', audit: 'append-read', statsBucket: 'read-write' };

/** The quarterly schedule's own function only lists the active agencies and queues a job for each (its queue is granted apart). */
export const PUBLICATION_FAN_OUT_NEEDS: Needs = { agencies: 'read' };

/**
 * The notifier reads the case a stream record names (agency, unit, assignee, conflicts, category and
 * due date), the agency's name and contact, and lists the agency's staff to choose whom to tell. It
 * opens the address a reporter left for news ('open-contact': the identity key under the purpose
 * reporter-contact only, never an identity). Its delivery records are granted apart, on their own keys
 * (infra/constructs/notifications.ts).
 */
export const NOTIFIER_NEEDS: FunctionNeeds = { complaints: 'read', agencies: 'read', staffDirectory: 'list', identityKey: 'open-contact' };

/**
 * The daily digest reads what the notifier reads, for every agency: its open cases (the queue index,
 * without the subject), its staff, each member's held lines. Its delivery records and the removal of
 * carried lines are granted apart, on their own keys (infra/constructs/reminders.ts).
 */
export const REMINDERS_NEEDS: FunctionNeeds = { complaints: 'read', agencies: 'read', staffDirectory: 'list' };
