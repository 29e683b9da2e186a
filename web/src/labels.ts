// You are here: the words and dates every page shows, public and staff. Labels follow docs/glossary.md;
// codes come from the API. Words only some pages need live beside this module (evidence-labels.ts,
// staff-labels.ts, survey-labels.ts, information-centre-labels.ts), so code splitting hands each page
// only the words it shows. Types are imported from the domain so a new category or status fails to
// compile here until it has a Thai label (type-only imports: the domain's zod never reaches a bundle).
import type { Status } from '../../shared/domain/complaint';

// The rules the server applies too, from the modules it imports them from (no zod reaches a page).
export { INFO_CENTRE_BOUNDS, TEXT_BOUNDS, typedLength } from '../../shared/rules/text';
export { formatThaiDate as formatDate, formatThaiDateTime as formatDateTime } from '../../shared/rules/thai-time';


/** One source for these three with the published statistics and the executive report (plain data, safe to bundle). */
export { CATEGORY_LABELS, OUTCOME_LABELS, STATUS_LABELS, TARGET_LABELS, targetLabel } from '../../shared/domain/labels-th';

/** One plain sentence per status, so the reporter knows what is happening and what comes next. */
export const STATUS_EXPLANATIONS: Record<Status, string> = {
  received: 'ระบบได้รับเรื่องของท่านแล้ว เจ้าหน้าที่จะตอบรับและตรวจสอบเรื่องเบื้องต้นภายในวันที่กำหนด',
  acknowledged: 'เจ้าหน้าที่ตอบรับเรื่องของท่านแล้ว และกำลังตรวจสอบข้อมูลเบื้องต้น',
  investigating: 'เจ้าหน้าที่กำลังตรวจสอบข้อเท็จจริงของเรื่องนี้',
  referred: 'เรื่องของท่านถูกส่งต่อไปยังหน่วยงานที่มีอำนาจหน้าที่พิจารณาแล้ว',
  closed: 'การพิจารณาเรื่องนี้สิ้นสุดแล้ว',
};

/** Who wrote a message: officers are never named (docs/glossary.md), the reporter is addressed as ท่าน. */
export const AUTHOR_LABELS = { officer: 'เจ้าหน้าที่', reporter: 'ท่าน' } as const;

export const PHRASES = {
  reference: 'เลขที่เรื่อง',
  secret: 'รหัสลับสำหรับติดตามเรื่อง',
  receiptWarning: 'โปรดจดหรือพิมพ์รหัสลับนี้เก็บไว้ในที่ปลอดภัย ระบบจะแสดงรหัสนี้เพียงครั้งเดียว และไม่สามารถกู้คืนได้',
} as const;

/** The Thai label of every field the API may name in `error.fields`, keyed by its path. */
export const FIELD_LABELS: Record<string, string> = {
  category: 'ประเภทเรื่อง',
  subject: 'หัวข้อเรื่อง',
  description: 'รายละเอียดเรื่อง',
  incidentDate: 'วันที่เกิดเหตุ',
  location: 'สถานที่เกิดเหตุ',
  accused: 'ผู้ถูกร้องเรียน',
  agency: 'หน่วยงานที่รับเรื่อง',
  unit: 'หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน',
  reporter: 'การเปิดเผยตัวตน',
  'reporter.mode': 'การเปิดเผยตัวตน',
  'reporter.name': 'ชื่อ–นามสกุล',
  'reporter.phone': 'เบอร์โทรศัพท์',
  'reporter.email': 'อีเมล',
  'reporter.nationalId': 'เลขประจำตัวประชาชน',
  'reporter.address': 'ที่อยู่',
  reference: PHRASES.reference,
  secret: PHRASES.secret,
  body: 'ข้อความ',
  notifyEmail: 'อีเมลสำหรับรับการแจ้งเตือน',
  acceptsEmailRisk: 'การยืนยันว่าอ่านคำเตือนเรื่องอีเมลแล้ว',
};

/** "นาที" rounded up, never zero, for a Retry-After given in seconds. */
export const minutesFrom = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

const CHOICES = new Set(['category', 'reporter', 'reporter.mode']);

/**
 * A Thai sentence for a field the server refused. The server writes its reasons in English for
 * developers; the reporter reads which field to fix and, when it is about length, the limit.
 */
export function serverFieldMessage(path: string, reason: string): string {
  const label = FIELD_LABELS[path];
  if (!label) return 'ระบบไม่สามารถรับข้อมูลบางส่วนได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง';
  if (/must not be empty|required|expected/i.test(reason)) return `${CHOICES.has(path) ? 'โปรดเลือก' : 'โปรดกรอก'}${label}`;
  const limit = /at most (\d+)/i.exec(reason)?.[1];
  if (limit) return `${label}ต้องไม่เกิน ${Number(limit).toLocaleString('th-TH')} ตัวอักษร`;
  return `${label}ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง`;
}

export { periodLabel, thaiDay } from '../../shared/domain/labels-th';


/** Reads "https://…" links only: anything else is shown as text, never as a link. */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A number as Thai pages write it: "1,234" or "82.5". */
export const formatNumber = (value: number): string => value.toLocaleString('th-TH', { maximumFractionDigits: 2 });
