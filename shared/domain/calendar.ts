// You are here: Thai time. Day boundaries are Asia/Bangkok (UTC+7 all year: Thailand keeps no
// daylight saving, so a fixed offset is exact). Stored instants are ISO-8601 UTC.

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Bangkok calendar date (YYYY-MM-DD) of an instant. */
export function bangkokDate(instant: Date): string {
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of the Bangkok day that falls `days` days after the instant's Bangkok day. */
export function endOfBangkokDayAfter(instant: Date, days: number): Date {
  const startOfDayUtc = Date.parse(`${bangkokDate(instant)}T00:00:00.000Z`) - BANGKOK_OFFSET_MS;
  return new Date(startOfDayUtc + (days + 1) * DAY_MS - 1);
}
