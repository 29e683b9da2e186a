// You are here: the handler of the SES configuration set's events, delivered by its SNS topic
// (infra/constructs/notifications.ts). A permanent bounce or a complaint puts the address on the
// suppression list (shared/domain/notifications/suppressions.ts), which the notifier reads before each
// send. A failure throws: Lambda retries the invocation, then keeps it in the dead-letter queue. Adding
// an address twice changes nothing, so a retried or repeated event counts once. No address is logged.
import { suppressingEventOf } from '../../shared/adapters/ses/ses-events';
import type { MailSuppressions } from '../../shared/domain/notifications/suppressions';

export interface SnsEvent {
  Records?: { Sns?: { Message?: string } }[];
}

export function makeMailEventsHandler(deps: { suppressions: Pick<MailSuppressions, 'add'> }) {
  return async (event: SnsEvent): Promise<{ suppressed: number }> => {
    let suppressed = 0;
    for (const record of event.Records ?? []) {
      const found = suppressingEventOf(record.Sns?.Message ?? '');
      if (!found) continue;
      for (const address of found.addresses) {
        await deps.suppressions.add(address, { reason: found.reason, since: found.at }, found.audience);
        suppressed += 1;
      }
    }
    return { suppressed };
  };
}
