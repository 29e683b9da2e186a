// You are here: the English words the public pages' scripts write, a translation of
// web/i18n/th/scripts.ts (same keys and signatures: tsc fails on a missing or extra one). Dates are
// written in the Common Era with the Buddhist-era year beside them; years are typed in the Common Era.
import { englishDay, formatEnglishDate, formatEnglishDateTime, ENGLISH_MONTHS } from '../../../shared/rules/thai-time';
import { BUDDHIST_ERA_OFFSET } from '../../../shared/rules/thai-time';
import type { Translation } from '../catalogue';
import type { words as source } from '../th/scripts';

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const RETRY = 'Try again';
const plural = (count: number, one: string, many = `${one}s`) => `${number(count)} ${count === 1 ? one : many}`;

export const words: Translation<typeof source> = {
  number,
  formatDate: formatEnglishDate,
  formatDateTime: formatEnglishDateTime,

  formatDay: englishDay,

  /** "Quarter 1 of fiscal year 2027 (B.E. 2570), October–December 2026": a Thai fiscal year ends in September. */
  formatPeriod: (firstDay, lastDay, fiscalYear, quarter) => {
    const [firstYear, firstMonth] = firstDay.split('-').map(Number) as [number, number];
    const [lastYear, lastMonth] = lastDay.split('-').map(Number) as [number, number];
    const year = `${fiscalYear - BUDDHIST_ERA_OFFSET} (B.E.\u00a0${fiscalYear})`;
    return quarter
      ? `Quarter ${quarter} of fiscal year ${year}, ${ENGLISH_MONTHS[firstMonth - 1]}–${ENGLISH_MONTHS[lastMonth - 1]} ${lastYear}`
      : `Fiscal year ${year}, ${ENGLISH_MONTHS[firstMonth - 1]} ${firstYear}–${ENGLISH_MONTHS[lastMonth - 1]} ${lastYear}`;
  },

  surveys: {
    unreachable: 'The surveys could not be loaded because the system could not be reached. Please check your internet connection and reload this page.',
    audienceTags: { staff: 'Staff', public: 'Public', reporter: 'Reporters' },
    audiences: { public: 'For the people we serve; no name needed', staff: 'For the agency’s staff, with the survey code you received (anonymous)', reporter: 'For reporters whose case has been concluded, answered from the tracking page (anonymous)' },
    kinds: { test: 'Quiz', satisfaction: 'Survey' },
    ratings: { 5: 'Very much', 4: 'Much', 3: 'Moderately', 2: 'A little', 1: 'Very little' },
  },

  knowledge: {
    unreachable: 'The knowledge items could not be loaded because the system could not be reached. Please check your internet connection and reload this page.',
    count: (count) => `${plural(count, 'item')} in all`,
    publishedOn: (day) => `Published on ${day}`,
    source: (channel) => `Published through: ${channel}`,
    open: (title) => `Open “${title}”`,
    newTab: ' (opens an outside website in a new tab)',
  },

  disclosures: {
    unreachable: 'The list could not be loaded because the system could not be reached. Please check your internet connection and reload this page.',
    categories: {
      duties: 'The agency’s duties and powers',
      'structure-personnel': 'Structure and staff',
      budget: 'Budget plans and spending',
      procurement: 'Procurement plans and results',
      'reference-prices': 'Reference prices',
      performance: 'Performance reports',
    },
    emptyCategory: 'Nothing in this category yet.',
    count: (count) => plural(count, 'item'),
    publishedOn: 'Published on',
    nextUpdateDue: 'Next update due',
    openDocument: (title) => `Open the document “${title}”`,
    openLink: (title) => `Open “${title}”`,
    documentNewTab: (size) => ` (PDF file, ${size}, opens in a new tab)`,
    linkNewTab: ' (opens an outside website in a new tab)',
  },

  informationCentre: {
    mediaTypes: { leaflet: 'Leaflet', newsletter: 'Newsletter', video: 'Video', poster: 'Poster', article: 'Article' },
    channelKinds: {
      'phone-line': 'Hotline / phone',
      'service-point': 'Service point',
      'suggestion-box': 'Suggestion box',
      'social-media': 'Social media',
      website: 'Website',
      'public-hearing': 'Public hearing',
      other: 'Other channel',
    },
    channelsUnreachable: 'The contact channels could not be loaded because the system could not be reached. Please reload this page shortly.',
    empty: 'Please type your suggestion',
    tooLong: (max) => `Your suggestion must be at most ${number(max)} characters`,
    sendingButton: 'Sending…',
    sending: 'Sending your suggestion',
    send: 'Send suggestion',
    unreachable: 'Your suggestion has not been sent yet because the system could not be reached. Please press “Send suggestion” again. Your text is still here and will not be recorded twice.',
    refused: 'Sorry, the system cannot accept this suggestion. Please reload this page and try again.',
    earlier: 'The public information centre had already received the suggestion you sent earlier. To add more, press “Send another suggestion”.',
    received: (day) => `The public information centre received your suggestion on ${day}. Officers will consider it to improve the service.`,
    sent: 'Your suggestion has been sent. Thank you.',
    serviceChannels: {
      'walk-in': 'In person',
      phone: 'Phone',
      online: 'Online (e-mail, website, social media)',
      letter: 'Letter',
    },
    suggestionStatuses: { new: 'Not answered yet', answered: 'Answered', hidden: 'Hidden' },
  },

  common: {
    errorPrefix: 'Error: ',
    counter: (used, max) => `${number(used)} of ${number(max)} characters used`,
    counterOver: (over, max) => `${plural(over, 'character')} too many (at most ${number(max)})`,
    required: (label) => `Please enter the ${label.toLowerCase()}`,
    choose: (label) => `Please choose the ${label.toLowerCase()}`,
    tooLong: (label, max) => `${label} must be at most ${number(max)} characters`,
    invalid: (label) => `${label} is not valid; please check it again`,
    unknownField: 'Part of what you sent could not be accepted. Please reload this page and try again.',
  },

  dateInput: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    months: ENGLISH_MONTHS,
    buddhistYear: false,
    incomplete: (label) => `Please give the day, month and year of the ${label.toLowerCase()}`,
    notNumbers: (label) => `Please give the ${label.toLowerCase()} in numbers, such as 5 January 2027`,
    otherEra: (example) => `Please give the year in the Common Era, such as ${example}`,
    noSuchDay: (label) => `That day does not exist in the calendar; please check the ${label.toLowerCase()}`,
  },

  categories: {
    bribery: 'Bribery / improper benefits',
    procurement: 'Procurement fraud',
    'abuse-of-power': 'Abuse of authority',
    'salary-promotion': 'Unfair salary steps or promotion',
    misconduct: 'Misconduct / breach of discipline',
    other: 'Other',
  },
  statuses: {
    received: 'Received',
    acknowledged: 'Acknowledged, first checks',
    investigating: 'Investigating the facts',
    referred: 'Referred to the competent authority',
    closed: 'Closed',
  },
  outcomes: {
    substantiated: 'Substantiated; disciplinary or legal action follows',
    unsubstantiated: 'Unsubstantiated',
    'insufficient-evidence': 'Insufficient evidence',
    'not-in-jurisdiction': 'Not within the agency’s authority',
  },
  statusExplanations: {
    received: 'Your complaint has been received. An officer will acknowledge it and make first checks by the date given.',
    acknowledged: 'An officer has acknowledged your complaint and is making first checks.',
    investigating: 'Officers are investigating the facts of this complaint.',
    referred: 'Your complaint has been referred to the authority competent to consider it.',
    closed: 'The consideration of this complaint has ended.',
  },
  authors: { officer: 'Officer', reporter: 'You' },
  phrases: {
    reference: 'Reference number',
    secret: 'Secret code for following your complaint',
    receiptWarning: 'Please write down or print this secret code and keep it somewhere safe. It is shown only once and cannot be recovered.',
  },
  fields: {
    category: 'Type of complaint',
    subject: 'Subject',
    description: 'Details',
    incidentDate: 'Date of the incident',
    location: 'Place of the incident',
    accused: 'Person complained about',
    agency: 'Receiving agency',
    unit: 'Unit the complaint concerns',
    reporter: 'Whether you say who you are',
    'reporter.mode': 'Whether you say who you are',
    'reporter.name': 'Full name',
    'reporter.phone': 'Phone number',
    'reporter.email': 'E-mail',
    'reporter.nationalId': 'National ID number',
    'reporter.address': 'Address',
    reference: 'Reference number',
    secret: 'Secret code',
    body: 'Message',
    notifyEmail: 'E-mail address for news',
    acceptsEmailRisk: 'Confirming you read the e-mail warning',
  },

  finder: {
    searching: 'Searching…',
    all: 'All agencies, by name',
    found: (count, more) => `${plural(count, 'agency', 'agencies')}${more ? ' or more' : ''} found`,
    none: (q) => `No agency has a name matching “${q}”. Try a shorter part of the name, or the full name instead of an abbreviation.`,
    unavailable: 'Agencies cannot be searched at the moment. Please try again shortly.',
    tooLong: 'The name searched for is too long. Please type only part of the name.',
  },
  pageAgency: {
    unknown: 'This agency is not in the complaint channel, or no longer takes complaints through it. Please search again for the agency you want.',
    findLink: 'Find an agency',
    unavailable: 'The agency’s details cannot be loaded at the moment. Please reload this page shortly.',
  },
  unit: { notNamed: 'Not specified' },
  agencyNotice: {
    days: (days) => plural(days, 'day'),
    years: (years) => plural(years, 'year'),
    unavailable: 'The agency’s deadlines and contact details cannot be loaded at the moment, so this page shows general wording. Please reload this page shortly.',
  },

  report: {
    notifyEmailInvalid: 'Please enter a valid e-mail address, such as name@example.com',
    emailRiskNotAccepted: 'Please read the warning about e-mail and confirm it, or remove the address',
    incidentInFuture: 'The date of the incident cannot be after today',
    phone: 'Please enter the phone number in digits, such as 081 234 5678',
    email: 'Please enter a valid e-mail address, such as name@example.com',
    nationalId: 'The national ID number is not valid; please check all 13 digits again',
    chooseCategory: 'Please choose the type of complaint',
    chooseReporter: 'Please choose whether you want to say who you are',
    somethingWrong: 'Some of the information is not valid; please check it again',
    submit: { idle: 'Send complaint', busy: 'Sending…', sending: 'Sending your complaint, please wait' },
    unreachable: 'Your complaint has not been sent yet because the system could not be reached. Please check your internet connection and press “Send complaint” again. Everything you entered is still here, and nothing will be recorded twice.',
    unavailable: 'The system has a temporary problem and your complaint has not been sent yet. Please press “Send complaint” again shortly. Everything you entered is still here, and nothing will be recorded twice.',
    tooLarge: 'The details are longer than the system can accept. Please shorten them.',
    refused: 'Sorry, the system cannot accept this complaint. Please reload this page and send it again.',
    receivedTitle: (reference, agency) => `Complaint received, reference ${reference} | ${agency}`,
    received: 'We have received your complaint',
    qrLabel: (address) => `QR code of the tracking page’s address ${address}`,
    filesLater: 'You can attach files later on the tracking page, with the reference number and secret code above.',
    filesFailed: (failed, later) => `${plural(failed, 'file')} could not be sent yet, but your complaint has been received. Please press “${RETRY}”, or ${later.charAt(0).toLowerCase()}${later.slice(1)}`,
    filesRejected: (rejected, later) => `${plural(rejected, 'file was', 'files were')} refused, for the reasons shown. ${later}`,
    filesChecking: 'All files have been sent; the system has not finished checking them. You can see the result later on the tracking page.',
    filesDone: 'All files have been sent and received.',
    fileHeading: (agency) => `Corruption and Misconduct Complaints, ${agency}`,
    fileReceived: 'Received on',
    fileAcknowledgeBy: 'An officer will acknowledge it by',
    fileTrackAt: 'Follow your complaint at',
    copied: 'The reference number and secret code have been copied',
    copyFailed: 'Copying did not work. Please write down the reference number and secret code yourself, or press “Save as a text file”.',
    saved: 'The file has been saved. Please keep it somewhere safe.',
  },

  track: {
    locked: (minutes) =>
      `The reference number or secret code is not correct, and there have been several wrong attempts. Please check every character of the secret code on your receipt, or try again in about ${plural(minutes, 'minute')} (the correct secret code always works).`,
    notRecognised: 'The reference number or secret code is not correct. Please check that you typed every character you received, and try again (upper or lower case both work).',
    unreachable: 'The system cannot be reached at the moment. Please check your internet connection and try again.',
    enterReference: 'Please enter the reference number',
    enterSecret: 'Please enter the secret code for following your complaint',
    searching: 'Looking for your complaint',
    statusOf: (reference, status) => `Status of complaint ${reference}: ${status}`,
    stageStates: { done: 'Done', current: 'Current stage', ahead: 'Next stage' },
    doneOn: (date) => `On ${date}`,
    nextUpdateBy: (date) => `Next progress update by ${date}`,
    by: (date) => `By ${date}`,
    afterFirstChecks: 'After the first checks',
    afterAcknowledged: 'After an officer acknowledges the complaint',
    concludedOr: (closed, referred) => `${closed} or ${referred.charAt(0).toLowerCase()}${referred.slice(1)}`,
    targetBy: (date) => `Target: by ${date}`,
    refreshed: 'The latest progress is shown',
    emptyMessage: 'Please type the message you want to send',
    messageTooLong: (max) => `The message must be at most ${number(max)} characters`,
    sendingMessage: 'Sending…',
    sendMessage: 'Send message',
    messageSent: 'Your message has been sent to the officers',
    messageUnreachable: 'Your message has not been sent yet because the system could not be reached. Please press “Send message” again. Your message is still here and will not be sent twice.',
    messageRefused: 'Sorry, the system cannot accept this message. Please try again.',
    filesFailed: (failed) => `${plural(failed, 'file')} could not be sent yet. Please press “${RETRY}”, or choose the files and send them again later.`,
    filesChecking: 'The files have been sent; the system has not finished checking them. Please press “See the latest progress” again later.',
    filesDone: 'The files have been sent and checked. The results are shown in the list of evidence files.',
    chooseFiles: 'Please choose the files you want to attach',
    sendingFiles: (count) => `Sending ${plural(count, 'file')}`,
    signedOut: 'The reference number and secret code have been cleared from this page.',
  },

  experienceSurvey: {
    introduction:
      'Your case has been concluded. Please tell us how convenient, quick and safe this complaint channel was for you: 5 means very much, 1 means very little. Your answers are not linked to your reference number, so staff cannot tell which case they come from. Each case can answer once.',
    questions: {
      convenient: 'Complaining and following your case through this channel was convenient and easy to understand',
      fast: 'Your case was acknowledged and handled quickly',
      safe: 'You felt safe, and confident that your information was protected',
      comment: 'Any other suggestions (optional; please do not give names or details of the case)',
    },
    questionNumber: (index) => `Question ${index}`,
    chooseScore: 'Please choose a score for this question',
    commentTooLong: (max) => `Suggestions must be no longer than ${plural(max, 'character')}`,
    sent: 'Your answers have been sent. Thank you.',
    unreachable: 'Your answers could not be sent because the system could not be reached. Please press “Send my answers” again. What you chose is still here, and it counts only once.',
    checkAnswers: 'Please check the answers marked with a message.',
    refused: 'Sorry, the system cannot take these answers at the moment.',
  },

  stop: {
    incomplete: 'This link is incomplete. Please open the stop link in the e-mail again, or copy the whole link into your browser.',
    stopping: 'Stopping e-mails',
    unreachable: 'E-mails could not be stopped yet because the system could not be reached. Please press the button again in a moment.',
    invalid: 'This link is not valid. Please open the stop link in the e-mail again.',
  },

  evidence: {
    types: { pdf: 'PDF document', jpeg: 'JPEG picture', png: 'PNG picture', docx: 'Word document' },
    statuses: { 'awaiting-upload': 'Being checked…', received: 'Received', rejected: 'Refused' },
    rejections: {
      empty: 'The file is empty.',
      'too-large': 'The file is larger than the system accepts.',
      'unsupported-type': 'The system does not accept this kind of file; only PDF, JPG, PNG and Word (.docx).',
      'type-mismatch': 'The kind of file does not match its extension.',
      unreadable: 'The file cannot be read or is damaged.',
      'too-complex': 'The file is too complex, or too large inside, to be checked safely. Please send a smaller file or split it into several.',
      'unsupported-content': 'The file has parts the system does not accept, such as a password. Please save it as a plain PDF or picture and send it again.',
    },
    kindsAccepted: 'PDF, JPG, PNG or Word (.docx)',
    full: (maxFiles) => `This complaint already has ${plural(maxFiles, 'file')}, so no more can be attached.`,
    tooMany: (maxFiles, chosen) => `At most ${plural(maxFiles, 'file')} can be attached to a complaint; you chose ${number(chosen)}. Please choose again.`,
    roomFor: (room, chosen) => `${plural(room, 'more file')} can be attached to this complaint; you chose ${number(chosen)}. Please choose again.`,
    wrongType: (name, kinds) => `“${name}” is a kind of file the system does not accept. Please choose a ${kinds} file.`,
    emptyFile: (name) => `“${name}” is empty. Please choose another file.`,
    fileTooLarge: (name, size, max) => `“${name}” is ${size}, more than the ${max} accepted. Please make the file smaller or split it into several.`,
    rejected: (status, why) => `${status}: ${why ? `${why} ` : ''}The file has been deleted; you can attach a corrected file again.`,
    sentOn: (date) => `Sent on ${date}`,
    retry: RETRY,
    unreachable: 'The file was not sent because the system could not be reached. Please check your internet connection and press “Try again”.',
    tooLarge: (max) => `The file is larger than the ${max ?? 'size'} the system accepts. Please make it smaller or split it into several files.`,
    progressOf: (name) => `Progress of sending ${name}`,
    waiting: 'Waiting to send',
    failed: 'The file was not sent. Please press “Try again”.',
    sending: (percent) => `Sending… ${percent}%`,
    credentialsRefused: 'The file cannot be sent because the reference number or secret code cannot be used at the moment.',
    caseFull: (maxFiles) => `This complaint already has ${maxFiles === undefined ? 'as many files as it can take' : plural(maxFiles, 'file')}, so this file cannot be attached.`,
    typeRefused: (kinds) => `The system does not accept this file. Please check that it is a ${kinds} file.`,
    sent: (checking) => `Sent · ${checking}`,
  },
};
