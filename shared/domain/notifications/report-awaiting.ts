// You are here: telling an agency's executives that a quarter's report awaits their sign-off. The
// quarterly job records the awaiting report once (shared/domain/report-approvals.ts); that write is
// the happening, handed to the notifier like a case's (the complaints table's stream, or the local
// stand-in), and each executive of the agency is mailed once per quarter through the same ledger.
import { everyStaffMember } from '../staff-directory';
import { reportAwaitingSignOff } from './messages';
import type { Language } from '../../rules/languages';
import { deliverHappening, deliverToEach, type CaseHappening, type DeliveryReport, type NotifierDeps } from './notifier';

/** A quarter's report prepared and awaiting an executive's approval; `key` is the same for every replay. */
export interface ReportHappening {
  key: string;
  event: 'report-awaiting';
  agency: string;
  period: string;
}

/** Everything the notifier is handed: something that happened to a case, or a report awaiting sign-off. */
export type Happening = CaseHappening | ReportHappening;

/** Mails the agency's executives (accounts not disabled) that the quarter's report awaits them. */
export function deliverReportAwaiting(deps: Omit<NotifierDeps, 'complaints'>) {
  return async (happening: ReportHappening): Promise<DeliveryReport> => {
    const agency = await deps.agencies.get(happening.agency);
    if (!agency) return { sent: 0, alreadySent: 0, failed: 0, suppressed: 0 };
    const executives = (await everyStaffMember(deps.staffDirectory, agency.id)).filter(
      (account) => account.agency === agency.id && account.status !== 'disabled' && account.roles.includes('executive'),
    );
    const content = (language: Language) => reportAwaitingSignOff({ agency, period: happening.period, siteUrl: deps.siteUrl, language });
    return deliverToEach(deps, happening.key, executives, content, { kind: 'report-sign-off', notice: { event: 'report-sign-off', period: happening.period } }, agency.id);
  };
}

/** The notifier's one entry: each kind of happening to its delivery. */
export function deliverAnyHappening(deps: NotifierDeps) {
  const deliverCase = deliverHappening(deps);
  const deliverReport = deliverReportAwaiting(deps);
  return (happening: Happening): Promise<DeliveryReport> => (happening.event === 'report-awaiting' ? deliverReport(happening) : deliverCase(happening));
}
