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
  record: {
    title: 'บันทึกเรื่องที่รับจากช่องทางอื่น',
    lead: 'ใช้บันทึกเรื่องร้องเรียนหรือเบาะแสที่ได้รับทางหนังสือ โทรศัพท์ การมาติดต่อด้วยตนเอง ช่องทางร้องเรียนทั่วไป หรือที่หน่วยงานอื่นส่งต่อมา เรื่องจะได้เลขที่เรื่องและรหัสลับเหมือนเรื่องที่ส่งทางออนไลน์ โปรดพิมพ์ใบรับเรื่องให้ผู้ร้องเรียนเก็บไว้',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    allRequired: 'ทุกช่องต้องกรอก ยกเว้นช่องที่เขียนว่า (ไม่บังคับ)',
    howItCame: 'เรื่องนี้มาถึงหน่วยงานอย่างไร',
    channel: 'ช่องทางที่รับเรื่อง',
    receivedOn: 'วันที่รับเรื่อง',
    receivedOnHint: 'วันที่หน่วยงานได้รับเรื่อง เช่น วันที่รับหนังสือ ระยะเวลาตอบรับและดำเนินการนับจากวันนี้',
    kind: 'ประเภทของเรื่อง',
    reporterType: 'ผู้ร้องเรียนหรือผู้แจ้งเบาะแส',
    theComplaint: 'เรื่องที่ร้องเรียน',
    category: 'ประเภทเรื่อง',
    subject: 'หัวข้อเรื่อง',
    description: 'รายละเอียดเรื่อง',
    descriptionHint: 'ใคร ทำอะไร เมื่อไร ที่ไหน และมีหลักฐานอะไร ตามที่ผู้ร้องเรียนแจ้ง',
    unit: 'หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน (ไม่บังคับ)',
    unitHint: 'เจ้าหน้าที่ของหน่วยงานที่ถูกร้องเรียนจะไม่เห็นเรื่องนี้',
    unitNone: 'ไม่ระบุ',
    identityTitle: 'ตัวตนของผู้ร้องเรียน',
    reporterMode: 'ผู้ร้องเรียนต้องการเปิดเผยตัวตนหรือไม่',
    anonymous: 'ไม่เปิดเผยตัวตน',
    identified: 'เปิดเผยตัวตน',
    identityLead: 'ข้อมูลตัวตนจะถูกเข้ารหัสทันที และเปิดดูได้เฉพาะผู้ที่ได้รับอนุญาตเมื่อจำเป็นเท่านั้น โดยทุกครั้งจะถูกบันทึกไว้',
    reporterName: 'ชื่อ–นามสกุล',
    reporterPhone: 'เบอร์โทรศัพท์ (ไม่บังคับ)',
    reporterAddress: 'ที่อยู่ (ไม่บังคับ)',
    submit: 'บันทึกเรื่อง',
    slipTitle: 'ใบรับเรื่องร้องเรียน',
    slipReference: 'เลขที่เรื่อง',
    slipSecret: 'รหัสลับสำหรับติดตามเรื่อง',
    slipWarning: 'โปรดจดหรือพิมพ์รหัสลับนี้เก็บไว้ในที่ปลอดภัย ระบบจะแสดงรหัสนี้เพียงครั้งเดียว และไม่สามารถกู้คืนได้',
    slipAcknowledgeBy: 'เจ้าหน้าที่จะตอบรับเรื่องภายในวันที่',
    slipTrackAt: 'ติดตามเรื่องได้ที่',
    slipHint: 'กรอกเลขที่เรื่องและรหัสลับในหน้าติดตามเรื่อง เพื่อดูความคืบหน้าและส่งข้อความถึงเจ้าหน้าที่',
    slipPrint: 'พิมพ์ใบรับเรื่อง',
    slipNext: 'บันทึกเรื่องถัดไป',
  },

  // audit.html
  audit: {
    title: 'ประวัติการดำเนินการของหน่วยงาน',
    lead: 'ทุกการเปิดดูและดำเนินการของเจ้าหน้าที่ในหน่วยงาน เรียงจากล่าสุด บันทึกแล้วแก้ไขหรือลบไม่ได้ การเปิดดูหน้านี้ก็ถูกบันทึกด้วย พร้อมเงื่อนไขที่ใช้ค้นหา',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    filtersLabel: 'ตัวกรองประวัติการดำเนินการ',
    actorFilter: 'ผู้ดำเนินการ (รหัสเจ้าหน้าที่)',
    action: 'การดำเนินการ',
    everyAction: 'ทุกการดำเนินการ',
    reference: 'เลขที่เรื่อง',
    from: 'ตั้งแต่วันที่',
    to: 'ถึงวันที่',
    show: 'แสดงประวัติ',
    at: 'เวลา',
    actor: 'ผู้ดำเนินการ',
    role: 'บทบาท',
    details: 'เหตุผลหรือรายละเอียด',
    firstPage: 'กลับไปหน้าแรก',
    nextPage: 'หน้าถัดไป',
  },

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
  report: {
    title: 'รายงานผู้บริหารรายไตรมาส',
    lead: 'รายงานผลการดำเนินงานต่อผู้บริหาร: สถิติเรื่องร้องเรียน เรื่องที่เกินกำหนด และประเด็นจากแบบสำรวจ ผู้บริหารพิจารณา เขียนการวิเคราะห์ปัญหาและแนวทางแก้ไข แล้วอนุมัติ สถิติของไตรมาสจะเผยแพร่ต่อสาธารณะพร้อมวันที่อนุมัติและการวิเคราะห์นี้',
    chooseQuarter: 'เลือกไตรมาส',
    quarter: 'ไตรมาส',
    show: 'แสดงรายงาน',
    signOffTitle: 'การอนุมัติรายงาน',
    published: 'ดูสถิติที่เผยแพร่แล้ว',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    analysis: 'การวิเคราะห์ปัญหาและแนวทางแก้ไข',
    analysisHint: 'ข้อความนี้จะเผยแพร่ต่อสาธารณะพร้อมสถิติของไตรมาส โปรดไม่ระบุชื่อบุคคลหรือเลขที่เรื่อง เมื่ออนุมัติแล้วแก้ไขไม่ได้',
    approve: 'อนุมัติรายงานและเผยแพร่สถิติ',
    report: 'รายงาน',
    /** Shown on pages in other languages only: the report's figures are the API's Thai document. */
    inThai: 'ตัวรายงานจัดทำเป็นภาษาไทย',
  },

  // indicators.html
  indicators: {
    title: 'ตัวชี้วัดตามแผน',
    lead: 'ตัวชี้วัดตามแผนปฏิบัติการป้องกันการทุจริต เป้าหมายเทียบกับผลการดำเนินงาน รายไตรมาสและสะสมตั้งแต่ต้นปีงบประมาณ คำนวณจากข้อมูลล่าสุดในระบบทุกครั้งที่เปิดดู',
    chooseQuarter: 'เลือกไตรมาส',
    quarter: 'ไตรมาส',
    show: 'แสดงตัวชี้วัด',
    thisQuarter: 'ไตรมาสนี้',
    indicator: 'ตัวชี้วัด',
    planItem: 'แผนข้อ',
    target: 'เป้าหมาย',
    actual: 'ผลการดำเนินงาน',
    result: 'ผลเทียบเป้าหมาย',
    centreQuarter: 'ศูนย์ข้อมูลข่าวสารในไตรมาสนี้',
    yearToDate: 'สะสมตั้งแต่ต้นปีงบประมาณ',
    centreYear: 'ศูนย์ข้อมูลข่าวสารตั้งแต่ต้นปีงบประมาณ',
  },

  // registers.html
  registers: {},

  // service-log.html
  serviceLog: {},

  // suggestions.html
  suggestions: {},
};
