// You are here: the cleaning report an officer reads beside each evidence file (staff case page only,
// so no other page loads these words), in the page's language (the `case.cleaning` section of
// web/i18n/*/staff-scripts.ts).
import { STAFF_WORDS } from './staff-words';

const CLEANING = STAFF_WORDS.case.cleaning;

/**
 * What the cleaned copy no longer holds, one label per item removed. Keys come from processing; one
 * the page does not know still shows, as "other hidden data".
 */
const CLEANING_LABELS: Readonly<Record<string, string>> = CLEANING.labels;

/** "นำออกแล้ว: ชื่อผู้สร้างเอกสาร, ไฟล์ที่ฝังไว้ 2 รายการ"; undefined when nothing was removed. */
export function cleaningReport(removed: readonly string[] | undefined): string | undefined {
  if (!removed?.length) return undefined;
  const counts = new Map<string, number>();
  for (const key of removed) counts.set(key, (counts.get(key) ?? 0) + 1);
  const items = [...counts].map(([key, count]) => CLEANING.item(CLEANING_LABELS[key] ?? CLEANING.labels['hidden-data'], count));
  return CLEANING.removed([...new Set(items)].join(', '));
}
