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
  signIn: {},

  // callback.html
  callback: {},

  // cases.html
  cases: {},

  // case.html
  case: {},

  // record.html
  record: {},

  // audit.html
  audit: {},

  // notifications.html
  notifications: {},

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
