// You are here: the notifier's handler for the complaints table's stream. Each record a write created
// becomes its happenings (shared/adapters/dynamodb/notification-changes.ts), delivered by the same use
// case as the local stack's. A record whose delivery failed is reported alone (ReportBatchItemFailures),
// so the stream retries from it and the records before it are not handed over again; the ledger makes
// any that are sent nothing twice. Its Lambda entry is lambda.ts beside it; its stream source, SES
// configuration set, dead-letter queue and alarms are infra/constructs/notifications.ts.
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { happeningsOfChange } from '../../shared/adapters/dynamodb/notification-changes';
import type { NotifierDeps } from '../../shared/domain/notifications/notifier';
import { deliverAnyHappening } from '../../shared/domain/notifications/report-awaiting';

interface StreamRecord {
  eventID?: string;
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  dynamodb?: { NewImage?: Record<string, unknown>; OldImage?: Record<string, unknown>; SequenceNumber?: string };
}

const plain = (raw: Record<string, unknown> | undefined) => (raw ? (unmarshall(raw as Parameters<typeof unmarshall>[0]) as Record<string, unknown>) : undefined);

export function makeNotifyHandler(deps: NotifierDeps) {
  const deliver = deliverAnyHappening(deps);
  return async (event: { Records?: StreamRecord[] }) => {
    for (const record of event.Records ?? []) {
      if (record.eventName !== 'INSERT') continue;
      const newImage = plain(record.dynamodb?.NewImage);
      try {
        for (const happening of happeningsOfChange({ ...(newImage ? { newImage } : {}) })) await deliver(happening);
      } catch {
        // From this record on, the batch is handed over again.
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
