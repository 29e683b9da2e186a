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
