// You are here: the e-mails the platform sends, in Thai, as plain text and HTML. A message may name a
// case only by its reference, its category's label and a due date, and link to the console or the
// tracking page; it never holds the complaint's text, subject, identity or file names. That is kept
// by construction: every builder reads the few fields it prints from its input one by one and checks
// their shape (a reference is ten Crockford characters, a category one of the codes, a date an
// instant), so an object carrying more (a whole complaint record) gives away nothing more.
import { CATEGORIES, type Category } from '../complaint';
import type { AgencyContact } from '../agencies';
import { AGENCY_ID } from '../../rules/agency-ids';
import { bangkokDate, thaiDay } from '../../rules/thai-time';
import { CATEGORY_LABELS, periodLabel } from '../labels-th';
import { parsePeriod } from '../fiscal';
import { periodFromId } from '../../rules/fiscal';
import type { HeldNotice } from './preferences';
import { html, joinHtml, type SafeHtml } from '../publication/html';

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

function checkedDay(instant: unknown): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(time)) throw new TypeError('A due date must be an ISO instant');
  return thaiDay(bangkokDate(new Date(time)));
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
  return { id: agency.id, nameTh: agency.nameTh, contact: { responsibleUnit, phone, email } };
}

const EVENT_WORDS: Record<StaffEvent, { subject: string; lead: string; due: string }> = {
  'case-new': { subject: 'เรื่องร้องเรียนใหม่', lead: 'มีเรื่องร้องเรียนใหม่เข้าสู่ระบบของ', due: 'ต้องตอบรับผู้ร้องเรียนภายใน' },
  'reporter-message': { subject: 'ผู้ร้องเรียนส่งข้อความใหม่', lead: 'ผู้ร้องเรียนส่งข้อความใหม่ในเรื่องที่ท่านรับผิดชอบ ที่', due: 'ต้องแจ้งความคืบหน้าภายใน' },
  'reporter-file': { subject: 'ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่', lead: 'ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่ในเรื่องที่ท่านรับผิดชอบ ที่', due: 'ต้องแจ้งความคืบหน้าภายใน' },
};

const DEADLINE_WORDS: Record<DeadlineKind, string> = {
  acknowledge: 'ตอบรับผู้ร้องเรียน',
  progress: 'แจ้งความคืบหน้า',
  conclude: 'สรุปผลการดำเนินการ',
};

const STAFF_CLOSING = 'อีเมลนี้ไม่มีรายละเอียดของเรื่อง โปรดเข้าสู่ระบบเพื่ออ่าน และอย่าส่งต่ออีเมลนี้';
const AUTOMATIC = 'อีเมลนี้ส่งโดยอัตโนมัติ โปรดอย่าตอบกลับ';

function contactLines(agency: MessageAgency): string[] {
  const { responsibleUnit, phone, email } = agency.contact;
  return [agency.nameTh, ...(responsibleUnit ? [responsibleUnit] : []), ...(phone ? [`โทร ${phone}`] : []), ...(email ? [`อีเมล ${email}`] : [])];
}

/** One column, large type, the link as a wide button: readable on a phone without zooming. */
function page(title: string, body: SafeHtml, agency: MessageAgency): string {
  const footer = joinHtml(contactLines(agency).map((line) => html`${line}`), ' · ');
  return html`<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="max-width:560px;margin:0 auto;padding:16px;background:#ffffff;font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a">
${body}
<p style="margin-top:24px;font-size:13px;color:#555555">${footer}<br>${AUTOMATIC}</p>
</div></body></html>
`.markup;
}

const button = (href: string, label: string) =>
  html`<p><a href="${href}" style="display:inline-block;padding:12px 20px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:6px">${label}</a></p>`;

const consoleLink = (site: string, reference?: string) => (reference ? `${site}/staff/case.html?ref=${encodeURIComponent(reference)}` : `${site}/staff/cases.html`);

/** A staff member's message about one event on one case. */
export function staffCaseMessage(input: { event: StaffEvent; agency: MessageAgency; notice: CaseNotice; siteUrl: string }): MailContent {
  const agency = checkedAgency(input.agency);
  const reference = checkedReference(input.notice.reference);
  const category = CATEGORY_LABELS[checkedCategory(input.notice.category)];
  const due = input.notice.dueBy === undefined ? undefined : checkedDay(input.notice.dueBy);
  const words = EVENT_WORDS[input.event];
  const link = consoleLink(checkedSite(input.siteUrl), reference);
  const subject = `${words.subject} เลขที่ ${reference} (${agency.nameTh})`;
  const facts: [string, string][] = [['เลขที่เรื่อง', reference], ['ประเภท', category], ...(due ? [[words.due, due] as [string, string]] : [])];
  const text = staffText(agency, [`${words.lead}${agency.nameTh}`, ...facts.map(([label, value]) => `${label}: ${value}`), '', `เปิดดูเรื่องในระบบ: ${link}`]);
  const body = html`<p>เรียน เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน</p>
<p>${words.lead}${agency.nameTh}</p>
<p>${facts.map(([label, value]) => html`${label}: <strong>${value}</strong><br>`)}</p>
${button(link, 'เปิดดูเรื่องในระบบ')}
<p style="font-size:14px;color:#555555">${STAFF_CLOSING}</p>`;
  return { subject, text, html: page(subject, body, agency), headers: {} };
}

/** A staff message's plain text: the greeting, its own lines, the closing and the agency's contact. */
function staffText(agency: MessageAgency, lines: readonly string[]): string {
  return ['เรียน เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน', '', ...lines, '', STAFF_CLOSING, '--', ...contactLines(agency), AUTOMATIC, ''].join('\n');
}

/** What a held line says happened, in the digest. */
const HELD_WORDS: Record<HeldNotice['event'], string> = {
  'case-new': 'เรื่องร้องเรียนใหม่',
  'reporter-message': 'ผู้ร้องเรียนส่งข้อความใหม่',
  'reporter-file': 'ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่',
  'report-sign-off': 'รายงานรอการรับรอง',
};

function checkedPeriod(period: unknown): string {
  const parsed = typeof period === 'string' ? periodFromId(period) : undefined;
  if (!parsed) throw new TypeError('A report is named only by its period, such as 2570-Q1');
  return periodLabel(parsed);
}

const reportLink = (site: string, period: string) => `${site}/staff/report.html?period=${encodeURIComponent(period)}`;

/** The lines a member chose to read in the digest rather than at once, each read field by field. */
function heldLines(site: string, held: readonly HeldNotice[]) {
  return held.map((notice) => {
    const what = HELD_WORDS[notice.event];
    if (!what) throw new TypeError('A held notice is a case happening or a report awaiting sign-off');
    if (notice.event === 'report-sign-off') {
      return { title: checkedPeriod(notice.period), line: what, link: reportLink(site, notice.period) };
    }
    const reference = checkedReference(notice.reference);
    return { title: `${reference} · ${CATEGORY_LABELS[checkedCategory(notice.category)]}`, line: what, link: consoleLink(site, reference) };
  });
}

/**
 * One e-mail a day per staff member, however many of their cases have a deadline near or missed, with
 * the happenings they chose to read here rather than at once (`held`).
 */
export function deadlineDigest(input: { agency: MessageAgency; day: string; notices: readonly DeadlineNotice[]; siteUrl: string; held?: readonly HeldNotice[] }): MailContent {
  const agency = checkedAgency(input.agency);
  const site = checkedSite(input.siteUrl);
  const held = heldLines(site, input.held ?? []);
  const lines = input.notices.map((notice) => {
    const reference = checkedReference(notice.reference);
    const when = checkedDay(notice.dueBy);
    const what = DEADLINE_WORDS[notice.deadline];
    if (!what) throw new TypeError('A deadline is one of acknowledge, progress, conclude');
    return {
      reference,
      category: CATEGORY_LABELS[checkedCategory(notice.category)],
      line: notice.missed === true ? `เลยกำหนด${what}แล้ว (กำหนด ${when})` : `ต้อง${what}ภายใน ${when}`,
      link: consoleLink(site, reference),
    };
  });
  const missed = input.notices.filter((notice) => notice.missed === true).length;
  const day = thaiDay(input.day);
  const deadlines = lines.length > 0 ? `กำหนดเวลาเรื่องร้องเรียน ${lines.length} เรื่อง${missed ? ` (เลยกำหนด ${missed} เรื่อง)` : ''}` : '';
  const subject = held.length === 0 ? `${deadlines} ประจำวันที่ ${day}` : `สรุปการแจ้งเตือน ${held.length} รายการ${deadlines ? ` และ${deadlines}` : ''} ประจำวันที่ ${day}`;
  const deadlineLead = `เรื่องของ${agency.nameTh}ที่ใกล้หรือเลยกำหนดเวลา ณ วันที่ ${day}:`;
  const heldLead = `การแจ้งเตือนที่ท่านเลือกรับเป็นสรุปรายวัน (${agency.nameTh}):`;
  const text = staffText(agency, [
    ...(lines.length > 0 ? [deadlineLead, '', ...lines.flatMap((item) => [`เลขที่ ${item.reference} · ${item.category}`, `  ${item.line}`, `  ${item.link}`]), ''] : []),
    ...(held.length > 0 ? [heldLead, '', ...held.flatMap((item) => [item.title, `  ${item.line}`, `  ${item.link}`]), ''] : []),
    `รายการเรื่องทั้งหมด: ${consoleLink(site)}`,
  ]);
  const body = html`<p>เรียน เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน</p>
${lines.length > 0 ? html`<p>${deadlineLead}</p>` : ''}
${lines.map((item) => html`<p style="border-top:1px solid #dddddd;padding-top:8px"><a href="${item.link}"><strong>${item.reference}</strong></a> · ${item.category}<br>${item.line}</p>`)}
${held.length > 0 ? html`<p>${heldLead}</p>` : ''}
${held.map((item) => html`<p style="border-top:1px solid #dddddd;padding-top:8px"><a href="${item.link}"><strong>${item.title}</strong></a><br>${item.line}</p>`)}
${button(consoleLink(site), 'เปิดรายการเรื่องทั้งหมด')}
<p style="font-size:14px;color:#555555">${STAFF_CLOSING}</p>`;
  return { subject, text, html: page(subject, body, agency), headers: {} };
}

const REPORTER_SUBJECT = 'มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้';
const REPORTER_NOTHING_MORE = 'อีเมลนี้ไม่มีรายละเอียดใด ๆ ของเรื่อง และไม่บอกสถานะของเรื่อง โปรดเข้าไปดูที่หน้าติดตามเรื่องด้วยเลขที่เรื่องและรหัสลับของท่าน';

/** The stop page reads the token from the fragment, which browsers never send to a server or its logs. */
export const stopLink = (siteUrl: string, token: string) => {
  if (!STOP_TOKEN.test(token)) throw new TypeError('A stop token is base64url');
  return `${checkedSite(siteUrl)}/stop.html#${token}`;
};

/**
 * "There is news on your report": no reference, no status, nothing of the case. The reporter chose
 * this; the one-click stop link is in the text, the HTML and the List-Unsubscribe header.
 */
export function reporterNews(input: { agency: MessageAgency; siteUrl: string; stopToken: string }): MailContent {
  const agency = checkedAgency(input.agency);
  const site = checkedSite(input.siteUrl);
  const track = `${site}/a/${agency.id}/track.html`;
  const stop = stopLink(site, input.stopToken);
  const lead = `เรื่องที่ท่านแจ้งไว้กับ${agency.nameTh}มีความเคลื่อนไหวใหม่`;
  const stopWords = 'หากไม่ต้องการรับอีเมลแจ้งเตือนนี้อีก';
  const text = [
    'เรียน ท่านผู้แจ้งเรื่อง',
    '',
    lead,
    `ติดตามเรื่อง: ${track}`,
    '',
    REPORTER_NOTHING_MORE,
    '',
    `${stopWords} กดที่ลิงก์นี้: ${stop}`,
    '--',
    ...contactLines(agency),
    AUTOMATIC,
    '',
  ].join('\n');
  const body = html`<p>เรียน ท่านผู้แจ้งเรื่อง</p>
<p>${lead}</p>
${button(track, 'ไปที่หน้าติดตามเรื่อง')}
<p style="font-size:14px;color:#555555">${REPORTER_NOTHING_MORE}</p>
<p style="font-size:14px">${stopWords} <a href="${stop}">กดที่นี่เพื่อหยุดรับอีเมล</a></p>`;
  return { subject: REPORTER_SUBJECT, text, html: page(REPORTER_SUBJECT, body, agency), headers: { 'List-Unsubscribe': `<${stop}>` } };
}

const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * "A quarterly report awaits your sign-off", to an executive: the quarter and a link to the console's
 * report page, nothing of the figures. The quarter must be written as one (2570-Q1).
 */
export function reportAwaitingSignOff(input: { agency: MessageAgency; period: string; siteUrl: string }): MailContent {
  const agency = checkedAgency(input.agency);
  if (!QUARTER.test(input.period)) throw new TypeError('A report is named by its quarter, such as 2570-Q1');
  const quarter = parsePeriod(input.period);
  const label = periodLabel(quarter);
  const link = reportLink(checkedSite(input.siteUrl), quarter.id);
  const subject = `รายงาน${label} รอการพิจารณาอนุมัติของท่าน (${agency.nameTh})`;
  const lead = `รายงานผลการดำเนินงานต่อผู้บริหารของ${agency.nameTh} ${label} จัดทำเสร็จแล้วและรอการพิจารณาอนุมัติของท่าน สถิติของไตรมาสนี้จะเผยแพร่ต่อสาธารณะเมื่อผู้บริหารอนุมัติ`;
  const text = ['เรียน ผู้บริหาร', '', lead, '', `เปิดรายงานในระบบ: ${link}`, '', STAFF_CLOSING, '--', ...contactLines(agency), AUTOMATIC, ''].join('\n');
  const body = html`<p>เรียน ผู้บริหาร</p>
<p>${lead}</p>
${button(link, 'เปิดรายงานเพื่อพิจารณา')}
<p style="font-size:14px;color:#555555">${STAFF_CLOSING}</p>`;
  return { subject, text, html: page(subject, body, agency), headers: {} };
}
