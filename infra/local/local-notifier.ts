// You are here: the notifier of the local stack. It takes the happenings decided from the complaints
// table's writes (local-stream.ts) and delivers them with the same use case as the Lambda, over SMTP
// to npm start's mail server, retrying a failed delivery with backoff as the queue does on AWS.
import { happeningsOfChange } from '../../shared/adapters/dynamodb/notification-changes';
import { smtpMailer } from '../../shared/adapters/local/smtp-mailer';
import type { NotifierDeps } from '../../shared/domain/notifications/notifier';
import { deliverAnyHappening, type Happening } from '../../shared/domain/notifications/report-awaiting';
import { logger } from '../../shared/observability/logger';
import type { LocalContexts } from './local-context';

/** The sender every local notification shows. */
export const LOCAL_MAIL_FROM = 'แจ้งเตือน <no-reply@integrity.local>';

export interface LocalNotifier {
  /** A created item of the complaints table, as the stream would hand it over. */
  onCreated(item: Record<string, unknown>): void;
  /** Resolves once every happening handed over so far is delivered or has given up. */
  settled(): Promise<void>;
}

export function localNotifier(deps: NotifierDeps, options: { attempts?: number; firstDelayMs?: number } = {}): LocalNotifier {
  const deliver = deliverAnyHappening(deps);
  // Up to 40 tries, at most 5 s apart (past two claim leases), before giving up where AWS would hand the
  // record to the dead-letter queue.
  const attempts = options.attempts ?? 40;
  const firstDelayMs = options.firstDelayMs ?? 200;
  const running = new Set<Promise<void>>();

  async function work(happening: Happening) {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        await deliver(happening);
        return;
      } catch (error) {
        if (attempt === attempts) {
          // The dead-letter queue's place on AWS: said in the log, by key only.
          logger.error('notification given up', { component: 'local-notifier', errorName: (error as Error)?.name });
          return;
        }
        await new Promise((done) => setTimeout(done, Math.min(5_000, firstDelayMs * 2 ** (attempt - 1))));
      }
    }
  }

  return {
    onCreated(item) {
      for (const happening of happeningsOfChange({ newImage: item })) {
        const job = work(happening).finally(() => running.delete(job));
        running.add(job);
      }
    },
    async settled() {
      while (running.size) await Promise.all([...running]);
    },
  };
}

/**
 * The notifier of a local stack's contexts, mailing over SMTP on `smtpPort`: `npm start`,
 * `npm run publish-stats` and the tests' stack tell the same people the same way (reporters' news,
 * members' digest choices). `close` ends its SMTP client.
 */
export function stackNotifier(
  contexts: Pick<LocalContexts, 'context' | 'deliveryLedger' | 'digestStores'>,
  options: { smtpPort: number; siteUrl: string; firstDelayMs?: number },
): LocalNotifier & { close(): void } {
  const { context, deliveryLedger, digestStores } = contexts;
  const mailer = smtpMailer({ host: '127.0.0.1', port: options.smtpPort, from: LOCAL_MAIL_FROM });
  const notifier = localNotifier(
    {
      clock: context.clock,
      complaints: context.complaints,
      agencies: context.agencies,
      staffDirectory: context.staffDirectory,
      suppressions: context.mailSuppressions,
      ledger: deliveryLedger,
      mailer,
      siteUrl: options.siteUrl,
      contacts: context.contactVault,
      // A member who chose the digest for a kind gets it from `npm run reminders` instead.
      digest: { preferences: digestStores.preferences, pending: digestStores.pending },
    },
    options.firstDelayMs === undefined ? {} : { firstDelayMs: options.firstDelayMs },
  );
  return { ...notifier, close: () => mailer.close() };
}
