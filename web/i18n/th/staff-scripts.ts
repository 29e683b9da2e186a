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
import { CHANNEL_LABELS, KIND_LABELS, REPORTER_TYPE_LABELS } from '../../../shared/domain/labels-th';

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
  signIn: {},

  // callback.html
  callback: {},

  // cases.html
  cases: {},

  // case.html
  case: {},

  // record.html
  record: {
    /** What the page is for, in allowedHere's sentence. */
    what: 'บันทึกเรื่องที่รับจากช่องทางอื่น',
    /** How a complaint reached the agency, as the statistics count it. */
    channels: CHANNEL_LABELS,
    kinds: KIND_LABELS,
    reporterTypes: REPORTER_TYPE_LABELS,
    channelHints: {
      'general-channel': 'เช่น Traffy Fondue สายด่วน 1555',
      referral: 'เช่น ป.ป.ช. ป.ป.ท. ศูนย์ดำรงธรรม 1567 ผู้ตรวจการแผ่นดิน',
    },
    chooseChannel: 'โปรดเลือกช่องทางที่รับเรื่อง',
    receivedOn: 'วันที่รับเรื่อง',
    receivedOnMissing: 'โปรดระบุวันที่รับเรื่อง',
    receivedOnFuture: 'วันที่รับเรื่องต้องไม่อยู่หลังวันนี้',
    chooseKind: 'โปรดเลือกว่าเป็นเรื่องร้องเรียนหรือการแจ้งเบาะแส',
    chooseReporterType: 'โปรดเลือกผู้ร้องเรียน หากไม่ทราบ ให้เลือก “ไม่ระบุ”',
    chooseCategory: 'โปรดเลือกประเภทเรื่อง',
    subject: 'หัวข้อเรื่อง',
    description: 'รายละเอียดเรื่อง',
    required: (label: string) => `โปรดกรอก${label}`,
    tooLong: (label: string, max: number) => `${label}ต้องไม่เกิน ${number(max)} ตัวอักษร`,
    chooseMode: 'โปรดเลือกว่าผู้ร้องเรียนต้องการเปิดเผยตัวตนหรือไม่',
    nameMissing: 'โปรดกรอกชื่อ–นามสกุลของผู้ร้องเรียน',
    nameTooLong: (max: number) => `ชื่อต้องไม่เกิน ${number(max)} ตัวอักษร`,
    phoneInvalid: 'โปรดกรอกเบอร์โทรศัพท์เป็นตัวเลข',
    addressTooLong: (max: number) => `ที่อยู่ต้องไม่เกิน ${number(max)} ตัวอักษร`,
    saving: 'กำลังบันทึก…',
    save: 'บันทึกเรื่อง',
    retry: 'กด “บันทึกเรื่อง” อีกครั้ง',
    recorded: (reference: string) => `บันทึกเรื่องแล้ว เลขที่เรื่อง ${reference}`,
  },

  // audit.html (and web/src/audit-labels.ts)
  audit: {
    what: 'ดูประวัติการดำเนินการของหน่วยงาน',
    /** The actions outside a case's own trail (a case's keep the words of labels.auditActions). */
    actions: {
      'audit.verify': 'ตรวจสอบความถูกต้องของบันทึกการดำเนินการ',
      'survey.tokens': 'ออกรหัสตอบแบบสำรวจ',
      'survey.results': 'ดูผลแบบสำรวจ',
      'publication.publish': 'เผยแพร่สถิติ',
      'report.read': 'เปิดดูรายงานผู้บริหาร',
      'report.acknowledge': 'รับทราบรายงานผู้บริหาร',
      'report.approve': 'อนุมัติรายงานและการเผยแพร่สถิติ',
      'register.create': 'เพิ่มรายการองค์ความรู้หรือช่องทาง',
      'register.update': 'แก้ไขรายการองค์ความรู้หรือช่องทาง',
      'register.retire': 'ยกเลิกรายการองค์ความรู้หรือช่องทาง',
      'service.record': 'บันทึกการให้บริการข้อมูล',
      'suggestion.answer': 'ตอบข้อเสนอแนะ',
      'indicators.read': 'ดูตัวชี้วัดตามแผน',
      'agency.create': 'เพิ่มหน่วยงานเข้าระบบ',
      'agency.update': 'แก้ไขข้อมูลหน่วยงาน',
      'staff.invite': 'ขอสร้างบัญชีเจ้าหน้าที่',
      'staff.create': 'สร้างบัญชีเจ้าหน้าที่',
      'staff.list': 'ดูรายชื่อบัญชีเจ้าหน้าที่',
      'disclosure.create': 'เพิ่มรายการเปิดเผยข้อมูลสาธารณะ',
      'disclosure.update': 'แก้ไขรายการเปิดเผยข้อมูลสาธารณะ',
      'disclosure.delete': 'ลบรายการเปิดเผยข้อมูลสาธารณะ',
      'mail.suppressions': 'ดูรายการที่อยู่อีเมลที่ระงับการส่ง',
      'mail.unsuppress': 'ยกเลิกการระงับส่งอีเมลถึงเจ้าหน้าที่',
    },
    from: 'วันที่เริ่มต้น',
    to: 'วันที่สิ้นสุด',
    fromAfterTo: 'วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด',
    refused: {
      actor: 'รหัสเจ้าหน้าที่ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
      action: 'โปรดเลือกการดำเนินการจากรายการ',
      reference: 'เลขที่เรื่องไม่ถูกต้อง เลขที่เรื่องมี 10 ตัวอักษรและตัวเลข',
      from: 'วันที่เริ่มต้นไม่ถูกต้อง หรืออยู่หลังวันที่สิ้นสุด',
      to: 'วันที่สิ้นสุดไม่ถูกต้อง',
    },
    loading: 'กำลังโหลดประวัติการดำเนินการ…',
    retry: 'กด “แสดงประวัติ” อีกครั้ง',
    pageNumber: (page: number) => `หน้า ${number(page)}: `,
    shown: (page: string, count: number, more: boolean) => `${page}แสดง ${number(count)} รายการ${more ? ' มีรายการเก่ากว่านี้ในหน้าถัดไป' : ''}`,
    /** A filtered page reads a bounded stretch of the log; older entries may still match. */
    noneInStretch: (page: string) => `${page}ช่วงนี้ไม่มีรายการตามเงื่อนไข กด “หน้าถัดไป” เพื่อค้นหารายการที่เก่ากว่า`,
    none: 'ไม่พบรายการตามเงื่อนไขที่เลือก',
    reason: 'เหตุผล: ',
    report: (period: string) => `รายงาน ${period}`,
    at: 'เวลา',
    actor: 'ผู้ดำเนินการ',
    role: 'บทบาท',
    action: 'การดำเนินการ',
    reference: 'เลขที่เรื่อง',
    details: 'เหตุผลหรือรายละเอียด',
  },

  // notifications.html
  notifications: {},

  // agency.html (and web/src/agency-console-labels.ts)
  agency: {},

  // agencies.html
  agencies: {},

  // disclosures.html
  disclosures: {},

  // survey-admin.html
  surveyAdmin: {},

  // report.html
  report: {
    what: 'ดูและอนุมัติรายงานผู้บริหาร',
    /** The approval as pages in other languages show it; Thai pages show the report's own words. */
    approvedBy: (actor: string, at: string) => `อนุมัติโดย ${actor} เมื่อ ${at}`,
    analysis: 'การวิเคราะห์ปัญหาและแนวทางแก้ไข',
    pending: 'ยังไม่มีผู้บริหารอนุมัติรายงานไตรมาสนี้',
    publishedOnApproval: ' สถิติของไตรมาสนี้จะเผยแพร่เมื่อได้รับการอนุมัติ',
    shown: (period: string, approved: boolean) => `แสดงรายงาน${period}${approved ? ' (อนุมัติแล้ว)' : ' (รอการอนุมัติ)'}`,
    loading: 'กำลังจัดทำรายงาน…',
    retry: 'กด “แสดงรายงาน” อีกครั้ง',
    analysisMissing: 'โปรดเขียนการวิเคราะห์ปัญหาและแนวทางแก้ไขก่อนอนุมัติ',
    analysisTooLong: (max: number) => `การวิเคราะห์ยาวเกิน ${number(max)} ตัวอักษร`,
    analysisRefused: 'การวิเคราะห์ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    approving: 'กำลังอนุมัติและเผยแพร่สถิติ…',
    alreadyApproved: 'ไตรมาสนี้ได้รับการอนุมัติไปแล้ว โปรดกด “แสดงรายงาน” เพื่อดูการอนุมัติ',
    notEnded: 'อนุมัติได้เฉพาะไตรมาสที่สิ้นสุดแล้ว โปรดเลือกไตรมาสอื่น',
    /** The approval may be recorded already: sending the same one again completes the publication. */
    approveRetry: 'กดอนุมัติอีกครั้งด้วยข้อความเดิม',
    approved: (at: string) => `อนุมัติแล้วเมื่อ ${at} และเผยแพร่สถิติของไตรมาสนี้แล้ว`,
  },

  // indicators.html
  indicators: {
    what: 'ดูตัวชี้วัดตามแผน',
    /** The indicators' names, word for word as the plan's indicators name them (shared/domain/publication/indicators.ts). */
    names: {
      'complaints-received': 'จำนวนเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ได้รับ',
      'complaints-and-tips-from-public': 'จำนวนเรื่องร้องเรียนและเบาะแสการทุจริตจากประชาชน (ทุกช่องทาง)',
      'complaints-completed': 'จำนวนเรื่องที่ดำเนินการแล้วเสร็จ',
      'channel-experience': 'ความพึงพอใจของผู้ร้องเรียนต่อช่องทางร้องเรียน (สะดวก รวดเร็ว ปลอดภัย)',
      'info-centre-satisfaction': 'ความพึงพอใจของประชาชนต่อศูนย์ข้อมูลข่าวสาร',
      'promotion-satisfaction': 'ความพึงพอใจของบุคลากรต่อระบบการเลื่อนขั้นเงินเดือน',
      'promotion-complaints-trend': 'เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน (ไตรมาสนี้เทียบไตรมาสก่อน)',
      'knowledge-topics': 'องค์ความรู้ด้านการต่อต้านการทุจริตที่เผยแพร่แก่บุคลากร (สะสมในปีงบประมาณ)',
      'pr-channels': 'ช่องทางประชาสัมพันธ์และติดต่อศูนย์ข้อมูลข่าวสารที่เปิดให้บริการ',
      'info-centre-requests': 'ผู้ขอรับบริการศูนย์ข้อมูลข่าวสาร (ครั้ง)',
      'info-centre-fulfilled': 'คำขอข้อมูลข่าวสารที่ได้รับการตอบสนอง',
      suggestions: 'ข้อเสนอแนะจากประชาชนที่ได้รับ',
      'knowledge-pass-rate': 'บุคลากรผ่านแบบทดสอบความรู้ด้านการต่อต้านการทุจริต',
      'vigilance-followup': 'ผลการประเมินติดตามการเฝ้าระวังการทุจริตของบุคลากร',
    },
    /** An amount in the unit an indicator counts in. */
    amounts: {
      percent: (value: number) => `${number(value)}%`,
      complaints: (value: number) => `${number(value)} เรื่อง`,
      topics: (value: number) => `${number(value)} เรื่อง`,
      suggestions: (value: number) => `${number(value)} เรื่อง`,
      channels: (value: number) => `${number(value)} ช่องทาง`,
      requests: (value: number) => `${number(value)} ครั้ง`,
      days: (value: number) => `${number(value)} วัน`,
    },
    /** A small count is published only as "fewer than n" (`amount` is n in its unit). */
    fewerThan: (amount: string) => `น้อยกว่า ${amount}`,
    noData: 'ยังไม่มีข้อมูล',
    noEarlierQuarter: 'ยังไม่มีข้อมูลไตรมาสก่อนให้เปรียบเทียบ',
    withheld: 'ไม่เปิดเผย',
    withheldFew: 'ไม่เปิดเผย (จำนวนน้อย)',
    unchanged: 'เท่าเดิม',
    rose: (amount: string) => `เพิ่มขึ้น ${amount}`,
    fell: (amount: string) => `ลดลง ${amount}`,
    noTarget: 'รายงานผล (ไม่มีเป้าหมาย)',
    noRise: 'ไม่เพิ่มขึ้นจากไตรมาสก่อน',
    atLeast: (amount: string) => `อย่างน้อย ${amount}`,
    atMost: (amount: string) => `ไม่เกิน ${amount}`,
    and: ' และ ',
    centre: {
      serviceRequests: 'ผู้ขอรับบริการ',
      fulfilledPercent: 'คำขอที่ได้รับการตอบสนอง',
      medianDaysToFulfil: 'เวลาที่ใช้ตอบสนอง (ค่ามัธยฐาน)',
      suggestionsReceived: 'ข้อเสนอแนะจากประชาชนที่ได้รับ',
    },
    sameDay: 'ภายในวันเดียวกัน',
    /** `count` and `judged` are numbers already written (formatNumber). */
    summary: (period: string, met: string, count: string, judged: string) => `${period}: ${met} ${count} จาก ${judged} ตัวชี้วัดที่มีเป้าหมายและมีข้อมูล`,
    yearTitle: (period: string) => `สะสมตั้งแต่ต้นปีงบประมาณ: ${period}`,
    indicator: 'ตัวชี้วัด',
    planItem: 'แผนข้อ',
    target: 'เป้าหมาย',
    actual: 'ผลการดำเนินงาน',
    result: 'ผลเทียบเป้าหมาย',
    loading: 'กำลังคำนวณตัวชี้วัด…',
    retry: 'กด “แสดงตัวชี้วัด” อีกครั้ง',
  },

  // registers.html
  registers: {},

  // service-log.html
  serviceLog: {},

  // suggestions.html
  suggestions: {},
};
