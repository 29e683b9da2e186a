// You are here: what an SES v2 configuration set reports, read for the suppression list. SES publishes
// each sending event to the set's SNS topic as JSON (infra/constructs/notifications.ts); only a
// permanent bounce (the address does not exist or refuses for good) and a complaint (the recipient
// marked the message as spam) suppress an address. A transient bounce (a full mailbox) does not: SES
// already retried, and the next message may well arrive.
import type { MailAudience, SuppressionReason } from '../../domain/notifications/suppressions';

export interface SuppressingEvent {
  addresses: string[];
  reason: SuppressionReason;
  at: string;
  audience: MailAudience;
}

interface SesEvent {
  eventType?: string;
  notificationType?: string;
  mail?: { timestamp?: string; tags?: Record<string, string[] | undefined> };
  bounce?: { bounceType?: string; timestamp?: string; bouncedRecipients?: { emailAddress?: string }[] };
  complaint?: { timestamp?: string; complainedRecipients?: { emailAddress?: string }[] };
}

const AGENCY_TAG = /^[a-z][a-z0-9-]{1,40}$/;

/** Whom the message was for, from the tags the mailer put on it (ses-mailer.ts); untagged is "other". */
function audienceOf(tags: Record<string, string[] | undefined> | undefined): MailAudience {
  const agency = tags?.agency?.[0];
  if (tags?.audience?.[0] === 'staff' && agency !== undefined && AGENCY_TAG.test(agency)) return { kind: 'staff', agency };
  return { kind: 'other', ...(agency !== undefined && AGENCY_TAG.test(agency) ? { agency } : {}) };
}

const addressesOf = (recipients: { emailAddress?: string }[] | undefined) =>
  (recipients ?? []).map((recipient) => recipient.emailAddress).filter((address): address is string => typeof address === 'string' && address.includes('@') && address.length <= 320);

/** The suppression an SES event asks for, or undefined for every other event (sends, deliveries, transient bounces). */
export function suppressingEventOf(message: string): SuppressingEvent | undefined {
  let event: SesEvent;
  try {
    event = JSON.parse(message) as SesEvent;
  } catch {
    return undefined;
  }
  if (typeof event !== 'object' || event === null) return undefined;
  const type = event.eventType ?? event.notificationType;
  const audience = audienceOf(event.mail?.tags);
  const at = (stamp: string | undefined) => new Date(stamp && !Number.isNaN(Date.parse(stamp)) ? stamp : Date.now()).toISOString();
  if (type === 'Bounce' && event.bounce?.bounceType === 'Permanent') {
    const addresses = addressesOf(event.bounce.bouncedRecipients);
    return addresses.length ? { addresses, reason: 'bounce', at: at(event.bounce.timestamp), audience } : undefined;
  }
  if (type === 'Complaint') {
    const addresses = addressesOf(event.complaint?.complainedRecipients);
    return addresses.length ? { addresses, reason: 'complaint', at: at(event.complaint?.timestamp), audience } : undefined;
  }
  return undefined;
}
