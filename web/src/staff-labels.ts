// You are here: the officers' words on the staff pages, from docs/glossary.md like the reporters',
// in the page's language (web/i18n/{th,en}/staff-scripts.ts). Types come from the domain so a new
// role, audit action or overdue kind fails to compile in the catalogue until it has a label.
import type { AuditAction } from '../../shared/domain/ports';
import { WRITTEN_REASON } from '../../shared/domain/staff';
import { PUBLIC_NOTE_MAX, TEXT_BOUNDS } from '../../shared/rules/text';
import { STAFF_WORDS } from './staff-words';

const LABELS = STAFF_WORDS.labels;

export const ROLE_LABELS = LABELS.roles;

/** Staff read about the reporter in the third person; officers are never named. */
export const STAFF_AUTHOR_LABELS = LABELS.authors;

export const REPORTER_MODE_LABELS = LABELS.reporterModes;

/** Said in words, never by colour alone, wherever a case is late. */
export const OVERDUE_LABELS = LABELS.overdue;

/** What a case's trail can hold: these must have a label. */
type CaseAuditAction = Extract<AuditAction, 'queue.list' | `case.${string}` | 'identity.reveal' | 'audit.read' | 'file.download'>;

/**
 * Open-ended on purpose: the audit log is shared with other features (surveys, reports), whose
 * actions a case's trail does not hold. Should one appear, it is shown by its code, never dropped.
 */
export const AUDIT_ACTION_LABELS: Record<CaseAuditAction, string> & Partial<Record<AuditAction, string>> = LABELS.auditActions;

/** The labels of what the reporter gave about themselves, in the order the form asks for them. */
export const IDENTITY_LABELS = LABELS.identity;

/** The server's limits on staff text, in code points (functions/cases/schemas.ts). */
export const STAFF_TEXT_LIMITS = {
  publicNote: PUBLIC_NOTE_MAX,
  internalNote: TEXT_BOUNDS.message,
  message: TEXT_BOUNDS.message,
  revealReasonMin: WRITTEN_REASON.min,
  revealReason: WRITTEN_REASON.max,
  /** Legal hold and export: the same written-reason rule as a reveal. */
  custodyReasonMin: WRITTEN_REASON.min,
  custodyReason: WRITTEN_REASON.max,
} as const;

/** The label of every field the staff routes may name in `error.fields`. */
export const STAFF_FIELD_LABELS: Record<string, string> = LABELS.fields;

/**
 * A sentence in the page's language for a staff field the server refused; its English reason is for
 * developers. A page whose routes name other fields passes their labels.
 */
export function staffFieldMessage(path: string, reason: string, labels: Readonly<Record<string, string>> = STAFF_FIELD_LABELS): string {
  const label = labels[path] ?? LABELS.someField;
  if (path === 'outcome' && /required/i.test(reason)) return LABELS.chooseOutcome;
  if (/must not be empty|required|expected/i.test(reason)) return LABELS.fieldRequired(label);
  const atLeast = /at least (\d+)/i.exec(reason)?.[1];
  if (atLeast) return LABELS.fieldTooShort(label, Number(atLeast));
  const limit = /at most (\d+)/i.exec(reason)?.[1];
  if (limit) return LABELS.fieldTooLong(label, Number(limit));
  return LABELS.fieldInvalid(label);
}
