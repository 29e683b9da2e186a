// You are here: the English words of the published statistics, a translation of words/th.ts (same keys
// and signatures: tsc fails on a missing or extra one). Days are in the Common Era with the
// Buddhist-era year beside them (englishDay, the same helper as the channel's English pages); a
// fiscal year is named by the Common-Era year it ends in, its Buddhist-era name beside it. Labels of
// codes are the English pages' own (labels-en.ts).
import type { Translation } from '../../../rules/translation';
import { BUDDHIST_ERA_OFFSET, ENGLISH_MONTHS, englishDay } from '../../../rules/thai-time';
import {
  CATEGORY_LABELS_EN,
  CHANNEL_LABELS_EN,
  KIND_LABELS_EN,
  OUTCOME_LABELS_EN,
  REPORTER_TYPE_LABELS_EN,
  TARGET_LABELS_EN,
} from '../../labels-en';
import type { words as source } from './th';

const number = (value: number) => value.toLocaleString('en-GB');

/** "fiscal year 2027 (B.E. 2570)": Thailand's fiscal year B.E. 2570 runs from October 2026 to September 2027. */
const fiscalYear = (buddhist: number) => `fiscal year ${buddhist - BUDDHIST_ERA_OFFSET} (B.E.\u00a0${buddhist})`;

/** "Quarter 1, fiscal year 2027 (B.E. 2570): October–December 2026", or the fiscal year with its months. */
const periodName: Translation<typeof source>['periodName'] = (period) => {
  const [firstYear, firstMonth] = period.firstDay.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = period.lastDay.split('-').map(Number) as [number, number];
  if (period.kind === 'quarter') {
    return `Quarter ${period.quarter}, ${fiscalYear(period.fiscalYear)}: ${ENGLISH_MONTHS[firstMonth - 1]}–${ENGLISH_MONTHS[lastMonth - 1]} ${lastYear}`;
  }
  const name = fiscalYear(period.fiscalYear);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${ENGLISH_MONTHS[firstMonth - 1]} ${firstYear}–${ENGLISH_MONTHS[lastMonth - 1]} ${lastYear}`;
};

const plural = (count: string, one: string, many = `${one}s`) => `${count} ${count === '1' ? one : many}`;

/** The indicators' plain names, which the console's pages use too (web/i18n/en/staff-scripts.ts). */
export const INDICATOR_NAMES_EN: Translation<typeof source>['indicators']['names'] = {
    'complaints-received': 'Corruption and misconduct complaints received',
    'complaints-and-tips-from-public': 'Complaints and tips about corruption from the public (every channel)',
    'complaints-completed': 'Complaints completed',
    'channel-experience': 'Reporters’ satisfaction with the complaint channel (convenient, fast, safe)',
    'info-centre-satisfaction': 'Public satisfaction with the public information centre',
    'promotion-satisfaction': 'Staff satisfaction with the salary step and promotion system',
    'promotion-complaints-trend': 'Complaints about salary steps or promotion (this quarter against the one before)',
    'knowledge-topics': 'Anti-corruption knowledge topics published to staff (fiscal year to date)',
    'pr-channels': 'Open channels for publicity and for contacting the public information centre',
    'info-centre-requests': 'Requests to the public information centre (times)',
    'info-centre-fulfilled': 'Requests for information that were answered',
    suggestions: 'Suggestions received from the public',
    'knowledge-pass-rate': 'Staff who passed the anti-corruption knowledge test',
    'vigilance-followup': 'Follow-up assessment of staff vigilance against corruption',
};

export const words: Translation<typeof source> = {
  languageName: 'English',
  number,
  day: englishDay,
  periodName,

  layout: {
    skipLink: 'Skip to main content',
    siteName: 'Corruption and Misconduct Complaints',
    languageSwitch: 'Language',
    links: 'Links of the complaint channel',
    backToChannel: (agency) => `Back to the complaint channel of ${agency}`,
    guide: 'How to complain',
    otherAgencies: 'Statistics of other agencies',
    findAgency: 'Find an agency to complain to',
    allAgencies: 'Statistics of every agency',
  },

  cells: {
    noData: 'No data yet',
    withheld: 'Withheld',
    lessThan: (threshold) => `Fewer than ${threshold}`,
    statisticWithheld: (threshold) => `Withheld (computed from fewer than ${threshold} complaints)`,
    smallNote: (threshold) => `“Fewer than ${threshold}” means 0 to ${threshold - 1} complaints: the real number is not shown, so that no one who complained can be identified.`,
    withheldNote: '“Withheld” means this number is hidden too, so that it cannot be subtracted from a total to find a hidden number.',
    days: (value) => `${value} ${value === '1' ? 'day' : 'days'}`,
    percent: (value) => `${value} %`,
  },

  chart: {
    dataCaption: (title) => `Data of the chart: ${title}`,
    item: 'Item',
    count: 'Number (complaints)',
  },

  codes: {
    buckets: { received: 'Complaints received', inProgress: 'In progress', completed: 'Completed' },
    categories: CATEGORY_LABELS_EN,
    channels: CHANNEL_LABELS_EN,
    kinds: KIND_LABELS_EN,
    reporterTypes: REPORTER_TYPE_LABELS_EN,
    outcomes: OUTCOME_LABELS_EN,
    targets: TARGET_LABELS_EN,
  },

  period: {
    title: (period, agency) => `Corruption complaint statistics, ${period} – ${agency}`,
    heading: 'Corruption and misconduct complaint statistics',
    published: (day, revision) => `Published on ${day}${revision > 1 ? ` (revision ${revision - 1})` : ''}`,
    summary: 'Summary',
    counted: 'Counts the complaints received in this period, each in its state on the last day of the period.',
    byCategory: 'Complaints received, by type',
    byChannel: 'Complaints received, by channel',
    byKind: 'Complaints received: complaints and tips',
    byReporterType: 'Complaints received, by who reported',
    outcomes: 'Outcomes of the completed complaints',
    closedAs: (outcome) => `Closed: ${outcome}`,
    referred: 'Referred to the competent authority',
    timeliness: 'How quickly complaints are handled',
    medianDaysToAcknowledge: 'Time to acknowledge a complaint (median)',
    medianDaysToClose: 'Time to complete a complaint (median)',
    acknowledgedWithinDeadline: 'Acknowledged within the deadline',
    salary: 'Complaints about salary steps or promotion, by quarter',
    salaryOfYear: (year) => `Complaints about salary steps or promotion, by quarter, ${fiscalYear(year)}`,
    quarter: (quarter) => `Quarter ${quarter}`,
    openData: 'Open data',
    csv: 'Download the data as CSV (labels in Thai)',
    json: 'Download the data as JSON',
    archive: 'Statistics of every period',
    protection: (threshold) =>
      `To protect the people who complain, numbers from 0 to ${threshold - 1} are shown as “fewer than ${threshold}”, and some numbers are “withheld” so that they cannot be worked out back from a total. Medians and percentages are shown when computed from at least ${threshold} complaints.`,
    yearToDate: 'The fiscal year to date is the sum of the quarters already published (each complaint counted in its state at the end of the quarter it was received in).',
    frozen: 'A quarter’s numbers are published once, after the quarter ends, and are not changed later; nothing about any single complaint is published.',
  },

  approval: {
    heading: 'The executive’s review',
    approvedOn: (day) => `An executive reviewed these statistics and approved their publication on ${day}`,
    analysis: 'Analysis of problems and remedies',
  },

  surveys: {
    heading: 'Results of the plan’s surveys',
    survey: 'Survey',
    answered: 'Answers',
    result: 'Result',
    target: 'Target',
    againstTarget: 'Result against target',
    people: (count) => (/^\d/.test(count) ? plural(count, 'person', 'people') : `${count} people`),
    passed: (share) => `${share} passed`,
    atLeastPercent: (percent) => `At least ${percent} %`,
    withheldFew: (threshold) => `Withheld (fewer than ${threshold} people answered)`,
    withheldQuarter: (threshold) => `Withheld (fewer than ${threshold} people answered in one of the quarters)`,
    fewAnswered: (threshold) =>
      `The results of a survey answered by fewer than ${threshold} people are withheld, and the number who answered is shown as “fewer than ${threshold}” (0 to ${threshold - 1} people), so that no one’s answers can be identified.`,
    titles: {
      'knowledge-test': 'Anti-corruption knowledge test',
      'info-center-satisfaction': 'Satisfaction with the public information centre',
      'promotion-satisfaction': 'Satisfaction with the salary step and promotion system',
      'vigilance-followup': 'Follow-up on staff vigilance against corruption',
      'channel-experience': 'Satisfaction with the corruption complaint channel',
    },
    items: { convenient: 'Convenient', fast: 'Fast', safe: 'Safe' },
  },

  indicators: {
    heading: 'Indicators of the action plan',
    indicator: 'Indicator',
    planItem: (item) => `(plan item ${item})`,
    reported: 'Reported, no target',
    withheld: 'Withheld (small numbers)',
    atLeast: (value, unit) => `At least ${value}${unit ? ` ${unit}` : ''}`,
    atMost: (value, unit) => `At most ${value}${unit ? ` ${unit}` : ''}`,
    and: ' and ',
    units: { percent: '%', items: '', channels: 'channels' },
    names: INDICATOR_NAMES_EN,
  },

  archive: {
    title: (agency) => `Statistics of every period – ${agency}`,
    heading: 'Corruption and misconduct complaint statistics: every period',
    caption: 'Statistics published for every period',
    period: 'Period',
    updated: 'Last updated',
    revision: 'Revision',
    openData: 'Open data',
    note: 'Each quarter’s numbers are published once, after the quarter ends, and are not changed later. The fiscal year to date is updated every quarter as the sum of the quarters already published.',
  },

  pending: {
    title: (agency) => `Corruption complaint statistics – ${agency}`,
    notYet: (agency) => `${agency} has not published statistics yet`,
    when: 'Statistics are published every quarter of the fiscal year, after the quarter’s last day (in December, March, June and September). The statistics of the first quarter in which the agency receives complaints will appear on this page.',
    otherAgencies: 'See the statistics of other agencies',
  },

  index: {
    title: 'Corruption complaint statistics: every agency',
    published: (count) => `${plural(count, 'agency', 'agencies')} ${count === '1' ? 'has' : 'have'} published statistics`,
    latest: (period) => `(latest: ${period})`,
    search: 'Find an agency',
    searchExample: 'e.g. Bang Phli SAO',
    found: (count) => `${plural(count, 'agency', 'agencies')} found`,
    asData: 'The same list as open data:',
  },

  national: {
    name: 'All agencies',
    title: (period) => `Corruption complaint statistics, ${period} – all agencies`,
    heading: 'Corruption and misconduct complaint statistics: all agencies',
    agencies: (count) => `Added up from the numbers ${plural(count, 'agency', 'agencies')} have published`,
    atLeast: (low) => `At least ${low}`,
    note: (threshold) =>
      `The national figures are computed only from the numbers each agency has published. A number an agency shows as “fewer than ${threshold}” or “withheld” counts as the range of values it may have, so a national figure is shown as a range (lowest–highest) where an agency hid a number, so that the other agencies’ numbers cannot be subtracted from a total to find a hidden one.`,
  },
};
