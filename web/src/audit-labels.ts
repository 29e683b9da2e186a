// You are here: the name of every audit action in the page's language, for the agency-wide audit
// view's filter and rows. A case's own actions keep the words the case page uses, the others are the
// audit page's (web/i18n/*/staff-scripts.ts, audit.actions); a new action fails to compile here until
// it has its label.
import type { AuditAction } from '../../shared/domain/ports';
import { AUDIT_ACTION_LABELS } from './staff-labels';
import { STAFF_WORDS } from './staff-words';

const OTHER = STAFF_WORDS.audit.actions;

export const EVERY_AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  'queue.list': AUDIT_ACTION_LABELS['queue.list'],
  'case.read': AUDIT_ACTION_LABELS['case.read'],
  'case.transition': AUDIT_ACTION_LABELS['case.transition'],
  'case.message': AUDIT_ACTION_LABELS['case.message'],
  'identity.reveal': AUDIT_ACTION_LABELS['identity.reveal'],
  'audit.read': AUDIT_ACTION_LABELS['audit.read'],
  'file.download': AUDIT_ACTION_LABELS['file.download'],
  'case.hold': AUDIT_ACTION_LABELS['case.hold'],
  'case.release': AUDIT_ACTION_LABELS['case.release'],
  'case.export': AUDIT_ACTION_LABELS['case.export'],
  'case.destroy': AUDIT_ACTION_LABELS['case.destroy'],
  'audit.verify': OTHER['audit.verify'],
  'survey.tokens': OTHER['survey.tokens'],
  'survey.results': OTHER['survey.results'],
  'publication.publish': OTHER['publication.publish'],
  'report.read': OTHER['report.read'],
  'report.acknowledge': OTHER['report.acknowledge'],
  'report.approve': OTHER['report.approve'],
  'register.create': OTHER['register.create'],
  'register.update': OTHER['register.update'],
  'register.retire': OTHER['register.retire'],
  'service.record': OTHER['service.record'],
  'suggestion.answer': OTHER['suggestion.answer'],
  'indicators.read': OTHER['indicators.read'],
  'case.record': AUDIT_ACTION_LABELS['case.record'],
  'case.conflict': AUDIT_ACTION_LABELS['case.conflict'],
  'case.assign': AUDIT_ACTION_LABELS['case.assign'],
  'agency.create': OTHER['agency.create'],
  'agency.update': OTHER['agency.update'],
  'staff.invite': OTHER['staff.invite'],
  'staff.create': OTHER['staff.create'],
  'staff.list': OTHER['staff.list'],
  'disclosure.create': OTHER['disclosure.create'],
  'disclosure.update': OTHER['disclosure.update'],
  'disclosure.delete': OTHER['disclosure.delete'],
  'mail.suppressions': OTHER['mail.suppressions'],
  'mail.unsuppress': OTHER['mail.unsuppress'],
};
