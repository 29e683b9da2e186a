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

  case: {
    title: 'Complaint',
    back: 'Back to the complaints',
    referenceHeading: 'Case',
    needsScript: 'This page needs JavaScript. Please turn JavaScript on in your browser, then reload the page.',
    jumpLinks: 'Go to a part of this page',
    loading: 'Loading the case…',
    statusNow: 'Current status',
    outcomeIs: 'Outcome:',
    deadlinesTitle: 'Deadlines',
    contentTitle: 'Details of the case',
    descriptionTitle: 'What the complaint says',
    timelineTitle: 'Progress',
    messagesTitle: 'Messages',
    noMessages: 'No messages yet.',
    filesTitle: 'Evidence files',
    noFiles: 'The reporter has not attached any evidence files.',
    fileName: 'File name given by the reporter',
    fileType: 'Type',
    fileSize: 'Size',
    fileStatus: 'Status',
    fileDownload: 'Download',
    filesHint:
      'A downloaded file is a copy the system made again from what can be seen (a PDF as a picture of each page, a picture re-encoded from its pixels), so hidden data such as where a photo was taken, the name of whoever made the document and embedded files do not come with it. What was removed is shown in the status column. Files are named by the case reference and their order; the SHA-256 value shows that a file has not been changed. Every download is recorded in the audit trail.',
    assignTitle: 'Assign the case',
    assigneeLabel: 'User ID of the person responsible',
    assigneeHint:
      "The user ID of a staff member of your agency (the agency's administrator sees them in the staff list). The case cannot be assigned to someone who belongs to the unit complained about or who has declared a conflict of interest in it.",
    assignReasonLabel: 'Reason (required when changing who is responsible)',
    assignReasonHint: 'The reason is recorded in the audit trail.',
    assignSubmit: 'Assign',
    transitionTitle: 'Change the status',
    noTransitions: 'This case is concluded; there is no next status to change to.',
    newStatus: 'New status',
    outcome: 'Outcome',
    outcomeHint: 'Required when closing the case. The reporter will see this outcome.',
    outcomeChoose: '– Choose an outcome –',
    publicNoteLabel: 'Note to the reporter (optional)',
    publicNoteHint: 'The reporter sees this note on the tracking page. Please write it politely and plainly.',
    internalNoteLabel: 'Internal note (optional)',
    internalNoteHint: 'Seen by staff only; the reporter never sees this note.',
    transitionSubmit: 'Save the status change',
    messageTitle: 'Send a message to the reporter',
    messageLabel: 'Message to the reporter',
    messageHint: 'The reporter sees this message on the tracking page, signed only “Officer”, without your name.',
    messageSubmit: 'Send the message',
    revealTitle: "The reporter's identity",
    revealAnonymous: 'The reporter chose to stay anonymous, so there is no identity to reveal.',
    revealWarning:
      "The reporter's identity is kept encrypted. Reveal it only when the investigation needs it. Every time it is revealed, the system records your user name, the time and your reason in the audit trail, which cannot be changed or deleted.",
    revealReasonLabel: 'Reason for revealing the identity',
    revealReasonHint: "At least 20 characters, for example: the reporter must be contacted for more evidence on the supervisor's instruction.",
    revealConfirmLegend: 'Confirm that the reveal is recorded',
    revealConfirm: 'I understand that this reveal is recorded with my user name and my reason.',
    revealSubmit: 'Reveal the identity',
    identityTitle: 'The revealed identity',
    identityHint: 'Use it only as far as needed, and do not copy or pass it on. It is not stored on this device and disappears when you press “Hide the identity” or leave this page.',
    identityHide: 'Hide the identity',
    holdTitle: 'Legal hold on destruction',
    holdReasonLabel: 'Reason',
    holdReasonHint: 'At least 20 characters, for example a court order or an investigation not yet finished. The reason is recorded in the audit trail.',
    holdSubmit: 'Place a legal hold',
    conflictTitle: 'Declare a conflict of interest in this case',
    conflictIntro:
      'If you are connected with the person complained about or with this case, so that you should not handle it, declare it here. Once declared, you will no longer see this case, neither in the list nor by its reference. The reporter data custodian sees the declaration and its reason, and it is recorded in the audit trail.',
    conflictReasonLabel: 'Your interest',
    conflictReasonHint: 'At least 20 characters, for example: the person complained about is a relative of mine, or my direct superior.',
    conflictSubmit: 'Declare the conflict and step away from this case',
    exportTitle: 'Export the case for referral to another agency',
    exportIntro:
      'The system puts the details of the case, its progress, the messages and the evidence files received into a ZIP file with the SHA-256 value of each file. Every export is recorded in the audit trail.',
    exportReasonLabel: 'Reason and the agency taking the case over',
    exportReasonHint: 'At least 20 characters, for example: referred to the NACC under letter no. …',
    exportIdentity: "Include the reporter's identity",
    exportIdentityHint: 'Choose this only when the receiving agency needs to contact the reporter.',
    exportSubmit: 'Create the export file',
    auditTitle: 'Audit trail',
    auditIntro: 'Every time this case was opened or acted on, in order of time; it cannot be changed or deleted. Viewing the trail is recorded too.',
    auditLoad: 'Show the audit trail',
    auditAt: 'Time',
    auditActor: 'By',
    auditRole: 'Role',
    auditAction: 'Action',
    auditDetails: 'Reason or details',
  },

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
