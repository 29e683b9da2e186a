// The e-mails' words: Thai, Buddhist-era dates, the agency's name and contact, and nothing of a case
// but its reference, category and due date, whatever object the builder is handed.
import { describe, expect, it } from 'vitest';
import { deadlineDigest, reporterNews, staffCaseMessage, type CaseNotice, type MessageAgency } from '../../shared/domain/notifications/messages';

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
