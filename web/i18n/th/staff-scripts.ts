// You are here: the Thai words the staff console's scripts write (web/src/staff-*.ts and the label
// modules they share), the source every translation follows (web/i18n/catalogue.ts). The staff
// scripts reach them through web/src/staff-words.ts, bundled with the page's language only, so no
// public page downloads them. Dates, numbers and the labels of codes a reporter also sees (status,
// category, outcome) come from the public catalogue (web/src/words.ts), one word for one thing.
// One section per page (after the shell and the shared labels), in the order of web/pages/staff/.
import type { OverdueFlags } from '../../../shared/domain/case-workflow';
import type { ReporterIdentity } from '../../../shared/domain/complaint';
import type { ReporterMode } from '../../../shared/domain/ports';
import type { StaffRole } from '../../../shared/domain/staff';

const number = (value: number) => value.toLocaleString('th-TH', { maximumFractionDigits: 2 });

export const staffWords = {
  /** The header, menu and sign-out every signed-in page shares (web/src/staff-session.ts, staff-ui.ts). */
  shell: {
    noRoles: 'ไม่มีบทบาท',
    menu: {
      cases: 'เรื่องร้องเรียน',
      audit: 'ประวัติการดำเนินการ',
      record: 'บันทึกเรื่องจากช่องทางอื่น',
      indicators: 'ตัวชี้วัดตามแผน',
      report: 'รายงานผู้บริหารรายไตรมาส',
      surveyAdmin: 'แบบสำรวจ',
      registers: 'องค์ความรู้และช่องทาง',
      disclosures: 'การเปิดเผยข้อมูลสาธารณะ',
      serviceLog: 'บันทึกการให้บริการข้อมูล',
      suggestions: 'ข้อเสนอแนะจากประชาชน',
      agency: 'หน่วยงานย่อยและบัญชีเจ้าหน้าที่',
      agencies: 'หน่วยงานในระบบ',
      notifications: 'การแจ้งเตือนทางอีเมล',
    },
    /** `what` is the page's own phrase for its work (a verb phrase: "ดูรายการเรื่อง"). */
    notAllowed: (theirs: string, what: string, needed: string) => `บทบาทของท่าน (${theirs}) ไม่มีสิทธิ์${what} หน้านี้เปิดได้เฉพาะ${needed}`,
    /** Joins the roles a page is open to. */
    orJoin: ' หรือ',
    /** `retry` is the page's own phrase for trying again ("ลองอีกครั้ง"). */
    unavailable: (retry: string) => `ติดต่อระบบไม่ได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้ว${retry}`,
    forbidden: 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้',
    notFound: 'ไม่พบรายการนี้ อาจถูกเปลี่ยนไปแล้ว โปรดโหลดหน้านี้ใหม่',
    refused: (retry: string) => `ระบบไม่สามารถทำรายการนี้ได้ โปรดตรวจสอบข้อมูล แล้ว${retry}`,
    acknowledgeBy: 'ตอบรับภายใน',
    concludeBy: 'สรุปผลภายใน',
    nextUpdateBy: 'แจ้งความคืบหน้าภายใน',
    quarters: 'ไตรมาส',
    fiscalYears: 'ทั้งปีงบประมาณ',
  },

  /** The officers' words for codes, shared by several pages (web/src/staff-labels.ts). */
  labels: {
    roles: {
      officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน',
      custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน',
      executive: 'ผู้บริหาร',
      admin: 'ผู้ดูแลระบบ',
      'platform-admin': 'ผู้ดูแลแพลตฟอร์ม',
      supervisor: 'หัวหน้างานผู้มอบหมายเรื่อง',
      // Scheduled jobs such as retention, which act without a person.
      system: 'ระบบอัตโนมัติ',
    } satisfies Record<StaffRole | 'system', string>,
    /** Staff read about the reporter in the third person; officers are still only "เจ้าหน้าที่". */
    authors: { officer: 'เจ้าหน้าที่', reporter: 'ผู้ร้องเรียน' },
    reporterModes: { identified: 'เปิดเผยตัวตน', anonymous: 'ไม่เปิดเผยตัวตน' } satisfies Record<ReporterMode, string>,
    /** Said in words, never by colour alone, wherever a case is late. */
    overdue: {
      acknowledgement: 'เกินกำหนดตอบรับ',
      progress: 'เกินกำหนดแจ้งความคืบหน้า',
      conclusion: 'เกินกำหนดสรุปผล',
    } satisfies Record<keyof OverdueFlags, string>,
    auditActions: {
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
    },
    /** What the reporter gave about themselves, in the order the form asks for it. */
    identity: {
      name: 'ชื่อ–นามสกุล',
      phone: 'เบอร์โทรศัพท์',
      email: 'อีเมล',
      nationalId: 'เลขประจำตัวประชาชน',
      address: 'ที่อยู่ที่ติดต่อได้',
    } satisfies Record<keyof ReporterIdentity, string>,
    /** Every field the case routes may name in `error.fields`. */
    fields: {
      to: 'สถานะใหม่',
      outcome: 'ผลการพิจารณา',
      publicNote: 'ข้อความแจ้งผู้ร้องเรียน',
      internalNote: 'บันทึกภายใน',
      body: 'ข้อความถึงผู้ร้องเรียน',
      reason: 'เหตุผลในการเปิดดูข้อมูลตัวตน',
    } as Record<string, string>,
    someField: 'ข้อมูลบางส่วน',
    chooseOutcome: 'โปรดเลือกผลการพิจารณาก่อนยุติเรื่อง',
    fieldRequired: (label: string) => `โปรดกรอก${label}`,
    fieldTooShort: (label: string, min: number) => `${label}ต้องมีอย่างน้อย ${number(min)} ตัวอักษร`,
    fieldTooLong: (label: string, max: number) => `${label}ต้องไม่เกิน ${number(max)} ตัวอักษร`,
    fieldInvalid: (label: string) => `${label}ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง`,
  },

  // --- One section per page. --------------------------------------------------------------------

  // index.html (web/src/staff-sign-in.page.ts)
  signIn: {
    signedOut: 'ท่านออกจากระบบแล้ว',
    expired: 'การเข้าสู่ระบบของท่านหมดอายุแล้ว โปรดเข้าสู่ระบบอีกครั้ง',
    noConfig: 'ยังเข้าสู่ระบบไม่ได้ เพราะโหลดการตั้งค่าของระบบไม่สำเร็จ โปรดโหลดหน้านี้ใหม่อีกครั้ง หากยังไม่ได้ โปรดแจ้งผู้ดูแลระบบ',
    /** Before the account's name, which is shown as written: "เข้าสู่ระบบเป็น สมชาย (somchai@…)". */
    signInAs: 'เข้าสู่ระบบเป็น',
    accountFailed: 'เข้าสู่ระบบด้วยบัญชีนี้ไม่สำเร็จ โปรดลองอีกครั้ง',
    subRequired: 'โปรดกรอกชื่อผู้ใช้',
    subTooLong: (max: number) => `ชื่อผู้ใช้ต้องไม่เกิน ${number(max)} ตัวอักษร`,
    rolesRequired: 'โปรดเลือกบทบาทอย่างน้อยหนึ่งบทบาท',
    unavailable: 'ติดต่อระบบไม่ได้ในขณะนี้ โปรดตรวจสอบว่าระบบบนเครื่องยังทำงานอยู่ แล้วลองอีกครั้ง',
    refused: 'เข้าสู่ระบบไม่สำเร็จ โปรดตรวจสอบชื่อผู้ใช้และบทบาท แล้วลองอีกครั้ง',
  },

  // callback.html
  callback: {
    cancelled: 'เข้าสู่ระบบไม่สำเร็จ หรือท่านยกเลิกการเข้าสู่ระบบ โปรดลองอีกครั้ง',
    noConfig: 'ยังเข้าสู่ระบบไม่ได้ เพราะโหลดการตั้งค่าของระบบไม่สำเร็จ โปรดลองอีกครั้ง',
    unreachable: 'ติดต่อระบบเข้าสู่ระบบไม่ได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง',
    refused: 'เข้าสู่ระบบไม่สำเร็จ อาจเพราะใช้เวลานานเกินไปหรือเปิดจากแท็บอื่น โปรดเริ่มเข้าสู่ระบบใหม่อีกครั้ง',
  },

  // cases.html
  cases: {
    notAllowed: (roles: string) =>
      `บทบาทของท่าน (${roles}) ไม่มีสิทธิ์ดูรายการเรื่องร้องเรียน รายการนี้เปิดได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียนและผู้ควบคุมข้อมูลผู้ร้องเรียน`,
    loading: 'กำลังโหลดรายการ…',
    unavailable: 'โหลดรายการไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “แสดงรายการ” อีกครั้ง',
    forbidden: 'ท่านไม่มีสิทธิ์ดูรายการเรื่องร้องเรียน',
    refused: 'โหลดรายการไม่สำเร็จ โปรดตรวจสอบตัวกรอง แล้วกด “แสดงรายการ” อีกครั้ง',
    /** The queue's status line; `page` is 1 for the first page, which is not numbered. */
    shown: (count: number, late: number, page: number) =>
      `${page > 1 ? `หน้า ${number(page)}: ` : ''}แสดง ${number(count)} เรื่อง${late ? ` เกินกำหนด ${number(late)} เรื่อง` : ''}`,
    none: 'ไม่พบเรื่องตามเงื่อนไขที่เลือก',
    columns: {
      reference: 'เลขที่เรื่อง',
      subject: 'หัวข้อเรื่อง',
      category: 'ประเภทเรื่อง',
      status: 'สถานะ',
      assignee: 'ผู้รับผิดชอบ',
      receivedAt: 'วันที่รับเรื่อง',
      nextDeadline: 'กำหนดถัดไป',
    },
    finished: 'ดำเนินการแล้วเสร็จ',
    unassigned: 'ยังไม่มอบหมาย',
    assignedToYou: 'ท่าน',
    referenceInvalid: 'โปรดกรอกเลขที่เรื่อง 10 ตัว เช่น AB12C-3DE45',
  },

  // case.html
  case: {},

  // record.html
  record: {},

  // audit.html (and web/src/audit-labels.ts)
  audit: {},

  // notifications.html
  notifications: {
    /** Each kind in the words of the messages themselves. */
    kinds: {
      'case-new': { legend: 'เรื่องร้องเรียนใหม่', hint: 'เรื่องใหม่ของหน่วยงานที่ท่านมีสิทธิ์เห็นและยังไม่มีผู้รับผิดชอบ' },
      'reporter-activity': { legend: 'ผู้ร้องเรียนส่งข้อความหรือไฟล์หลักฐานใหม่', hint: 'ในเรื่องที่ท่านรับผิดชอบ' },
      'report-sign-off': { legend: 'รายงานรอการรับรอง', hint: 'สำหรับผู้บริหาร เมื่อรายงานรายไตรมาสพร้อมให้ตรวจและรับรอง' },
    },
    modes: { immediate: 'ส่งอีเมลทันที', digest: 'รวมไว้ในอีเมลสรุปรายวัน' },
    retryLoad: 'โหลดหน้านี้ใหม่อีกครั้ง',
    retrySave: 'ลองบันทึกอีกครั้ง',
    saved: 'บันทึกการตั้งค่าการแจ้งเตือนแล้ว',
  },

  // agency.html (and web/src/agency-console-labels.ts)
  agency: {},

  // agencies.html
  agencies: {},

  // disclosures.html
  disclosures: {},

  // survey-admin.html
  surveyAdmin: {},

  // report.html
  report: {},

  // indicators.html
  indicators: {},

  // registers.html
  registers: {},

  // service-log.html
  serviceLog: {},

  // suggestions.html
  suggestions: {},
};
