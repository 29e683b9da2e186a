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

  registers: {
    title: 'Knowledge and public-relations channels',
    lead: 'The register of knowledge items published to staff (plan item 1.1.3, a target of at least 5 a fiscal year) and of the public information centre’s public-relations channels (plan item 2.1.1, a target of at least 5 channels). Retired entries stay in the register for the record.',
    jumpLinks: 'Go to a part of this page',
    topicsLink: 'Published knowledge',
    channelsLink: 'Public-relations channels',
    topicsTitle: 'Published knowledge',
    topicsEmpty: 'The register has no knowledge items yet.',
    topicTitle: 'Title',
    mediaType: 'Media type',
    topicChannel: 'Published through',
    publishedOn: 'Publication date',
    status: 'Status',
    actions: 'Actions',
    addTopic: 'Add a knowledge item',
    errorSummaryTitle: 'Please correct the following',
    topicSummary: 'Key points',
    topicSummaryHint: 'What staff learn from it, in 1–3 short sentences.',
    chooseMediaType: 'Choose a media type',
    topicChannelHint: 'For example the intranet, a notice board, a staff LINE group.',
    publishedOnHint: 'It may be in the future: the item is shown to the public and counted in the indicators from that day.',
    topicLink: 'Link to the material (optional)',
    topicLinkHint: 'Starting with https://, for example https://www.example.go.th/knowledge/gift-policy',
    cancelEdit: 'Cancel editing',
    channelsTitle: 'Public-relations and contact channels of the public information centre',
    channelsEmpty: 'The register has no channels yet.',
    channelName: 'Channel name',
    channelKindColumn: 'Kind',
    contact: 'Contact details',
    activePeriod: 'In service',
    addChannel: 'Add a channel',
    channelNameHint: 'For example the information centre hotline, the service point on the ground floor of the office.',
    channelKind: 'Kind of channel',
    chooseChannelKind: 'Choose a kind of channel',
    contactHint: 'A phone number, an address or a link starting with https://. The public sees this on the information centre page.',
    activeSince: 'In service from',
    activeUntil: 'In service until (optional)',
    activeUntilHint: 'Leave empty if the channel stays in service.',
  },

  serviceLog: {
    title: 'Information service log',
    lead: 'Record every request for information or question to the public information centre. The number of requests and how they were answered are reported to the executives every quarter (plan item 2.1.1). Do not record the name or any personal data of the person who asked.',
    errorSummaryTitle: 'Please correct the following',
    date: 'Date of the request',
    channel: 'How the request came in',
    requestKind: 'What was asked for',
    requestKindHint: 'For example a copy of a procurement result announcement, a question about a project’s budget.',
    fulfilled: 'Result',
    fulfilledYes: 'Information given',
    fulfilledNo: 'Not given yet, or could not be given',
    days: 'How many days it took to give the information',
    daysHint: 'Counted from the day of the request; enter 0 if it was given the same day.',
    submit: 'Record the request',
    savedTitle: 'Recorded this time',
    savedHint: 'This list is shown on this page only; the quarter’s totals are in the <a href="indicators.html">plan indicators</a>.',
    dateColumn: 'Date',
    channelColumn: 'Channel',
  },

  suggestions: {
    title: 'Suggestions from the public',
    lead: 'Suggestions the public sent to the public information centre (plan item 2.1.1). Senders do not identify themselves, so they do not see the answers in this system. Answers are kept for staff and for reports to the executives; only the number of suggestions is published.',
    periodForm: 'Choose a period',
    period: 'Period',
    show: 'Show suggestions',
    listTitle: 'Suggestions',
  },
};
