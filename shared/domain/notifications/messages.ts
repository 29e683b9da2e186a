// You are here: the e-mails the platform sends, as plain text and HTML, in the reader's language (Thai
// unless they chose another: a reporter on the page they reported from, a member on the console's
// notification page); the words are in words/th.ts and its translations. A message may name a
// case only by its reference, its category's label and a due date, and link to the console or the
// tracking page; it never holds the complaint's text, subject, identity or file names. That is kept
// by construction: every builder reads the few fields it prints from its input one by one and checks
// their shape (a reference is ten Crockford characters, a category one of the codes, a date an
// instant), so an object carrying more (a whole complaint record) gives away nothing more.
import { CATEGORIES, type Category } from '../complaint';
import type { AgencyContact } from '../agencies';
import { AGENCY_ID } from '../../rules/agency-ids';
import { bangkokDate } from '../../rules/thai-time';
import { parsePeriod } from '../fiscal';
import { periodFromId } from '../../rules/fiscal';
import { LANGUAGES, languageFolder, SOURCE_LANGUAGE, staffHome, type Language } from '../../rules/languages';
import type { Translation } from '../../rules/translation';
import type { HeldNotice } from './preferences';
import { html, joinHtml, type SafeHtml } from '../publication/html';
import { mailWords as th } from './words/th';
import { mailWords as en } from './words/en';

/** Each language's words; a new language adds its catalogue here (docs/languages.md). */
const MAIL_WORDS: Record<Language, Translation<typeof th>> = { th, en };

/** The reader's language, Thai for anything that is not one of LANGUAGES (an item written before languages existed). */
export const mailLanguage = (language: unknown): Language => (LANGUAGES.includes(language as Language) ? (language as Language) : SOURCE_LANGUAGE);

/** A message ready for any mailer: no recipient yet (the notifier adds it). */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** Extra headers, such as List-Unsubscribe on a reporter's message. */
  headers: Record<string, string>;
}

/** The agency a message comes from, as its registry entry names it. */
export interface MessageAgency {
  id: string;
  nameTh: string;
  /** Its registered English name (every registered agency has one), used in a message in any language other than Thai. */
  nameEn?: string;
  contact: AgencyContact;
}

/** All a staff message may say about one case. */
export interface CaseNotice {
  reference: string;
  category: Category;
  /** The next deadline the reader should know of (ISO instant), shown as a Bangkok day. */
  dueBy?: string;
}

/** What happened, in a staff member's message about one case. */
export type StaffEvent = 'case-new' | 'reporter-message' | 'reporter-file';

export type DeadlineKind = 'acknowledge' | 'progress' | 'conclude';

/** One line of a deadline digest: due in a few days, or missed today. */
export interface DeadlineNotice {
  reference: string;
  category: Category;
  deadline: DeadlineKind;
  dueBy: string;
  missed: boolean;
}

const REFERENCE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;
const STOP_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

function checkedReference(reference: unknown): string {
  if (typeof reference !== 'string' || !REFERENCE.test(reference)) throw new TypeError('A message names a case only by a reference such as ABCDE-12345');
  return reference;
}

function checkedCategory(category: unknown): Category {
  if (!CATEGORIES.includes(category as Category)) throw new TypeError('A message names a category only by its code');
  return category as Category;
}

function checkedDay(instant: unknown, language: Language): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(time)) throw new TypeError('A due date must be an ISO instant');
  return MAIL_WORDS[language].day(bangkokDate(new Date(time)));
}

/** The site's origin only (no path, query or credentials), so a link can hold nothing but what is added here. */
function checkedSite(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.username || url.password || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new TypeError('The site URL must be a plain http(s) origin');
  return url.origin;
}

function checkedAgency(agency: MessageAgency): MessageAgency {
  if (!AGENCY_ID.test(agency.id)) throw new TypeError('An agency is named by its id');
  const { responsibleUnit, phone, email } = agency.contact;
  return { id: agency.id, nameTh: agency.nameTh, ...(agency.nameEn ? { nameEn: agency.nameEn } : {}), contact: { responsibleUnit, phone, email } };
}

/** The agency's name in the message's language: Thai in Thai, its registered English name otherwise. */
const agencyName = (agency: MessageAgency, language: Language) => (language === 'th' ? agency.nameTh : (agency.nameEn ?? agency.nameTh));

function contactLines(agency: MessageAgency, language: Language): string[] {
  const words = MAIL_WORDS[language];
  const { responsibleUnit, phone, email } = agency.contact;
  return [agencyName(agency, language), ...(responsibleUnit ? [responsibleUnit] : []), ...(phone ? [words.phone(phone)] : []), ...(email ? [words.email(email)] : [])];
}

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/** What the agency wrote (its responsible unit) is shown as written; in a message of another language Thai is marked as Thai. */
const asWritten = (value: string, language: Language) => (language !== 'th' && THAI_SCRIPT.test(value) ? html`<span lang="th">${value}</span>` : html`${value}`);

/** One column, large type, the link as a wide button: readable on a phone without zooming. */
function page(title: string, body: SafeHtml, agency: MessageAgency, language: Language): string {
  const footer = joinHtml(contactLines(agency, language).map((line) => asWritten(line, language)), ' · ');
  return html`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="max-width:560px;margin:0 auto;padding:16px;background:#ffffff;font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a">
${body}
<p style="margin-top:24px;font-size:13px;color:#555555">${footer}<br>${MAIL_WORDS[language].automatic}</p>
</div></body></html>
`.markup;
}

const button = (href: string, label: string) =>
  html`<p><a href="${href}" style="display:inline-block;padding:12px 20px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:6px">${label}</a></p>`;

/** The console in the member's language (/staff/…, /en/staff/…). */
const consoleLink = (site: string, language: Language, reference?: string) =>
  `${site}${staffHome(language)}${reference ? `case.html?ref=${encodeURIComponent(reference)}` : 'cases.html'}`;

/** A staff member's message about one event on one case, in the member's language (Thai by default). */
export function staffCaseMessage(input: { event: StaffEvent; agency: MessageAgency; notice: CaseNotice; siteUrl: string; language?: Language }): MailContent {
  const language = mailLanguage(input.language);
  const words = MAIL_WORDS[language];
  const agency = checkedAgency(input.agency);
  const name = agencyName(agency, language);
  const reference = checkedReference(input.notice.reference);
  const category = words.categories[checkedCategory(input.notice.category)];
  const due = input.notice.dueBy === undefined ? undefined : checkedDay(input.notice.dueBy, language);
  const event = words.staff.events[input.event];
  if (!event) throw new TypeError('A staff message is about a new case, a reporter\'s message or a reporter\'s file');
  const link = consoleLink(checkedSite(input.siteUrl), language, reference);
  const subject = event.subject(reference, name);
  const facts: [string, string][] = [[words.staff.reference, reference], [words.staff.category, category], ...(due ? [[event.due, due] as [string, string]] : [])];
  const text = staffText(agency, language, [event.lead(name), ...facts.map(([label, value]) => `${label}: ${value}`), '', `${words.staff.openCase}: ${link}`]);
  const body = html`<p>${words.staff.greeting}</p>
<p>${event.lead(name)}</p>
<p>${facts.map(([label, value]) => html`${label}: <strong>${value}</strong><br>`)}</p>
${button(link, words.staff.openCase)}
<p style="font-size:14px;color:#555555">${words.staff.closing}</p>`;
  return { subject, text, html: page(subject, body, agency, language), headers: {} };
}

/** A staff message's plain text: the greeting, its own lines, the closing and the agency's contact. */
function staffText(agency: MessageAgency, language: Language, lines: readonly string[], greeting = MAIL_WORDS[language].staff.greeting): string {
  const words = MAIL_WORDS[language];
  return [greeting, '', ...lines, '', words.staff.closing, '--', ...contactLines(agency, language), words.automatic, ''].join('\n');
}

function checkedPeriod(period: unknown, language: Language): string {
  const parsed = typeof period === 'string' ? periodFromId(period) : undefined;
  if (!parsed) throw new TypeError('A report is named only by its period, such as 2570-Q1');
  return MAIL_WORDS[language].period(parsed);
}

const reportLink = (site: string, period: string, language: Language) => `${site}${staffHome(language)}report.html?period=${encodeURIComponent(period)}`;

/** The lines a member chose to read in the digest rather than at once, each read field by field. */
function heldLines(site: string, held: readonly HeldNotice[], language: Language) {
  const words = MAIL_WORDS[language];
  return held.map((notice) => {
    const what = (words.digest.held as Record<string, string | undefined>)[notice.event];
    if (!what) throw new TypeError('A held notice is a case happening or a report awaiting sign-off');
    if (notice.event === 'report-sign-off') {
      return { title: checkedPeriod(notice.period, language), line: what, link: reportLink(site, notice.period, language) };
    }
    const reference = checkedReference(notice.reference);
    return { title: `${reference} · ${words.categories[checkedCategory(notice.category)]}`, line: what, link: consoleLink(site, language, reference) };
  });
}

/**
 * One e-mail a day per staff member, however many of their cases have a deadline near or missed, with
 * the happenings they chose to read here rather than at once (`held`), in the member's language.
 */
export function deadlineDigest(input: { agency: MessageAgency; day: string; notices: readonly DeadlineNotice[]; siteUrl: string; held?: readonly HeldNotice[]; language?: Language }): MailContent {
  const language = mailLanguage(input.language);
  const words = MAIL_WORDS[language];
  const agency = checkedAgency(input.agency);
  const name = agencyName(agency, language);
  const site = checkedSite(input.siteUrl);
  const held = heldLines(site, input.held ?? [], language);
  const lines = input.notices.map((notice) => {
    const reference = checkedReference(notice.reference);
    const when = checkedDay(notice.dueBy, language);
    const say = (notice.missed === true ? words.digest.missed : words.digest.dueWithin)[notice.deadline] as ((day: string) => string) | undefined;
    if (!say) throw new TypeError('A deadline is one of acknowledge, progress, conclude');
    return { reference, category: words.categories[checkedCategory(notice.category)], line: say(when), link: consoleLink(site, language, reference) };
  });
  const missed = input.notices.filter((notice) => notice.missed === true).length;
  const day = words.day(input.day);
  const deadlines = lines.length > 0 ? words.digest.deadlines(lines.length, missed) : '';
  const subject = held.length === 0 ? words.digest.subject(deadlines, day) : words.digest.subjectWithHeld(held.length, deadlines, day);
  const deadlineLead = words.digest.deadlineLead(name, day);
  const heldLead = words.digest.heldLead(name);
  const text = staffText(agency, language, [
    ...(lines.length > 0 ? [deadlineLead, '', ...lines.flatMap((item) => [words.digest.caseLine(item.reference, item.category), `  ${item.line}`, `  ${item.link}`]), ''] : []),
    ...(held.length > 0 ? [heldLead, '', ...held.flatMap((item) => [item.title, `  ${item.line}`, `  ${item.link}`]), ''] : []),
    `${words.digest.allCases}: ${consoleLink(site, language)}`,
  ]);
  const body = html`<p>${words.staff.greeting}</p>
${lines.length > 0 ? html`<p>${deadlineLead}</p>` : ''}
${lines.map((item) => html`<p style="border-top:1px solid #dddddd;padding-top:8px"><a href="${item.link}"><strong>${item.reference}</strong></a> · ${item.category}<br>${item.line}</p>`)}
${held.length > 0 ? html`<p>${heldLead}</p>` : ''}
${held.map((item) => html`<p style="border-top:1px solid #dddddd;padding-top:8px"><a href="${item.link}"><strong>${item.title}</strong></a><br>${item.line}</p>`)}
${button(consoleLink(site, language), words.digest.openAllCases)}
<p style="font-size:14px;color:#555555">${words.staff.closing}</p>`;
  return { subject, text, html: page(subject, body, agency, language), headers: {} };
}

/**
 * The stop page in the reporter's language (/stop.html, /en/stop.html): one page for every agency at
 * the site's root, as the token names no agency. It reads the token from the fragment, which browsers
 * never send to a server or its logs.
 */
export const stopLink = (siteUrl: string, token: string, language: Language = SOURCE_LANGUAGE) => {
  if (!STOP_TOKEN.test(token)) throw new TypeError('A stop token is base64url');
  return `${checkedSite(siteUrl)}/${languageFolder(mailLanguage(language))}stop.html#${token}`;
};

/**
 * "There is news on your report": no reference, no status, nothing of the case, in the language of the
 * page the reporter used (sealed with the address, never stored in the clear). The reporter chose this;
 * the stop link, to the stop page in the same language, is in the text, the HTML and the List-Unsubscribe header.
 */
export function reporterNews(input: { agency: MessageAgency; siteUrl: string; stopToken: string; language?: Language }): MailContent {
  const language = mailLanguage(input.language);
  const words = MAIL_WORDS[language].reporter;
  const agency = checkedAgency(input.agency);
  const site = checkedSite(input.siteUrl);
  const track = `${site}/a/${agency.id}/${languageFolder(language)}track.html`;
  const stop = stopLink(site, input.stopToken, language);
  const lead = words.lead(agencyName(agency, language));
  const text = [
    words.greeting,
    '',
    lead,
    `${words.track}: ${track}`,
    '',
    words.nothingMore,
    '',
    `${words.stop} ${words.stopLinkText}: ${stop}`,
    '--',
    ...contactLines(agency, language),
    MAIL_WORDS[language].automatic,
    '',
  ].join('\n');
  const body = html`<p>${words.greeting}</p>
<p>${lead}</p>
${button(track, words.trackButton)}
<p style="font-size:14px;color:#555555">${words.nothingMore}</p>
<p style="font-size:14px">${words.stop} <a href="${stop}">${words.stopButton}</a></p>`;
  return { subject: words.subject, text, html: page(words.subject, body, agency, language), headers: { 'List-Unsubscribe': `<${stop}>` } };
}

const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * "A quarterly report awaits your sign-off", to an executive in their language: the quarter and a link
 * to the console's report page, nothing of the figures. The quarter must be written as one (2570-Q1).
 */
export function reportAwaitingSignOff(input: { agency: MessageAgency; period: string; siteUrl: string; language?: Language }): MailContent {
  const language = mailLanguage(input.language);
  const words = MAIL_WORDS[language];
  const agency = checkedAgency(input.agency);
  const name = agencyName(agency, language);
  if (!QUARTER.test(input.period)) throw new TypeError('A report is named by its quarter, such as 2570-Q1');
  const quarter = parsePeriod(input.period);
  const label = words.period(quarter);
  const link = reportLink(checkedSite(input.siteUrl), quarter.id, language);
  const subject = words.report.subject(label, name);
  const lead = words.report.lead(name, label);
  const text = staffText(agency, language, [lead, '', `${words.report.openReport}: ${link}`], words.report.greeting);
  const body = html`<p>${words.report.greeting}</p>
<p>${lead}</p>
${button(link, words.report.openButton)}
<p style="font-size:14px;color:#555555">${words.staff.closing}</p>`;
  return { subject, text, html: page(subject, body, agency, language), headers: {} };
}
