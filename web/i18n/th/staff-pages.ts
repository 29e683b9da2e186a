// You are here: the Thai words of the staff console's templates (web/pages/staff/) and of its shell
// (web/layout.ts), the source every translation follows (web/i18n/catalogue.ts). A template says
// {{t.staff.cases.title}} where a message goes and {{a.staff.cases.key}} inside an attribute, as the
// public templates do (docs/languages.md). Used at build time only. One section per page, in the
// order of web/pages/staff/.

export const staffPages = {
  shell: {
    siteName: 'ระบบจัดการเรื่องร้องเรียนการทุจริต',
    forStaff: '(สำหรับเจ้าหน้าที่)',
    signedInAs: 'เข้าสู่ระบบในชื่อ',
    signOut: 'ออกจากระบบ',
    menu: 'เมนูเจ้าหน้าที่',
    skipLink: 'ข้ามไปยังเนื้อหาหลัก',
    needsScript: 'หน้านี้ต้องใช้ JavaScript โปรดเปิดใช้ JavaScript ในเบราว์เซอร์ แล้วโหลดหน้านี้อีกครั้ง',
    keptBy: 'ดูแลโดย',
    footerCaseAudit: 'ทุกการเปิดดูและดำเนินการกับเรื่องร้องเรียนจะถูกบันทึกไว้',
    footerPageAudit: 'ทุกการดำเนินการในหน้านี้จะถูกบันทึกไว้',
  },

  // index.html
  signIn: {
    title: 'เข้าสู่ระบบเจ้าหน้าที่',
    loading: 'กำลังโหลด…',
    cognitoIntro: 'ใช้บัญชีผู้ใช้ที่หน่วยงานออกให้ ระบบจะพาท่านไปยังหน้าเข้าสู่ระบบ แล้วกลับมาที่รายการเรื่องร้องเรียน',
    cognitoStart: 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่',
    localTitle: 'เข้าสู่ระบบสำหรับทดสอบบนเครื่อง',
    localWarning:
      'การเข้าสู่ระบบแบบไม่ใช้รหัสผ่านนี้มีเฉพาะในระบบทดสอบที่รันบนเครื่อง (local) เท่านั้น ระบบที่ใช้งานจริงบน AWS ให้เจ้าหน้าที่เข้าสู่ระบบด้วยบัญชีผู้ใช้และรหัสผ่านของหน่วยงาน',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    accountsTitle: 'บัญชีเจ้าหน้าที่ที่สร้างไว้',
    accountsHint: 'บัญชีที่ผู้ดูแลหน่วยงานสร้างผ่านระบบ เลือกเพื่อเข้าสู่ระบบด้วยบทบาท หน่วยงาน และหน่วยย่อยของบัญชีนั้น',
    subLabel: 'ชื่อผู้ใช้',
    subHint: 'ชื่อที่จะบันทึกในประวัติการดำเนินการ เช่น officer-somchai (ไม่เกิน 64 ตัวอักษร)',
    rolesLegend: 'บทบาท',
    rolesHint: 'เลือกได้มากกว่าหนึ่งบทบาท',
    agencyLabel: 'หน่วยงาน',
    submit: 'เข้าสู่ระบบ',
    forReporters: 'ผู้ร้องเรียนที่ต้องการติดตามเรื่อง โปรดใช้<a href="/track.html">หน้าติดตามเรื่องร้องเรียน</a>',
  },

  // callback.html
  callback: {
    title: 'กำลังเข้าสู่ระบบ',
    wait: 'โปรดรอสักครู่',
    backToSignIn: 'กลับไปหน้าเข้าสู่ระบบ',
  },

  // cases.html
  cases: {
    title: 'รายการเรื่องร้องเรียน',
    auditLookupTitle: 'ดูประวัติการดำเนินการของเรื่อง',
    reference: 'เลขที่เรื่อง',
    auditLookupSubmit: 'ดูประวัติการดำเนินการ',
    recordLink: 'บันทึกเรื่องที่รับทางหนังสือ โทรศัพท์ หรือช่องทางอื่น',
    filters: 'ตัวกรองรายการเรื่อง',
    status: 'สถานะ',
    anyStatus: 'ทุกสถานะ',
    category: 'ประเภทเรื่อง',
    anyCategory: 'ทุกประเภท',
    assignee: 'ผู้รับผิดชอบ',
    anyAssignee: 'ทุกเรื่อง',
    assignedToMe: 'เรื่องที่มอบหมายให้ฉัน',
    unassigned: 'เรื่องที่ยังไม่มอบหมาย',
    overdueOnly: 'เฉพาะเรื่องที่เกินกำหนด',
    show: 'แสดงรายการ',
    subject: 'หัวข้อเรื่อง',
    receivedAt: 'วันที่รับเรื่อง',
    nextDeadline: 'กำหนดถัดไป',
    firstPage: 'กลับไปหน้าแรก',
    nextPage: 'หน้าถัดไป',
  },

  // case.html
  case: {},

  // record.html
  record: {},

  // audit.html
  audit: {},

  // notifications.html
  notifications: {
    title: 'การแจ้งเตือนทางอีเมล',
    lead:
      'เลือกว่าจะให้ระบบส่งอีเมลแจ้งทันทีที่มีเรื่อง หรือรวมไว้ในอีเมลสรุปรายวันที่ส่งทุกเช้าเวลา 08.00 น. อีเมลทุกฉบับมีเพียงเลขที่เรื่อง ประเภทเรื่อง วันครบกำหนด และลิงก์เข้าสู่ระบบ ไม่มีรายละเอียดของเรื่องหรือข้อมูลผู้ร้องเรียน',
    reminders: 'การเตือนกำหนดเวลา (ล่วงหน้า 3 วัน และในวันที่เลยกำหนด) ส่งในอีเมลสรุปรายวันเสมอ',
    save: 'บันทึกการตั้งค่า',
  },

  // agency.html
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
