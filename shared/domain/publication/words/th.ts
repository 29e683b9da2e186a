// You are here: the Thai words of the published statistics (every page under /stats/ and the labels of
// complaints.csv), the source every other language's catalogue translates (words/en.ts is typed
// Translation<typeof words>, so a missing or extra key fails `tsc`). Labels of codes come from the
// domain's one Thai source (labels-th.ts), so the pages, the staff views and the statistics say the
// same thing. Plain data and small functions of numbers, days and periods; no work done at load.
// How to add a word or a language: docs/languages.md.
import {
  BUCKET_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  periodLabel,
  REPORTER_TYPE_LABELS,
  TARGET_LABELS,
  thaiDay,
} from '../../labels-th';

const number = (value: number) => value.toLocaleString('en-US');

/** The indicators' plain names, which the console's pages use too (web/i18n/th/staff-scripts.ts). */
export const INDICATOR_NAMES_TH = {
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
};

export const words = {
  /** The language's own name, as the switch to it says. */
  languageName: 'ไทย',
  number,
  /** A day (YYYY-MM-DD) in words: Buddhist era. */
  day: thaiDay,
  /** A quarter or a fiscal year in words. */
  periodName: periodLabel,

  layout: {
    skipLink: 'ข้ามไปยังเนื้อหาหลัก',
    siteName: 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ',
    languageSwitch: 'ภาษา',
    links: 'ลิงก์ของช่องทางร้องเรียน',
    backToChannel: (agency: string) => `กลับไปที่ช่องทางร้องเรียนของ${agency}`,
    guide: 'คู่มือการร้องเรียน',
    otherAgencies: 'สถิติของหน่วยงานอื่น',
    findAgency: 'ค้นหาหน่วยงานเพื่อร้องเรียน',
    allAgencies: 'สถิติทุกหน่วยงาน',
  },

  cells: {
    noData: 'ยังไม่มีข้อมูล',
    withheld: 'ไม่เปิดเผย',
    lessThan: (threshold: number) => `น้อยกว่า ${threshold}`,
    /** A median or percentage computed from too few complaints. */
    statisticWithheld: (threshold: number) => `ไม่เปิดเผย (คำนวณจากน้อยกว่า ${threshold} เรื่อง)`,
    /** What "<5" means, said under the table or chart that shows it. */
    smallNote: (threshold: number) => `“น้อยกว่า ${threshold}” หมายถึงมี 0 ถึง ${threshold - 1} เรื่อง ไม่แสดงตัวเลขจริงเพื่อไม่ให้ระบุตัวผู้ร้องเรียนได้`,
    withheldNote: '“ไม่เปิดเผย” หมายถึงปิดตัวเลขช่องนี้ไว้ด้วย เพื่อไม่ให้นำยอดรวมไปหักแล้วได้ตัวเลขที่ปิดไว้',
    days: (value: string) => `${value} วัน`,
    percent: (value: string) => `${value} %`,
  },

  chart: {
    dataCaption: (title: string) => `ข้อมูลของแผนภูมิ: ${title}`,
    item: 'รายการ',
    count: 'จำนวน (เรื่อง)',
  },

  codes: {
    buckets: BUCKET_LABELS,
    categories: CATEGORY_LABELS,
    channels: CHANNEL_LABELS,
    kinds: KIND_LABELS,
    reporterTypes: REPORTER_TYPE_LABELS,
    outcomes: OUTCOME_LABELS,
    /** A result against its target: the staff pages' words (TARGET_LABELS). */
    targets: TARGET_LABELS,
  },

  period: {
    title: (period: string, agency: string) => `สถิติเรื่องร้องเรียนการทุจริต ${period} – ${agency}`,
    heading: 'สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    published: (day: string, revision: number) => `เผยแพร่เมื่อ ${day}${revision > 1 ? ` (ฉบับปรับปรุงครั้งที่ ${revision - 1})` : ''}`,
    summary: 'สรุปภาพรวม',
    counted: 'นับเรื่องที่ได้รับในช่วงเวลานี้ และสถานะ ณ วันสุดท้ายของช่วงเวลา',
    byCategory: 'เรื่องที่ได้รับ แยกตามประเภท',
    byChannel: 'เรื่องที่ได้รับ แยกตามช่องทาง',
    byKind: 'เรื่องที่ได้รับ แยกเป็นเรื่องร้องเรียนและการแจ้งเบาะแส',
    byReporterType: 'เรื่องที่ได้รับ แยกตามผู้ร้องเรียน',
    outcomes: 'ผลการดำเนินการของเรื่องที่แล้วเสร็จ',
    closedAs: (outcome: string) => `ยุติเรื่อง: ${outcome}`,
    referred: 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่',
    timeliness: 'ความรวดเร็วในการดำเนินการ',
    medianDaysToAcknowledge: 'ระยะเวลาตอบรับเรื่อง (มัธยฐาน)',
    medianDaysToClose: 'ระยะเวลาดำเนินการจนแล้วเสร็จ (มัธยฐาน)',
    acknowledgedWithinDeadline: 'ตอบรับเรื่องภายในกำหนด',
    salary: 'เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส',
    salaryOfYear: (fiscalYear: number) => `เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส ปีงบประมาณ พ.ศ. ${fiscalYear}`,
    quarter: (quarter: number) => `ไตรมาสที่ ${quarter}`,
    openData: 'ข้อมูลเปิด',
    csv: 'ดาวน์โหลดข้อมูล CSV',
    json: 'ดาวน์โหลดข้อมูล JSON',
    archive: 'สถิติย้อนหลังทุกช่วงเวลา',
    protection: (threshold: number) =>
      `เพื่อคุ้มครองผู้ร้องเรียน ตัวเลขที่มีค่าตั้งแต่ 0 ถึง ${threshold - 1} แสดงเป็น “น้อยกว่า ${threshold}” ตัวเลขบางช่องแสดงเป็น “ไม่เปิดเผย” เพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้ ค่ามัธยฐานและร้อยละแสดงเมื่อคำนวณจากอย่างน้อย ${threshold} เรื่อง`,
    yearToDate: 'ยอดสะสมตั้งแต่ต้นปีงบประมาณเป็นผลรวมของตัวเลขรายไตรมาสที่เผยแพร่แล้ว (นับแต่ละเรื่องตามสถานะ ณ สิ้นไตรมาสที่ได้รับเรื่อง)',
    frozen: 'ตัวเลขของไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง และไม่มีการเผยแพร่รายละเอียดของเรื่องใดเรื่องหนึ่ง',
  },

  approval: {
    heading: 'การพิจารณาของผู้บริหาร',
    approvedOn: (day: string) => `ผู้บริหารพิจารณาและอนุมัติให้เผยแพร่เมื่อ ${day}`,
    analysis: 'การวิเคราะห์ปัญหาและแนวทางแก้ไข',
  },

  surveys: {
    heading: 'ผลการสำรวจตามแผน',
    survey: 'แบบสำรวจ',
    answered: 'จำนวนผู้ตอบ',
    result: 'ผล',
    target: 'เป้าหมาย',
    againstTarget: 'ผลเทียบเป้าหมาย',
    people: (count: string) => `${count} คน`,
    passed: (share: string) => `ผ่านเกณฑ์ ${share}`,
    atLeastPercent: (percent: number) => `อย่างน้อย ${percent} %`,
    withheldFew: (threshold: number) => `ไม่เปิดเผย (ผู้ตอบน้อยกว่า ${threshold} คน)`,
    withheldQuarter: (threshold: number) => `ไม่เปิดเผย (มีไตรมาสที่ผู้ตอบน้อยกว่า ${threshold} คน)`,
    fewAnswered: (threshold: number) =>
      `ผลของแบบสำรวจที่มีผู้ตอบน้อยกว่า ${threshold} คนไม่เปิดเผย และจำนวนผู้ตอบแสดงเป็น “น้อยกว่า ${threshold}” (0 ถึง ${threshold - 1} คน) เพื่อไม่ให้ระบุคำตอบของผู้ใดได้`,
    /** Each survey's name by its id, as its instrument titles it. */
    titles: {
      'knowledge-test': 'แบบทดสอบความรู้ด้านการต่อต้านการทุจริต',
      'info-center-satisfaction': 'แบบสำรวจความพึงพอใจการใช้บริการศูนย์ข้อมูลข่าวสาร',
      'promotion-satisfaction': 'แบบประเมินความพึงพอใจต่อระบบการเลื่อนขั้นเงินเดือน',
      'vigilance-followup': 'แบบประเมินติดตามผลการเฝ้าระวังการทุจริต',
      'channel-experience': 'แบบสำรวจความพึงพอใจต่อช่องทางร้องเรียนการทุจริต',
    },
    /** The questions published on their own, by id, as the instrument labels them. */
    items: { convenient: 'สะดวก', fast: 'รวดเร็ว', safe: 'ปลอดภัย' },
  },

  indicators: {
    heading: 'ตัวชี้วัดตามแผนปฏิบัติการ',
    indicator: 'ตัวชี้วัด',
    planItem: (item: string) => `(แผนข้อ ${item})`,
    reported: 'รายงานผล',
    withheld: 'ไม่เปิดเผย (จำนวนน้อย)',
    atLeast: (value: number, unit: string) => `อย่างน้อย ${value} ${unit}`,
    atMost: (value: number, unit: string) => `ไม่เกิน ${value} ${unit}`,
    and: ' และ ',
    /** The units of a target (indicators.ts), by the code the published file keeps. */
    units: { percent: '%', items: 'เรื่อง', channels: 'ช่องทาง' },
    /** Each indicator's name in plain words, by its id (indicators.ts takes the Thai ones from here). */
    names: INDICATOR_NAMES_TH,
  },

  archive: {
    title: (agency: string) => `สถิติย้อนหลัง – ${agency}`,
    heading: 'สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: ทุกช่วงเวลา',
    caption: 'สถิติที่เผยแพร่แล้วทุกช่วงเวลา',
    period: 'ช่วงเวลา',
    updated: 'ปรับปรุงล่าสุด',
    revision: 'ฉบับที่',
    openData: 'ข้อมูลเปิด',
    note: 'ตัวเลขของแต่ละไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง ยอดสะสมตั้งแต่ต้นปีงบประมาณปรับปรุงทุกไตรมาสเป็นผลรวมของไตรมาสที่เผยแพร่แล้ว',
  },

  pending: {
    title: (agency: string) => `สถิติเรื่องร้องเรียนการทุจริต – ${agency}`,
    notYet: (agency: string) => `${agency}ยังไม่ได้เผยแพร่สถิติ`,
    when: 'สถิติเผยแพร่ทุกไตรมาสของปีงบประมาณ หลังวันสุดท้ายของไตรมาส (ธันวาคม มีนาคม มิถุนายน และกันยายน) สถิติของไตรมาสแรกที่หน่วยงานเปิดรับเรื่องจะแสดงที่หน้านี้',
    otherAgencies: 'ดูสถิติของหน่วยงานอื่น',
  },

  index: {
    title: 'สถิติเรื่องร้องเรียนการทุจริต: ทุกหน่วยงาน',
    published: (count: string) => `หน่วยงานที่เผยแพร่สถิติแล้ว ${count} หน่วยงาน`,
    latest: (period: string) => `(ล่าสุด ${period})`,
    search: 'ค้นหาหน่วยงาน',
    searchExample: 'เช่น อบต. บางพลี',
    /** The search's count; the index script puts the number in place of {n}. */
    found: (count: string) => `พบ ${count} หน่วยงาน`,
    asData: 'รายชื่อเดียวกันในรูปแบบข้อมูลเปิด:',
  },

  national: {
    name: 'ภาพรวมทุกหน่วยงาน',
    title: (period: string) => `สถิติเรื่องร้องเรียนการทุจริต ${period} – ภาพรวมทุกหน่วยงาน`,
    heading: 'สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: ภาพรวมทุกหน่วยงาน',
    agencies: (count: string) => `รวมจากตัวเลขที่ ${count} หน่วยงานเผยแพร่แล้ว`,
    atLeast: (low: string) => `ไม่น้อยกว่า ${low}`,
    note: (threshold: number) =>
      `ตัวเลขภาพรวมคำนวณจากตัวเลขที่แต่ละหน่วยงานเผยแพร่แล้วเท่านั้น ตัวเลขที่หน่วยงานแสดงเป็น “น้อยกว่า ${threshold}” หรือ “ไม่เปิดเผย” นับเป็นช่วงของค่าที่เป็นไปได้ ภาพรวมจึงแสดงเป็นช่วง (ค่าต่ำสุด–ค่าสูงสุด) เมื่อมีหน่วยงานใดปกปิดตัวเลข เพื่อไม่ให้นำยอดรวมไปหักตัวเลขของหน่วยงานอื่นแล้วได้ตัวเลขที่ปกปิดไว้`,
  },
};
