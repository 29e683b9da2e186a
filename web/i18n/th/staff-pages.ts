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
  agency: {
    title: 'หน่วยงานของท่าน',
    settingsTitle: 'หน่วยงานย่อยและช่องทางติดต่อ',
    fixThese: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    unitsTitle: 'หน่วยงานย่อย',
    unitsHint: 'ผู้ร้องเรียนเลือกได้ว่าเรื่องเกี่ยวข้องกับหน่วยงานย่อยใด และเจ้าหน้าที่ของหน่วยงานย่อยนั้นจะไม่เห็นเรื่อง',
    addUnit: 'เพิ่มหน่วยงานย่อย',
    contactTitle: 'ช่องทางติดต่อ',
    responsibleUnit: 'หน่วยงานที่รับผิดชอบเรื่องร้องเรียน (ไม่บังคับ)',
    phone: 'โทรศัพท์ (ไม่บังคับ)',
    email: 'อีเมล (ไม่บังคับ)',
    address: 'ที่อยู่ (ไม่บังคับ)',
    dataProtectionContact: 'ผู้ติดต่อด้านการคุ้มครองข้อมูลส่วนบุคคล (ไม่บังคับ)',
    publicationTitle: 'การเผยแพร่สถิติรายไตรมาส',
    publishAfterApproval: 'เผยแพร่สถิติเมื่อผู้บริหารอนุมัติรายงานแล้วเท่านั้น',
    publishAfterApprovalHint:
      'เมื่อเลือก ระบบจะจัดทำสถิติเมื่อสิ้นไตรมาสและแจ้งผู้บริหารทางอีเมล แล้วเผยแพร่เมื่อผู้บริหารอนุมัติพร้อมการวิเคราะห์ปัญหาและแนวทางแก้ไข หากไม่เลือก ระบบจะเผยแพร่ทันทีเมื่อสิ้นไตรมาส',
    save: 'บันทึก',
    staffTitle: 'บัญชีเจ้าหน้าที่',
    columnName: 'ชื่อ',
    columnEmail: 'อีเมล',
    columnRoles: 'บทบาท',
    columnUnit: 'หน่วยงานย่อย',
    columnStatus: 'สถานะ',
    moreStaff: 'แสดงบัญชีเพิ่ม',
    newStaffTitle: 'สร้างบัญชีเจ้าหน้าที่',
    staffName: 'ชื่อ–นามสกุล',
    staffEmail: 'อีเมล',
    staffEmailHint: 'ระบบจะส่งคำเชิญให้ตั้งรหัสผ่านไปที่อีเมลนี้',
    roles: 'บทบาท',
    staffUnit: 'หน่วยงานย่อยที่สังกัด (ไม่บังคับ)',
    staffUnitHint: 'เจ้าหน้าที่จะไม่เห็นเรื่องร้องเรียนที่เกี่ยวข้องกับหน่วยงานย่อยของตนเอง',
    noUnit: 'ไม่สังกัดหน่วยงานย่อย',
    createAccount: 'สร้างบัญชี',
    suppressionsTitle: 'อีเมลที่ระบบระงับการส่ง',
    suppressionsHint:
      'เมื่อระบบส่งอีเมลของบริการอีเมลแจ้งว่าส่งไม่ถึงอย่างถาวร (ตีกลับ) หรือผู้รับแจ้งว่าเป็นสแปม ระบบจะหยุดส่งการแจ้งเตือนไปที่อยู่นั้น เมื่อแก้ไขกล่องจดหมายแล้ว กด “ส่งอีกครั้ง” ได้ การแจ้งเตือนที่งดส่งไปแล้วจะไม่ถูกส่งย้อนหลัง',
    columnAddress: 'อีเมลเจ้าหน้าที่',
    columnReason: 'สาเหตุ',
    columnSince: 'ระงับตั้งแต่',
    columnAction: 'การดำเนินการ',
  },

  // agencies.html
  agencies: {
    title: 'หน่วยงานในระบบ',
    lead: 'หน่วยงานที่เพิ่มที่นี่รับเรื่องร้องเรียนได้ทันทีที่หน้า /a/รหัสหน่วยงาน/ โดยไม่ต้องติดตั้งระบบใหม่ การยุติการรับเรื่องจะปิดรับเรื่องใหม่เท่านั้น เรื่องร้องเรียน สถิติ และบันทึกเดิมยังคงอยู่',
    listTitle: 'หน่วยงานที่รับเรื่องอยู่',
    search: 'ค้นหาจากชื่อหน่วยงาน',
    searchButton: 'ค้นหา',
    columnName: 'ชื่อหน่วยงาน',
    columnId: 'รหัส',
    columnAction: 'การดำเนินการ',
    more: 'แสดงหน่วยงานเพิ่ม',
    onboardTitle: 'เพิ่มหน่วยงาน',
    fixThese: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    id: 'รหัสหน่วยงาน',
    idHint: 'ใช้ในที่อยู่หน้าเว็บของหน่วยงาน เช่น tambon-example จะเป็น /a/tambon-example/ ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) เปลี่ยนภายหลังไม่ได้',
    nameTh: 'ชื่อหน่วยงาน (ภาษาไทย)',
    nameEn: 'ชื่อหน่วยงาน (ภาษาอังกฤษ)',
    responsibleUnit: 'หน่วยงานที่รับผิดชอบเรื่องร้องเรียน (ไม่บังคับ)',
    responsibleUnitHint: 'แสดงท้ายหน้าของหน่วยงาน เช่น “สำนักปลัด”',
    unitsTitle: 'หน่วยงานย่อย (ไม่บังคับ)',
    unitsHint: 'กอง ศูนย์บริการ หรือส่วนงานที่ผู้ร้องเรียนเลือกได้ว่าเรื่องเกี่ยวข้อง และที่เจ้าหน้าที่สังกัด',
    addUnit: 'เพิ่มหน่วยงานย่อย',
    submit: 'เพิ่มหน่วยงาน',
  },

  // disclosures.html
  disclosures: {
    title: 'การเปิดเผยข้อมูลสาธารณะ',
    lead: 'ทะเบียนข้อมูลที่หน่วยงานเปิดเผยต่อสาธารณะตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA) และแผนข้อ 2.1.1: อำนาจหน้าที่ โครงสร้างและบุคลากร งบประมาณ การจัดซื้อจัดจ้าง ราคากลาง และรายงานผลการดำเนินงาน รายการที่เผยแพร่แล้วแสดงในหน้า “การเปิดเผยข้อมูลสาธารณะ” ของหน่วยงาน ไฟล์ PDF ที่อัปโหลดจะถูกสร้างใหม่จากภาพของแต่ละหน้า ข้อมูลแฝง เช่น ชื่อผู้จัดทำ ไฟล์แนบ และสคริปต์ จะไม่ถูกเผยแพร่',
    registerTitle: 'รายการในทะเบียน',
    empty: 'ยังไม่มีรายการในทะเบียน',
    columnTitle: 'ชื่อรายการ',
    columnCategory: 'หมวด',
    columnPublished: 'วันที่เผยแพร่',
    columnDue: 'กำหนดปรับปรุงครั้งถัดไป',
    columnSource: 'ลิงก์หรือไฟล์',
    columnAction: 'การดำเนินการ',
    formTitle: 'เพิ่มรายการ',
    fixThese: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    entryTitle: 'ชื่อรายการ',
    entryTitleHint: 'ชื่อที่ประชาชนจะเห็น เช่น ประกาศราคากลางงานจ้างปรับปรุงอาคาร',
    category: 'หมวด',
    chooseCategory: 'เลือกหมวด',
    publishedOn: 'วันที่เผยแพร่',
    nextUpdateDue: 'กำหนดปรับปรุงครั้งถัดไป',
    nextUpdateDueHint: 'วันที่ต้องปรับปรุงข้อมูลให้เป็นปัจจุบัน เมื่อเลยวันนี้รายการจะแสดงว่าเลยกำหนดปรับปรุง',
    source: 'เผยแพร่เป็น',
    sourceLink: 'ลิงก์ไปยังเว็บไซต์ของหน่วยงาน',
    sourceDocument: 'ไฟล์ PDF',
    link: 'ลิงก์',
    linkHint: 'ขึ้นต้นด้วย https:// เช่น https://www.example.go.th/procurement/plan-2570',
    document: 'ไฟล์ PDF',
    documentHint: 'ไม่เกิน 10 MB',
    submit: 'เพิ่มรายการ',
  },

  // survey-admin.html
  surveyAdmin: {
    title: 'แบบสำรวจตามแผน',
    lead: 'แบบสำรวจและแบบทดสอบตามแผนปฏิบัติการ: ออกรหัสแบบสำรวจให้บุคลากร และดูผลเทียบกับเป้าหมาย',
    loading: 'กำลังโหลดรายการแบบสำรวจ…',
    tokensTitle: 'ออกรหัสแบบสำรวจสำหรับบุคลากร',
    tokensLead: 'แบบสำรวจสำหรับบุคลากรรับคำตอบด้วยรหัสที่ใช้ได้ครั้งเดียว แจกคนละหนึ่งรหัส ระบบไม่เก็บข้อมูลที่เชื่อมโยงรหัสกับผู้ที่ได้รับหรือกับคำตอบ',
    fixThese: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    survey: 'แบบสำรวจ',
    count: 'จำนวนรหัส',
    countHint: 'เท่ากับจำนวนบุคลากรที่จะตอบ ครั้งละไม่เกิน 500 รหัส',
    issue: 'ออกรหัส',
    issuedTitle: 'รหัสแบบสำรวจ',
    issuedWarning: 'ระบบแสดงรหัสชุดนี้เพียงครั้งเดียว และไม่สามารถแสดงซ้ำได้ โปรดพิมพ์หรือคัดลอกเก็บไว้ก่อนออกจากหน้านี้ แล้วแจกให้บุคลากรคนละหนึ่งรหัส',
    answerAt: 'ตอบได้ที่',
    validUntil: 'ใช้ได้ถึง',
    print: 'พิมพ์รหัส',
    copy: 'คัดลอกรหัสทั้งหมด',
    clear: 'ล้างรหัสออกจากหน้านี้',
    resultsTitle: 'ผลแบบสำรวจ',
    period: 'ช่วงเวลา',
    show: 'แสดงผล',
    itemsTitle: 'คะแนนเฉลี่ยรายข้อ (เต็ม 5)',
    columnItem: 'ข้อ',
    columnMean: 'คะแนนเฉลี่ย',
    commentsTitle: 'ข้อเสนอแนะจากผู้ตอบ (เห็นเฉพาะเจ้าหน้าที่ ไม่เผยแพร่)',
  },

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
