// You are here: the Thai words the public pages' scripts write (web/src/): messages, labels of codes,
// errors and dates, the source every translation follows (web/i18n/catalogue.ts). A page's scripts
// reach them through web/src/words.ts, which the build bundles with its language's catalogue only.
// Labels of codes come from the domain's one Thai source (shared/domain/labels-th.ts), which the
// published statistics and the executive report share.
import { CATEGORY_LABELS, OUTCOME_LABELS, STATUS_LABELS, TARGET_LABELS } from '../../../shared/domain/labels-th';
import type { Status } from '../../../shared/domain/complaint';
import type { EvidenceType, FileStatus, RejectionReason } from '../../../shared/domain/evidence';
import type { RATING_LABELS } from '../../../shared/domain/surveys/instrument';
import { formatThaiDate, formatThaiDateTime, THAI_MONTHS, thaiDay } from '../../../shared/rules/thai-time';

const number = (value: number) => value.toLocaleString('th-TH', { maximumFractionDigits: 2 });
const RETRY = 'ลองส่งอีกครั้ง';

export const words = {
  /** Numbers and dates as this language writes them. */
  number,
  formatDate: formatThaiDate,
  formatDateTime: formatThaiDateTime,

  /** A day written YYYY-MM-DD, in words. */
  formatDay: thaiDay,

  /**
   * A fiscal quarter or year in words (web/src/period-label.ts writes `months` with dateInput's
   * months and era), word for word as the domain's periodLabel, which the statistics use.
   */
  periods: {
    quarter: (quarter: number, fiscalYear: number, months: string) => `ไตรมาสที่ ${quarter} ปีงบประมาณ พ.ศ. ${fiscalYear} (${months})`,
    fiscalYear: (fiscalYear: number, months: string) => `ปีงบประมาณ พ.ศ. ${fiscalYear} (${months})`,
  },
  /** A result against its target, in the same words as the published statistics. */
  targets: TARGET_LABELS,

  surveys: {
    unreachable: 'โหลดรายการแบบสำรวจไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้อีกครั้ง',
    audienceTags: { staff: 'บุคลากร', public: 'ประชาชน', reporter: 'ผู้ร้องเรียน' },
    audiences: { public: 'สำหรับประชาชนผู้ใช้บริการ ไม่ต้องระบุชื่อ', staff: 'สำหรับบุคลากรของหน่วยงาน ใช้รหัสแบบสำรวจที่ได้รับ (ไม่ระบุชื่อ)', reporter: 'สำหรับผู้ร้องเรียนที่เรื่องดำเนินการแล้วเสร็จ ตอบจากหน้าติดตามเรื่อง (ไม่ระบุชื่อ)' },
    kinds: { test: 'แบบทดสอบ', satisfaction: 'แบบสำรวจ' },
    /** The five-point scale of every rating question, as the instruments write it (checked against their table). */
    ratings: { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' } as const satisfies typeof RATING_LABELS,
  },

  knowledge: {
    unreachable: 'โหลดองค์ความรู้ไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้อีกครั้ง',
    count: (count: number) => `ทั้งหมด ${number(count)} เรื่อง`,
    publishedOn: (day: string) => `เผยแพร่เมื่อ ${day}`,
    source: (channel: string) => `ช่องทางที่เผยแพร่: ${channel}`,
    open: (title: string) => `เปิดดู “${title}”`,
    newTab: ' (เปิดในแท็บใหม่ ไปยังเว็บไซต์ภายนอก)',
  },

  disclosures: {
    unreachable: 'โหลดรายการข้อมูลไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้อีกครั้ง',
    /** The integrity assessment's (ITA) categories, in its order, which the public page and the console both follow. */
    categories: {
      duties: 'อำนาจหน้าที่ของหน่วยงาน',
      'structure-personnel': 'โครงสร้างและบุคลากร',
      budget: 'แผนและผลการใช้จ่ายงบประมาณ',
      procurement: 'แผนและผลการจัดซื้อจัดจ้าง',
      'reference-prices': 'ราคากลาง',
      performance: 'รายงานผลการดำเนินงาน',
    },
    emptyCategory: 'ยังไม่มีรายการในหมวดนี้',
    count: (count: number) => `${number(count)} รายการ`,
    publishedOn: 'เผยแพร่เมื่อ',
    nextUpdateDue: 'กำหนดปรับปรุงครั้งถัดไป',
    openDocument: (title: string) => `เปิดเอกสาร “${title}”`,
    openLink: (title: string) => `เปิดดู “${title}”`,
    documentNewTab: (size: string) => ` (ไฟล์ PDF ${size} เปิดในแท็บใหม่)`,
    linkNewTab: ' (เปิดในแท็บใหม่ ไปยังเว็บไซต์ภายนอก)',
  },

  informationCentre: {
    mediaTypes: { leaflet: 'แผ่นพับ', newsletter: 'จดหมายข่าว', video: 'วิดีโอ', poster: 'โปสเตอร์', article: 'บทความ' },
    channelKinds: {
      'phone-line': 'สายด่วน / โทรศัพท์',
      'service-point': 'จุดให้บริการ',
      'suggestion-box': 'ตู้รับความคิดเห็น',
      'social-media': 'สื่อสังคมออนไลน์',
      website: 'เว็บไซต์',
      'public-hearing': 'การรับฟังความคิดเห็น',
      other: 'ช่องทางอื่น',
    },
    channelsUnreachable: 'โหลดช่องทางติดต่อไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดโหลดหน้านี้อีกครั้งในอีกสักครู่',
    empty: 'โปรดพิมพ์ข้อเสนอแนะของท่าน',
    tooLong: (max: number) => `ข้อเสนอแนะต้องไม่เกิน ${number(max)} ตัวอักษร`,
    sendingButton: 'กำลังส่ง…',
    sending: 'กำลังส่งข้อเสนอแนะ',
    send: 'ส่งข้อเสนอแนะ',
    unreachable: 'ยังส่งข้อเสนอแนะไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “ส่งข้อเสนอแนะ” อีกครั้ง ข้อความของท่านยังอยู่ และระบบจะไม่บันทึกซ้ำ',
    refused: 'ขออภัย ระบบไม่สามารถรับข้อเสนอแนะนี้ได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง',
    earlier: 'ศูนย์ข้อมูลข่าวสารได้รับข้อเสนอแนะที่ท่านส่งไว้ก่อนหน้านี้แล้ว หากต้องการเพิ่มเติม โปรดกด “ส่งข้อเสนอแนะอีกเรื่อง”',
    received: (day: string) => `ศูนย์ข้อมูลข่าวสารได้รับข้อเสนอแนะของท่านแล้วเมื่อวันที่ ${day} เจ้าหน้าที่จะนำไปพิจารณาปรับปรุงการให้บริการ`,
    sent: 'ส่งข้อเสนอแนะแล้ว ขอบคุณสำหรับข้อเสนอแนะ',
  },

  common: {
    errorPrefix: 'ข้อผิดพลาด: ',
    counter: (used: number, max: number) => `ใช้ไปแล้ว ${number(used)} จาก ${number(max)} ตัวอักษร`,
    counterOver: (over: number, max: number) => `เกินกำหนด ${number(over)} ตัวอักษร (ไม่เกิน ${number(max)} ตัวอักษร)`,
    required: (label: string) => `โปรดกรอก${label}`,
    choose: (label: string) => `โปรดเลือก${label}`,
    tooLong: (label: string, max: number) => `${label}ต้องไม่เกิน ${number(max)} ตัวอักษร`,
    invalid: (label: string) => `${label}ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง`,
    unknownField: 'ระบบไม่สามารถรับข้อมูลบางส่วนได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง',
  },

  /** The three parts of a date a person types: day, month by name, year (Buddhist era in Thai). */
  dateInput: {
    day: 'วันที่',
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    months: THAI_MONTHS as readonly string[],
    /** Whether the year is typed in the Buddhist era (Thai) or the Common Era (English). */
    buddhistYear: true as boolean,
    incomplete: (label: string) => `โปรดระบุ${label}ให้ครบทั้งวันที่ เดือน และปี พ.ศ.`,
    notNumbers: (label: string) => `โปรดระบุ${label}เป็นตัวเลข เช่น 5 มกราคม 2570`,
    otherEra: (example: number) => `โปรดระบุปีเป็น พ.ศ. เช่น ${example}`,
    noSuchDay: (label: string) => `ไม่มีวันที่นี้ในปฏิทิน โปรดตรวจสอบ${label}อีกครั้ง`,
  },

  categories: CATEGORY_LABELS,
  statuses: STATUS_LABELS,
  outcomes: OUTCOME_LABELS,
  /** One plain sentence per status, so the reporter knows what is happening and what comes next. */
  statusExplanations: {
    received: 'ระบบได้รับเรื่องของท่านแล้ว เจ้าหน้าที่จะตอบรับและตรวจสอบเรื่องเบื้องต้นภายในวันที่กำหนด',
    acknowledged: 'เจ้าหน้าที่ตอบรับเรื่องของท่านแล้ว และกำลังตรวจสอบข้อมูลเบื้องต้น',
    investigating: 'เจ้าหน้าที่กำลังตรวจสอบข้อเท็จจริงของเรื่องนี้',
    referred: 'เรื่องของท่านถูกส่งต่อไปยังหน่วยงานที่มีอำนาจหน้าที่พิจารณาแล้ว',
    closed: 'การพิจารณาเรื่องนี้สิ้นสุดแล้ว',
  } satisfies Record<Status, string> as Record<Status, string>,
  /** Who wrote a message: officers are never named, the reporter is addressed as ท่าน. */
  authors: { officer: 'เจ้าหน้าที่', reporter: 'ท่าน' },
  phrases: {
    reference: 'เลขที่เรื่อง',
    secret: 'รหัสลับสำหรับติดตามเรื่อง',
    receiptWarning: 'โปรดจดหรือพิมพ์รหัสลับนี้เก็บไว้ในที่ปลอดภัย ระบบจะแสดงรหัสนี้เพียงครั้งเดียว และไม่สามารถกู้คืนได้',
  },
  /** The label of every field the API may name in `error.fields`, keyed by its path. */
  fields: {
    category: 'ประเภทเรื่อง',
    subject: 'หัวข้อเรื่อง',
    description: 'รายละเอียดเรื่อง',
    incidentDate: 'วันที่เกิดเหตุ',
    location: 'สถานที่เกิดเหตุ',
    accused: 'ผู้ถูกร้องเรียน',
    agency: 'หน่วยงานที่รับเรื่อง',
    unit: 'หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน',
    reporter: 'การเปิดเผยตัวตน',
    'reporter.mode': 'การเปิดเผยตัวตน',
    'reporter.name': 'ชื่อ–นามสกุล',
    'reporter.phone': 'เบอร์โทรศัพท์',
    'reporter.email': 'อีเมล',
    'reporter.nationalId': 'เลขประจำตัวประชาชน',
    'reporter.address': 'ที่อยู่',
    reference: 'เลขที่เรื่อง',
    secret: 'รหัสลับสำหรับติดตามเรื่อง',
    body: 'ข้อความ',
    notifyEmail: 'อีเมลสำหรับรับการแจ้งเตือน',
    acceptsEmailRisk: 'การยืนยันว่าอ่านคำเตือนเรื่องอีเมลแล้ว',
  },

  finder: {
    searching: 'กำลังค้นหา…',
    /** Said when nothing is typed yet: the list shows the first agencies in Thai dictionary order. */
    all: 'หน่วยงานทั้งหมด เรียงตามชื่อ',
    found: (count: number, more: boolean) => `พบ ${count}${more ? ' หน่วยงานขึ้นไป' : ' หน่วยงาน'}`,
    none: (q: string) => `ไม่พบหน่วยงานที่ชื่อตรงกับ “${q}” โปรดลองพิมพ์ชื่อให้สั้นลง หรือใช้ชื่อเต็มแทนชื่อย่อ`,
    unavailable: 'ขณะนี้ค้นหาหน่วยงานไม่ได้ โปรดลองใหม่อีกครั้งในอีกสักครู่',
    tooLong: 'ชื่อหน่วยงานที่ค้นหายาวเกินไป โปรดพิมพ์เพียงบางส่วนของชื่อ',
  },
  pageAgency: {
    /** An unknown or retired agency in the address. */
    unknown: 'ไม่พบหน่วยงานนี้ในช่องทางร้องเรียน หรือหน่วยงานนี้ไม่รับเรื่องผ่านช่องทางนี้แล้ว โปรดค้นหาหน่วยงานที่ท่านต้องการอีกครั้ง',
    findLink: 'ค้นหาหน่วยงาน',
    unavailable: 'ขณะนี้โหลดข้อมูลหน่วยงานไม่ได้ โปรดโหลดหน้านี้ใหม่อีกครั้งในอีกสักครู่',
  },
  unit: { notNamed: 'ไม่ระบุ' },
  /** The guideline's and the privacy notice's words for the agency's own settings. */
  agencyNotice: {
    days: (days: number) => `${number(days)} วัน`,
    years: (years: number) => `${number(years)} ปี`,
    unavailable: 'ขณะนี้โหลดระยะเวลาและช่องทางติดต่อของหน่วยงานไม่ได้ หน้านี้จึงแสดงข้อความทั่วไป โปรดโหลดหน้านี้ใหม่อีกครั้งในอีกสักครู่',
  },

  report: {
    notifyEmailInvalid: 'โปรดกรอกอีเมลให้ถูกต้อง เช่น name@example.com',
    emailRiskNotAccepted: 'โปรดอ่านคำเตือนเรื่องอีเมลแล้วเลือกยืนยัน หรือลบอีเมลออก',
    incidentInFuture: 'วันที่เกิดเหตุต้องไม่อยู่หลังวันนี้',
    phone: 'โปรดกรอกเบอร์โทรศัพท์เป็นตัวเลข เช่น 081 234 5678',
    email: 'โปรดกรอกอีเมลให้ถูกต้อง เช่น name@example.com',
    nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง โปรดตรวจสอบทั้ง 13 หลักอีกครั้ง',
    chooseCategory: 'โปรดเลือกประเภทเรื่อง',
    chooseReporter: 'โปรดเลือกว่าท่านต้องการเปิดเผยตัวตนหรือไม่',
    somethingWrong: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    submit: { idle: 'ส่งเรื่องร้องเรียน', busy: 'กำลังส่งเรื่อง…', sending: 'กำลังส่งเรื่อง โปรดรอสักครู่' },
    unreachable: 'ยังส่งเรื่องไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกด “ส่งเรื่องร้องเรียน” อีกครั้ง ข้อมูลที่ท่านกรอกยังอยู่ครบ และระบบจะไม่บันทึกเรื่องซ้ำ',
    unavailable: 'ระบบขัดข้องชั่วคราว ยังส่งเรื่องไม่สำเร็จ โปรดกด “ส่งเรื่องร้องเรียน” อีกครั้งในอีกสักครู่ ข้อมูลที่ท่านกรอกยังอยู่ครบ และระบบจะไม่บันทึกเรื่องซ้ำ',
    tooLarge: 'รายละเอียดเรื่องยาวเกินกว่าที่ระบบรับได้ โปรดเขียนให้สั้นลง',
    refused: 'ขออภัย ระบบไม่สามารถรับเรื่องนี้ได้ โปรดโหลดหน้านี้ใหม่แล้วลองส่งอีกครั้ง',
    receivedTitle: (reference: string, agency: string) => `ได้รับเรื่องแล้ว เลขที่ ${reference} | ${agency}`,
    received: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว',
    qrLabel: (address: string) => `คิวอาร์โค้ดของที่อยู่หน้าติดตามเรื่อง ${address}`,
    filesLater: 'ท่านแนบไฟล์ได้ภายหลังในหน้าติดตามเรื่อง โดยใช้เลขที่เรื่องและรหัสลับข้างต้น',
    filesFailed: (failed: number, later: string) => `ไฟล์ ${failed} ไฟล์ยังส่งไม่สำเร็จ แต่ระบบได้รับเรื่องร้องเรียนของท่านแล้ว โปรดกด “${RETRY}” หรือ${later}`,
    filesRejected: (rejected: number, later: string) => `ระบบไม่รับไฟล์ ${rejected} ไฟล์ ตามเหตุผลที่แสดงไว้ ${later}`,
    filesChecking: 'ส่งไฟล์ครบแล้ว ระบบยังตรวจสอบไฟล์ไม่เสร็จ ท่านดูผลได้ภายหลังในหน้าติดตามเรื่อง',
    filesDone: 'ส่งไฟล์ครบแล้ว และระบบได้รับไฟล์ทั้งหมดแล้ว',
    fileHeading: (agency: string) => `ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ ${agency}`,
    fileReceived: 'วันที่รับเรื่อง',
    fileAcknowledgeBy: 'เจ้าหน้าที่จะตอบรับเรื่องภายในวันที่',
    fileTrackAt: 'ติดตามเรื่องได้ที่',
    copied: 'คัดลอกเลขที่เรื่องและรหัสลับแล้ว',
    copyFailed: 'คัดลอกอัตโนมัติไม่สำเร็จ โปรดจดเลขที่เรื่องและรหัสลับด้วยตนเอง หรือกด “บันทึกเป็นไฟล์ข้อความ”',
    saved: 'บันทึกไฟล์แล้ว โปรดเก็บไฟล์นี้ไว้ในที่ปลอดภัย',
  },

  track: {
    locked: (minutes: number) =>
      `เลขที่เรื่องหรือรหัสลับไม่ถูกต้อง และมีการกรอกไม่ถูกต้องหลายครั้งแล้ว โปรดตรวจสอบรหัสลับบนใบรับเรื่องให้ตรงทุกตัว หรือลองใหม่ในอีกประมาณ ${minutes} นาที (รหัสลับที่ถูกต้องเข้าดูได้ทุกเมื่อ)`,
    notRecognised: 'เลขที่เรื่องหรือรหัสลับไม่ถูกต้อง โปรดตรวจสอบว่าพิมพ์ครบทุกตัวตามที่ได้รับไว้ แล้วลองอีกครั้ง (ตัวพิมพ์เล็กหรือพิมพ์ใหญ่ก็ได้)',
    unreachable: 'ติดต่อระบบไม่ได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง',
    enterReference: 'โปรดกรอกเลขที่เรื่อง',
    enterSecret: 'โปรดกรอกรหัสลับสำหรับติดตามเรื่อง',
    searching: 'กำลังค้นหาเรื่องของท่าน',
    statusOf: (reference: string, status: string) => `สถานะของเรื่องเลขที่ ${reference}: ${status}`,
    stageStates: { done: 'ดำเนินการแล้ว', current: 'ขั้นตอนปัจจุบัน', ahead: 'ขั้นตอนถัดไป' },
    doneOn: (date: string) => `เมื่อ ${date}`,
    nextUpdateBy: (date: string) => `แจ้งความคืบหน้าครั้งถัดไปภายในวันที่ ${date}`,
    by: (date: string) => `ภายในวันที่ ${date}`,
    afterFirstChecks: 'หลังตรวจสอบเบื้องต้น',
    afterAcknowledged: 'หลังเจ้าหน้าที่ตอบรับเรื่อง',
    concludedOr: (closed: string, referred: string) => `${closed} หรือ${referred}`,
    targetBy: (date: string) => `เป้าหมายภายในวันที่ ${date}`,
    refreshed: 'แสดงความคืบหน้าล่าสุดแล้ว',
    emptyMessage: 'โปรดพิมพ์ข้อความที่ต้องการส่ง',
    messageTooLong: (max: number) => `ข้อความต้องไม่เกิน ${number(max)} ตัวอักษร`,
    sendingMessage: 'กำลังส่งข้อความ…',
    sendMessage: 'ส่งข้อความ',
    messageSent: 'ส่งข้อความถึงเจ้าหน้าที่แล้ว',
    messageUnreachable: 'ยังส่งข้อความไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “ส่งข้อความ” อีกครั้ง ข้อความของท่านยังอยู่ และระบบจะไม่ส่งซ้ำ',
    messageRefused: 'ขออภัย ระบบไม่สามารถรับข้อความนี้ได้ โปรดลองอีกครั้ง',
    filesFailed: (failed: number) => `ไฟล์ ${failed} ไฟล์ยังส่งไม่สำเร็จ โปรดกด “${RETRY}” หรือเลือกไฟล์แล้วส่งใหม่ภายหลัง`,
    filesChecking: 'ส่งไฟล์แล้ว ระบบยังตรวจสอบไฟล์ไม่เสร็จ โปรดกด “ดูความคืบหน้าล่าสุด” อีกครั้งในภายหลัง',
    filesDone: 'ส่งไฟล์แล้ว และระบบตรวจสอบไฟล์เสร็จแล้ว ผลการตรวจสอบแสดงอยู่ในรายการไฟล์หลักฐาน',
    chooseFiles: 'โปรดเลือกไฟล์ที่ต้องการแนบ',
    sendingFiles: (count: number) => `กำลังส่งไฟล์ ${count} ไฟล์`,
    signedOut: 'ล้างเลขที่เรื่องและรหัสลับออกจากหน้านี้แล้ว',
  },

  /** The channel-experience survey on the tracking page; the questions as the instrument (channel-experience) writes them. */
  experienceSurvey: {
    introduction:
      'เรื่องของท่านดำเนินการแล้วเสร็จ โปรดช่วยบอกเราว่าช่องทางร้องเรียนนี้สะดวก รวดเร็ว และปลอดภัยเพียงใด 5 คือมากที่สุด 1 คือน้อยที่สุด คำตอบไม่ผูกกับเลขที่เรื่องของท่าน เจ้าหน้าที่จึงไม่ทราบว่าเป็นคำตอบของเรื่องใด และตอบได้เรื่องละหนึ่งครั้ง',
    questions: {
      convenient: 'การร้องเรียนและติดตามเรื่องผ่านช่องทางนี้สะดวกและเข้าใจง่าย',
      fast: 'เรื่องของท่านได้รับการตอบรับและดำเนินการอย่างรวดเร็ว',
      safe: 'ท่านรู้สึกปลอดภัย และมั่นใจว่าข้อมูลของท่านได้รับการคุ้มครอง',
      comment: 'ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ โปรดอย่าระบุชื่อหรือรายละเอียดของเรื่อง)',
    },
    questionNumber: (index: number) => `ข้อ ${index}`,
    chooseScore: 'โปรดเลือกคะแนนของข้อนี้',
    commentTooLong: (max: number) => `ข้อเสนอแนะต้องไม่เกิน ${number(max)} ตัวอักษร`,
    sent: 'ส่งคำตอบแบบสำรวจแล้ว ขอบคุณ',
    unreachable: 'ยังส่งคำตอบไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “ส่งคำตอบ” อีกครั้ง คำตอบที่เลือกไว้ยังอยู่ และนับเพียงครั้งเดียว',
    checkAnswers: 'โปรดตรวจสอบคำตอบที่มีข้อความแจ้งไว้',
    refused: 'ขออภัย ระบบไม่สามารถรับคำตอบนี้ได้ในขณะนี้',
  },

  /** The page a news e-mail's stop link opens. */
  stop: {
    incomplete: 'ลิงก์นี้ไม่ครบ โปรดกดลิงก์ “หยุดรับอีเมล” ในอีเมลอีกครั้ง หรือคัดลอกลิงก์ทั้งหมดมาวางในเบราว์เซอร์',
    stopping: 'กำลังหยุดรับอีเมล',
    unreachable: 'ยังหยุดไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดลองกดอีกครั้งในอีกสักครู่',
    invalid: 'ลิงก์นี้ไม่ถูกต้อง โปรดกดลิงก์ “หยุดรับอีเมล” ในอีเมลอีกครั้ง',
  },

  evidence: {
    types: { pdf: 'เอกสาร PDF', jpeg: 'ภาพ JPEG', png: 'ภาพ PNG', docx: 'เอกสาร Word' } satisfies Record<EvidenceType, string> as Record<EvidenceType, string>,
    statuses: { 'awaiting-upload': 'กำลังตรวจสอบ…', received: 'ได้รับแล้ว', rejected: 'ไม่รับไฟล์' } satisfies Record<FileStatus, string> as Record<FileStatus, string>,
    rejections: {
      empty: 'ไฟล์ว่างเปล่า ไม่มีข้อมูลอยู่ในไฟล์',
      'too-large': 'ไฟล์มีขนาดใหญ่เกินกว่าที่ระบบรับได้',
      'unsupported-type': 'ระบบไม่รับไฟล์ชนิดนี้ รับเฉพาะ PDF, JPG, PNG และ Word (.docx)',
      'type-mismatch': 'ชนิดไฟล์ไม่ตรงกับนามสกุลไฟล์',
      unreadable: 'เปิดอ่านไฟล์ไม่ได้หรือไฟล์เสียหาย',
      'too-complex': 'ไฟล์ซับซ้อนหรือมีขนาดภายในใหญ่เกินกว่าที่ระบบตรวจได้อย่างปลอดภัย กรุณาส่งเป็นไฟล์ที่เล็กลงหรือแบ่งเป็นหลายไฟล์',
      'unsupported-content': 'ไฟล์มีส่วนที่ระบบไม่รับ เช่น ตั้งรหัสผ่านไว้ กรุณาบันทึกเป็น PDF หรือรูปภาพธรรมดาแล้วส่งใหม่',
    } satisfies Record<RejectionReason, string> as Record<RejectionReason, string>,
    kindsAccepted: 'PDF, JPG, PNG หรือ Word (.docx)',
    full: (maxFiles: number) => `เรื่องนี้มีไฟล์ครบ ${maxFiles} ไฟล์แล้ว จึงแนบไฟล์เพิ่มไม่ได้`,
    tooMany: (maxFiles: number, chosen: number) => `แนบไฟล์ได้ไม่เกิน ${maxFiles} ไฟล์ต่อเรื่อง ท่านเลือกไว้ ${chosen} ไฟล์ โปรดเลือกใหม่`,
    roomFor: (room: number, chosen: number) => `เรื่องนี้แนบไฟล์ได้อีก ${room} ไฟล์ ท่านเลือกไว้ ${chosen} ไฟล์ โปรดเลือกใหม่`,
    wrongType: (name: string, kinds: string) => `“${name}” เป็นไฟล์ชนิดที่ระบบไม่รับ โปรดเลือกไฟล์ ${kinds}`,
    emptyFile: (name: string) => `“${name}” ไม่มีข้อมูลอยู่ในไฟล์ โปรดเลือกไฟล์อื่น`,
    fileTooLarge: (name: string, size: string, max: string) => `“${name}” มีขนาด ${size} เกิน ${max} ที่รับได้ โปรดย่อขนาดไฟล์ หรือแบ่งเป็นหลายไฟล์`,
    rejected: (status: string, why: string) => `${status}: ${why ? `${why} ` : ''}ระบบลบไฟล์นี้แล้ว ท่านแนบไฟล์ที่ถูกต้องได้อีกครั้ง`,
    sentOn: (date: string) => `ส่งเมื่อ ${date}`,
    retry: RETRY,
    unreachable: 'ส่งไฟล์ไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกด “ลองส่งอีกครั้ง”',
    tooLarge: (max: string | undefined) => `ไฟล์มีขนาดเกิน${max ? ` ${max}` : 'ขนาด'}ที่ระบบรับได้ โปรดย่อขนาดไฟล์ หรือแบ่งเป็นหลายไฟล์`,
    progressOf: (name: string) => `ความคืบหน้าการส่งไฟล์ ${name}`,
    waiting: 'รอส่ง',
    failed: 'ส่งไฟล์ไม่สำเร็จ โปรดกด “ลองส่งอีกครั้ง”',
    sending: (percent: number) => `กำลังส่งไฟล์… ${percent}%`,
    credentialsRefused: 'ส่งไฟล์ไม่ได้ เพราะเลขที่เรื่องหรือรหัสลับใช้ไม่ได้ในขณะนี้',
    caseFull: (maxFiles: number | undefined) => `เรื่องนี้มีไฟล์ครบ${maxFiles === undefined ? 'ตามที่รับได้' : ` ${maxFiles} ไฟล์`}แล้ว จึงแนบไฟล์นี้ไม่ได้`,
    typeRefused: (kinds: string) => `ระบบไม่รับไฟล์นี้ โปรดตรวจสอบว่าเป็นไฟล์ ${kinds}`,
    sent: (checking: string) => `ส่งไฟล์แล้ว · ${checking}`,
  },
};
