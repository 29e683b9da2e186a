// You are here: the e-mails' words in Thai, the source every other language's mail words translate
// (words/en.ts is typed Translation<typeof mailWords>, so a missing or extra key fails `tsc`). Only
// words and the way a language writes a day or a period: what a message may say is decided by the
// builders (../messages.ts), which hand these functions a few checked values and nothing else.
import type { Period } from '../../../rules/fiscal';
import { thaiDay } from '../../../rules/thai-time';
import { CATEGORY_LABELS, periodLabel } from '../../labels-th';

export const mailWords = {
  /** A Bangkok day (YYYY-MM-DD) in the Buddhist era: "20 ธันวาคม 2569". */
  day: (day: string) => thaiDay(day),
  /** A fiscal quarter or year as the staff pages name it. */
  period: (period: Period) => periodLabel(period),
  /** The same labels as the pages (shared/domain/labels-th.ts). */
  categories: { ...CATEGORY_LABELS },
  automatic: 'อีเมลนี้ส่งโดยอัตโนมัติ โปรดอย่าตอบกลับ',
  phone: (phone: string) => `โทร ${phone}`,
  email: (email: string) => `อีเมล ${email}`,

  staff: {
    greeting: 'เรียน เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน',
    closing: 'อีเมลนี้ไม่มีรายละเอียดของเรื่อง โปรดเข้าสู่ระบบเพื่ออ่าน และอย่าส่งต่ออีเมลนี้',
    reference: 'เลขที่เรื่อง',
    category: 'ประเภท',
    openCase: 'เปิดดูเรื่องในระบบ',
    events: {
      'case-new': {
        subject: (reference: string, agency: string) => `เรื่องร้องเรียนใหม่ เลขที่ ${reference} (${agency})`,
        lead: (agency: string) => `มีเรื่องร้องเรียนใหม่เข้าสู่ระบบของ${agency}`,
        due: 'ต้องตอบรับผู้ร้องเรียนภายใน',
      },
      'reporter-message': {
        subject: (reference: string, agency: string) => `ผู้ร้องเรียนส่งข้อความใหม่ เลขที่ ${reference} (${agency})`,
        lead: (agency: string) => `ผู้ร้องเรียนส่งข้อความใหม่ในเรื่องที่ท่านรับผิดชอบ ที่${agency}`,
        due: 'ต้องแจ้งความคืบหน้าภายใน',
      },
      'reporter-file': {
        subject: (reference: string, agency: string) => `ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่ เลขที่ ${reference} (${agency})`,
        lead: (agency: string) => `ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่ในเรื่องที่ท่านรับผิดชอบ ที่${agency}`,
        due: 'ต้องแจ้งความคืบหน้าภายใน',
      },
    },
  },

  digest: {
    dueWithin: {
      acknowledge: (day: string) => `ต้องตอบรับผู้ร้องเรียนภายใน ${day}`,
      progress: (day: string) => `ต้องแจ้งความคืบหน้าภายใน ${day}`,
      conclude: (day: string) => `ต้องสรุปผลการดำเนินการภายใน ${day}`,
    },
    missed: {
      acknowledge: (day: string) => `เลยกำหนดตอบรับผู้ร้องเรียนแล้ว (กำหนด ${day})`,
      progress: (day: string) => `เลยกำหนดแจ้งความคืบหน้าแล้ว (กำหนด ${day})`,
      conclude: (day: string) => `เลยกำหนดสรุปผลการดำเนินการแล้ว (กำหนด ${day})`,
    },
    /** What a held line says happened. */
    held: {
      'case-new': 'เรื่องร้องเรียนใหม่',
      'reporter-message': 'ผู้ร้องเรียนส่งข้อความใหม่',
      'reporter-file': 'ผู้ร้องเรียนส่งไฟล์หลักฐานใหม่',
      'report-sign-off': 'รายงานรอการรับรอง',
    },
    deadlines: (count: number, missed: number) => `กำหนดเวลาเรื่องร้องเรียน ${count} เรื่อง${missed ? ` (เลยกำหนด ${missed} เรื่อง)` : ''}`,
    subject: (deadlines: string, day: string) => `${deadlines} ประจำวันที่ ${day}`,
    subjectWithHeld: (held: number, deadlines: string, day: string) => `สรุปการแจ้งเตือน ${held} รายการ${deadlines ? ` และ${deadlines}` : ''} ประจำวันที่ ${day}`,
    deadlineLead: (agency: string, day: string) => `เรื่องของ${agency}ที่ใกล้หรือเลยกำหนดเวลา ณ วันที่ ${day}:`,
    heldLead: (agency: string) => `การแจ้งเตือนที่ท่านเลือกรับเป็นสรุปรายวัน (${agency}):`,
    caseLine: (reference: string, category: string) => `เลขที่ ${reference} · ${category}`,
    allCases: 'รายการเรื่องทั้งหมด',
    openAllCases: 'เปิดรายการเรื่องทั้งหมด',
  },

  report: {
    greeting: 'เรียน ผู้บริหาร',
    subject: (period: string, agency: string) => `รายงาน${period} รอการพิจารณาอนุมัติของท่าน (${agency})`,
    lead: (agency: string, period: string) =>
      `รายงานผลการดำเนินงานต่อผู้บริหารของ${agency} ${period} จัดทำเสร็จแล้วและรอการพิจารณาอนุมัติของท่าน สถิติของไตรมาสนี้จะเผยแพร่ต่อสาธารณะเมื่อผู้บริหารอนุมัติ`,
    openReport: 'เปิดรายงานในระบบ',
    openButton: 'เปิดรายงานเพื่อพิจารณา',
  },

  reporter: {
    subject: 'มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้',
    greeting: 'เรียน ท่านผู้แจ้งเรื่อง',
    lead: (agency: string) => `เรื่องที่ท่านแจ้งไว้กับ${agency}มีความเคลื่อนไหวใหม่`,
    track: 'ติดตามเรื่อง',
    trackButton: 'ไปที่หน้าติดตามเรื่อง',
    nothingMore: 'อีเมลนี้ไม่มีรายละเอียดใด ๆ ของเรื่อง และไม่บอกสถานะของเรื่อง โปรดเข้าไปดูที่หน้าติดตามเรื่องด้วยเลขที่เรื่องและรหัสลับของท่าน',
    stop: 'หากไม่ต้องการรับอีเมลแจ้งเตือนนี้อีก',
    stopLinkText: 'กดที่ลิงก์นี้',
    stopButton: 'กดที่นี่เพื่อหยุดรับอีเมล',
  },
};
