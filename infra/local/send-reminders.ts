// You are here: `npm run reminders [-- --as-of 2026-12-09]`: runs the daily digest against the running
// `npm start`, delivering to its SMTP server (the messages appear at /dev/mail/). --as-of runs it for
// that Bangkok day: a deadline three days after it, or missed on it, is announced. Each member gets
// one message per day however often this runs.
import { parseArgs } from 'node:util';
import { isCalendarDay } from '../../shared/rules/thai-time';
import { runLocalDigests } from './local-reminders';
import { runningStack } from './running-stack';

const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
const day = values['as-of'];
if (day !== undefined && !isCalendarDay(day)) {
  console.error('Usage: npm run reminders [-- --as-of 2026-12-09]   (a Bangkok day, YYYY-MM-DD)');
  process.exit(2);
}
const { env, contexts, fail } = runningStack();
try {
  const report = await runLocalDigests(contexts, { smtpPort: env.SMTP_PORT, siteUrl: `http://localhost:${env.PORT}`, ...(day ? { day } : {}) });
  console.log(`Reminders for ${report.day}: ${report.agencies} agencies, ${report.sent} digests sent, ${report.alreadySent} already sent today, ${report.failed} failed`);
  for (const agency of report.failedAgencies) console.log(`  could not read agency ${agency}`);
  if (report.failed > 0 || report.failedAgencies.length > 0) process.exitCode = 1;
} catch (error) {
  fail(error);
}
