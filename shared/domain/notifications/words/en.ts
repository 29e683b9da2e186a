// You are here: the e-mails' words in English, a translation of the Thai source (words/th.ts). Days
// are in the Common Era with the Buddhist-era year beside them, as on the English pages; a fiscal
// year keeps its Buddhist-era name (FY 2570 runs from October 2026 to September 2027).
import type { Translation } from '../../../rules/translation';
import type { Period } from '../../../rules/fiscal';
import { BUDDHIST_ERA_OFFSET, ENGLISH_MONTHS, englishDay } from '../../../rules/thai-time';
import type { mailWords as th } from './th';
import { CATEGORY_LABELS_EN } from '../../labels-en';

const month = (day: string) => ENGLISH_MONTHS[Number(day.slice(5, 7)) - 1] as string;
const year = (day: string) => Number(day.slice(0, 4));

export const mailWords: Translation<typeof th> = {
  day: (day: string) => englishDay(day),
  period: (period: Period) => {
    const fiscalYear = `fiscal year ${period.fiscalYear - BUDDHIST_ERA_OFFSET} (B.E.\u00a0${period.fiscalYear})`;
    const span = `${month(period.firstDay)}${year(period.firstDay) === year(period.lastDay) ? '' : ` ${year(period.firstDay)}`}–${month(period.lastDay)} ${year(period.lastDay)}`;
    return period.kind === 'quarter' ? `quarter ${period.quarter} of ${fiscalYear}, ${span}` : `${fiscalYear}, ${span}`;
  },
  // The same labels as the English pages and statistics.
  categories: { ...CATEGORY_LABELS_EN },
  automatic: 'This e-mail was sent automatically. Please do not reply to it.',
  phone: (phone: string) => `Phone ${phone}`,
  email: (email: string) => `E-mail ${email}`,

  staff: {
    greeting: 'Dear officer responsible for complaints,',
    closing: 'This e-mail holds no details of the case. Please sign in to read them, and do not forward this e-mail.',
    reference: 'Reference',
    category: 'Type',
    openCase: 'Open the case in the console',
    events: {
      'case-new': {
        subject: (reference: string, agency: string) => `New complaint ${reference} (${agency})`,
        lead: (agency: string) => `A new complaint has reached ${agency}.`,
        due: 'Acknowledge the reporter by',
      },
      'reporter-message': {
        subject: (reference: string, agency: string) => `New message from the reporter of ${reference} (${agency})`,
        lead: (agency: string) => `The reporter of a case you handle at ${agency} has sent a new message.`,
        due: 'Next progress update due by',
      },
      'reporter-file': {
        subject: (reference: string, agency: string) => `New evidence file from the reporter of ${reference} (${agency})`,
        lead: (agency: string) => `The reporter of a case you handle at ${agency} has sent a new evidence file.`,
        due: 'Next progress update due by',
      },
    },
  },

  digest: {
    dueWithin: {
      acknowledge: (day: string) => `Acknowledge the reporter by ${day}`,
      progress: (day: string) => `Give a progress update by ${day}`,
      conclude: (day: string) => `Conclude the case by ${day}`,
    },
    missed: {
      acknowledge: (day: string) => `Acknowledgement overdue (due ${day})`,
      progress: (day: string) => `Progress update overdue (due ${day})`,
      conclude: (day: string) => `Conclusion overdue (due ${day})`,
    },
    held: {
      'case-new': 'New complaint',
      'reporter-message': 'New message from the reporter',
      'reporter-file': 'New evidence file from the reporter',
      'report-sign-off': 'Report awaiting sign-off',
    },
    deadlines: (count: number, missed: number) => `Deadlines of ${count} ${count === 1 ? 'case' : 'cases'}${missed ? ` (${missed} overdue)` : ''}`,
    subject: (deadlines: string, day: string) => `${deadlines}, ${day}`,
    subjectWithHeld: (held: number, deadlines: string, day: string) =>
      `Summary of ${held} ${held === 1 ? 'notification' : 'notifications'}${deadlines ? ` and ${deadlines.charAt(0).toLowerCase()}${deadlines.slice(1)}` : ''}, ${day}`,
    deadlineLead: (agency: string, day: string) => `Cases of ${agency} with a deadline near or missed, as of ${day}:`,
    heldLead: (agency: string) => `Notifications you chose to receive in the daily summary (${agency}):`,
    caseLine: (reference: string, category: string) => `Reference ${reference} · ${category}`,
    allCases: 'All cases',
    openAllCases: 'Open the list of cases',
  },

  report: {
    greeting: 'Dear executive,',
    subject: (period: string, agency: string) => `The report for ${period} awaits your approval (${agency})`,
    lead: (agency: string, period: string) =>
      `The executive report of ${agency} for ${period} is ready and awaits your approval. The quarter's statistics are published once an executive approves them.`,
    openReport: 'Open the report in the console',
    openButton: 'Open the report to review it',
  },

  reporter: {
    subject: 'There is news on your report',
    greeting: 'Dear reporter,',
    lead: (agency: string) => `There is news on the report you made to ${agency}.`,
    track: 'Follow your report',
    trackButton: 'Go to the tracking page',
    nothingMore: 'This e-mail holds no details of your report and does not say its status. Please look on the tracking page with your reference number and secret code.',
    stop: 'Do you no longer want these e-mails?',
    stopLinkText: 'Stop these e-mails',
    stopButton: 'Stop these e-mails',
  },
};
