// You are here: the ports of notifications. A Mailer hands one message to a mail service (Amazon SES
// on AWS, an SMTP server locally); which notifications exist and who receives them is decided by the
// use cases, never by an adapter.
import type { ComplaintRecord } from '../ports';
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

/** What the daily digest reads of an open case: its deadlines and who may be told, never its text. */
export type OpenCase = Pick<ComplaintRecord, 'reference' | 'agency' | 'category' | 'status' | 'acknowledgeBy' | 'nextUpdateBy' | 'concludeBy' | 'unit' | 'concernsHandlers' | 'conflicts' | 'assignee'>;

/** An agency's cases that are not concluded (received, acknowledged, investigating). */
export interface OpenCaseSource {
  openCases(agency: string): Promise<OpenCase[]>;
}
