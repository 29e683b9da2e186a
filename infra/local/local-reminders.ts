// You are here: the daily digest on the local stack: the same use case as the reminders Lambda
// (functions/notifications/reminders.ts), reading DynamoDB Local and delivering over SMTP to the mail
// server `npm start` runs. `npm run reminders` (send-reminders.ts) and the integration test run it.
import { smtpMailer } from '../../shared/adapters/local/smtp-mailer';
import { sendDailyDigests, type DigestReport } from '../../shared/domain/notifications/daily-digest';
import type { LocalContexts } from './local-context';
import { LOCAL_MAIL_FROM } from './local-notifier';

/** Runs the digests of `day` (by default today in Bangkok) against the stack's tables and SMTP server. */
export async function runLocalDigests(contexts: Pick<LocalContexts, 'context' | 'deliveryLedger' | 'digestStores'>, options: { smtpPort: number; siteUrl: string; day?: string }): Promise<DigestReport> {
  const mailer = smtpMailer({ host: '127.0.0.1', port: options.smtpPort, from: LOCAL_MAIL_FROM });
  try {
    const { context, deliveryLedger, digestStores } = contexts;
    return await sendDailyDigests({
      clock: context.clock,
      agencies: context.agencies,
      staffDirectory: context.staffDirectory,
      suppressions: context.mailSuppressions,
      openCases: digestStores.openCases,
      pending: digestStores.pending,
      preferences: digestStores.preferences,
      ledger: deliveryLedger,
      mailer,
      siteUrl: options.siteUrl,
    })(options.day);
  } finally {
    mailer.close();
  }
}
