// You are here: the Thai words for the codes (docs/glossary.md), shared by the pages, the published
// statistics and the executive report so every place says the same thing. Plain data, no imports
// beyond types, so page bundles can use it.
import type { Category, Channel, Kind, Outcome, ReporterType, Status } from './complaint';
import type { Period } from './fiscal';
import { BUDDHIST_ERA_OFFSET, THAI_MONTHS, thaiDay } from '../rules/thai-time';

export { thaiDay };

export const CATEGORY_LABELS: Record<Category, string> = {
  bribery: 'เรียกรับสินบน / ผลประโยชน์',
  procurement: 'ทุจริตการจัดซื้อจัดจ้าง',
  'abuse-of-power': 'ใช้อำนาจหน้าที่โดยมิชอบ',
  'salary-promotion': 'ความไม่เป็นธรรมในการเลื่อนขั้นเงินเดือน',
  misconduct: 'ประพฤติมิชอบ / ผิดวินัย',
  other: 'อื่น ๆ',
};

/** How a complaint reached the agency. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  online: 'ออนไลน์',
  letter: 'หนังสือ / จดหมาย',
  phone: 'โทรศัพท์',
  'walk-in': 'มาติดต่อด้วยตนเอง',
  'general-channel': 'ช่องทางร้องเรียนทั่วไป',
  referral: 'ส่งต่อจากหน่วยงานอื่น',
};

export const KIND_LABELS: Record<Kind, string> = {
  complaint: 'เรื่องร้องเรียน',
  tip: 'การแจ้งเบาะแส',
};

export const REPORTER_TYPE_LABELS: Record<ReporterType, string> = {
  public: 'ประชาชน / บุคคลภายนอก',
  staff: 'บุคลากรของหน่วยงาน',
  unknown: 'ไม่ระบุ',
};

/** The breakdowns of the complaints received that the statistics publish beside the categories. */
export const RECEIVED_BREAKDOWNS = [
  { field: 'byChannel', heading: 'เรื่องที่ได้รับ แยกตามช่องทาง', labels: CHANNEL_LABELS },
  { field: 'byKind', heading: 'เรื่องที่ได้รับ แยกเป็นเรื่องร้องเรียนและการแจ้งเบาะแส', labels: KIND_LABELS },
  { field: 'byReporterType', heading: 'เรื่องที่ได้รับ แยกตามผู้ร้องเรียน', labels: REPORTER_TYPE_LABELS },
] as const;

export const STATUS_LABELS: Record<Status, string> = {
  received: 'รับเรื่องแล้ว',
  acknowledged: 'ตอบรับและตรวจสอบเบื้องต้น',
  investigating: 'อยู่ระหว่างการตรวจสอบข้อเท็จจริง',
  referred: 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่',
  closed: 'ยุติเรื่อง',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  substantiated: 'มีมูล ดำเนินการทางวินัย/กฎหมายต่อไป',
  unsubstantiated: 'ไม่มีมูล',
  'insufficient-evidence': 'พยานหลักฐานไม่เพียงพอ',
  'not-in-jurisdiction': 'ไม่อยู่ในอำนาจหน้าที่',
};

export const BUCKET_LABELS = {
  received: 'เรื่องที่ได้รับ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  completed: 'ดำเนินการแล้วเสร็จ',
} as const;

/** "ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570 (ตุลาคม–ธันวาคม 2569)", or the fiscal year in words. */
export function periodLabel(period: Pick<Period, 'kind' | 'fiscalYear' | 'firstDay' | 'lastDay'> & { quarter?: number }): string {
  const [firstYear, firstMonth] = period.firstDay.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = period.lastDay.split('-').map(Number) as [number, number];
  const months = `${THAI_MONTHS[firstMonth - 1]} ${firstYear + BUDDHIST_ERA_OFFSET}–${THAI_MONTHS[lastMonth - 1]} ${lastYear + BUDDHIST_ERA_OFFSET}`;
  if (period.kind === 'quarter') {
    const span = `${THAI_MONTHS[firstMonth - 1]}–${THAI_MONTHS[lastMonth - 1]} ${lastYear + BUDDHIST_ERA_OFFSET}`;
    return `ไตรมาสที่ ${period.quarter} ปีงบประมาณ พ.ศ. ${period.fiscalYear} (${span})`;
  }
  return `ปีงบประมาณ พ.ศ. ${period.fiscalYear} (${months})`;
}

/**
 * A result against its target, in the same words on the staff pages and the published statistics:
 * "ยังไม่บรรลุ" says a target is still to be reached, not that someone failed a test.
 */
export const TARGET_LABELS = {
  met: 'บรรลุเป้าหมาย',
  notMet: 'ยังไม่บรรลุเป้าหมาย',
  unknown: 'ยังประเมินไม่ได้',
} as const;

/** The words for a result against its target: met, not met, or not yet judged (no data). */
export const targetLabel = (met: boolean | null | undefined): string => (met === true ? TARGET_LABELS.met : met === false ? TARGET_LABELS.notMet : TARGET_LABELS.unknown);
