// You are here: a fiscal quarter or year in words, in a catalogue's language: "ไตรมาสที่ 1
// ปีงบประมาณ พ.ศ. 2570 (ตุลาคม–ธันวาคม 2569)" in Thai, "Quarter 1, fiscal year 2027 (B.E. 2570):
// October–December 2026" in English. The months and their era are the catalogue's date words, so a
// new language only translates `periods`. Kept apart from labels.ts, which picks the page's catalogue,
// so a test can name the catalogue.
import type { Period } from '../../shared/rules/fiscal';
import { BUDDHIST_ERA_OFFSET } from '../../shared/rules/thai-time';
import type { Translation } from '../i18n/catalogue';
import type { words } from '../i18n/th/scripts';

type Words = Pick<Translation<typeof words>, 'periods' | 'dateInput'>;

export function periodName(catalogue: Words, period: Pick<Period, 'kind' | 'fiscalYear' | 'firstDay' | 'lastDay'> & { quarter?: number }): string {
  const [firstYear, firstMonth] = period.firstDay.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = period.lastDay.split('-').map(Number) as [number, number];
  const era = catalogue.dateInput.buddhistYear ? BUDDHIST_ERA_OFFSET : 0;
  const month = (number: number) => catalogue.dateInput.months[number - 1] ?? '';
  if (period.kind === 'quarter') return catalogue.periods.quarter(period.quarter ?? 0, period.fiscalYear, `${month(firstMonth)}–${month(lastMonth)} ${lastYear + era}`);
  return catalogue.periods.fiscalYear(period.fiscalYear, `${month(firstMonth)} ${firstYear + era}–${month(lastMonth)} ${lastYear + era}`);
}
