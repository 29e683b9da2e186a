// You are here: the cleaning report an officer reads beside each evidence file (staff case page only,
// so no other page loads these words).

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
