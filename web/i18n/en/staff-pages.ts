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

  signIn: {
    title: 'Staff sign-in',
    loading: 'Loading…',
    cognitoIntro: 'Use the user account your agency gave you. You will be taken to the sign-in page, then back to the list of complaints.',
    cognitoStart: 'Sign in with your staff account',
    localTitle: 'Sign-in for testing on this machine',
    localWarning:
      'This sign-in without a password exists only on a test system running on a developer\'s machine (local). On the live system on AWS, staff sign in with their agency\'s user account and password.',
    errorSummaryTitle: 'Please correct the following',
    accountsTitle: 'Staff accounts already created',
    accountsHint: "Accounts the agency's administrators created in the system. Choose one to sign in with that account's roles, agency and unit.",
    subLabel: 'User name',
    subHint: 'The name recorded in the audit trail, for example officer-somchai (at most 64 characters)',
    rolesLegend: 'Roles',
    rolesHint: 'You may choose more than one role.',
    agencyLabel: 'Agency',
    submit: 'Sign in',
    forReporters: 'Reporters who want to follow their complaint: please use the <a href="/en/track.html">complaint tracking page</a>.',
  },

  callback: {
    title: 'Signing in',
    wait: 'Please wait a moment.',
    backToSignIn: 'Back to the sign-in page',
  },

  cases: {
    title: 'Complaints',
    auditLookupTitle: "View a case's audit trail",
    reference: 'Reference',
    auditLookupSubmit: 'View the audit trail',
    recordLink: 'Record a complaint received by letter, phone or another channel',
    filters: 'Filter the list of cases',
    status: 'Status',
    anyStatus: 'Any status',
    category: 'Category',
    anyCategory: 'Any category',
    assignee: 'Assigned to',
    anyAssignee: 'All cases',
    assignedToMe: 'Cases assigned to me',
    unassigned: 'Cases not yet assigned',
    overdueOnly: 'Overdue cases only',
    show: 'Show the list',
    subject: 'Subject',
    receivedAt: 'Received',
    nextDeadline: 'Next deadline',
    firstPage: 'Back to the first page',
    nextPage: 'Next page',
  },

  case: {},

  record: {},

  audit: {},

  notifications: {
    title: 'E-mail notifications',
    lead:
      'Choose whether the system e-mails you as soon as something happens, or gathers it into the daily summary sent every morning at 08:00. Every e-mail holds only the reference, the category, the due date and a link to sign in: never the details of the case or anything about the reporter.',
    reminders: 'Deadline reminders (3 days ahead, and on the day a deadline passes) always come in the daily summary.',
    save: 'Save the settings',
  },

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
