// You are here: the words and dates every page shows, public and staff, in the page's language (the
// catalogues in web/i18n/, through web/src/words.ts). Labels follow docs/glossary.md; codes come from the API. Words only some pages need live beside this module (evidence-labels.ts,
// staff-labels.ts, survey-labels.ts, information-centre-labels.ts), so code splitting hands each page
// only the words it shows. Types are imported from the domain so a new category or status fails to
// compile here until it has a Thai label (type-only imports: the domain's zod never reaches a bundle).

// The rules the server applies too, from the modules it imports them from (no zod reaches a page).
export { INFO_CENTRE_BOUNDS, TEXT_BOUNDS, typedLength } from '../../shared/rules/text';
import type { Period } from '../../shared/rules/fiscal';
import { BUDDHIST_ERA_OFFSET } from '../../shared/rules/thai-time';
import { WORDS } from './words';

/** Dates in the page's language: the Buddhist era in Thai, the Common Era with the Buddhist-era year beside it in English. */
export const formatDate = WORDS.formatDate;
export const formatDateTime = WORDS.formatDateTime;

/** One source for these three with the published statistics and the executive report: the Thai catalogue takes them from the domain. */
export const CATEGORY_LABELS = WORDS.categories;
export const OUTCOME_LABELS = WORDS.outcomes;
export const STATUS_LABELS = WORDS.statuses;
/** A result against its target, in the words of the published statistics in the page's language. */
export const TARGET_LABELS = WORDS.targets;
/** The words for a result against its target: met, not met, or not yet judged (no data). */
export const targetLabel = (met: boolean | null | undefined): string => (met === true ? TARGET_LABELS.met : met === false ? TARGET_LABELS.notMet : TARGET_LABELS.unknown);

/** One plain sentence per status, so the reporter knows what is happening and what comes next. */
export const STATUS_EXPLANATIONS = WORDS.statusExplanations;

/** Who wrote a message: officers are never named (docs/glossary.md), the reporter is addressed as ท่าน. */
export const AUTHOR_LABELS = WORDS.authors;

export const PHRASES = WORDS.phrases;

/** The label of every field the API may name in `error.fields`, keyed by its path. */
export const FIELD_LABELS: Readonly<Record<string, string>> = WORDS.fields;

/** "นาที" rounded up, never zero, for a Retry-After given in seconds. */
export const minutesFrom = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

const CHOICES = new Set(['category', 'reporter', 'reporter.mode']);

/**
 * A sentence in the page's language for a field the server refused. The server writes its reasons
 * in English for developers and names the field by its path; the reporter reads, in the page's own
 * language, which field to fix and, when it is about length, the limit.
 */
export function serverFieldMessage(path: string, reason: string): string {
  const label = FIELD_LABELS[path];
  if (!label) return WORDS.common.unknownField;
  if (/must not be empty|required|expected/i.test(reason)) return CHOICES.has(path) ? WORDS.common.choose(label) : WORDS.common.required(label);
  const limit = /at most (\d+)/i.exec(reason)?.[1];
  if (limit) return WORDS.common.tooLong(label, Number(limit));
  return WORDS.common.invalid(label);
}

export { thaiDay } from '../../shared/domain/labels-th';

/** A day written YYYY-MM-DD, in the page's language. */
export const formatDay = WORDS.formatDay;

/** "ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570 (ตุลาคม–ธันวาคม 2569)", or the fiscal year, in the page's language and its years. */
export function periodLabel(period: Pick<Period, 'kind' | 'fiscalYear' | 'firstDay' | 'lastDay'> & { quarter?: number }): string {
  const [firstYear, firstMonth] = period.firstDay.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = period.lastDay.split('-').map(Number) as [number, number];
  const { months, buddhistYear } = WORDS.dateInput;
  const year = (commonEra: number) => commonEra + (buddhistYear ? BUDDHIST_ERA_OFFSET : 0);
  if (period.kind === 'quarter') return WORDS.periods.quarter(period.quarter!, period.fiscalYear, `${months[firstMonth - 1]}–${months[lastMonth - 1]} ${year(lastYear)}`);
  return WORDS.periods.fiscalYear(period.fiscalYear, `${months[firstMonth - 1]} ${year(firstYear)}–${months[lastMonth - 1]} ${year(lastYear)}`);
}


/** Reads "https://…" links only: anything else is shown as text, never as a link. */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A number as the page's language writes it: "1,234" or "82.5". */
export const formatNumber = WORDS.number;
