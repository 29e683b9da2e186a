// You are here: the ports of notifications. A Mailer hands one message to a mail service (Amazon SES
// on AWS, an SMTP server locally); which notifications exist and who receives them is decided by the
// use cases, never by an adapter.
import type { MailContent } from './messages';
import type { MailAudience } from './suppressions';

/** One message to one recipient. */
export interface OutgoingMail extends MailContent {
  /** The notification's idempotency key: the adapters pass it on (a tag, a Message-ID) for tracing. */
  id: string;
  to: string;
  /**
   * Whom it is for, tagged on the message so that a bounce or complaint lands in the right place of the
   * suppression list: staff of an agency (shown to its admin) or, when absent, anyone else (counted only).
   */
  audience?: MailAudience;
}

export interface Mailer {
  /** Resolves once the service has accepted the message; throws when it has not (the caller retries). */
  send(mail: OutgoingMail): Promise<void>;
}
