// You are here: the officers' side of a case. Every use case checks the principal's role and agency,
// and every read or action leaves an audit entry before anything is returned.
import { agencySettings } from '../agencies';
import { checkTransition, inTimeOrder, isConcluded, isOverdue, NEXT_STATUSES, nextUpdateBy, overdueFlags } from '../case-workflow';
import type { Category, Outcome, ReporterIdentity, Status } from '../complaint';
import { idForKey, randomHex, requestFingerprint } from '../credentials';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { AssigneeFilter, CaseEvent, CaseMessage, ComplaintRecord, ConflictDeclaration } from '../ports';
import { canSeeCase } from '../case-visibility';
import { staffFiles, type EvidenceFile } from '../evidence';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import { canonicalJson } from '../text';
import { auditEntry } from '../audit';
import type { AssignmentDeps, CaseDeps } from './deps';

/** Who may do what; the route table publishes the same lists. */
export const CASE_ROLES = {
  read: ['officer', 'supervisor', 'custodian'],
  act: ['officer'],
  reveal: ['custodian'],
  custody: ['custodian'],
  audit: ['custodian', 'admin'],
  /** Anyone who handles cases may step away from one. */
  conflict: ['officer', 'supervisor', 'custodian'],
  assign: ['supervisor', 'custodian'],
} as const satisfies Record<string, readonly StaffRole[]>;

/** Roles an assignee may hold: someone who moves cases along (custodians for the cases only they see). */
const ASSIGNABLE_ROLES: readonly StaffRole[] = ['officer', 'custodian'];

export const QUEUE_PAGE_LIMIT = 50;
const SCAN_PAGES_FOR_FILTERS = 20;


const newId = (deps: CaseDeps) => randomHex(deps.random, 12);

/**
 * Loads a case of the principal's agency that the principal may see. Another agency's case, and one
 * hidden from the principal (shared/domain/case-visibility.ts: the repository returns nothing of it),
 * is "not found", never "forbidden".
 */
async function caseOfAgency(deps: CaseDeps, principal: StaffPrincipal, reference: string) {
  const caseFile = await deps.complaints.loadCaseFile(reference, { staff: principal });
  if (!caseFile.complaint || caseFile.complaint.agency !== principal.agency) {
    throw new NotFoundError('No case with this reference in your agency');
  }
  return { ...caseFile, complaint: caseFile.complaint };
}

/** A case that still has its content; a destroyed one keeps only its audit trail and statistics. */
export async function liveCaseOfAgency(deps: CaseDeps, principal: StaffPrincipal, reference: string) {
  const caseFile = await caseOfAgency(deps, principal, reference);
  if (caseFile.complaint.destroyedAt) {
    throw new NotFoundError(`This case was destroyed under the retention policy on ${caseFile.complaint.destroyedAt.slice(0, 10)}; only its audit trail remains`);
  }
  return caseFile;
}

export interface QueueFilters {
  status?: Status;
  category?: Category;
  overdue?: boolean;
  /** `me`, `unassigned`, or a staff id. */
  assignee?: string;
  cursor?: string;
}

function assigneeFilter(principal: StaffPrincipal, assignee: string | undefined): AssigneeFilter | undefined {
  if (assignee === undefined) return undefined;
  if (assignee === 'unassigned') return { unassigned: true };
  return { assignee: assignee === 'me' ? principal.id : assignee };
}

export function listCases(deps: CaseDeps) {
  return async (principal: StaffPrincipal, filters: QueueFilters) => {
    const role = actingRole(principal, CASE_ROLES.read);
    const now = deps.clock.now();
    const items = [];
    const filter = assigneeFilter(principal, filters.assignee);
    let cursor = filters.cursor;
    // Filters apply after the index read, so a page keeps reading until it is full or the queue ends.
    for (let page = 0; page < SCAN_PAGES_FOR_FILTERS && items.length < QUEUE_PAGE_LIMIT; page += 1) {
      const result = await deps.complaints.listByAgency(principal, { limit: QUEUE_PAGE_LIMIT - items.length, ...(cursor ? { cursor } : {}), ...(filter ? { filter } : {}) });
      for (const summary of result.items) {
        const overdue = overdueFlags(summary, now);
        if (filters.status && summary.status !== filters.status) continue;
        if (filters.category && summary.category !== filters.category) continue;
        if (filters.overdue !== undefined && isOverdue(overdue) !== filters.overdue) continue;
        items.push({ ...summary, overdue });
      }
      cursor = result.cursor;
      if (!cursor) break;
    }
    await deps.audit.append(auditEntry(deps, principal, role, 'queue.list', { detail: canonicalJson({ ...filters, cursor: undefined }) }));
    return { items, ...(cursor ? { cursor } : {}) };
  };
}

export function getCase(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string) => {
    const role = actingRole(principal, CASE_ROLES.read);
    const { complaint, events, messages, files, conflicts } = await liveCaseOfAgency(deps, principal, reference);
    await deps.audit.append(auditEntry(deps, principal, role, 'case.read', { reference }));
    // Who declared a conflict, and why, is for custodians, who watch over the handling of cases.
    const declarations = principal.roles.includes('custodian') ? (conflicts ?? []) : undefined;
    return staffView({ complaint, events, messages, files }, deps.clock.now(), declarations);
  };
}

/** A case as staff see it (never with identity); the referral package is built from it too. */
export function staffView(
  { complaint, events, messages, files }: { complaint: ComplaintRecord; events: CaseEvent[]; messages: CaseMessage[]; files: EvidenceFile[] },
  now: Date,
  conflicts?: ConflictDeclaration[],
) {
  return {
    reference: complaint.reference,
    agency: complaint.agency,
    ...(complaint.unit ? { unit: complaint.unit } : {}),
    ...(complaint.concernsHandlers ? { concernsHandlers: true as const } : {}),
    ...(complaint.assignee ? { assignment: { assignee: complaint.assignee, since: complaint.assignedAt ?? complaint.updatedAt } } : {}),
    ...(conflicts ? { conflicts: [...conflicts].sort((a, b) => a.at.localeCompare(b.at)) } : {}),
    category: complaint.category,
    status: complaint.status,
    ...(complaint.outcome ? { outcome: complaint.outcome } : {}),
    reporterMode: complaint.reporterMode,
    // Complaints filed before these were asked came online, as complaints, from an unknown reporter:
    // the same reading the statistics count them by.
    channel: complaint.channel ?? 'online',
    kind: complaint.kind ?? 'complaint',
    reporterType: complaint.reporterType ?? 'unknown',
    ...(complaint.receivedOn ? { receivedOn: complaint.receivedOn } : {}),
    content: complaint.content,
    receivedAt: complaint.receivedAt,
    updatedAt: complaint.updatedAt,
    deadlines: {
      acknowledgeBy: complaint.acknowledgeBy,
      ...(complaint.nextUpdateBy ? { nextUpdateBy: complaint.nextUpdateBy } : {}),
      concludeBy: complaint.concludeBy,
    },
    overdue: overdueFlags(complaint, now),
    allowedTransitions: [...NEXT_STATUSES[complaint.status]],
    timeline: [{ at: complaint.receivedAt, status: 'received' as Status }, ...inTimeOrder(events).map(({ id: _id, ...event }) => event)],
    messages: inTimeOrder(messages).map(({ at, from, body }) => ({ at, from, body })),
    files: staffFiles(files),
    ...(complaint.legalHold ? { legalHold: complaint.legalHold } : {}),
  };
}

export interface TransitionInput {
  to: Status;
  outcome?: Outcome;
  publicNote?: string;
  internalNote?: string;
}

export function transitionCase(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string, input: TransitionInput) => {
    const role = actingRole(principal, CASE_ROLES.act);
    const { complaint } = await liveCaseOfAgency(deps, principal, reference);
    checkTransition(complaint.status, input.to, input.outcome);
    const now = deps.clock.now();
    const at = now.toISOString();
    const agency = await agencySettings(deps.agencies, complaint.agency);
    const next = nextUpdateBy(input.to, complaint.acknowledgeBy, now, agency);
    await deps.complaints.recordTransition({
      reference,
      agency: complaint.agency,
      from: complaint.status,
      update: {
        status: input.to,
        ...(input.outcome ? { outcome: input.outcome } : {}),
        ...(input.to === 'acknowledged' ? { acknowledgedAt: at } : {}),
        ...(isConcluded(input.to) ? { concludedAt: at } : {}),
        updatedAt: at,
        lastUpdateAt: at,
        ...(next ? { nextUpdateBy: next } : {}),
      },
      event: {
        id: newId(deps),
        at,
        status: input.to,
        ...(input.outcome ? { outcome: input.outcome } : {}),
        ...(input.publicNote ? { publicNote: input.publicNote } : {}),
        ...(input.internalNote ? { internalNote: input.internalNote } : {}),
      },
      audit: auditEntry(deps, principal, role, 'case.transition', { reference, detail: `${complaint.status}→${input.to}` }),
    });
    return { reference, status: input.to, ...(input.outcome ? { outcome: input.outcome } : {}), updatedAt: at, ...(next ? { nextUpdateBy: next } : {}) };
  };
}

/** The reporter sees the message signed "เจ้าหน้าที่": it carries no officer's name or id. */
export function messageReporter(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string, body: string, idempotencyKey?: string) => {
    const role = actingRole(principal, CASE_ROLES.act);
    const { complaint } = await liveCaseOfAgency(deps, principal, reference);
    const now = deps.clock.now();
    const at = now.toISOString();
    const salt = idempotencyKey ?? randomHex(deps.random, 16);
    const message: CaseMessage = {
      id: idempotencyKey ? `o${idForKey('officer-message', `${principal.id}\0${idempotencyKey}`)}` : `o${newId(deps)}`,
      at,
      from: 'officer',
      body,
      requestHash: requestFingerprint(salt, canonicalJson({ reference, body })),
    };
    const agency = await agencySettings(deps.agencies, complaint.agency);
    const next = nextUpdateBy(complaint.status, complaint.acknowledgeBy, now, agency);
    const outcome = await deps.complaints.addOfficerMessage({
      reference,
      message,
      update: { updatedAt: at, lastUpdateAt: at, ...(next ? { nextUpdateBy: next } : {}) },
      audit: auditEntry(deps, principal, role, 'case.message', { reference }),
    });
    const stored = outcome.created ? message : outcome.existing;
    if (!outcome.created && Buffer.compare(stored.requestHash, message.requestHash) !== 0) {
      throw new ConflictError('This Idempotency-Key was already used for a different message');
    }
    return { at: stored.at, from: stored.from, body: stored.body };
  };
}

/** Opens a reporter's identity: custodians only, with a written reason, audited before it is shown. */
export function revealIdentity(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string, reason: string): Promise<{ identity: ReporterIdentity }> => {
    const role = actingRole(principal, CASE_ROLES.reveal);
    const { complaint } = await liveCaseOfAgency(deps, principal, reference);
    if (complaint.reporterMode === 'anonymous' || !complaint.sealedIdentity) {
      throw new ConflictError('This complaint was filed anonymously; there is no identity to reveal');
    }
    await deps.audit.append(auditEntry(deps, principal, role, 'identity.reveal', { reference, reason }));
    const identity = await deps.vault.open(complaint.sealedIdentity, { agency: complaint.agency, reference, purpose: 'reporter-identity' });
    return { identity };
  };
}

export function caseAudit(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string) => {
    const role = actingRole(principal, CASE_ROLES.audit);
    await caseOfAgency(deps, principal, reference);
    await deps.audit.append(auditEntry(deps, principal, role, 'audit.read', { reference }));
    return { reference, entries: await deps.audit.list({ reference }) };
  };
}

/**
 * A member declares a conflict of interest on a case they can see: their id joins the case's
 * conflicts and from then on the repository hides the case from them, with an audited reason. A
 * repeated request (a retry after it succeeded) finds the case hidden and answers 404; nothing is
 * written twice, as the write is conditional on the member not being listed yet.
 */
export function declareConflict(deps: CaseDeps) {
  return async (principal: StaffPrincipal, reference: string, reason: string) => {
    const role = actingRole(principal, CASE_ROLES.conflict);
    await liveCaseOfAgency(deps, principal, reference);
    const at = deps.clock.now().toISOString();
    await deps.complaints.declareConflict({
      reference,
      declaration: { staff: principal.id, at, reason },
      audit: auditEntry(deps, principal, role, 'case.conflict', { reference, reason }),
    });
    return { reference, declaredAt: at };
  };
}

export interface AssignmentInput {
  assignee: string;
  reason?: string;
}

/**
 * Gives a case to one member: a supervisor or a custodian chooses someone of the agency who handles
 * cases and may see this one (not of the unit concerned, no declared conflict, a custodian for a case
 * about the handlers). Assigning the current assignee again changes and records nothing, so a retry
 * never adds an entry; a reassignment needs its reason, which the audit entry keeps.
 */
export function assignCase(deps: AssignmentDeps) {
  return async (principal: StaffPrincipal, reference: string, input: AssignmentInput) => {
    const role = actingRole(principal, CASE_ROLES.assign);
    const { complaint } = await liveCaseOfAgency(deps, principal, reference);
    if (complaint.assignee === input.assignee) return { reference, assignee: input.assignee, assignedAt: complaint.assignedAt ?? complaint.updatedAt };
    const account = await deps.staffDirectory.find(complaint.agency, input.assignee);
    if (!account) throw new ValidationError('No staff member of your agency has this id', { 'body.assignee': 'the id of a staff member of your agency' });
    if (!account.roles.some((held) => ASSIGNABLE_ROLES.includes(held))) {
      throw new ConflictError('This member does not handle cases (officer or custodian)', 'assignee-cannot-handle');
    }
    if (account.status === 'disabled') throw new ConflictError('This member\'s account is disabled', 'assignee-disabled');
    if (!canSeeCase({ id: account.id, roles: account.roles, agency: account.agency, ...(account.unit ? { unit: account.unit } : {}) }, complaint)) {
      throw new ConflictError('This member may not handle this case: the complaint concerns their unit, they declared a conflict, or it is for custodians only', 'assignee-conflicted');
    }
    if (complaint.assignee !== undefined && !input.reason) {
      throw new ValidationError('A reassignment needs its reason', { 'body.reason': 'say why the case moves to someone else' });
    }
    const assignedAt = deps.clock.now().toISOString();
    await deps.complaints.assign({
      reference,
      ...(complaint.assignee !== undefined ? { previous: complaint.assignee } : {}),
      assignee: account.id,
      assignedAt,
      audit: auditEntry(deps, principal, role, 'case.assign', {
        reference,
        detail: `${complaint.assignee ?? 'unassigned'}→${account.id}`,
        ...(input.reason ? { reason: input.reason } : {}),
      }),
    });
    return { reference, assignee: account.id, assignedAt };
  };
}
