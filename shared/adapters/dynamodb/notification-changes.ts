// You are here: which writes to the complaints table someone is told of. The table's stream hands
// every change to the notifier (on AWS; locally a stand-in fed by the same writes), and this decides
// from the item alone, so a notification is decided in the very write that caused it and a replayed
// record gives the same keys. Only a change that created an item counts: an update tells no one twice.
// Staff are told of a new case, a reporter's message and a reporter's file; a reporter who left an
// address is told there is news when an officer writes to them or the case's status changes (each
// transition writes one timeline event).
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
      return item.from === 'reporter'
        ? [{ key: `reporter-message#${reference}#${String(item.id)}`, event: 'reporter-message', reference }]
        : [{ key: `reporter-news#${reference}#message#${String(item.id)}`, event: 'reporter-news', reference }];
    case 'event':
      return [{ key: `reporter-news#${reference}#event#${item.SK.slice('EVENT#'.length)}`, event: 'reporter-news', reference }];
    // A file's slot is made when the reporter sends one (POST /api/tracking/files); the name is never told.
    case 'file':
      return [{ key: `reporter-file#${reference}#${String(item.id)}`, event: 'reporter-file', reference }];
    default:
      return [];
  }
}
