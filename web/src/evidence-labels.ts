// You are here: the words about evidence files, shared by the reporter's pages and the staff case page,
// so both say the same thing about a file.
import type { EvidenceType, FileStatus, RejectionReason } from '../../shared/domain/evidence';

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

/** "850 KB" or "2.4 MB" (1 MB = 1,024 KB, as the limit is counted); never "0 KB" for a file that has bytes. */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.ceil(kb)).toLocaleString('th-TH')} KB`;
  return `${(kb / 1024).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;
}
