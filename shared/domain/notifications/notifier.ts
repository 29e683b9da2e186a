// You are here: the notifier's use case. It is handed one thing that happened to a case (decided from
// the write that made it happen, shared/adapters/dynamodb/notification-changes.ts) and mails each person who
// may be told, exactly once per person however often the happening is handed over again.
//
// Exactly once, as near as mail allows: each (happening, recipient) pair has a delivery record. The
// notifier claims it with a conditional write and a lease before sending, marks it delivered after,
// and skips a delivered one; a failed send releases the claim, so the retry sends. Two deliveries of
// the same happening at once cannot both send (the second finds a live lease and retries later). The
// one gap SMTP and SES leave open: a function that dies after the service accepted a message and before
// the mark is written sends that one message again once the lease runs out (at least once, never lost).
import type { AgencyRegistry } from '../agencies';
import { everyStaffMember, type StaffAccount, type StaffDirectory } from '../staff-directory';
import type { Clock, ComplaintRepository } from '../ports';
import { DependencyUnavailableError } from '../errors';
import { staffCaseMessage, type MailContent, type StaffEvent } from './messages';
import type { Mailer } from './ports';
import { mayBeToldAbout } from './recipients';
import type { ContactVault } from './reporter-contact';
import { deliverReporterNews } from './reporter-news';
import { DEFAULT_PREFERENCES, kindOfEvent, type HeldNotice, type NotificationKind, type NotificationPreferenceStore, type PendingDigestLines } from './preferences';
import { SOURCE_LANGUAGE, type Language } from '../../rules/languages';
import type { MailSuppressions } from './suppressions';

/** One thing that happened to a case that someone is told of; `key` is the same for every replay. */
export interface CaseHappening {
  key: string;
  /** What staff are told of, or 'reporter-news': the reporter who left an address is told there is news. */
  event: StaffEvent | 'reporter-news';
  reference: string;
}

export type ClaimResult = 'claimed' | 'delivered' | 'busy';

/** How a delivery ended: mailed, or not mailed because the address bounced or complained before. */
export type DeliveryOutcome = 'sent' | 'suppressed';

/** One record per message to send: who it went to is not in it, only the key of the pair. */
export interface DeliveryLedger {
  /** Claims a delivery for `leaseSeconds`: 'delivered' if it was sent before, 'busy' if another holds a live claim. */
  claim(key: string, now: Date, leaseSeconds: number): Promise<ClaimResult>;
  /** Marks a claimed delivery as done (sent, or not sent to a suppressed address); it is never sent again. */
  delivered(key: string, at: Date, outcome?: DeliveryOutcome): Promise<void>;
  /** Gives a claim back after a failed send, so the next attempt sends. */
  release(key: string): Promise<void>;
}

export interface NotifierDeps {
  clock: Clock;
  complaints: Pick<ComplaintRepository, 'loadCaseFile'>;
  agencies: Pick<AgencyRegistry, 'get'>;
  staffDirectory: Pick<StaffDirectory, 'list'>;
  ledger: DeliveryLedger;
  mailer: Mailer;
  /** Addresses that bounced or complained (suppressions.ts): looked up before each send, never mailed. */
  suppressions: Pick<MailSuppressions, 'find'>;
  /** The site's origin, for the console links. */
  siteUrl: string;
  /** Opens the address a reporter left for news (reporter-news.ts); without it reporters are told nothing. */
  contacts?: ContactVault;
  /**
   * Members' choices: one who chose the digest for a kind finds it there the next morning instead
   * (daily-digest.ts), and each is mailed in the language they chose in (Thai without it).
   */
  digest?: { preferences: NotificationPreferenceStore; pending: PendingDigestLines };
}

/** Longer than a send takes with its retries inside the SDK, shorter than the queue's visibility timeout. */
export const DELIVERY_LEASE_SECONDS = 60;

/** Tries of a ledger write after a send, with 50, 100, 200… ms between them: well inside the lease. */
const LEDGER_WRITE_TRIES = 6;

async function ledgerWrite(write: () => Promise<void>): Promise<void> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await write();
    } catch (error) {
      if (tried >= LEDGER_WRITE_TRIES) throw error;
      await new Promise((done) => setTimeout(done, 50 * 2 ** (tried - 1)));
    }
  }
}

/**
 * Marks a delivery done once the mail service has accepted it. A failed mark is tried again here and
 * not left to the happening's retry: that retry would find the claim's lease run out and send the
 * message a second time.
 */
export const markDelivered = (ledger: DeliveryLedger, key: string, at: Date, outcome?: DeliveryOutcome): Promise<void> => ledgerWrite(() => ledger.delivered(key, at, outcome));

/** Gives a claim back after a failed send, tried again here: a claim left held delays the retry until its lease runs out. */
export const releaseClaim = (ledger: DeliveryLedger, key: string): Promise<void> => ledgerWrite(() => ledger.release(key)).catch(() => undefined);

export interface DeliveryReport {
  sent: number;
  alreadySent: number;
  failed: number;
  /** Recipients on the suppression list: recorded as done, not mailed, not retried. */
  suppressed: number;
}

/** Delivers one happening; throws when any recipient is left to do, so the queue hands it over again. */
export function deliverHappening(deps: NotifierDeps) {
  return async (happening: CaseHappening): Promise<DeliveryReport> => {
    if (happening.event === 'reporter-news') return deliverReporterNews(deps, happening);
    const report: DeliveryReport = { sent: 0, alreadySent: 0, failed: 0, suppressed: 0 };
    const { complaint } = await deps.complaints.loadCaseFile(happening.reference, { system: 'notifier' });
    // A case destroyed since (or never stored) is told to no one.
    if (!complaint || complaint.destroyedAt) return report;
    const agency = await deps.agencies.get(complaint.agency);
    if (!agency) return report;
    const accounts = await everyStaffMember(deps.staffDirectory, complaint.agency);
    const { agency: caseAgency, unit, concernsHandlers, conflicts, assignee } = complaint;
    const audience = { agency: caseAgency, ...(unit ? { unit } : {}), ...(concernsHandlers ? { concernsHandlers } : {}), ...(conflicts ? { conflicts } : {}), ...(assignee ? { assignee } : {}) };
    const recipients = accounts.filter((account) => mayBeToldAbout(account, audience));
    const dueBy = happening.event === 'case-new' ? complaint.acknowledgeBy : complaint.nextUpdateBy;
    const { event } = happening;
    const content = (language: Language) =>
      staffCaseMessage({
        event,
        agency,
        notice: { reference: complaint.reference, category: complaint.category, ...(dueBy ? { dueBy } : {}) },
        siteUrl: deps.siteUrl,
        language,
      });
    return deliverToEach(deps, happening.key, recipients, content, { kind: kindOfEvent(happening.event), notice: { event: happening.event, reference: complaint.reference, category: complaint.category } }, complaint.agency);
  };
}

/**
 * Mails `content`, in the member's language, to each recipient once for the happening `key`: claimed
 * in the ledger before the send (or held for the member's digest, when they chose it for `held.kind`),
 * marked delivered after, given back when the send fails. Throws when any recipient is left to
 * do, so the happening is handed over again; those already mailed are skipped then.
 */
export async function deliverToEach(
  deps: Pick<NotifierDeps, 'clock' | 'ledger' | 'mailer' | 'digest' | 'suppressions'>,
  key: string,
  recipients: readonly Pick<StaffAccount, 'id' | 'email'>[],
  content: (language: Language) => MailContent,
  held: { kind: NotificationKind; notice: HeldNotice },
  agency: string,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, alreadySent: 0, failed: 0, suppressed: 0 };
  // Built once per language; the Thai one before anything is claimed, so a notice that cannot be written claims nothing.
  const written = new Map<Language, MailContent>([[SOURCE_LANGUAGE, content(SOURCE_LANGUAGE)]]);
  const contentIn = (language: Language) => written.get(language) ?? written.set(language, content(language)).get(language)!;
  for (const account of recipients) {
    const deliveryKey = `${key}#${account.id}`;
    const claim = await deps.ledger.claim(deliveryKey, deps.clock.now(), DELIVERY_LEASE_SECONDS);
    if (claim === 'delivered') {
      report.alreadySent += 1;
      continue;
    }
    if (claim === 'busy') {
      report.failed += 1;
      continue;
    }
    let outcome: DeliveryOutcome = 'sent';
    try {
      const preferences = deps.digest ? await deps.digest.preferences.get(account.id) : DEFAULT_PREFERENCES;
      if (await deps.suppressions.find(account.email)) outcome = 'suppressed';
      // Held for the digest, under the same claim: a replayed happening holds nothing twice.
      else if (deps.digest && preferences[held.kind] === 'digest') {
        await deps.digest.pending.add(account.id, { ...held.notice, key: deliveryKey, at: deps.clock.now().toISOString() });
      } else {
        await deps.mailer.send({ ...contentIn(preferences.language), id: deliveryKey, to: account.email, audience: { kind: 'staff', agency } });
      }
    } catch {
      report.failed += 1;
      await releaseClaim(deps.ledger, deliveryKey);
      continue;
    }
    await markDelivered(deps.ledger, deliveryKey, deps.clock.now(), outcome);
    report[outcome] += 1;
  }
  if (report.failed > 0) throw new DependencyUnavailableError('mail');
  return report;
}
