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
  registers: {
    title: 'องค์ความรู้และช่องทางประชาสัมพันธ์',
    lead: 'ทะเบียนองค์ความรู้ที่เผยแพร่แก่บุคลากร (แผนข้อ 1.1.3 เป้าหมายอย่างน้อย 5 เรื่องต่อปีงบประมาณ) และช่องทางประชาสัมพันธ์ของศูนย์ข้อมูลข่าวสาร (แผนข้อ 2.1.1 เป้าหมายอย่างน้อย 5 ช่องทาง) รายการที่ยกเลิกแล้วยังอยู่ในทะเบียนเพื่อเป็นหลักฐาน',
    jumpLinks: 'ไปยังส่วนของหน้านี้',
    topicsLink: 'องค์ความรู้ที่เผยแพร่',
    channelsLink: 'ช่องทางประชาสัมพันธ์',
    topicsTitle: 'องค์ความรู้ที่เผยแพร่',
    topicsEmpty: 'ยังไม่มีองค์ความรู้ในทะเบียน',
    topicTitle: 'ชื่อเรื่อง',
    mediaType: 'ประเภทสื่อ',
    topicChannel: 'ช่องทางที่เผยแพร่',
    publishedOn: 'วันที่เผยแพร่',
    status: 'สถานะ',
    actions: 'การดำเนินการ',
    addTopic: 'เพิ่มองค์ความรู้',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    topicSummary: 'สาระสำคัญ',
    topicSummaryHint: 'บุคลากรได้เรียนรู้อะไรจากเรื่องนี้ เขียนสั้น ๆ 1–3 ประโยค',
    chooseMediaType: 'เลือกประเภทสื่อ',
    topicChannelHint: 'เช่น อินทราเน็ต บอร์ดประชาสัมพันธ์ กลุ่มไลน์บุคลากร',
    publishedOnHint: 'วันที่ในอนาคตได้ เรื่องจะแสดงต่อสาธารณะและนับในตัวชี้วัดเมื่อถึงวันนั้น',
    topicLink: 'ลิงก์ไปยังสื่อ (ไม่บังคับ)',
    topicLinkHint: 'ขึ้นต้นด้วย https:// เช่น https://www.example.go.th/knowledge/gift-policy',
    cancelEdit: 'ยกเลิกการแก้ไข',
    channelsTitle: 'ช่องทางประชาสัมพันธ์และติดต่อศูนย์ข้อมูลข่าวสาร',
    channelsEmpty: 'ยังไม่มีช่องทางในทะเบียน',
    channelName: 'ชื่อช่องทาง',
    channelKindColumn: 'ประเภท',
    contact: 'ข้อมูลติดต่อ',
    activePeriod: 'ช่วงที่เปิดให้บริการ',
    addChannel: 'เพิ่มช่องทาง',
    channelNameHint: 'เช่น สายด่วนศูนย์ข้อมูลข่าวสาร จุดบริการชั้น 1 อาคารสำนักงาน',
    channelKind: 'ประเภทช่องทาง',
    chooseChannelKind: 'เลือกประเภทช่องทาง',
    contactHint: 'เบอร์โทรศัพท์ ที่อยู่ หรือลิงก์ที่ขึ้นต้นด้วย https:// ประชาชนจะเห็นข้อความนี้ในหน้าศูนย์ข้อมูลข่าวสาร',
    activeSince: 'เปิดให้บริการตั้งแต่วันที่',
    activeUntil: 'เปิดให้บริการถึงวันที่ (ไม่บังคับ)',
    activeUntilHint: 'เว้นว่างไว้หากยังเปิดให้บริการต่อไป',
  },

  // service-log.html
  serviceLog: {
    title: 'บันทึกการให้บริการข้อมูลข่าวสาร',
    lead: 'บันทึกทุกครั้งที่มีผู้ขอข้อมูลข่าวสารหรือสอบถามศูนย์ข้อมูลข่าวสาร จำนวนผู้ขอรับบริการและการตอบสนอง จะรายงานต่อผู้บริหารทุกไตรมาส (แผนข้อ 2.1.1) โปรดไม่บันทึกชื่อหรือข้อมูลส่วนบุคคลของผู้ขอ',
    errorSummaryTitle: 'โปรดแก้ไขข้อมูลต่อไปนี้',
    date: 'วันที่ขอรับบริการ',
    channel: 'ช่องทางที่ขอรับบริการ',
    requestKind: 'เรื่องที่ขอ',
    requestKindHint: 'เช่น ขอสำเนาประกาศผลการจัดซื้อจัดจ้าง สอบถามงบประมาณโครงการ',
    fulfilled: 'ผลการให้บริการ',
    fulfilledYes: 'ให้ข้อมูลแล้ว',
    fulfilledNo: 'ยังไม่ได้ให้ข้อมูล หรือให้ข้อมูลไม่ได้',
    days: 'ใช้เวลากี่วันจึงให้ข้อมูลได้',
    daysHint: 'นับจากวันที่ขอ หากให้ข้อมูลได้ในวันเดียวกัน กรอก 0',
    submit: 'บันทึกการให้บริการ',
    savedTitle: 'บันทึกแล้วในครั้งนี้',
    savedHint: 'รายการนี้แสดงเฉพาะในหน้านี้ จำนวนรวมของไตรมาสดูได้ที่<a href="indicators.html">ตัวชี้วัดตามแผน</a>',
    dateColumn: 'วันที่',
    channelColumn: 'ช่องทาง',
  },

  // suggestions.html
  suggestions: {
    title: 'ข้อเสนอแนะจากประชาชน',
    lead: 'ข้อเสนอแนะที่ประชาชนส่งถึงศูนย์ข้อมูลข่าวสาร (แผนข้อ 2.1.1) ผู้ส่งไม่ได้ระบุตัวตน จึงไม่เห็นคำตอบในระบบนี้ คำตอบบันทึกไว้สำหรับเจ้าหน้าที่และใช้รายงานผู้บริหาร ส่วนที่เผยแพร่ต่อสาธารณะมีเพียงจำนวนข้อเสนอแนะ',
    periodForm: 'เลือกช่วงเวลา',
    period: 'ช่วงเวลา',
    show: 'แสดงข้อเสนอแนะ',
    listTitle: 'ข้อเสนอแนะ',
  },
};
