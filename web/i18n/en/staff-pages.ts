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

  record: {
    title: 'Record a complaint from another channel',
    lead: 'Use this page to record a complaint or tip the agency received by letter, by phone, in person, through a general complaints channel, or referred by another agency. It gets a reference number and a secret code, like a complaint sent online. Please print the slip for the reporter to keep.',
    errorSummaryTitle: 'Please correct the following',
    allRequired: 'Every field must be filled in, except those marked (optional).',
    howItCame: 'How the complaint reached the agency',
    channel: 'Channel it came by',
    receivedOn: 'Date received',
    receivedOnHint: 'The day the agency received it, such as the day the letter arrived. The deadlines to acknowledge and handle it count from this day.',
    kind: 'Kind of report',
    reporterType: 'Who made the complaint or gave the tip',
    theComplaint: 'The complaint',
    category: 'Type of complaint',
    subject: 'Subject',
    description: 'Details',
    descriptionHint: 'Who did what, when, where, and what evidence there is, as the reporter told it.',
    unit: 'Unit the complaint concerns (optional)',
    unitHint: 'Staff of the unit complained about will not see this complaint.',
    unitNone: 'Not specified',
    identityTitle: 'The reporter’s identity',
    reporterMode: 'Does the reporter want to say who they are?',
    anonymous: 'Anonymous',
    identified: 'Identified',
    identityLead: 'Identity details are encrypted at once and can be opened only by those authorised, when needed; every opening is recorded.',
    reporterName: 'Full name',
    reporterPhone: 'Phone number (optional)',
    reporterAddress: 'Address (optional)',
    submit: 'Record the complaint',
    slipTitle: 'Complaint receipt',
    slipReference: 'Reference number',
    slipSecret: 'Secret code for following the complaint',
    slipWarning: 'Please write down or print this secret code and keep it somewhere safe. It is shown only once and cannot be recovered.',
    slipAcknowledgeBy: 'An officer will acknowledge it by',
    slipTrackAt: 'Follow the complaint at',
    slipHint: 'Enter the reference number and secret code on the tracking page to see the progress and send messages to the officers.',
    slipPrint: 'Print the receipt',
    slipNext: 'Record another complaint',
  },

  audit: {
    title: 'The agency’s audit trail',
    lead: 'Everything the agency’s staff opened and did, newest first. Once recorded, an entry cannot be changed or deleted. Opening this page is recorded too, with the filters used.',
    errorSummaryTitle: 'Please correct the following',
    filtersLabel: 'Audit trail filters',
    actorFilter: 'Done by (staff ID)',
    action: 'Action',
    everyAction: 'Every action',
    reference: 'Reference number',
    from: 'From',
    to: 'To',
    show: 'Show the trail',
    at: 'Time',
    actor: 'Done by',
    role: 'Role',
    details: 'Reason or details',
    firstPage: 'Back to the first page',
    nextPage: 'Next page',
  },

  notifications: {},

  agency: {},

  agencies: {},

  disclosures: {},

  surveyAdmin: {},

  report: {
    title: 'Quarterly executive report',
    lead: 'The report on the work done, for executives: complaint statistics, overdue cases and the themes of the survey comments. The executive considers it, writes an analysis of problems and remedies, then approves it; the quarter’s statistics are then published with the approval’s date and this analysis.',
    chooseQuarter: 'Choose a quarter',
    quarter: 'Quarter',
    show: 'Show the report',
    signOffTitle: 'Approval of the report',
    published: 'See the published statistics (in Thai)',
    errorSummaryTitle: 'Please correct the following',
    analysis: 'Analysis of problems and remedies',
    analysisHint: 'This text is published with the quarter’s statistics. Do not name people or give reference numbers. Once approved, it cannot be changed.',
    approve: 'Approve the report and publish the statistics',
    report: 'Report',
    inThai: 'The report itself is written in Thai.',
  },

  indicators: {
    title: 'Plan indicators',
    lead: 'The indicators of the anti-corruption action plan: each target beside what was achieved, for a quarter and for the fiscal year to date. Computed from the latest data each time the page is opened.',
    chooseQuarter: 'Choose a quarter',
    quarter: 'Quarter',
    show: 'Show the indicators',
    thisQuarter: 'This quarter',
    indicator: 'Indicator',
    planItem: 'Plan item',
    target: 'Target',
    actual: 'Achieved',
    result: 'Against the target',
    centreQuarter: 'The public information centre this quarter',
    yearToDate: 'Fiscal year to date',
    centreYear: 'The public information centre, fiscal year to date',
  },

  registers: {},

  serviceLog: {},

  suggestions: {},
};
