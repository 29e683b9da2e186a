// You are here: the words about evidence files, shared by the reporter's pages and the staff case page,
// so both say the same thing about a file (in the page's language: web/i18n/).
import { WORDS } from './words';

/** What kind of file it is, in words a reporter recognises from their own device. */
export const EVIDENCE_TYPE_LABELS = WORDS.evidence.types;

/**
 * Where a file stands. A slot whose file is still on its way and a file being cleaned look the same
 * from outside: both are "being checked" until processing says received or refused.
 */
export const FILE_STATUS_LABELS = WORDS.evidence.statuses;

/** Why a file was refused, plainly; the file itself is deleted, so the reporter may send it again once fixed. */
export const FILE_REJECTION_LABELS = WORDS.evidence.rejections;

/** "850 KB" or "2.4 MB" (1 MB = 1,024 KB, as the limit is counted); never "0 KB" for a file that has bytes. */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${WORDS.number(Math.max(1, Math.ceil(kb)))} KB`;
  return `${WORDS.number(Math.round((kb / 1024) * 10) / 10)} MB`;
}
