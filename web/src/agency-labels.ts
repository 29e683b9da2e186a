// You are here: the words of the pages about agencies: the finder (/), the naming of the agency on
// its generic pages (/a/{agency}/…), and the report form's unit. The console pages' words about
// agencies and staff accounts live in agency-console-labels.ts, so the public pages do not load them.

export const FINDER_WORDS = {
  searching: 'กำลังค้นหา…',
  /** Said when nothing is typed yet: the list shows the first agencies in Thai dictionary order. */
  all: 'หน่วยงานทั้งหมด เรียงตามชื่อ',
  found: (count: number, more: boolean) => `พบ ${count}${more ? ' หน่วยงานขึ้นไป' : ' หน่วยงาน'}`,
  none: (q: string) => `ไม่พบหน่วยงานที่ชื่อตรงกับ “${q}” โปรดลองพิมพ์ชื่อให้สั้นลง หรือใช้ชื่อเต็มแทนชื่อย่อ`,
  unavailable: 'ขณะนี้ค้นหาหน่วยงานไม่ได้ โปรดลองใหม่อีกครั้งในอีกสักครู่',
  tooLong: 'ชื่อหน่วยงานที่ค้นหายาวเกินไป โปรดพิมพ์เพียงบางส่วนของชื่อ',
} as const;

export const PAGE_AGENCY_WORDS = {
  /** An unknown or retired agency in the address. */
  unknown: 'ไม่พบหน่วยงานนี้ในช่องทางร้องเรียน หรือหน่วยงานนี้ไม่รับเรื่องผ่านช่องทางนี้แล้ว โปรดค้นหาหน่วยงานที่ท่านต้องการอีกครั้ง',
  findLink: 'ค้นหาหน่วยงาน',
  unavailable: 'ขณะนี้โหลดข้อมูลหน่วยงานไม่ได้ โปรดโหลดหน้านี้ใหม่อีกครั้งในอีกสักครู่',
} as const;

export const UNIT_WORDS = {
  notNamed: 'ไม่ระบุ',
} as const;

/** The guideline's and the privacy notice's words for the agency's own settings. */
export const AGENCY_NOTICE_WORDS = {
  days: (days: number) => `${days.toLocaleString('th-TH')} วัน`,
  years: (years: number) => `${years.toLocaleString('th-TH')} ปี`,
  unavailable: 'ขณะนี้โหลดระยะเวลาและช่องทางติดต่อของหน่วยงานไม่ได้ หน้านี้จึงแสดงข้อความทั่วไป โปรดโหลดหน้านี้ใหม่อีกครั้งในอีกสักครู่',
} as const;
