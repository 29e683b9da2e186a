// You are here: which writes to the complaints table someone is told of. The table's stream hands
// every change to the notifier (on AWS; locally a stand-in fed by the same writes), and this decides
// from the item alone, so a notification is decided in the very write that caused it and a replayed
// record gives the same keys. Only a change that created an item counts: an update tells no one twice.
import type { Happening } from '../../domain/notifications/report-awaiting';
import { complaintKeys } from './keys';

type Item = Record<string, unknown>;

export function happeningsOfChange(change: { newImage?: Item; oldImage?: Item }): Happening[] {
  const item = change.newImage;
  if (!item || change.oldImage || typeof item.PK !== 'string' || typeof item.SK !== 'string') return [];
  // A quarter's report prepared for an agency that publishes only after approval: its executives are told.
  const report = complaintKeys.awaitingReportOf({ PK: item.PK, SK: item.SK });
  if (report) return [{ key: `report-awaiting#${report.agency}#${report.period}`, event: 'report-awaiting', ...report }];
  const reference = complaintKeys.referenceOf(item.PK);
  if (!reference) return [];
  switch (complaintKeys.kindOf(item.SK)) {
    case 'complaint':
      return [{ key: `case-new#${reference}`, event: 'case-new', reference }];
    case 'message':
      return item.from === 'reporter' ? [{ key: `reporter-message#${reference}#${String(item.id)}`, event: 'reporter-message', reference }] : [];
    default:
      return [];
  }
}
