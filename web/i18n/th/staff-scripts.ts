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
  agency: {
    what: 'ดูแลหน่วยงานย่อยและบัญชีเจ้าหน้าที่',
    retryReload: 'โหลดหน้านี้ใหม่',
    retrySave: 'กดบันทึกอีกครั้ง',
    retryCreate: 'กดสร้างบัญชีอีกครั้ง',
    retryLift: 'กดส่งอีกครั้ง',
    /** The fields the agency routes may name in `error.fields` (functions/agencies/schemas.ts); agencies.html uses them too. */
    fields: {
      id: 'รหัสหน่วยงาน',
      nameTh: 'ชื่อหน่วยงาน (ภาษาไทย)',
      nameEn: 'ชื่อหน่วยงาน (ภาษาอังกฤษ)',
      units: 'หน่วยงานย่อย',
      'contact.responsibleUnit': 'หน่วยงานที่รับผิดชอบเรื่องร้องเรียน',
      'contact.phone': 'โทรศัพท์',
      'contact.email': 'อีเมล',
      'contact.address': 'ที่อยู่',
      'contact.dataProtectionContact': 'ผู้ติดต่อด้านการคุ้มครองข้อมูลส่วนบุคคล',
      email: 'อีเมล',
      name: 'ชื่อ–นามสกุล',
      roles: 'บทบาท',
      unit: 'หน่วยงานย่อยที่สังกัด',
    },
    /** The rows of units, on this page and on agencies.html (web/src/unit-rows.ts). */
    unitRows: {
      legend: (index: number) => `หน่วยงานย่อยที่ ${number(index)}`,
      id: 'รหัส',
      idHint: 'ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) เช่น health-centre-1 เปลี่ยนภายหลังไม่ได้',
      nameTh: 'ชื่อภาษาไทย',
      nameEn: 'ชื่อภาษาอังกฤษ',
      remove: (index: number) => `ลบหน่วยงานย่อยที่ ${number(index)}`,
    },
    /** Shared with agencies.html. */
    required: (label: string) => `โปรดกรอก${label}`,
    badUnitId: 'รหัสหน่วยงานย่อยใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือขีด (-) เช่น health-centre-1',
    duplicateUnit: 'รหัสหน่วยงานย่อยซ้ำกัน',
    noRole: 'โปรดเลือกบทบาทอย่างน้อยหนึ่งบทบาท',
    saved: 'บันทึกหน่วยงานย่อยและช่องทางติดต่อแล้ว',
    staffCreated: (name: string) => `สร้างบัญชีของ ${name} แล้ว ระบบจะส่งอีเมลเชิญให้ตั้งรหัสผ่าน`,
    noStaff: 'ยังไม่มีบัญชีเจ้าหน้าที่ที่สร้างจากหน้านี้',
    staffCount: (count: number) => `บัญชีเจ้าหน้าที่ ${number(count)} บัญชี`,
    noUnit: 'ไม่สังกัดหน่วยงานย่อย',
    accountStatuses: { invited: 'ส่งคำเชิญแล้ว', active: 'ใช้งานอยู่', disabled: 'ระงับการใช้งาน' },
    suppressionReasons: { bounce: 'อีเมลตีกลับ (ส่งไม่ถึงอย่างถาวร)', complaint: 'ผู้รับแจ้งว่าเป็นสแปม' },
    lift: 'ส่งอีกครั้ง',
    liftLabel: (address: string) => `ส่งการแจ้งเตือนถึง ${address} อีกครั้ง`,
    othersSuppressed: (count: number) => `อีเมลของผู้ร้องเรียนที่ระงับการส่ง ${number(count)} รายการ (ไม่แสดงที่อยู่ เพื่อคุ้มครองผู้ร้องเรียน)`,
    staffSuppressed: (count: number) => `อีเมลเจ้าหน้าที่ที่ระงับการส่ง ${number(count)} รายการ`,
    noStaffSuppressed: 'ไม่มีอีเมลเจ้าหน้าที่ที่ระงับการส่ง',
  },

  // agencies.html
  agencies: {
    what: 'ดูแลหน่วยงานในระบบ',
    retry: 'ลองอีกครั้ง',
    retrySearch: 'ค้นหาอีกครั้ง',
    retryAdd: 'กดเพิ่มหน่วยงานอีกครั้ง',
    badId: 'รหัสต้องขึ้นต้นด้วยตัวอักษรภาษาอังกฤษตัวเล็ก ตามด้วยตัวอักษรตัวเล็ก ตัวเลข หรือขีด (-) รวม 2–41 ตัว เช่น tambon-example',
    taken: 'มีหน่วยงานที่ใช้รหัสนี้แล้ว โปรดเลือกรหัสอื่น',
    loading: 'กำลังโหลด…',
    listAll: 'หน่วยงานที่รับเรื่องอยู่ทั้งหมด เรียงตามชื่อ',
    found: (count: number) => `พบ ${number(count)} หน่วยงาน`,
    none: 'ไม่พบหน่วยงานที่ตรงกับคำค้น',
    created: (name: string) => `เพิ่ม${name}แล้ว ประชาชนร้องเรียนได้ที่หน้าของหน่วยงานทันที`,
    retire: 'ยุติการรับเรื่อง',
    confirmRetire: (name: string) => `ยืนยัน: ยุติการรับเรื่องของ${name}`,
    retired: (name: string) => `${name}ยุติการรับเรื่องแล้ว เรื่องร้องเรียน สถิติ และบันทึกเดิมยังคงอยู่`,
  },

  // disclosures.html
  disclosures: {
    what: 'ดูแลทะเบียนการเปิดเผยข้อมูลสาธารณะ',
    retryAdd: 'กด “เพิ่มรายการ” อีกครั้ง',
    retryReload: 'โหลดหน้านี้อีกครั้ง',
    retry: 'ลองอีกครั้ง',
    documentStatuses: {
      'awaiting-upload': 'กำลังตรวจและล้างข้อมูลแฝงในไฟล์',
      received: 'ไฟล์ PDF ที่ล้างข้อมูลแฝงแล้ว',
      rejected: 'ไฟล์ถูกปฏิเสธ (ไม่ใช่ PDF ที่เปิดได้) โปรดลบรายการนี้แล้วอัปโหลดใหม่',
    },
    titleLabel: 'ชื่อรายการ',
    categoryLabel: 'หมวด',
    publishedOn: 'วันที่เผยแพร่',
    nextUpdateDue: 'กำหนดปรับปรุงครั้งถัดไป',
    sourceLabel: 'ลิงก์หรือไฟล์',
    actionsLabel: 'การดำเนินการ',
    titleRequired: 'โปรดกรอกชื่อรายการ',
    titleTooLong: (max: number) => `ชื่อรายการต้องไม่เกิน ${number(max)} ตัวอักษร`,
    chooseCategory: 'โปรดเลือกหมวด',
    publishedRequired: 'โปรดระบุวันที่เผยแพร่',
    dueRequired: 'โปรดระบุกำหนดปรับปรุงครั้งถัดไป',
    dueBeforePublished: 'กำหนดปรับปรุงต้องไม่อยู่ก่อนวันที่เผยแพร่',
    chooseSource: 'โปรดเลือกว่าจะเผยแพร่เป็นลิงก์หรือไฟล์ PDF',
    linkRequired: 'โปรดกรอกลิงก์',
    linkNotHttps: 'ลิงก์ต้องขึ้นต้นด้วย https:// เช่น https://www.example.go.th/plan',
    fileRequired: 'โปรดเลือกไฟล์ PDF',
    fileTooLarge: 'ไฟล์ต้องไม่เกิน 10 MB',
    fileEmpty: 'ไฟล์นี้ว่างเปล่า โปรดเลือกไฟล์อื่น',
    uploadFailed: 'บันทึกรายการแล้ว แต่ส่งไฟล์ไม่สำเร็จ โปรดกด “เพิ่มรายการ” อีกครั้ง',
    added: (title: string) => `เพิ่มรายการ “${title}” แล้ว`,
    fileProcessing: ' ไฟล์จะแสดงต่อสาธารณะเมื่อตรวจและล้างข้อมูลแฝงเสร็จ',
    refusedLink: 'ลิงก์ต้องขึ้นต้นด้วย https://',
    refusedField: 'ข้อมูลช่องนี้ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    refusedSome: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    total: (count: number) => `ทั้งหมด ${number(count)} รายการ`,
    overdueSummary: (count: number) => `เลยกำหนดปรับปรุง ${number(count)} รายการ โปรดปรับปรุงข้อมูลให้เป็นปัจจุบัน แล้วแก้กำหนดปรับปรุงครั้งถัดไป`,
    overdue: 'เลยกำหนดปรับปรุง',
    link: 'ลิงก์',
    linkOf: (title: string) => ` ของ “${title}” (เปิดในแท็บใหม่)`,
    remove: 'ลบ',
    confirmQuestion: (title: string) => `ลบ “${title}” ใช่หรือไม่`,
    confirmRemove: 'ยืนยันลบ',
    keep: 'ไม่ลบ',
    removed: (title: string) => `ลบรายการ “${title}” แล้ว`,
  },

  // survey-admin.html
  surveyAdmin: {
    what: 'ดูแลแบบสำรวจตามแผน',
    retryReload: 'โหลดหน้านี้อีกครั้ง',
    retryIssue: 'กด “ออกรหัส” อีกครั้ง',
    retryShow: 'กด “แสดงผล” อีกครั้ง',
    countRequired: 'โปรดกรอกจำนวนรหัส',
    countRange: (max: number) => `โปรดกรอกจำนวนรหัสเป็นตัวเลข 1 ถึง ${number(max)}`,
    issuing: 'กำลังออกรหัส…',
    issue: 'ออกรหัส',
    issuedTitle: (count: number) => `รหัสแบบสำรวจ ${number(count)} รหัส`,
    issued: (count: number) => `ออกรหัสแบบสำรวจแล้ว ${number(count)} รหัส`,
    answerAt: (address: string) => `ตอบได้ที่: ${address}`,
    copied: (count: number) => `คัดลอกรหัสทั้งหมด ${number(count)} รหัสแล้ว`,
    copyFailed: 'คัดลอกอัตโนมัติไม่สำเร็จ ระบบเลือกรหัสทั้งหมดไว้ให้แล้ว โปรดกด Ctrl+C เพื่อคัดลอก หรือกด “พิมพ์รหัส”',
    cleared: 'ล้างรหัสออกจากหน้านี้แล้ว',
    loadingResults: 'กำลังโหลดผล…',
    respondents: (count: number) => `ผู้ตอบ ${number(count)} คน`,
    periodOpen: 'ไตรมาสนี้ยังไม่สิ้นสุด ระบบจะแสดงผลเมื่อสิ้นไตรมาส เพื่อไม่ให้เปรียบเทียบผลก่อนและหลังคำตอบของผู้ใดผู้หนึ่งได้',
    tooFew: (minimum: number) => `มีผู้ตอบน้อยกว่า ${number(minimum)} คน ระบบจึงไม่แสดงผล เพื่อไม่ให้ระบุตัวผู้ตอบได้`,
    respondentCount: 'จำนวนผู้ตอบ',
    people: (count: number) => `${number(count)} คน`,
    noData: 'ยังไม่มีข้อมูล',
    confidence: (low: string, high: string) => ` (ช่วงความเชื่อมั่น 95%: ${low}–${high}%)`,
    satisfaction: 'ความพึงพอใจ (คะแนนเฉลี่ย ÷ 5 × 100)',
    target: 'เป้าหมาย',
    noTarget: 'ไม่มีเป้าหมาย',
    atLeast: (percent: string) => `อย่างน้อย ${percent}%`,
    meanScore: 'คะแนนเฉลี่ย',
    outOfFive: (mean: string) => `${mean} จาก 5`,
    satisfiedShare: 'ผู้ตอบที่พึงพอใจ (คะแนนเฉลี่ยของตนเองตั้งแต่ 4 ขึ้นไป)',
    passMark: 'เกณฑ์ผ่าน',
    passMarkPercent: (percent: string) => `ร้อยละ ${percent}`,
    passRate: 'ผู้ผ่านเกณฑ์',
    phase: (count: number, mean: string) => `${number(count)} คน คะแนนเฉลี่ย ${mean}`,
    change: 'คะแนนเฉลี่ยหลังเทียบก่อนการอบรม',
    notComparable: 'ยังเปรียบเทียบไม่ได้',
    rose: (points: string) => `เพิ่มขึ้น ${points} จุด`,
    fell: (points: string) => `ลดลง ${points} จุด`,
    itemLabel: 'ข้อ',
    meanLabel: 'คะแนนเฉลี่ย',
  },

  // report.html
  report: {},

  // indicators.html
  indicators: {},

  // registers.html
  registers: {
    what: 'ดูแลทะเบียนองค์ความรู้และช่องทางประชาสัมพันธ์',
    reload: 'โหลดหน้านี้อีกครั้ง',
    retry: 'ลองอีกครั้ง',
    pressAgain: (button: string) => `กด “${button}” อีกครั้ง`,
    dateRequired: (label: string) => `โปรดระบุ${label}`,
    fieldInvalid: 'ข้อมูลช่องนี้ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    someInvalid: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    status: 'สถานะ',
    actions: 'การดำเนินการ',
    edit: 'แก้ไข',
    keep: 'ไม่ยกเลิก',
    /** The form's heading while it edits an entry: the words before the entry's name. */
    editing: (action: string) => `${action}: `,
    askRetire: (action: string, name: string) => `${action} “${name}” ใช่หรือไม่`,
    done: (action: string, name: string) => `${action} “${name}” แล้ว`,
    save: 'บันทึกการแก้ไข',
    topics: {
      add: 'เพิ่มองค์ความรู้',
      edit: 'แก้ไของค์ความรู้',
      retire: 'ยกเลิกการเผยแพร่',
      retireConfirm: 'ยืนยันยกเลิกการเผยแพร่',
      added: 'เพิ่มองค์ความรู้',
      saved: 'บันทึกการแก้ไของค์ความรู้',
      retired: 'ยกเลิกการเผยแพร่องค์ความรู้',
      title: 'ชื่อเรื่อง',
      summary: 'สาระสำคัญ',
      mediaType: 'ประเภทสื่อ',
      chooseMediaType: 'โปรดเลือกประเภทสื่อ',
      channel: 'ช่องทางที่เผยแพร่',
      publishedOn: 'วันที่เผยแพร่',
      badLink: 'โปรดกรอกลิงก์ที่ขึ้นต้นด้วย https:// เช่น https://www.example.go.th/knowledge',
      retiredOn: (when: string) => `ยกเลิกการเผยแพร่แล้ว ${when}`,
      waiting: 'รอถึงวันเผยแพร่',
      published: 'เผยแพร่แล้ว',
      summaryLine: (count: number) => `เผยแพร่แล้วในปีงบประมาณนี้ ${number(count)} เรื่อง จากเป้าหมายอย่างน้อย 5 เรื่อง`,
    },
    channels: {
      add: 'เพิ่มช่องทาง',
      edit: 'แก้ไขช่องทาง',
      retire: 'ยกเลิกช่องทาง',
      retireConfirm: 'ยืนยันยกเลิกช่องทาง',
      added: 'เพิ่มช่องทาง',
      saved: 'บันทึกการแก้ไขช่องทาง',
      retired: 'ยกเลิกช่องทาง',
      name: 'ชื่อช่องทาง',
      kind: 'ประเภท',
      chooseKind: 'โปรดเลือกประเภทช่องทาง',
      contact: 'ข้อมูลติดต่อ',
      activeSince: 'วันที่เริ่มให้บริการ',
      activeUntil: 'วันที่สิ้นสุดการให้บริการ',
      untilBeforeSince: 'วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่มให้บริการ',
      period: 'ช่วงที่เปิดให้บริการ',
      between: (from: string, to: string) => `${from} – ${to}`,
      since: (from: string) => `ตั้งแต่ ${from}`,
      retiredOn: (when: string) => `ยกเลิกแล้ว ${when}`,
      notYet: 'ยังไม่เปิดให้บริการ',
      closed: 'ปิดให้บริการแล้ว',
      open: 'เปิดให้บริการ',
      summaryLine: (count: number) => `เปิดให้บริการวันนี้ ${number(count)} ช่องทาง จากเป้าหมายอย่างน้อย 5 ช่องทาง`,
    },
  },

  // service-log.html
  serviceLog: {
    what: 'บันทึกการให้บริการของศูนย์ข้อมูลข่าวสาร',
    pressAgain: 'กด “บันทึกการให้บริการ” อีกครั้ง',
    date: 'วันที่ขอรับบริการ',
    dateRequired: 'โปรดระบุวันที่ขอรับบริการ',
    dateAfterToday: 'วันที่ขอรับบริการต้องไม่อยู่หลังวันนี้',
    chooseChannel: 'โปรดเลือกช่องทางที่ขอรับบริการ',
    requestKindRequired: 'โปรดกรอกเรื่องที่ขอ',
    requestKindTooLong: (max: number) => `เรื่องที่ขอต้องไม่เกิน ${number(max)} ตัวอักษร`,
    chooseFulfilled: 'โปรดเลือกผลการให้บริการ',
    daysRequired: 'โปรดกรอกจำนวนวันที่ใช้',
    daysInvalid: (max: number) => `โปรดกรอกจำนวนวันเป็นตัวเลข 0 ถึง ${max}`,
    fieldInvalid: 'ข้อมูลช่องนี้ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    someInvalid: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
    saved: (request: string) => `บันทึกการให้บริการ “${request}” แล้ว`,
    fulfilledIn: (days: number) => `ให้ข้อมูลแล้ว (${days === 0 ? 'ภายในวันเดียวกัน' : `${number(days)} วัน`})`,
    notFulfilled: 'ยังไม่ได้ให้ข้อมูล',
    dateColumn: 'วันที่',
    channelColumn: 'ช่องทาง',
    requestColumn: 'เรื่องที่ขอ',
    resultColumn: 'ผลการให้บริการ',
  },

  // suggestions.html
  suggestions: {
    what: 'อ่านและตอบข้อเสนอแนะจากประชาชน',
    count: (when: string, count: number, waiting: number) =>
      `${when}: ข้อเสนอแนะ ${number(count)} เรื่อง${waiting ? ` ยังไม่ได้ตอบ ${number(waiting)} เรื่อง` : ' ตอบครบทุกเรื่องแล้ว'}`,
    none: (when: string) => `${when}: ยังไม่มีข้อเสนอแนะ`,
    receivedOn: (day: string) => `ได้รับเมื่อ ${day}`,
    showHidden: 'แสดงข้อความที่ซ่อนไว้',
    answer: 'คำตอบ',
    answerHint: (max: number) => `ไม่เกิน ${number(max)} ตัวอักษร ผู้ส่งข้อเสนอแนะไม่เห็นคำตอบนี้`,
    hide: 'ซ่อนข้อเสนอแนะนี้ เช่น มีข้อมูลส่วนบุคคลหรือถ้อยคำไม่เหมาะสม (ยังนับรวมในจำนวนที่ได้รับ)',
    saveAnswer: 'บันทึกคำตอบ',
    savedAnswer: 'คำตอบที่บันทึกไว้',
    answerRequired: 'โปรดพิมพ์คำตอบ',
    answerTooLong: (max: number) => `คำตอบต้องไม่เกิน ${number(max)} ตัวอักษร`,
    pressAgain: 'กด “บันทึกคำตอบ” อีกครั้ง',
    answeredAndHidden: 'บันทึกคำตอบและซ่อนข้อเสนอแนะแล้ว',
    answered: 'บันทึกคำตอบแล้ว',
    loading: 'กำลังโหลดข้อเสนอแนะ…',
    retry: 'กด “แสดงข้อเสนอแนะ” อีกครั้ง',
  },
};
