// You are here: the English words of the staff console's templates, a translation of
// web/i18n/th/staff-pages.ts (same keys: tsc fails on a missing or extra one).
import type { Translation } from '../catalogue';
import type { staffPages as source } from '../th/staff-pages';

export const staffPages: Translation<typeof source> = {
  shell: {
    siteName: 'Corruption complaint management',
    forStaff: '(for staff)',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    menu: 'Staff menu',
    skipLink: 'Skip to main content',
    needsScript: 'This page needs JavaScript. Please turn JavaScript on in your browser, then reload the page.',
    keptBy: 'Kept by',
    footerCaseAudit: 'Every time a complaint is opened or acted on, it is recorded.',
    footerPageAudit: 'Everything done on this page is recorded.',
  },

  signIn: {},

  callback: {},

  cases: {},

  case: {},

  record: {},

  audit: {},

  notifications: {},

  agency: {},

  agencies: {},

  disclosures: {},

  surveyAdmin: {},

  report: {},

  indicators: {},

  registers: {},

  serviceLog: {},

  suggestions: {},
};
