// You are here: the English words the staff console's scripts write, a translation of
// web/i18n/th/staff-scripts.ts (same keys and signatures: tsc fails on a missing or extra one).
import type { Translation } from '../catalogue';
import type { staffWords as source } from '../th/staff-scripts';

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export const staffWords: Translation<typeof source> = {
  shell: {
    noRoles: 'no role',
    menu: {
      cases: 'Complaints',
      audit: 'Audit trail',
      record: 'Record a complaint from another channel',
      indicators: 'Plan indicators',
      report: 'Quarterly executive report',
      surveyAdmin: 'Surveys',
      registers: 'Knowledge and channels',
      disclosures: 'Public disclosure',
      serviceLog: 'Information service log',
      suggestions: 'Suggestions from the public',
      agency: 'Units and staff accounts',
      agencies: 'Agencies on the platform',
      notifications: 'E-mail notifications',
    },
    notAllowed: (theirs: string, what: string, needed: string) => `Your role (${theirs}) may not ${what}. This page is only for: ${needed}.`,
    orJoin: ' or',
    unavailable: (retry: string) => `The system cannot be reached at the moment. Check your internet connection, then ${retry}.`,
    forbidden: 'Your role may not do this.',
    notFound: 'This item was not found; it may have changed. Please reload the page.',
    refused: (retry: string) => `The system could not do this. Check what you entered, then ${retry}.`,
    acknowledgeBy: 'Acknowledge by',
    concludeBy: 'Conclude by',
    nextUpdateBy: 'Next progress update by',
    quarters: 'Quarters',
    fiscalYears: 'Whole fiscal years',
  },

  labels: {
    roles: {
      officer: 'Complaint officer',
      custodian: 'Reporter data custodian',
      executive: 'Executive',
      admin: 'Administrator',
      'platform-admin': 'Platform administrator',
      supervisor: 'Assigning supervisor',
      system: 'Automatic process',
    },
    authors: { officer: 'Officer', reporter: 'Reporter' },
    reporterModes: { identified: 'Identified', anonymous: 'Anonymous' },
    overdue: {
      acknowledgement: 'Acknowledgement overdue',
      progress: 'Progress update overdue',
      conclusion: 'Conclusion overdue',
    },
    auditActions: {
      'queue.list': 'Viewed the case list',
      'case.read': 'Opened the case',
      'case.record': 'Recorded a complaint from another channel',
      'case.transition': 'Changed the status',
      'case.message': 'Sent a message to the reporter',
      'identity.reveal': "Revealed the reporter's identity",
      'audit.read': 'Viewed the audit trail',
      'file.download': 'Downloaded an evidence file',
      'case.hold': 'Placed a legal hold',
      'case.release': 'Released the legal hold',
      'case.export': 'Exported the case for referral',
      'case.destroy': 'Destroyed the data at the end of retention',
      'case.conflict': 'Declared a conflict of interest',
      'case.assign': 'Assigned the case',
    },
    identity: {
      name: 'Full name',
      phone: 'Phone number',
      email: 'E-mail',
      nationalId: 'National ID number',
      address: 'Contact address',
    },
    fields: {
      to: 'New status',
      outcome: 'Outcome',
      publicNote: 'Note to the reporter',
      internalNote: 'Internal note',
      body: 'Message to the reporter',
      reason: 'Reason for revealing the identity',
    },
    someField: 'Some of the information',
    chooseOutcome: 'Choose the outcome before concluding the case',
    fieldRequired: (label: string) => `Enter the ${label.toLowerCase()}`,
    fieldTooShort: (label: string, min: number) => `${label} must be at least ${number(min)} characters`,
    fieldTooLong: (label: string, max: number) => `${label} must be at most ${number(max)} characters`,
    fieldInvalid: (label: string) => `${label} is not valid; please check it`,
  },

  signIn: {
    signedOut: 'You have signed out.',
    expired: 'Your sign-in has expired. Please sign in again.',
    noConfig: "You cannot sign in yet: the system's settings did not load. Please reload the page; if that does not help, tell the system administrator.",
    signInAs: 'Sign in as',
    accountFailed: 'Signing in with this account did not work. Please try again.',
    subRequired: 'Enter a user name',
    subTooLong: (max: number) => `The user name must be at most ${number(max)} characters`,
    rolesRequired: 'Choose at least one role',
    unavailable: 'The system cannot be reached at the moment. Check that the system on this machine is still running, then try again.',
    refused: 'Signing in did not work. Check the user name and roles, then try again.',
  },

  callback: {
    cancelled: 'Signing in did not work, or you cancelled it. Please try again.',
    noConfig: "You cannot sign in yet: the system's settings did not load. Please try again.",
    unreachable: 'The sign-in service cannot be reached at the moment. Check your internet connection, then try again.',
    refused: 'Signing in did not work, perhaps because it took too long or was started in another tab. Please start signing in again.',
  },

  cases: {
    notAllowed: (roles: string) =>
      `Your role (${roles}) may not view the list of complaints. It is only for complaint officers and reporter data custodians.`,
    loading: 'Loading the list…',
    unavailable: 'The list did not load because the system cannot be reached. Please press “Show the list” again.',
    forbidden: 'You may not view the list of complaints.',
    refused: 'The list did not load. Check the filters, then press “Show the list” again.',
    shown: (count: number, late: number, page: number) =>
      `${page > 1 ? `Page ${number(page)}: showing` : 'Showing'} ${number(count)} ${count === 1 ? 'case' : 'cases'}${late ? `, ${number(late)} overdue` : ''}`,
    none: 'No cases match the filters you chose.',
    columns: {
      reference: 'Reference',
      subject: 'Subject',
      category: 'Category',
      status: 'Status',
      assignee: 'Assigned to',
      receivedAt: 'Received',
      nextDeadline: 'Next deadline',
    },
    finished: 'Completed',
    unassigned: 'Not yet assigned',
    assignedToYou: 'You',
    referenceInvalid: 'Enter the 10-character reference, for example AB12C-3DE45',
  },

  case: {},

  record: {},

  audit: {},

  notifications: {
    kinds: {
      'case-new': { legend: 'New complaints', hint: 'New cases of your agency that you may see and that nobody is handling yet' },
      'reporter-activity': { legend: 'A reporter sends a message or new evidence', hint: 'In the cases you handle' },
      'report-sign-off': { legend: 'A report awaits sign-off', hint: 'For executives: when the quarterly report is ready to review and sign off' },
    },
    modes: { immediate: 'E-mail me at once', digest: 'Put it in the daily summary e-mail' },
    retryLoad: 'reload the page',
    retrySave: 'try saving again',
    saved: 'Your notification settings are saved.',
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
