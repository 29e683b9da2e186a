// You are here: the words and dates the public and staff pages show. Labels follow docs/glossary.md; codes come
// from the API. Types are imported from the domain so a new category or status fails to compile
// here until it has a Thai label (type-only imports: the domain's zod never reaches the bundle).
import type { OverdueFlags } from '../../shared/domain/case-workflow';
import type { ReporterIdentity, Status, TEXT_BOUNDS } from '../../shared/domain/complaint';
import type { EvidenceType, FileStatus, RejectionReason } from '../../shared/domain/evidence';
import type { AuditAction, ReporterMode } from '../../shared/domain/ports';
import { WRITTEN_REASON, type StaffRole } from '../../shared/domain/staff';
import type { CHANNEL_KINDS, MEDIA_TYPES, SERVICE_CHANNELS, Suggestion } from '../../shared/domain/information-centre';
import type { Instrument, RATING_LABELS as INSTRUMENT_RATING_LABELS } from '../../shared/domain/surveys/instrument';

type SurveyAudience = Instrument['audience'];
type SurveyKind = Instrument['kind'];
type SurveyPhase = NonNullable<Instrument['phases']>[number];
type MediaType = (typeof MEDIA_TYPES)[number];
type ChannelKind = (typeof CHANNEL_KINDS)[number];
type ServiceChannel = (typeof SERVICE_CHANNELS)[number];
type SuggestionStatus = Suggestion['status'];

export const AGENCY_NAME = 'สำนักอนามัย กรุงเทพมหานคร';

/** One source for these three with the published statistics and the executive report (plain data, safe to bundle). */
export { CATEGORY_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../../shared/domain/labels-th';

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

/**
 * The server's limits, in code points (shared/domain/complaint.ts). Copied rather than imported
 * because that module pulls zod into the page bundle; `satisfies` makes any drift a compile error.
 */
export const TEXT_LIMITS = {
  subject: 200,
  description: 10_000,
  location: 500,
  accused: 500,
  name: 200,
  address: 500,
  message: 5_000,
} as const satisfies typeof TEXT_BOUNDS;

/** The Thai label of every field the API may name in `error.fields`, keyed by its path. */
export const FIELD_LABELS: Record<string, string> = {
  category: 'ประเภทเรื่อง',
  subject: 'หัวข้อเรื่อง',
  description: 'รายละเอียดเรื่อง',
  incidentDate: 'วันที่เกิดเหตุ',
  location: 'สถานที่เกิดเหตุ',
  accused: 'ผู้ถูกร้องเรียน',
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
};

/** Lengths as the server counts them: code points of NFC text, so a Thai letter with its marks counts as people see it. */
export const codePoints = (value: string): number => [...value.normalize('NFC')].length;

const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'Asia/Bangkok' });
const thaiDateTime = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Asia/Bangkok',
});

/** A date in the Buddhist calendar, Bangkok time: "7 กรกฎาคม 2569". */
export const formatDate = (iso: string): string => thaiDate.format(new Date(iso));

/** A date and time in the Buddhist calendar, Bangkok time: "7 กรกฎาคม 2569 เวลา 14:05 น.". */
export const formatDateTime = (iso: string): string => `${thaiDateTime.format(new Date(iso))}\u00a0น.`; // never "น." alone on a line

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

// --- Evidence files ---------------------------------------------------------------------------
// Shared by the reporter's pages and the staff case page, so both say the same thing about a file.

/** What kind of file it is, in words a reporter recognises from their own device. */
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  pdf: 'เอกสาร PDF',
  jpeg: 'ภาพ JPEG',
  png: 'ภาพ PNG',
  docx: 'เอกสาร Word',
};

/**
 * Where a file stands. A slot whose file is still on its way and a file being cleaned look the same
 * from outside: both are "being checked" until processing says received or refused.
 */
export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  'awaiting-upload': 'กำลังตรวจสอบ…',
  received: 'ได้รับแล้ว',
  rejected: 'ไม่รับไฟล์',
};

/** Why a file was refused, plainly; the file itself is deleted, so the reporter may send it again once fixed. */
export const FILE_REJECTION_LABELS: Record<RejectionReason, string> = {
  empty: 'ไฟล์ว่างเปล่า ไม่มีข้อมูลอยู่ในไฟล์',
  'too-large': 'ไฟล์มีขนาดใหญ่เกินกว่าที่ระบบรับได้',
  'unsupported-type': 'ระบบไม่รับไฟล์ชนิดนี้ รับเฉพาะ PDF, JPG, PNG และ Word (.docx)',
  'type-mismatch': 'ชนิดไฟล์ไม่ตรงกับนามสกุลไฟล์',
  unreadable: 'เปิดอ่านไฟล์ไม่ได้หรือไฟล์เสียหาย',
  'too-complex': 'ไฟล์ซับซ้อนหรือมีขนาดภายในใหญ่เกินกว่าที่ระบบตรวจได้อย่างปลอดภัย กรุณาส่งเป็นไฟล์ที่เล็กลงหรือแบ่งเป็นหลายไฟล์',
  'unsupported-content': 'ไฟล์มีส่วนที่ระบบไม่รับ เช่น ตั้งรหัสผ่านไว้ กรุณาบันทึกเป็น PDF หรือรูปภาพธรรมดาแล้วส่งใหม่',
};

/**
 * The cleaning report an officer reads beside each received file: what the cleaned copy no longer
 * holds. Keys come from processing (one per item removed); one the page does not know still shows.
 */
const CLEANING_LABELS: Record<string, string> = {
  author: 'ชื่อผู้สร้างเอกสาร',
  'document-properties': 'คุณสมบัติเอกสาร',
  metadata: 'ข้อมูลแฝงของไฟล์ (เช่น EXIF, XMP)',
  'location-data': 'ข้อมูลตำแหน่งที่ถ่ายภาพ',
  'camera-details': 'ข้อมูลกล้อง',
  'embedded-file': 'ไฟล์ที่ฝังไว้',
  scripts: 'สคริปต์',
  macros: 'มาโคร',
  'form-fields': 'ข้อมูลในช่องแบบฟอร์ม (คงไว้เป็นภาพ)',
  'xfa-form': 'แบบฟอร์ม XFA',
  'earlier-revisions': 'ฉบับแก้ไขก่อนหน้า',
  annotations: 'ข้อมูลผู้เขียนความเห็น (ความเห็นคงไว้เป็นภาพ)',
  'comment-authors': 'ชื่อผู้เขียนความเห็น',
  'revision-authors': 'ชื่อผู้แก้ไขเอกสาร',
  'picture-dropped': 'รูปภาพที่อ่านไม่ได้',
  'picture-metadata': 'ข้อมูลแฝงในรูปภาพ (เช่น ตำแหน่งที่ถ่าย)',
  'custom-properties': 'คุณสมบัติที่ผู้ใช้กำหนด',
  thumbnail: 'ภาพตัวอย่างของเอกสาร',
  people: 'รายชื่อผู้ร่วมแก้ไข',
  'deleted-text': 'ข้อความที่ถูกลบไว้ในประวัติการแก้ไข',
  'hidden-text': 'ข้อความที่ซ่อนไว้',
  'field-codes': 'รหัสฟิลด์',
  'link-targets': 'ปลายทางของลิงก์',
  'alt-text': 'คำอธิบายรูปภาพ',
  'document-variables': 'ตัวแปรของเอกสาร',
  'template-path': 'ที่อยู่แม่แบบเอกสารบนเครื่องผู้สร้าง',
  'custom-xml': 'ข้อมูล XML ที่แนบไว้',
  'headers-footers': 'หัวกระดาษและท้ายกระดาษ',
  'embedded-fonts': 'แบบอักษรที่ฝังไว้',
  'content-dropped': 'เนื้อหาที่สร้างใหม่ไม่ได้',
  'hidden-data': 'ข้อมูลแฝงอื่น',
};

/** "นำออกแล้ว: ชื่อผู้สร้างเอกสาร, ไฟล์ที่ฝังไว้ 2 รายการ"; undefined when nothing was removed. */
export function cleaningReport(removed: readonly string[] | undefined): string | undefined {
  if (!removed?.length) return undefined;
  const counts = new Map<string, number>();
  for (const key of removed) counts.set(key, (counts.get(key) ?? 0) + 1);
  const items = [...counts].map(([key, count]) => `${CLEANING_LABELS[key] ?? CLEANING_LABELS['hidden-data']}${count > 1 ? ` ${count.toLocaleString('th-TH')} รายการ` : ''}`);
  return `นำออกแล้ว: ${[...new Set(items)].join(', ')}`;
}

/** "850 KB" or "2.4 MB" (1 MB = 1,024 KB, as the limit is counted); never "0 KB" for a file that has bytes. */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.ceil(kb)).toLocaleString('th-TH')} KB`;
  return `${(kb / 1024).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;
}

// --- Staff pages ------------------------------------------------------------------------------
// The officers' words, from docs/glossary.md like the reporters'. Types come from the domain so a new
// role, audit action or overdue kind fails to compile here until it has a Thai label.

export const ROLE_LABELS: Record<StaffRole | 'system', string> = {
  officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน',
  custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน',
  executive: 'ผู้บริหาร',
  admin: 'ผู้ดูแลระบบ',
  'platform-admin': 'ผู้ดูแลแพลตฟอร์ม',
  // Scheduled jobs such as retention, which act without a person.
  system: 'ระบบอัตโนมัติ',
};

/** Staff read about the reporter in the third person; officers are still only "เจ้าหน้าที่". */
export const STAFF_AUTHOR_LABELS = { officer: 'เจ้าหน้าที่', reporter: 'ผู้ร้องเรียน' } as const;

export const REPORTER_MODE_LABELS: Record<ReporterMode, string> = {
  identified: 'เปิดเผยตัวตน',
  anonymous: 'ไม่เปิดเผยตัวตน',
};

/** Said in words, never by colour alone, wherever a case is late. */
export const OVERDUE_LABELS: Record<keyof OverdueFlags, string> = {
  acknowledgement: 'เกินกำหนดตอบรับ',
  progress: 'เกินกำหนดแจ้งความคืบหน้า',
  conclusion: 'เกินกำหนดสรุปผล',
};

/** What a case's trail can hold: these must have a Thai label. */
type CaseAuditAction = Extract<AuditAction, 'queue.list' | `case.${string}` | 'identity.reveal' | 'audit.read' | 'file.download'>;

/**
 * Open-ended on purpose: the audit log is shared with other features (surveys, reports), whose
 * actions a case's trail does not hold. Should one appear, it is shown by its code, never dropped.
 */
export const AUDIT_ACTION_LABELS: Record<CaseAuditAction, string> & Partial<Record<AuditAction, string>> = {
  'queue.list': 'ดูรายการเรื่อง',
  'case.read': 'เปิดดูเรื่อง',
  'case.transition': 'เปลี่ยนสถานะเรื่อง',
  'case.message': 'ส่งข้อความถึงผู้ร้องเรียน',
  'identity.reveal': 'เปิดดูข้อมูลตัวตนผู้ร้องเรียน',
  'audit.read': 'ดูประวัติการดำเนินการ',
  'file.download': 'ดาวน์โหลดไฟล์หลักฐาน',
  'case.hold': 'ระงับการทำลายข้อมูลตามกฎหมาย',
  'case.release': 'ยกเลิกการระงับการทำลายข้อมูล',
  'case.export': 'ส่งออกเรื่องเพื่อส่งต่อหน่วยงานอื่น',
  'case.destroy': 'ทำลายข้อมูลเมื่อครบระยะเวลาเก็บรักษา',
};

/** The labels of what the reporter gave about themselves, in the order the form asks for them. */
export const IDENTITY_LABELS: Record<keyof ReporterIdentity, string> = {
  name: 'ชื่อ–นามสกุล',
  phone: 'เบอร์โทรศัพท์',
  email: 'อีเมล',
  nationalId: 'เลขประจำตัวประชาชน',
  address: 'ที่อยู่ที่ติดต่อได้',
};

/** The server's limits on staff text, in code points (functions/cases/schemas.ts). */
export const STAFF_TEXT_LIMITS = {
  publicNote: 2_000,
  internalNote: TEXT_LIMITS.message,
  message: TEXT_LIMITS.message,
  revealReasonMin: WRITTEN_REASON.min,
  revealReason: WRITTEN_REASON.max,
  /** Legal hold and export: the same written-reason rule as a reveal. */
  custodyReasonMin: WRITTEN_REASON.min,
  custodyReason: WRITTEN_REASON.max,
} as const;

/** The Thai label of every field the staff routes may name in `error.fields`. */
export const STAFF_FIELD_LABELS: Record<string, string> = {
  to: 'สถานะใหม่',
  outcome: 'ผลการพิจารณา',
  publicNote: 'ข้อความแจ้งผู้ร้องเรียน',
  internalNote: 'บันทึกภายใน',
  body: 'ข้อความถึงผู้ร้องเรียน',
  reason: 'เหตุผลในการเปิดดูข้อมูลตัวตน',
};

/** A Thai sentence for a staff field the server refused; its English reason is for developers. */
export function staffFieldMessage(path: string, reason: string): string {
  const label = STAFF_FIELD_LABELS[path] ?? 'ข้อมูลบางส่วน';
  if (path === 'outcome' && /required/i.test(reason)) return 'โปรดเลือกผลการพิจารณาก่อนยุติเรื่อง';
  if (/must not be empty|required|expected/i.test(reason)) return `โปรดกรอก${label}`;
  const atLeast = /at least (\d+)/i.exec(reason)?.[1];
  if (atLeast) return `${label}ต้องมีอย่างน้อย ${Number(atLeast).toLocaleString('th-TH')} ตัวอักษร`;
  const limit = /at most (\d+)/i.exec(reason)?.[1];
  if (limit) return `${label}ต้องไม่เกิน ${Number(limit).toLocaleString('th-TH')} ตัวอักษร`;
  return `${label}ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง`;
}

// --- Surveys ----------------------------------------------------------------------------------
// docs/glossary.md's words for the plan's surveys. The rating words are checked against the instruments'
// own table at compile time (the instrument module brings zod, so it is not bundled).

export { periodLabel, thaiDay } from '../../shared/domain/labels-th';

/** The five-point scale, strongest first, as every rating question offers it. */
export const RATING_LABELS = { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' } as const satisfies typeof INSTRUMENT_RATING_LABELS;
export const RATING_SCALE = [5, 4, 3, 2, 1] as const;

export const SURVEY_AUDIENCE_LABELS: Record<SurveyAudience, string> = {
  public: 'สำหรับประชาชนผู้ใช้บริการ ไม่ต้องระบุชื่อ',
  staff: 'สำหรับบุคลากรของสำนักอนามัย ใช้รหัสแบบสำรวจที่ได้รับ (ไม่ระบุชื่อ)',
};

export const SURVEY_KIND_LABELS: Record<SurveyKind, string> = {
  test: 'แบบทดสอบ',
  satisfaction: 'แบบสำรวจ',
};

export const SURVEY_PHASE_LABELS: Record<SurveyPhase, string> = {
  pre: 'ก่อนการอบรม',
  post: 'หลังการอบรม',
};

/** Thai letters for a choice question's options, as Thai tests number them. */
export const CHOICE_MARKERS = ['ก', 'ข', 'ค', 'ง', 'จ', 'ฉ', 'ช', 'ซ'] as const;

/** The one-time token of a staff survey: 20 Crockford characters (shared/domain/use-cases/surveys.ts). */
export const SURVEY_TOKEN_LENGTH = 20;
export const SURVEY_TOKEN_EXAMPLE = 'ABCD-EFGH-JKMN-PQRS-TVWX';

/**
 * Reads a token as the server does (any case, spaces or dashes, O for 0, I or L for 1), so the page
 * refuses only what the server would refuse too.
 */
export function surveyTokenLooksRight(input: string): boolean {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === SURVEY_TOKEN_LENGTH && /^[0-9A-HJKMNP-TV-Z]+$/.test(code);
}

// --- Information centre -----------------------------------------------------------------------

export const MEDIA_TYPE_LABELS: Record<MediaType, string> = {
  leaflet: 'แผ่นพับ',
  newsletter: 'จดหมายข่าว',
  video: 'วิดีโอ',
  poster: 'โปสเตอร์',
  article: 'บทความ',
};

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  'phone-line': 'สายด่วน / โทรศัพท์',
  'service-point': 'จุดให้บริการ',
  'suggestion-box': 'ตู้รับความคิดเห็น',
  'social-media': 'สื่อสังคมออนไลน์',
  website: 'เว็บไซต์',
  'public-hearing': 'การรับฟังความคิดเห็น',
  other: 'ช่องทางอื่น',
};

export const SERVICE_CHANNEL_LABELS: Record<ServiceChannel, string> = {
  'walk-in': 'มาติดต่อด้วยตนเอง',
  phone: 'โทรศัพท์',
  online: 'ออนไลน์ (อีเมล เว็บไซต์ สื่อสังคมออนไลน์)',
  letter: 'หนังสือ / จดหมาย',
};

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  new: 'ยังไม่ได้ตอบ',
  answered: 'ตอบแล้ว',
  hidden: 'ซ่อนแล้ว',
};

/** The server's limits in code points (shared/domain/information-centre.ts), copied so zod stays out of the bundles. */
export const INFO_CENTRE_LIMITS = {
  topicTitle: 200,
  topicSummary: 1_000,
  topicChannel: 200,
  link: 2_000,
  channelName: 200,
  channelContact: 300,
  requestKind: 200,
  daysToFulfil: 365,
  suggestion: 1_000,
  answer: 2_000,
} as const;

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
