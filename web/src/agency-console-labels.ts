// You are here: the words of the console pages that keep agencies (staff/agencies.html, for the
// platform's administrators) and one agency's units, contact and staff (staff/agency.html, for that
// agency's administrators). Field paths are the API's (functions/agencies/schemas.ts).

export const AGENCY_FIELD_LABELS = {
  id: 'รหัสหน่วยงาน',
  nameTh: 'ชื่อหน่วยงาน (ภาษาไทย)',
  nameEn: 'ชื่อหน่วยงาน (ภาษาอังกฤษ)',
  units: 'หน่วยงานย่อย',
  'contact.responsibleUnit': 'หน่วยงานที่รับผิดชอบเรื่องร้องเรียน',
  'contact.phone': 'โทรศัพท์',
  'contact.email': 'อีเมล',
  'contact.address': 'ที่อยู่',
  'contact.dataProtectionContact': 'ผู้ติดต่อด้านการคุ้มครองข้อมูลส่วนบุคคล',
  email: 'อีเมล',
  name: 'ชื่อ–นามสกุล',
  roles: 'บทบาท',
  unit: 'หน่วยงานย่อยที่สังกัด',
} as const;

/** The Thai name of a field the API names in `error.fields`, or the path itself for one not listed. */
export const fieldLabel = (path: string): string => (AGENCY_FIELD_LABELS as Record<string, string | undefined>)[path] ?? path;

export const UNIT_ROW_WORDS = {
  legend: (index: number) => `หน่วยงานย่อยที่ ${index}`,
  id: 'รหัส',
  idHint: 'ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) เช่น health-centre-1 เปลี่ยนภายหลังไม่ได้',
  nameTh: 'ชื่อภาษาไทย',
  nameEn: 'ชื่อภาษาอังกฤษ',
  remove: (index: number) => `ลบหน่วยงานย่อยที่ ${index}`,
  none: 'ยังไม่มีหน่วยงานย่อย',
} as const;

export const CONSOLE_WORDS = {
  required: (label: string) => `โปรดกรอก${label}`,
  badId: 'รหัสต้องขึ้นต้นด้วยตัวอักษรภาษาอังกฤษตัวเล็ก ตามด้วยตัวอักษรตัวเล็ก ตัวเลข หรือขีด (-) รวม 2–41 ตัว เช่น tambon-example',
  badUnitId: 'รหัสหน่วยงานย่อยใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) เช่น health-centre-1',
  duplicateUnit: 'รหัสหน่วยงานย่อยซ้ำกัน',
  taken: 'มีหน่วยงานที่ใช้รหัสนี้แล้ว โปรดเลือกรหัสอื่น',
  refused: 'ระบบไม่รับข้อมูลนี้ โปรดตรวจสอบช่องที่ระบุ',
  noRole: 'โปรดเลือกบทบาทอย่างน้อยหนึ่งบทบาท',
  loading: 'กำลังโหลด…',
  // The platform console
  listAll: 'หน่วยงานที่รับเรื่องอยู่ทั้งหมด เรียงตามชื่อ',
  found: (count: number) => `พบ ${count} หน่วยงาน`,
  none: 'ไม่พบหน่วยงานที่ตรงกับคำค้น',
  created: (name: string) => `เพิ่ม${name}แล้ว ประชาชนร้องเรียนได้ที่หน้าของหน่วยงานทันที`,
  retire: 'ยุติการรับเรื่อง',
  confirmRetire: (name: string) => `ยืนยัน: ยุติการรับเรื่องของ${name}`,
  retired: (name: string) => `${name}ยุติการรับเรื่องแล้ว เรื่องร้องเรียน สถิติ และบันทึกเดิมยังคงอยู่`,
  open: 'เปิดหน้าของหน่วยงาน',
  // The agency admin's page
  saved: 'บันทึกหน่วยงานย่อยและช่องทางติดต่อแล้ว',
  staffCreated: (name: string) => `สร้างบัญชีของ ${name} แล้ว ระบบจะส่งอีเมลเชิญให้ตั้งรหัสผ่าน`,
  noStaff: 'ยังไม่มีบัญชีเจ้าหน้าที่ที่สร้างจากหน้านี้',
  staffCount: (count: number) => `บัญชีเจ้าหน้าที่ ${count} บัญชี`,
  noUnit: 'ไม่สังกัดหน่วยงานย่อย',
} as const;

export const ACCOUNT_STATUS_LABELS = { invited: 'ส่งคำเชิญแล้ว', active: 'ใช้งานอยู่', disabled: 'ระงับการใช้งาน' } as const;
