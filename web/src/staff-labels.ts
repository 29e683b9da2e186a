// You are here: the officers' words on the staff pages, from docs/glossary.md like the reporters'.
// Types come from the domain so a new role, audit action or overdue kind fails to compile here
// until it has a Thai label.
import type { OverdueFlags } from '../../shared/domain/case-workflow';
import type { ReporterIdentity } from '../../shared/domain/complaint';
import type { AuditAction, ReporterMode } from '../../shared/domain/ports';
import { WRITTEN_REASON, type StaffRole } from '../../shared/domain/staff';
import { PUBLIC_NOTE_MAX, TEXT_BOUNDS } from '../../shared/rules/text';

export const ROLE_LABELS: Record<StaffRole | 'system', string> = {
  officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน',
  custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน',
  executive: 'ผู้บริหาร',
  admin: 'ผู้ดูแลระบบ',
  'platform-admin': 'ผู้ดูแลแพลตฟอร์ม',
  supervisor: 'หัวหน้างานผู้มอบหมายเรื่อง',
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
  'case.record': 'บันทึกเรื่องที่รับจากช่องทางอื่น',
  'case.transition': 'เปลี่ยนสถานะเรื่อง',
  'case.message': 'ส่งข้อความถึงผู้ร้องเรียน',
  'identity.reveal': 'เปิดดูข้อมูลตัวตนผู้ร้องเรียน',
  'audit.read': 'ดูประวัติการดำเนินการ',
  'file.download': 'ดาวน์โหลดไฟล์หลักฐาน',
  'case.hold': 'ระงับการทำลายข้อมูลตามกฎหมาย',
  'case.release': 'ยกเลิกการระงับการทำลายข้อมูล',
  'case.export': 'ส่งออกเรื่องเพื่อส่งต่อหน่วยงานอื่น',
  'case.destroy': 'ทำลายข้อมูลเมื่อครบระยะเวลาเก็บรักษา',
  'case.conflict': 'แจ้งว่ามีส่วนได้เสียกับเรื่อง',
  'case.assign': 'มอบหมายผู้รับผิดชอบเรื่อง',
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
  publicNote: PUBLIC_NOTE_MAX,
  internalNote: TEXT_BOUNDS.message,
  message: TEXT_BOUNDS.message,
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
