// You are here: the words of the console pages that keep agencies (staff/agencies.html, for the
// platform's administrators) and one agency's units, contact and staff (staff/agency.html, for that
// agency's administrators), in the page's language (web/i18n/{th,en}/staff-scripts.ts, `agency`).
// Field paths are the API's (functions/agencies/schemas.ts).
import { staffFieldMessage } from './staff-labels';
import { STAFF_WORDS } from './staff-words';

const WORDS = STAFF_WORDS.agency;

export const AGENCY_FIELD_LABELS = WORDS.fields;

export const UNIT_ROW_WORDS = WORDS.unitRows;

export const CONSOLE_WORDS = WORDS;

export const ACCOUNT_STATUS_LABELS = WORDS.accountStatuses;

/**
 * A sentence in the page's language for a field the agency routes refused: the server's reason is
 * English for developers, so only its kind (missing, too long…) and the field's label are shown. A
 * unit's field ("units.2.nameEn") is named as the units.
 */
export function consoleFieldMessage(path: string, reason: string): string {
  return staffFieldMessage(path.replace(/^units\..*$/, 'units'), reason, AGENCY_FIELD_LABELS);
}
