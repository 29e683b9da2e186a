// You are here: Thai time for the domain. The rules (Bangkok days, UTC+7 all year) live in
// shared/rules/thai-time.ts, which the pages import too.
export { bangkokDate, endOfBangkokDayAfter, startOfBangkokDay } from '../rules/thai-time';
