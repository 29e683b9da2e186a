// You are here: the Thai words the staff console's scripts write (web/src/staff-*.ts and the label
// modules they share), the source every translation follows (web/i18n/catalogue.ts). The staff
// scripts reach them through web/src/staff-words.ts, bundled with the page's language only, so no
// public page downloads them. Dates, numbers and the labels of codes a reporter also sees (status,
// category, outcome) come from the public catalogue (web/src/words.ts), one word for one thing.
// One section per page (after the shell and the shared labels), in the order of web/pages/staff/.
import type { OverdueFlags } from '../../../shared/domain/case-workflow';
import type { ReporterIdentity } from '../../../shared/domain/complaint';
import { CHANNEL_LABELS, KIND_LABELS, REPORTER_TYPE_LABELS } from '../../../shared/domain/labels-th';
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
  signIn: {},

  // callback.html
  callback: {},

  // cases.html
  cases: {},

  // case.html
  case: {
    /** The page's phrase for trying again, in the shell's "cannot reach the system" (staffProblem). */
    retry: 'ลองอีกครั้ง',
    notFound: 'ไม่พบเรื่องเลขที่นี้ในหน่วยงานของท่าน โปรดตรวจสอบเลขที่เรื่องอีกครั้ง',
    refused: 'ระบบไม่สามารถทำรายการนี้ได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง',
    noReference: 'ไม่พบเลขที่เรื่องในลิงก์นี้ โปรดเปิดเรื่องจากรายการเรื่องร้องเรียน',
    notAllowed: 'บทบาทของท่านไม่มีสิทธิ์ดูเรื่องร้องเรียน',
    documentTitle: (reference: string) => `เรื่องเลขที่ ${reference} | ระบบจัดการเรื่องร้องเรียนการทุจริต`,
    saving: 'กำลังบันทึก…',

    /** The case's deadlines and facts, each a term beside its value. */
    nextUpdateBy: 'แจ้งความคืบหน้าครั้งถัดไปภายใน',
    concluded: 'ดำเนินการแล้วเสร็จ',
    facts: {
      category: 'ประเภทเรื่อง',
      reporterMode: 'การเปิดเผยตัวตน',
      channel: 'ช่องทางที่รับเรื่อง',
      kind: 'ประเภทของเรื่อง',
      reporterType: 'ผู้ร้องเรียนหรือผู้แจ้งเบาะแส',
      arrivedOn: 'วันที่เรื่องมาถึงหน่วยงาน',
      receivedAt: 'วันที่รับเรื่อง',
      updatedAt: 'ปรับปรุงล่าสุด',
      subject: 'หัวข้อเรื่อง',
      incidentDate: 'วันที่เกิดเหตุ',
      location: 'สถานที่เกิดเหตุ',
      accused: 'ผู้ถูกร้องเรียน',
      legalHold: 'การระงับการทำลายข้อมูล',
      unit: 'หน่วยงานที่ถูกร้องเรียน',
      assignee: 'ผู้รับผิดชอบ',
      concernsHandlers: 'ร้องเรียนผู้รับผิดชอบเรื่องร้องเรียน',
      conflicts: 'การแจ้งส่วนได้เสีย',
    },
    notGiven: 'ไม่ได้ระบุ',
    heldSince: 'ระงับไว้ตั้งแต่ ',
    notHeld: 'ไม่ได้ระงับ',
    concernsHandlersYes: 'ใช่ เห็นเฉพาะผู้ควบคุมข้อมูลผู้ร้องเรียน ส่งต่อหน่วยงานภายนอกได้ด้วยการส่งออกเรื่อง',
    /** How a complaint reached the agency, what it is and who sent it: the domain's words, as the statistics publish them. */
    channels: CHANNEL_LABELS,
    kinds: KIND_LABELS,
    reporterTypes: REPORTER_TYPE_LABELS,
    /** "มอบหมายให้ {who} ตั้งแต่ {when}", written around the person and the time. */
    notAssigned: 'ยังไม่มอบหมาย',
    assignedTo: 'มอบหมายให้ ',
    assignedToYou: 'ท่าน',
    assignedSince: ' ตั้งแต่ ',
    noConflicts: 'ไม่มี',

    /** The timeline and the messages. */
    outcomeIs: (outcome: string) => `ผลการพิจารณา: ${outcome}`,
    toReporter: 'แจ้งผู้ร้องเรียน: ',
    internalNote: 'บันทึกภายใน · เห็นเฉพาะเจ้าหน้าที่',

    /** Moving the case along. */
    chooseStatus: 'โปรดเลือกสถานะใหม่',
    statusChanged: (status: string) => `เปลี่ยนสถานะเป็น “${status}” แล้ว`,
    statusMovedOn: (status: string) =>
      `เปลี่ยนสถานะไม่ได้ เพราะสถานะของเรื่องเปลี่ยนไปแล้ว (อาจมีเจ้าหน้าที่อีกท่านดำเนินการก่อน) ขณะนี้สถานะคือ “${status}” โปรดตรวจสอบ แล้วเลือกสถานะใหม่อีกครั้ง`,
    fixFields: 'ยังบันทึกไม่ได้ โปรดแก้ไขข้อมูลที่ระบุไว้',

    /** A written reason (a reveal, a hold, an export, an assignment, a conflict). */
    reason: 'เหตุผล',
    reasonTooShort: (min: number, length: number) => `เหตุผลต้องมีอย่างน้อย ${number(min)} ตัวอักษร (ขณะนี้ ${number(length)} ตัวอักษร)`,
    reasonTooLong: (max: number) => `เหตุผลต้องไม่เกิน ${number(max)} ตัวอักษร`,
    reasonBounds: (min: number, max: number) => `เหตุผลต้องมี ${number(min)} ถึง ${number(max)} ตัวอักษร`,

    /** Writing to the reporter. */
    message: 'ข้อความ',
    messageEmpty: 'โปรดพิมพ์ข้อความที่ต้องการส่ง',
    messageSending: 'กำลังส่งข้อความ…',
    messageSent: 'ส่งข้อความถึงผู้ร้องเรียนแล้ว',
    messageUnsent: 'ยังส่งข้อความไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “ส่งข้อความ” อีกครั้ง ข้อความยังอยู่ และระบบจะไม่ส่งซ้ำ',

    /** Opening the reporter's identity. */
    identityHidden: 'ซ่อนข้อมูลตัวตนแล้ว',
    revealReasonEmpty: 'โปรดเขียนเหตุผลในการเปิดดูข้อมูลตัวตน',
    revealConfirm: 'โปรดยืนยันว่าท่านทราบว่าการเปิดดูครั้งนี้จะถูกบันทึกไว้',
    revealAnonymous: 'เรื่องนี้ผู้ร้องเรียนเลือกไม่เปิดเผยตัวตน จึงไม่มีข้อมูลตัวตนให้เปิดดู',
    identityShown: 'แสดงข้อมูลตัวตนผู้ร้องเรียนแล้ว',

    /** The evidence files: each cell's name when the table folds into cards on a phone. */
    fileCells: { name: 'ชื่อไฟล์', type: 'ชนิด', size: 'ขนาด', status: 'สถานะ', download: 'ดาวน์โหลด' },
    download: 'ดาวน์โหลด',
    downloading: (fileName: string) => `กำลังดาวน์โหลดไฟล์ ${fileName}`,
    /** What the cleaned copy of a file no longer holds (web/src/cleaning-labels.ts); keys come from processing. */
    cleaning: {
      labels: {
        author: 'ชื่อผู้สร้างเอกสาร',
        'document-properties': 'คุณสมบัติเอกสาร',
        metadata: 'ข้อมูลแฝงของไฟล์ (เช่น EXIF, XMP)',
        'location-data': 'ข้อมูลตำแหน่งที่ถ่ายภาพ',
        'camera-details': 'ข้อมูลกล้อง',
        'embedded-file': 'ไฟล์ที่ฝังไว้',
        scripts: 'สคริปต์',
        macros: 'มาโคร',
        'form-fields': 'ข้อมูลในช่องแบบฟอร์ม (คงไว้เป็นภาพ)',
        'xfa-form': 'แบบฟอร์ม XFA',
        'earlier-revisions': 'ฉบับแก้ไขก่อนหน้า',
        annotations: 'ข้อมูลผู้เขียนความเห็น (ความเห็นคงไว้เป็นภาพ)',
        'comment-authors': 'ชื่อผู้เขียนความเห็น',
        'revision-authors': 'ชื่อผู้แก้ไขเอกสาร',
        'picture-dropped': 'รูปภาพที่อ่านไม่ได้',
        'picture-metadata': 'ข้อมูลแฝงในรูปภาพ (เช่น ตำแหน่งที่ถ่าย)',
        'custom-properties': 'คุณสมบัติที่ผู้ใช้กำหนด',
        thumbnail: 'ภาพตัวอย่างของเอกสาร',
        people: 'รายชื่อผู้ร่วมแก้ไข',
        'deleted-text': 'ข้อความที่ถูกลบไว้ในประวัติการแก้ไข',
        'hidden-text': 'ข้อความที่ซ่อนไว้',
        'field-codes': 'รหัสฟิลด์',
        'link-targets': 'ปลายทางของลิงก์',
        'alt-text': 'คำอธิบายรูปภาพ',
        'document-variables': 'ตัวแปรของเอกสาร',
        'template-path': 'ที่อยู่แม่แบบเอกสารบนเครื่องผู้สร้าง',
        'custom-xml': 'ข้อมูล XML ที่แนบไว้',
        'headers-footers': 'หัวกระดาษและท้ายกระดาษ',
        'embedded-fonts': 'แบบอักษรที่ฝังไว้',
        'content-dropped': 'เนื้อหาที่สร้างใหม่ไม่ได้',
        'hidden-data': 'ข้อมูลแฝงอื่น',
      },
      /** One kind of item removed, with how many when more than one. */
      item: (label: string, count: number) => (count > 1 ? `${label} ${number(count)} รายการ` : label),
      removed: (items: string) => `นำออกแล้ว: ${items}`,
    },

    /** Assigning the case and declaring a conflict. */
    assigneeEmpty: 'โปรดกรอกรหัสผู้ใช้ของผู้รับผิดชอบ',
    assignReasonEmpty: 'โปรดเขียนเหตุผลในการเปลี่ยนผู้รับผิดชอบ',
    assigned: 'มอบหมายผู้รับผิดชอบเรื่องแล้ว',
    assigneeUnknown: 'ไม่พบเจ้าหน้าที่รหัสนี้ในหน่วยงานของท่าน โปรดตรวจสอบอีกครั้ง',
    assigneeRefused:
      'มอบหมายให้เจ้าหน้าที่ท่านนี้ไม่ได้ เพราะสังกัดหน่วยงานที่ถูกร้องเรียน แจ้งว่ามีส่วนได้เสีย ไม่ได้มีหน้าที่รับผิดชอบเรื่องร้องเรียน หรือเรื่องเปลี่ยนไปแล้ว โปรดโหลดหน้านี้ใหม่แล้วเลือกผู้อื่น',
    conflictEmpty: 'โปรดเขียนส่วนได้เสียของท่านกับเรื่องนี้',
    conflictDeclared: 'บันทึกการแจ้งส่วนได้เสียแล้ว ท่านจะไม่เห็นเรื่องนี้อีก',

    /** The legal hold. */
    hold: 'ระงับการทำลายข้อมูล',
    release: 'ยกเลิกการระงับการทำลายข้อมูล',
    /** "เรื่องนี้ระงับ…ไว้ตั้งแต่ {when} ระบบจะไม่…", written around the time. */
    heldFrom: 'เรื่องนี้ระงับการทำลายข้อมูลไว้ตั้งแต่ ',
    heldUntilReleased: ' ระบบจะไม่ทำลายข้อมูลของเรื่องนี้จนกว่าจะยกเลิกการระงับ',
    notHeldYet: 'ยังไม่ได้ระงับ เมื่อเรื่องดำเนินการแล้วเสร็จและครบระยะเวลาเก็บรักษา ระบบจะทำลายข้อมูลของเรื่องนี้โดยอัตโนมัติ',
    releaseReasonEmpty: 'โปรดเขียนเหตุผลในการยกเลิกการระงับ',
    holdReasonEmpty: 'โปรดเขียนเหตุผลในการระงับการทำลายข้อมูล',
    heldNow: 'ระงับการทำลายข้อมูลของเรื่องนี้แล้ว',
    releasedNow: 'ยกเลิกการระงับการทำลายข้อมูลแล้ว',
    destroyed: 'เรื่องนี้ถูกทำลายข้อมูลไปแล้ว จึงเปลี่ยนการระงับไม่ได้',

    /** The export for referral. */
    exportReasonEmpty: 'โปรดเขียนเหตุผลและหน่วยงานที่รับเรื่องต่อ',
    exporting: 'กำลังสร้างไฟล์…',
    exportDownload: (fileName: string) => `ดาวน์โหลด ${fileName}`,
    exportFiles: (files: number) => `ไฟล์หลักฐาน ${number(files)} ไฟล์`,
    withIdentity: 'รวมข้อมูลตัวตนผู้ร้องเรียน',
    withoutIdentity: 'ไม่รวมข้อมูลตัวตนผู้ร้องเรียน',
    linkUntil: 'ลิงก์ใช้ได้ถึง ',
    exported: 'สร้างไฟล์ส่งออกแล้ว',
    exportAnonymous: 'เรื่องนี้ผู้ร้องเรียนเลือกไม่เปิดเผยตัวตน จึงรวมข้อมูลตัวตนไม่ได้',
    exportNotReady: 'ส่งออกไม่ได้ เพราะไฟล์หลักฐานบางไฟล์ไม่พร้อม โปรดลองใหม่ภายหลัง',

    /** The case's audit trail: each cell's name when the table folds into cards on a phone. */
    auditCells: { at: 'เวลา', actor: 'ผู้ดำเนินการ', role: 'บทบาท', action: 'การดำเนินการ', details: 'เหตุผลหรือรายละเอียด' },
    auditReload: 'โหลดประวัติการดำเนินการล่าสุด',
    auditShown: (entries: number) => `แสดงประวัติการดำเนินการ ${number(entries)} รายการ`,
    auditReason: 'เหตุผล: ',
  },

  // record.html
  record: {},

  // audit.html (and web/src/audit-labels.ts)
  audit: {},

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
