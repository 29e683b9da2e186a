// The e-mails' words: Thai, Buddhist-era dates, the agency's name and contact, and nothing of a case
// but its reference, category and due date, whatever object the builder is handed.
import { describe, expect, it } from 'vitest';
import { words as enPages } from '../../web/i18n/en/scripts';
import { words as thPages } from '../../web/i18n/th/scripts';
import { mailWords as enMail } from '../../shared/domain/notifications/words/en';
import { mailWords as thMail } from '../../shared/domain/notifications/words/th';
import { deadlineDigest, reportAwaitingSignOff, reporterNews, staffCaseMessage, type CaseNotice, type MessageAgency } from '../../shared/domain/notifications/messages';

const agency: MessageAgency = {
  id: 'bma-health',
  nameTh: 'สำนักอนามัย กรุงเทพมหานคร',
  contact: { responsibleUnit: 'สำนักงานเลขานุการ สำนักอนามัย', phone: '02 245 4964', email: 'secretary@example.org', address: 'MARKER-ADDRESS-NOT-PRINTED' },
};
const site = 'https://integrity.example.go.th';

/** A whole stored complaint, as a careless caller might pass it: every field holds a marker. */
const wholeComplaint = {
  reference: 'ABCDE-12345',
  category: 'bribery',
  dueBy: '2026-12-20T16:59:59.999Z',
  agency: 'bma-health',
  content: { subject: 'MARKER-SUBJECT', description: 'MARKER-DESCRIPTION', accused: 'MARKER-ACCUSED', location: 'MARKER-LOCATION' },
  subject: 'MARKER-SUBJECT-2',
  identity: { name: 'MARKER-NAME', email: 'marker-reporter@example.org', phone: '0812345678' },
  files: [{ name: 'MARKER-FILE-NAME.pdf' }],
  status: 'investigating',
};

const everything = (mail: { subject: string; text: string; html: string; headers: Record<string, string> }) =>
  [mail.subject, mail.text, mail.html, ...Object.values(mail.headers)].join('\n');

describe('staff message about a case', () => {
  it('names the reference, the category in Thai, the due day in the Buddhist era, the console link and the agency', () => {
    const mail = staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'ABCDE-12345', category: 'procurement', dueBy: '2026-12-20T16:59:59.999Z' }, siteUrl: site });
    expect(mail.subject).toBe('เรื่องร้องเรียนใหม่ เลขที่ ABCDE-12345 (สำนักอนามัย กรุงเทพมหานคร)');
    expect(mail.text).toContain('ประเภท: ทุจริตการจัดซื้อจัดจ้าง');
    // 16:59 UTC on 20 December is 23:59 in Bangkok, still the 20th; 2026 + 543 = 2569.
    expect(mail.text).toContain('ต้องตอบรับผู้ร้องเรียนภายใน: 20 ธันวาคม 2569');
    expect(mail.text).toContain(`${site}/staff/case.html?ref=ABCDE-12345`);
    expect(mail.html).toContain(`href="${site}/staff/case.html?ref=ABCDE-12345"`);
    expect(mail.text).toContain('โทร 02 245 4964');
    expect(mail.html).toContain('name="viewport"');
    expect(mail.html).toContain('max-width:560px');
  });

  it('prints nothing of a whole complaint record handed to it instead of a notice', () => {
    for (const event of ['case-new', 'reporter-message', 'reporter-file'] as const) {
      const mail = staffCaseMessage({ event, agency, notice: wholeComplaint as unknown as CaseNotice, siteUrl: site });
      const all = everything(mail);
      expect(all).toContain('ABCDE-12345');
      expect(all).not.toMatch(/MARKER|marker-reporter|0812345678|investigating/);
    }
  });

  it('refuses a subject or any text posing as the reference, and an unknown category', () => {
    expect(() => staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'เรียกรับเงิน', category: 'bribery' }, siteUrl: site })).toThrow(/reference/);
    expect(() => staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'ABCDE-12345', category: 'MARKER' as 'other' }, siteUrl: site })).toThrow(/category/);
    expect(() => staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'ABCDE-12345', category: 'other', dueBy: 'MARKER' }, siteUrl: site })).toThrow(/ISO/);
  });

  it('keeps the link to the site origin: a path or query in the configured URL is dropped', () => {
    const mail = staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'ABCDE-12345', category: 'other' }, siteUrl: `${site}/x?MARKER=1` });
    expect(everything(mail)).not.toContain('MARKER');
  });

  it('escapes the agency name in HTML', () => {
    const mail = staffCaseMessage({ event: 'case-new', agency: { ...agency, nameTh: '<script>x</script>' }, notice: { reference: 'ABCDE-12345', category: 'other' }, siteUrl: site });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});

describe('deadline digest', () => {
  it('lists every case of the day in one message, missed ones counted in the subject', () => {
    const mail = deadlineDigest({
      agency,
      day: '2026-12-07',
      siteUrl: site,
      notices: [
        { reference: 'ABCDE-12345', category: 'bribery', deadline: 'acknowledge', dueBy: '2026-12-10T16:59:59.999Z', missed: false },
        { reference: 'FGHJK-67890', category: 'misconduct', deadline: 'progress', dueBy: '2026-12-06T16:59:59.999Z', missed: true },
      ],
    });
    expect(mail.subject).toBe('กำหนดเวลาเรื่องร้องเรียน 2 เรื่อง (เลยกำหนด 1 เรื่อง) ประจำวันที่ 7 ธันวาคม 2569');
    expect(mail.text).toContain('ต้องตอบรับผู้ร้องเรียนภายใน 10 ธันวาคม 2569');
    expect(mail.text).toContain('เลยกำหนดแจ้งความคืบหน้าแล้ว (กำหนด 6 ธันวาคม 2569)');
    expect(mail.html).toContain(`${site}/staff/case.html?ref=FGHJK-67890`);
  });

  it('prints nothing but the notice fields of records handed to it', () => {
    const mail = deadlineDigest({ agency, day: '2026-12-07', siteUrl: site, notices: [{ ...wholeComplaint, deadline: 'conclude', missed: false } as never] });
    expect(everything(mail)).not.toMatch(/MARKER|marker-reporter|0812345678/);
  });
});

describe('reporter news', () => {
  it('says only that there is news, with the tracking page and a one-click stop', () => {
    const mail = reporterNews({ agency, siteUrl: site, stopToken: 'c3RvcC10b2tlbi1mb3ItdGVzdHM' });
    expect(mail.subject).toBe('มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้');
    expect(mail.text).toContain(`${site}/a/bma-health/track.html`);
    expect(mail.text).toContain(`${site}/stop.html#c3RvcC10b2tlbi1mb3ItdGVzdHM`);
    expect(mail.headers['List-Unsubscribe']).toBe(`<${site}/stop.html#c3RvcC10b2tlbi1mb3ItdGVzdHM>`);
    // No reference and no status, not even in the HTML.
    expect(everything(mail)).not.toMatch(/[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/);
    expect(everything(mail)).not.toMatch(/รับเรื่องแล้ว|ตรวจสอบ|ยุติ/);
  });

  it('prints nothing of a case even when handed one', () => {
    const mail = reporterNews({ ...wholeComplaint, agency, siteUrl: site, stopToken: 'c3RvcC10b2tlbi1mb3ItdGVzdHM' });
    expect(everything(mail)).not.toMatch(/MARKER|ABCDE-12345|marker-reporter/);
  });
});

describe('every message in every language', () => {
  const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
  const englishAgency: MessageAgency = { ...agency, nameEn: 'Health Department, Bangkok Metropolitan Administration', contact: { phone: '02 245 4964', email: 'secretary@example.org' } };
  const token = 'c3RvcC10b2tlbi1mb3ItdGVzdHM';
  const mails = (language: 'th' | 'en') => [
    ...(['case-new', 'reporter-message', 'reporter-file'] as const).map((event) => staffCaseMessage({ event, agency: englishAgency, notice: wholeComplaint as unknown as CaseNotice, siteUrl: site, language })),
    deadlineDigest({ agency: englishAgency, day: '2026-12-07', siteUrl: site, notices: [{ ...wholeComplaint, deadline: 'conclude', missed: true } as never], held: [{ ...wholeComplaint, event: 'case-new' } as never, { event: 'report-sign-off', period: '2570-Q1' }], language }),
    reporterNews({ ...wholeComplaint, agency: englishAgency, siteUrl: site, stopToken: token, language }),
    reportAwaitingSignOff({ agency: englishAgency, period: '2570-Q1', siteUrl: site, language }),
  ];

  it('prints nothing of a whole complaint record handed to it, in Thai and in English', () => {
    for (const language of ['th', 'en'] as const) {
      for (const mail of mails(language)) expect(everything(mail), `${language}: ${mail.subject}`).not.toMatch(/MARKER|marker-reporter|0812345678|investigating/);
      // The reporter's news names no case, in either language.
      expect(everything(mails(language)[4]!)).not.toMatch(/ABCDE-12345/);
    }
  });

  it('writes English messages without a Thai word, in an English page, with English links', () => {
    for (const mail of mails('en')) {
      expect(everything(mail), mail.subject).not.toMatch(THAI_SCRIPT);
      expect(mail.html).toContain('<html lang="en">');
      expect(everything(mail)).not.toMatch(/https:\/\/integrity\.example\.go\.th\/(staff|stop\.html)/);
    }
    for (const mail of mails('th')) expect(mail.html).toContain('<html lang="th">');
  });

  it('writes English dates in the Common Era with the Buddhist-era year beside them', () => {
    const mail = staffCaseMessage({ event: 'case-new', agency: englishAgency, notice: { reference: 'ABCDE-12345', category: 'procurement', dueBy: '2026-12-20T16:59:59.999Z' }, siteUrl: site, language: 'en' });
    expect(mail.text).toContain('Acknowledge the reporter by: 20 December 2026 (B.E.\u00a02569)');
    expect(mail.text).toContain(`${site}/en/staff/case.html?ref=ABCDE-12345`);
  });
});

describe("the e-mails' catalogue", () => {
  /** Every message of a catalogue, functions called with Latin sample values. */
  function messages(catalogue: object, path = ''): [string, string][] {
    return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]): [string, string][] => {
      const at = `${path}${key}`;
      if (typeof value === 'string') return [[at, value]];
      const args: Record<string, unknown[]> = {
        period: [{ kind: 'quarter', fiscalYear: 2570, quarter: 1, firstDay: '2026-10-01', lastDay: '2026-12-31' }],
        day: ['2026-12-07'],
        'digest.deadlines': [2, 1],
        'digest.subjectWithHeld': [2, 'X', 'X'],
      };
      if (typeof value === 'function') return [[at, (value as (...values: unknown[]) => string)(...(args[at] ?? ['X', 'X']))]];
      return messages(value as object, `${at}.`);
    });
  }

  it('has no English message in Thai script or left as the Thai text', () => {
    const thai = new Map(messages(thMail));
    for (const [key, message] of messages(enMail)) {
      expect(message, key).not.toMatch(/[\u0E00-\u0E7F]/);
      expect(message, key).not.toBe(thai.get(key));
    }
  });

  it("labels categories in the pages' words in both languages", () => {
    expect(enMail.categories).toEqual(enPages.categories);
    expect(thMail.categories).toEqual(thPages.categories);
  });
});
