// You are here: Thai time, for the server and the pages alike. Day boundaries are Asia/Bangkok (UTC+7
// all year: Thailand keeps no daylight saving, so a fixed offset is exact); stored instants are
// ISO-8601 UTC; dates shown to people are in the Buddhist era. No imports, no zod.

export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Add to a Christian-era year to write it in the Buddhist era (2026 → 2569). */
export const BUDDHIST_ERA_OFFSET = 543;

export const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;

/** The Bangkok calendar date (YYYY-MM-DD) of an instant. */
export function bangkokDate(instant: Date): string {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Bangkok (YYYY-MM-DD), whatever the device's own time zone. */
export const bangkokToday = (): string => bangkokDate(new Date());

/** The first instant of a Bangkok day (YYYY-MM-DD). */
export const startOfBangkokDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00.000Z`) - BANGKOK_OFFSET_MS);

/** The last millisecond of the Bangkok day that falls `days` days after the instant's Bangkok day. */
export function endOfBangkokDayAfter(instant: Date, days: number): Date {
  const startOfDayUtc = Date.parse(`${bangkokDate(instant)}T00:00:00.000Z`) - BANGKOK_OFFSET_MS;
  return new Date(startOfDayUtc + (days + 1) * DAY_MS - 1);
}

/** True for a day written YYYY-MM-DD that exists in the calendar (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A day (YYYY-MM-DD) in words, Buddhist era: "27 พฤศจิกายน 2569". */
export function thaiDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${THAI_MONTHS[month - 1]} ${year + BUDDHIST_ERA_OFFSET}`;
}

// Built on first use: a Lambda that imports this module for the rules above never pays for them.
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** An instant's Bangkok date in the Buddhist calendar: "7 กรกฎาคม 2569". */
export function formatThaiDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'Asia/Bangkok' });
  return dateFormat.format(new Date(iso));
}

/** An instant in the Buddhist calendar, Bangkok time: "7 กรกฎาคม 2569 เวลา 14:05 น.". */
export function formatThaiDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Bangkok' });
  return `${dateTimeFormat.format(new Date(iso))}\u00a0น.`; // never "น." alone on a line
}

export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

let englishDateFormat: Intl.DateTimeFormat | undefined;
let englishTimeFormat: Intl.DateTimeFormat | undefined;

/** An instant's Bangkok date for English pages, the Buddhist-era year beside it: "7 July 2026 (B.E. 2569)". */
export function formatEnglishDate(iso: string): string {
  englishDateFormat ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Bangkok' });
  const day = bangkokDate(new Date(iso));
  return `${englishDateFormat.format(new Date(iso))} (B.E.\u00a0${Number(day.slice(0, 4)) + BUDDHIST_ERA_OFFSET})`;
}

/** An instant for English pages, Bangkok time: "7 July 2026 (B.E. 2569) at 14:05". */
export function formatEnglishDateTime(iso: string): string {
  englishTimeFormat ??= new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Asia/Bangkok' });
  return `${formatEnglishDate(iso)} at\u00a0${englishTimeFormat.format(new Date(iso))}`;
}

/** A day (YYYY-MM-DD) for English pages, the Buddhist-era year beside it: "27 November 2026 (B.E. 2569)". */
export function englishDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${ENGLISH_MONTHS[month - 1]} ${year} (B.E.\u00a0${year + BUDDHIST_ERA_OFFSET})`;
}

export type BuddhistDateProblem = 'incomplete' | 'not-numbers' | 'christian-era' | 'no-such-day';

/**
 * A date typed as day, month (1–12) and Buddhist-era year, as the pages ask for it (a browser's own
 * date picker would show the Christian era): the ISO day, nothing when all three are empty, or why
 * it is not a date.
 */
export function dayFromBuddhistParts(day: string, month: string, year: string): { value?: string; problem?: BuddhistDateProblem } {
  if (!day && !month && !year) return {};
  if (!day || !month || !year) return { problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'not-numbers' };
  // Below 2400 it is most likely a Christian-era year.
  if (Number(year) < 2400) return { problem: 'christian-era' };
  const iso = `${String(Number(year) - BUDDHIST_ERA_OFFSET).padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDay(iso) ? { value: iso } : { problem: 'no-such-day' };
}
