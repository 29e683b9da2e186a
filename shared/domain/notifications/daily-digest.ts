// You are here: the daily digest, run each morning in Bangkok (functions/notifications/reminders.ts on
// AWS, `npm run reminders` locally). For one Bangkok day it mails each staff member ONE message listing
// every case they may be told about whose acknowledgement, progress or conclusion deadline falls three
// days ahead or was missed that day, and the happenings they chose to read in the digest rather than at
// once (preferences.ts); a member with nothing gets nothing.
//
// Who is told is the notifier's rule (recipients.ts): the assignee alone once a case is assigned, else
// the officers who may see it (custodians for a complaint about the handlers), never staff of the unit
// concerned or with a declared conflict. Exactly once per member and day: the message's delivery key is
// `digest#<day>#<staff id>` in the notifier's ledger, so a second run of the same day sends nothing
// twice and a send that failed is sent by the next run.
import { everyAgency, type AgencyRegistry } from '../agencies';
import { isConcluded } from '../case-workflow';
import type { Clock } from '../ports';
import { everyStaffMember, type StaffAccount, type StaffDirectory } from '../staff-directory';
import { bangkokDate } from '../../rules/thai-time';
import { deadlineDigest, type DeadlineKind, type DeadlineNotice } from './messages';
import { DELIVERY_LEASE_SECONDS, markDelivered, releaseClaim, type DeliveryLedger, type DeliveryOutcome } from './notifier';
import type { MailSuppressions } from './suppressions';
import type { Mailer, OpenCase, OpenCaseSource } from './ports';
import type { HeldNotice, NotificationPreferenceStore, PendingDigestLines, PendingLine } from './preferences';
import { mayBeToldAbout, type CaseAudience } from './recipients';

/** How many days ahead a deadline is announced. */
export const DAYS_AHEAD = 3;

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The deadlines a case still has to meet, by its status (as the overdue flags read them, case-workflow.ts). */
function liveDeadlines(openCase: OpenCase): [DeadlineKind, string | undefined][] {
  if (isConcluded(openCase.status)) return [];
  // While a case is received its next update is its acknowledgement, so it is announced once.
  const first: [DeadlineKind, string | undefined] = openCase.status === 'received' ? ['acknowledge', openCase.acknowledgeBy] : ['progress', openCase.nextUpdateBy];
  return [first, ['conclude', openCase.concludeBy]];
}

/**
 * A case's lines in the digest of `day` (a Bangkok day): a deadline whose Bangkok day is three days on,
 * or one missed that day: the first instant past it (when the overdue flag turns on) falls on `day`.
 * So a deadline at the end of the 10th is announced on the 7th and, if missed, on the 11th, not after.
 */
export function deadlineNoticesOn(openCase: OpenCase, day: string): DeadlineNotice[] {
  const ahead = addDays(day, DAYS_AHEAD);
  const notices: DeadlineNotice[] = [];
  for (const [deadline, dueBy] of liveDeadlines(openCase)) {
    const due = dueBy === undefined ? Number.NaN : Date.parse(dueBy);
    if (Number.isNaN(due) || dueBy === undefined) continue;
    const { reference, category } = openCase;
    if (bangkokDate(new Date(due)) === ahead) notices.push({ reference, category, deadline, dueBy, missed: false });
    else if (bangkokDate(new Date(due + 1)) === day) notices.push({ reference, category, deadline, dueBy, missed: true });
  }
  return notices;
}

const audienceOf = (openCase: OpenCase): CaseAudience => {
  const { agency, unit, concernsHandlers, conflicts, assignee } = openCase;
  return { agency, ...(unit ? { unit } : {}), ...(concernsHandlers ? { concernsHandlers } : {}), ...(conflicts ? { conflicts } : {}), ...(assignee ? { assignee } : {}) };
};

export interface DailyDigestDeps {
  clock: Clock;
  agencies: AgencyRegistry;
  openCases: OpenCaseSource;
  staffDirectory: Pick<StaffDirectory, 'list'>;
  pending: PendingDigestLines;
  /** Members' choices, read for the language each digest is written in (Thai without a choice). */
  preferences: Pick<NotificationPreferenceStore, 'get'>;
  ledger: DeliveryLedger;
  mailer: Mailer;
  /** Addresses that bounced or complained: a suppressed member's digest is recorded as done, not mailed. */
  suppressions: Pick<MailSuppressions, 'find'>;
  /** The site's origin, for the console links. */
  siteUrl: string;
}

export interface DigestReport {
  day: string;
  agencies: number;
  /** Members mailed by this run, mailed by an earlier run of the same day, and whose mail failed. */
  sent: number;
  alreadySent: number;
  failed: number;
  /** Members on the suppression list: their digest is recorded as done and not mailed. */
  suppressed: number;
  /** Agencies whose cases or staff could not be read; their members are mailed by the next run. */
  failedAgencies: string[];
}

/** The delivery key of one member's digest of one day. */
export const digestKey = (day: string, staffId: string) => `digest#${day}#${staffId}`;

/** Sends the digests of `day` (by default today in Bangkok); a member whose mail failed is sent by a run again. */
export function sendDailyDigests(deps: DailyDigestDeps) {
  return async (day: string = bangkokDate(deps.clock.now())): Promise<DigestReport> => {
    const report: DigestReport = { day, agencies: 0, sent: 0, alreadySent: 0, failed: 0, suppressed: 0, failedAgencies: [] };
    for await (const agency of everyAgency(deps.agencies)) {
      report.agencies += 1;
      let cases: OpenCase[];
      let accounts: StaffAccount[];
      try {
        [cases, accounts] = await Promise.all([deps.openCases.openCases(agency.id), everyStaffMember(deps.staffDirectory, agency.id)]);
      } catch {
        report.failedAgencies.push(agency.id);
        continue;
      }
      const open = new Map(cases.map((openCase) => [openCase.reference, openCase]));
      const due = cases.map((openCase) => ({ audience: audienceOf(openCase), notices: deadlineNoticesOn(openCase, day) })).filter((item) => item.notices.length > 0);
      for (const account of accounts) {
        if (account.status === 'disabled') continue;
        const outcome = await digestFor(deps, { agency, day, account, open, due }).catch(() => 'failed' as const);
        if (outcome === 'sent') report.sent += 1;
        else if (outcome === 'suppressed') report.suppressed += 1;
        else if (outcome === 'already-sent') report.alreadySent += 1;
        else if (outcome === 'failed') report.failed += 1;
      }
    }
    return report;
  };
}

/** Whether a held line may still be told to the member: the case is open and theirs to hear of, or they still sign reports off. */
function stillTold(line: PendingLine, account: StaffAccount, open: ReadonlyMap<string, OpenCase>): boolean {
  if (line.event === 'report-sign-off') return account.roles.includes('executive');
  const openCase = open.get(line.reference);
  return openCase !== undefined && mayBeToldAbout(account, audienceOf(openCase));
}

const heldNotice = (line: PendingLine): HeldNotice =>
  line.event === 'report-sign-off' ? { event: line.event, period: line.period } : { event: line.event, reference: line.reference, category: line.category };

async function digestFor(
  deps: DailyDigestDeps,
  input: {
    agency: Parameters<typeof deadlineDigest>[0]['agency'];
    day: string;
    account: StaffAccount;
    open: ReadonlyMap<string, OpenCase>;
    due: readonly { audience: CaseAudience; notices: DeadlineNotice[] }[];
  },
): Promise<DeliveryOutcome | 'already-sent' | 'failed' | 'nothing'> {
  const { account, day } = input;
  const notices = input.due.filter((item) => mayBeToldAbout(account, item.audience)).flatMap((item) => item.notices);
  const lines = await deps.pending.list(account.id);
  const kept = lines.filter((line) => stillTold(line, account, input.open));
  // A line about a case concluded since, or no longer theirs (assigned to another, a conflict declared), is dropped.
  const dropped = lines.filter((line) => !kept.includes(line)).map((line) => line.key);
  if (dropped.length > 0) await deps.pending.remove(account.id, dropped);
  if (notices.length === 0 && kept.length === 0) return 'nothing';

  const key = digestKey(day, account.id);
  const claim = await deps.ledger.claim(key, deps.clock.now(), DELIVERY_LEASE_SECONDS);
  if (claim === 'delivered') return 'already-sent';
  if (claim === 'busy') return 'failed';
  const { language } = await deps.preferences.get(account.id);
  const content = deadlineDigest({ agency: input.agency, day, notices, held: kept.map(heldNotice), siteUrl: deps.siteUrl, language });
  let outcome: DeliveryOutcome = 'sent';
  try {
    if (await deps.suppressions.find(account.email)) outcome = 'suppressed';
    else await deps.mailer.send({ ...content, id: key, to: account.email, audience: { kind: 'staff', agency: input.agency.id } });
  } catch {
    await releaseClaim(deps.ledger, key);
    return 'failed';
  }
  await markDelivered(deps.ledger, key, deps.clock.now(), outcome);
  // Once carried, a line is forgotten; if this fails, it is carried again tomorrow (one line twice, never lost).
  if (kept.length > 0) await deps.pending.remove(account.id, kept.map((line) => line.key)).catch(() => undefined);
  return outcome;
}
