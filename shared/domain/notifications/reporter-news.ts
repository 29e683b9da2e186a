// You are here: "there is news on your report", mailed to a reporter who chose it. The message says
// nothing more (no reference, no status, nothing of the case), so whoever reads the reporter's inbox
// learns only that they reported something. The address is opened here and nowhere else, after the
// delivery is claimed (a message already sent costs no KMS call), and it goes only to the mailer.
// A case destroyed, or a reporter who stopped the news (the sealed contact is gone), is told nothing.
import { idForKey } from '../credentials';
import { DependencyUnavailableError } from '../errors';
import { reporterNews } from './messages';
import { DELIVERY_LEASE_SECONDS, markDelivered, releaseClaim, type CaseHappening, type DeliveryReport, type NotifierDeps } from './notifier';
import { CONTACT_PURPOSE, stopTokenHash } from './reporter-contact';

/** The reporter's part of a happening's delivery records: one message per happening. */
export const REPORTER_RECIPIENT = 'reporter';

export async function deliverReporterNews(deps: NotifierDeps, happening: CaseHappening): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, alreadySent: 0, failed: 0, suppressed: 0 };
  const { complaint } = await deps.complaints.loadCaseFile(happening.reference, { system: 'notifier' });
  if (!complaint || complaint.destroyedAt || !complaint.sealedContact || !complaint.stopTokenHash || !deps.contacts) return report;
  const agency = await deps.agencies.get(complaint.agency);
  if (!agency) return report;
  const key = `${happening.key}#${REPORTER_RECIPIENT}`;
  const claim = await deps.ledger.claim(key, deps.clock.now(), DELIVERY_LEASE_SECONDS);
  if (claim === 'delivered') return { ...report, alreadySent: 1 };
  if (claim === 'busy') throw new DependencyUnavailableError('mail');
  try {
    const contact = await deps.contacts.open(complaint.sealedContact, { agency: complaint.agency, reference: complaint.reference, purpose: CONTACT_PURPOSE });
    // The stop link must be the one that stops this very address.
    if (stopTokenHash(contact.stopToken) !== complaint.stopTokenHash) {
      await deps.ledger.release(key);
      return report;
    }
    // An address that bounced or complained is not mailed again; the admin only ever sees it counted.
    if (await deps.suppressions.find(contact.email)) {
      await markDelivered(deps.ledger, key, deps.clock.now(), 'suppressed');
      return { ...report, suppressed: 1 };
    }
    // In the language of the page the reporter used, sealed with the address (Thai for a contact sealed before languages).
    const content = reporterNews({ agency, siteUrl: deps.siteUrl, stopToken: contact.stopToken, ...(contact.language ? { language: contact.language } : {}) });
    // The adapters pass the id on (a Message-ID, a tag): the reporter's copy gets one that names no case.
    await deps.mailer.send({ ...content, id: idForKey('reporter-news', key), to: contact.email, audience: { kind: 'other', agency: complaint.agency } });
  } catch {
    await releaseClaim(deps.ledger, key);
    throw new DependencyUnavailableError('mail');
  }
  await markDelivered(deps.ledger, key, deps.clock.now());
  return { ...report, sent: 1 };
}
