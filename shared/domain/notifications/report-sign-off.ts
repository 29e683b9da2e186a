// You are here: "a quarterly report awaits your sign-off", mailed to each executive of the agency
// (or held for their digest, as they chose). The sign-off itself is the reports' business; whatever
// makes a report ready calls this once, and again as often as it likes: each executive is told once
// per report (the delivery key names the agency, the period and the member).
import type { AgencyRegistry } from '../agencies';
import { DependencyUnavailableError } from '../errors';
import { everyStaffMember, type StaffDirectory } from '../staff-directory';
import type { Clock } from '../ports';
import { reportAwaitingSignOff } from './messages';
import { DELIVERY_LEASE_SECONDS, type DeliveryLedger, type DeliveryReport } from './notifier';
import type { Mailer } from './ports';
import type { NotificationPreferenceStore, PendingDigestLines } from './preferences';

export interface SignOffNoticeDeps {
  clock: Clock;
  agencies: Pick<AgencyRegistry, 'get'>;
  staffDirectory: Pick<StaffDirectory, 'list'>;
  ledger: DeliveryLedger;
  mailer: Mailer;
  siteUrl: string;
  digest?: { preferences: NotificationPreferenceStore; pending: PendingDigestLines };
}

/** Tells the agency's executives that its report of `period` (such as 2570-Q1) awaits their sign-off; throws when any is left to tell. */
export function notifyReportAwaitingSignOff(deps: SignOffNoticeDeps) {
  return async (report: { agency: string; period: string }): Promise<DeliveryReport> => {
    const result: DeliveryReport = { sent: 0, alreadySent: 0, failed: 0 };
    const agency = await deps.agencies.get(report.agency);
    if (!agency) return result;
    const content = reportAwaitingSignOff({ agency, period: report.period, siteUrl: deps.siteUrl });
    const executives = (await everyStaffMember(deps.staffDirectory, agency.id)).filter((account) => account.status !== 'disabled' && account.roles.includes('executive'));
    for (const account of executives) {
      const key = `report-sign-off#${agency.id}#${report.period}#${account.id}`;
      const claim = await deps.ledger.claim(key, deps.clock.now(), DELIVERY_LEASE_SECONDS);
      if (claim !== 'claimed') {
        if (claim === 'delivered') result.alreadySent += 1;
        else result.failed += 1;
        continue;
      }
      try {
        if (deps.digest && (await deps.digest.preferences.get(account.id))['report-sign-off'] === 'digest') {
          await deps.digest.pending.add(account.id, { key, event: 'report-sign-off', period: report.period, at: deps.clock.now().toISOString() });
        } else {
          await deps.mailer.send({ ...content, id: key, to: account.email });
        }
      } catch {
        result.failed += 1;
        await deps.ledger.release(key).catch(() => undefined);
        continue;
      }
      await deps.ledger.delivered(key, deps.clock.now());
      result.sent += 1;
    }
    if (result.failed > 0) throw new DependencyUnavailableError('mail');
    return result;
  };
}
