// You are here: the disclosure register's use cases. An agency's admins keep its entries (each write
// audited in the same transaction as the entry); the public reads the published ones by category and
// downloads their PDFs, which only ever leave the bucket as the cleaned copy (process-upload.ts).
import { agencySettings } from '../agencies';
import { auditEntry } from '../audit';
import { bangkokDate } from '../calendar';
import { idForKey, randomHex, requestFingerprint, secretMatches } from '../credentials';
import {
  DISCLOSURE_CATEGORIES,
  disclosureObjects,
  isOverdue,
  isPublic,
  type DisclosureDocument,
  type DisclosureEntry,
  type DisclosureInput,
} from '../disclosure-register';
import { ForbiddenError, IdempotencyMismatchError, NotFoundError, ValidationError } from '../errors';
import type { EvidenceStore } from '../ports';
import type { StaffPrincipal, StaffRole } from '../staff';
import { canonicalJson } from '../text';
import type { InformationCentreDeps } from './deps';

export const DISCLOSURE_ROLES: readonly StaffRole[] = ['admin'];

export type DisclosureDeps = InformationCentreDeps & { evidence: EvidenceStore };

/** An update may leave out both the link and the document: the entry keeps the PDF it has. */
export type DisclosureChange = Omit<DisclosureInput, 'link' | 'document'> & Partial<Pick<DisclosureInput, 'link' | 'document'>>;

/** How long the public's link to a PDF stays valid: long enough to open it, too short to pass around. */
const DOCUMENT_LINK_SECONDS = 5 * 60;

/**
 * The register of `agencyId` is its own admins' alone. An admin of another agency learns nothing of
 * it (404, as for another agency's case); anyone else is refused by role.
 */
function adminOf(principal: StaffPrincipal, agencyId: string): StaffRole {
  if (!principal.roles.includes('admin')) throw new ForbiddenError(`This needs one of the roles: ${DISCLOSURE_ROLES.join(', ')}`);
  if (principal.agency !== agencyId) throw new NotFoundError('No agency with this id');
  return 'admin';
}

/** What an admin sees of an entry: everything but the request's fingerprint, and whether it is overdue. */
const adminView = ({ requestHash: _hash, ...entry }: DisclosureEntry, today: string) => ({ ...entry, overdue: isOverdue(entry, today) });

/** What anyone sees of a published entry; a document by its size alone (its link is the document route). */
const publicView = (entry: DisclosureEntry) => ({
  id: entry.id,
  title: entry.title,
  category: entry.category,
  publishedOn: entry.publishedOn,
  nextUpdateDue: entry.nextUpdateDue,
  ...(entry.link !== undefined ? { link: entry.link } : {}),
  ...(entry.document?.status === 'received' ? { document: { size: entry.document.size! } } : {}),
});

/** Category in the ITA's order, then the newest publication first. */
const byCategory = (a: DisclosureEntry, b: DisclosureEntry) =>
  DISCLOSURE_CATEGORIES.indexOf(a.category) - DISCLOSURE_CATEGORIES.indexOf(b.category) || b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id);

export function disclosureRegister(deps: DisclosureDeps) {
  const today = () => bangkokDate(deps.clock.now());

  /** The upload's presigned POST for an entry whose document awaits its file; the agency's size limit holds. */
  async function uploadFor(entry: DisclosureEntry) {
    if (entry.document?.status !== 'awaiting-upload') return undefined;
    const limits = (await agencySettings(deps.agencies, entry.agency)).evidence;
    const slot = await deps.evidence.uploadSlot({
      key: disclosureObjects.quarantine(entry.agency, entry.id, entry.document.fileId),
      contentType: 'application/pdf',
      maxBytes: limits.maxBytes,
      expiresInSeconds: limits.uploadSeconds,
    });
    return { ...slot, expiresAt: new Date(deps.clock.now().getTime() + limits.uploadSeconds * 1000).toISOString() };
  }

  async function checkSize(agency: string, document: DisclosureInput['document']) {
    if (!document) return;
    const { maxBytes } = (await agencySettings(deps.agencies, agency)).evidence;
    if (document.size > maxBytes) throw new ValidationError('The file is too large', { 'body.document.size': `at most ${maxBytes} bytes (${Math.floor(maxBytes / 1024 / 1024)} MB)` });
  }

  const newDocument = (fileId: string): DisclosureDocument => ({ fileId, status: 'awaiting-upload' });

  return {
    async list(principal: StaffPrincipal, agencyId: string) {
      adminOf(principal, agencyId);
      const day = today();
      return (await deps.informationCentre.listDisclosures(agencyId)).sort(byCategory).map((entry) => adminView(entry, day));
    },

    /**
     * Adds an entry. With an Idempotency-Key the id comes from the key (scoped to the agency and the
     * admin), so a retry finds the entry the first attempt made, with a fresh upload policy while its
     * PDF has not arrived; the same key with another body answers 422.
     */
    async create(principal: StaffPrincipal, agencyId: string, input: DisclosureInput, idempotencyKey?: string) {
      const role = adminOf(principal, agencyId);
      await checkSize(agencyId, input.document);
      const scope = `${agencyId}\0${principal.id}\0${idempotencyKey}`;
      const id = idempotencyKey ? idForKey('disclosure', scope) : randomHex(deps.random, 16);
      const now = deps.clock.now().toISOString();
      const { document, ...fields } = input;
      const proposed: DisclosureEntry = {
        id,
        agency: agencyId,
        ...fields,
        ...(document ? { document: newDocument(idempotencyKey ? idForKey('disclosure-file', scope) : randomHex(deps.random, 16)) } : {}),
        createdAt: now,
        updatedAt: now,
        requestHash: requestFingerprint(idempotencyKey ?? randomHex(deps.random, 16), canonicalJson(input)),
      };
      const outcome = await deps.informationCentre.createDisclosure(proposed, auditEntry(deps, principal, role, 'disclosure.create', { agency: agencyId, detail: `${input.category} ${id}` }));
      const entry = outcome.created ? proposed : outcome.existing;
      if (!outcome.created && !secretMatches(entry.requestHash, proposed.requestHash)) {
        throw new IdempotencyMismatchError('This Idempotency-Key was already used for another entry');
      }
      const upload = await uploadFor(entry);
      return { created: outcome.created, entry: adminView(entry, today()), ...(upload ? { upload } : {}) };
    },

    /** Replaces an entry's fields; a document given is a new upload, a link drops the PDF, neither keeps what it has. */
    async update(principal: StaffPrincipal, agencyId: string, id: string, change: DisclosureChange) {
      const role = adminOf(principal, agencyId);
      const existing = await deps.informationCentre.getDisclosure(agencyId, id);
      if (!existing) throw new NotFoundError('No entry with this id');
      await checkSize(agencyId, change.document);
      const { link, document, ...fields } = change;
      const source =
        link !== undefined ? { link } : document ? { document: newDocument(randomHex(deps.random, 16)) } : existing.link !== undefined ? { link: existing.link } : existing.document ? { document: existing.document } : {};
      const entry: DisclosureEntry = { id, agency: agencyId, ...fields, ...source, createdAt: existing.createdAt, updatedAt: deps.clock.now().toISOString(), requestHash: existing.requestHash };
      await deps.informationCentre.replaceDisclosure(entry, auditEntry(deps, principal, role, 'disclosure.update', { agency: agencyId, detail: `${entry.category} ${id}` }));
      const upload = await uploadFor(entry);
      return { entry: adminView(entry, today()), ...(upload ? { upload } : {}) };
    },

    /** Deletes an entry; its cleaned PDF is no longer offered (the document route reads the register first). */
    async remove(principal: StaffPrincipal, agencyId: string, id: string) {
      const role = adminOf(principal, agencyId);
      await deps.informationCentre.deleteDisclosure(agencyId, id, auditEntry(deps, principal, role, 'disclosure.delete', { agency: agencyId, detail: id }));
      return { id, deleted: true as const };
    },

    /** The published entries of an agency the registry holds (retired ones too: what they published stays public). */
    async published(agencyId: string) {
      if (!(await deps.agencies.get(agencyId))) throw new NotFoundError('No agency with this id');
      const day = today();
      return (await deps.informationCentre.listDisclosures(agencyId)).filter((entry) => isPublic(entry, day)).sort(byCategory).map(publicView);
    },

    /** A short-lived link to a published entry's cleaned PDF, never to anything else in the bucket. */
    async documentLink(agencyId: string, id: string) {
      const entry = await deps.informationCentre.getDisclosure(agencyId, id);
      if (!entry || !isPublic(entry, today()) || entry.document?.status !== 'received' || !entry.document.key?.startsWith(disclosureObjects.publishedPrefix)) {
        throw new NotFoundError('No published document with this id');
      }
      return deps.evidence.downloadLink({ key: entry.document.key, fileName: `${entry.id}.pdf`, contentType: 'application/pdf', expiresInSeconds: DOCUMENT_LINK_SECONDS });
    },
  };
}
