// You are here: the Thai words of the disclosure register, shared by its public page and its
// console. The categories are written in the integrity assessment's (ITA) order, which both pages use.
import type { DisclosureCategory } from './api';

export const DISCLOSURE_CATEGORY_LABELS: Record<DisclosureCategory, string> = {
  duties: 'อำนาจหน้าที่ของหน่วยงาน',
  'structure-personnel': 'โครงสร้างและบุคลากร',
  budget: 'แผนและผลการใช้จ่ายงบประมาณ',
  procurement: 'แผนและผลการจัดซื้อจัดจ้าง',
  'reference-prices': 'ราคากลาง',
  performance: 'รายงานผลการดำเนินงาน',
};

export const DISCLOSURE_CATEGORY_ORDER = Object.keys(DISCLOSURE_CATEGORY_LABELS) as DisclosureCategory[];

/** A file's size as people read it: kilobytes under a megabyte, megabytes to one decimal above. */
export const fileSizeLabel = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('th-TH')} KB` : `${(bytes / 1024 / 1024).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;
