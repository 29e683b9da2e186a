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
