// You are here: what the custodian and the retention schedule do with a whole case: legal hold,
// the referral package, and destruction when the agency's retention period has passed.
import { everyAgency } from '../agencies';
import { auditEntry } from '../audit';
import { casePackage } from '../case-package';
import { randomHex } from '../credentials';
import { ConflictError } from '../errors';
import { objectKeys, receivedFiles } from '../evidence';
import { actingRole, type StaffPrincipal } from '../staff';
import { CASE_ROLES, liveCaseOfAgency, staffView } from './case-handling';
import { downloadLink } from './evidence-files';
import type { EvidenceDeps } from './deps';

export function setLegalHold(deps: EvidenceDeps) {
  return async (principal: StaffPrincipal, reference: string, input: { hold: boolean; reason: string }) => {
    const role = actingRole(principal, CASE_ROLES.custody);
    const { complaint } = await liveCaseOfAgency(deps, principal, reference);
    // Asking for the state the case is already in changes nothing and records nothing.
    if (input.hold === (complaint.legalHold !== undefined)) return { reference, legalHold: complaint.legalHold ?? null };
    const hold = input.hold ? { since: deps.clock.now().toISOString() } : undefined;
    await deps.complaints.setLegalHold({
      reference,
      agency: complaint.agency,
      ...(complaint.concludedAt ? { concludedAt: complaint.concludedAt } : {}),
      ...(hold ? { hold } : {}),
      audit: auditEntry(deps, principal, role, input.hold ? 'case.hold' : 'case.release', { reference, reason: input.reason }),
    });
    return { reference, legalHold: hold ?? null };
  };
}

/** Builds the referral ZIP, keeps it under exports/ and answers a short-lived link to it. */
export function exportCase(deps: EvidenceDeps) {
  return async (principal: StaffPrincipal, reference: string, input: { reason: string; includeIdentity: boolean }) => {
    const role = actingRole(principal, CASE_ROLES.custody);
    const { complaint, events, messages, files } = await liveCaseOfAgency(deps, principal, reference);
    if (input.includeIdentity && !complaint.sealedIdentity) {
      throw new ConflictError('This complaint was filed anonymously; there is no identity to include', 'anonymous-complaint');
    }
    const exportedAt = deps.clock.now().toISOString();
    const exportId = `${exportedAt.slice(0, 10)}-${randomHex(deps.random, 8)}`;
    // The entry is written before anything is read or opened, as for an identity reveal.
    await deps.audit.append(
      auditEntry(deps, principal, role, 'case.export', { reference, reason: input.reason, detail: `${exportId}${input.includeIdentity ? ' with identity' : ' without identity'}` }),
    );
    const withBytes = await Promise.all(
      receivedFiles(files).map(async (file) => {
        const bytes = (await deps.evidence.read(objectKeys.evidence({ agency: complaint.agency, reference, fileId: file.id })))?.body;
        if (!bytes) throw new ConflictError(`The file ${file.name} is missing from the evidence store`, 'evidence-missing');
        return { file, bytes };
      }),
    );
    const identity = input.includeIdentity
      ? await deps.vault.open(complaint.sealedIdentity!, { agency: complaint.agency, reference, purpose: 'reporter-identity' })
      : undefined;
    const view = staffView({ complaint, events, messages, files }, deps.clock.now());
    const zip = await casePackage({ view, files: withBytes, ...(identity ? { identity } : {}), exportedAt, reason: input.reason });
    const key = objectKeys.export(complaint.agency, reference, exportId);
    await deps.evidence.write(key, zip, 'application/zip');
    const link = await downloadLink(deps, complaint.agency, { key, fileName: `${reference}-${exportId}.zip`, contentType: 'application/zip' });
    return { ...link, files: withBytes.length, includesIdentity: identity !== undefined };
  };
}

/** The instant before which a case must have concluded to be destroyed now. */
export function retentionCutoff(now: Date, years: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff.toISOString();
}

const RETENTION_PAGE = 100;
/** Bounds one run; whatever is left is due again tomorrow. */
const RETENTION_MAX_CASES_PER_RUN = 1_000;
const RETENTION_ACTOR = { id: 'retention-schedule', roles: [], agency: '' };

/**
 * Destroys every case whose retention period has passed and that is not on legal hold: text,
 * messages, timeline, sealed identity (crypto-shredding: without the ciphertext nothing can open it
 * again) and every version of its files. The statistical projection stays, so published quarters
 * can be recomputed to the same numbers. Each destruction is a dated audit entry.
 */
export function applyRetention(deps: EvidenceDeps) {
  return async () => {
    const now = deps.clock.now();
    const destroyed: { agency: string; reference: string }[] = [];
    const failed: { agency: string; reference: string; error: string }[] = [];
    for await (const agency of everyAgency(deps.agencies)) {
      const cutoff = retentionCutoff(now, agency.retentionYears);
      const tried = new Set<string>();
      while (destroyed.length + failed.length < RETENTION_MAX_CASES_PER_RUN) {
        const due = (await deps.complaints.listRetentionDue(agency.id, cutoff, RETENTION_PAGE)).filter((reference) => !tried.has(reference));
        if (due.length === 0) break;
        for (const reference of due) {
          tried.add(reference);
          try {
            await destroyCase(deps, agency.id, reference, now);
            destroyed.push({ agency: agency.id, reference });
          } catch (error) {
            // One case that fails (a hold placed a moment ago, a store outage) does not stop the others.
            failed.push({ agency: agency.id, reference, error: (error as Error).name });
          }
        }
      }
    }
    return { ranAt: now.toISOString(), destroyed, failed };
  };
}

async function destroyCase(deps: EvidenceDeps, agency: string, reference: string, now: Date) {
  const { complaint, events, messages, files } = await deps.complaints.loadCaseFile(reference, { system: 'retention' });
  if (!complaint) return;
  const held = files.filter((file) => file.status === 'received').length;
  const detail = complaint.destroyedAt
    ? 'finishing an interrupted destruction'
    : `destroyed: text, ${complaint.sealedIdentity ? 'sealed identity, ' : ''}${events.length} timeline entries, ${messages.length} messages, ${held} files; kept: the statistical record`;
  await deps.complaints.destroyCase(
    reference,
    now.toISOString(),
    auditEntry(deps, { ...RETENTION_ACTOR, agency }, 'system', 'case.destroy', { reference, agency, detail }),
  );
  for (const folder of objectKeys.caseFolders(agency, reference)) await deps.evidence.destroyFolder(folder);
  await deps.complaints.closeRetention(reference);
}
