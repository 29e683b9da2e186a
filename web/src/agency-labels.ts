// You are here: the words of the pages about agencies: the finder (/), the naming of the agency on
// its generic pages (/a/{agency}/…), and the report form's unit, in the page's language (the
// catalogues in web/i18n/). The console pages' words about agencies and staff accounts live in
// agency-console-labels.ts, so the public pages do not load them.
import { WORDS } from './words';

export const FINDER_WORDS = WORDS.finder;

export const PAGE_AGENCY_WORDS = WORDS.pageAgency;

export const UNIT_WORDS = WORDS.unit;

/** The guideline's and the privacy notice's words for the agency's own settings. */
export const AGENCY_NOTICE_WORDS = WORDS.agencyNotice;
