// You are here: the processing of an upload, run by the evidence bucket's event for each object that
// arrives under quarantine/. It alone starts the file cleaning (through deps.sanitise), so no other
// function carries the parsers.
import { createHash } from 'node:crypto';
import { agencySettings } from '../agencies';
import { disclosureObjects } from '../disclosure-register';
import { MEDIA_TYPES, objectKeys } from '../evidence';
import type { EvidenceDeps, InformationCentreDeps } from './deps';

export type ProcessingResult = 'received' | 'rejected' | 'ignored';

/**
 * Processes one uploaded version of an object under quarantine/: checks its real type, rebuilds it
 * clean, keeps the clean copy under evidence/ and destroys the upload, every version of it. The
 * bytes are read once, and those very bytes are what is cleaned, hashed and recorded.
 *
 * One outcome per slot: the version is claimed on the slot before anything is written, so when
 * several uploads reach one presigned slot, one of them (the first to claim) is cleaned, stored and
 * recorded, and the others are left for its final destroy. A retried delivery of the claimed version
 * claims again and finishes the job. An object that belongs to no open slot is destroyed unread.
 */
export function processUpload(deps: EvidenceDeps & Pick<InformationCentreDeps, 'informationCentre'>) {
  const processDisclosure = processDisclosureUpload(deps);
  return async (key: string, versionId?: string): Promise<ProcessingResult> => {
    if (disclosureObjects.parseQuarantine(key)) return processDisclosure(key, versionId);
    const location = objectKeys.parseQuarantine(key);
    const caseFile = location ? await deps.complaints.loadCaseFile(location.reference, { system: 'evidence-processing' }) : undefined;
    const file = caseFile?.files.find((candidate) => candidate.id === location?.fileId);
    const upload = await deps.evidence.read(key, versionId);
    if (!location || !caseFile?.complaint || caseFile.complaint.agency !== location.agency || file?.status !== 'awaiting-upload' || !upload) {
      await deps.evidence.destroy(key);
      return 'ignored';
    }
    // A store without versions (the local folder) is claimed by what was read: the same bytes make the same clean copy.
    const claim = upload.versionId ? `version:${upload.versionId}` : `sha256:${createHash('sha256').update(upload.body).digest('hex')}`;
    if (!(await deps.complaints.claimUpload(location.reference, file.id, claim))) return 'ignored';
    const limits = (await agencySettings(deps.agencies, location.agency)).evidence;
    const result = await deps.sanitise(upload.body, file.type, limits);
    const processedAt = deps.clock.now().toISOString();
    if (result.ok) {
      // The clean copy is written before the record says "received", so a received file always exists.
      await deps.evidence.write(objectKeys.evidence(location), result.bytes, MEDIA_TYPES[result.type]);
      await deps.complaints.recordFileOutcome(location.reference, file.id, claim, { status: 'received', processedAt, size: result.size, sha256: result.sha256, removed: result.removed });
    } else {
      await deps.complaints.recordFileOutcome(location.reference, file.id, claim, { status: 'rejected', processedAt, rejection: result.reason });
    }
    await deps.evidence.destroy(key);
    return result.ok ? 'received' : 'rejected';
  };
}

/**
 * Processes a PDF an admin uploaded to the disclosure register: the same rebuild as a reporter's file
 * (rendered to pixels, so no author, producer, XMP, attachment or script survives), declared a PDF
 * whatever it really is, so anything else is refused. The cleaned copy goes under disclosures/, named
 * by its hash, and the entry records it only while it still awaits this very file; the upload is
 * destroyed either way.
 */
function processDisclosureUpload(deps: EvidenceDeps & Pick<InformationCentreDeps, 'informationCentre'>) {
  return async (key: string, versionId?: string): Promise<ProcessingResult> => {
    const { agency, entryId, fileId } = disclosureObjects.parseQuarantine(key)!;
    const entry = await deps.informationCentre.getDisclosure(agency, entryId);
    const upload = entry?.document?.fileId === fileId && entry.document.status === 'awaiting-upload' ? await deps.evidence.read(key, versionId) : undefined;
    if (!upload) {
      await deps.evidence.destroy(key);
      return 'ignored';
    }
    const limits = (await agencySettings(deps.agencies, agency)).evidence;
    const result = await deps.sanitise(upload.body, 'pdf', limits);
    let recorded: boolean;
    if (result.ok) {
      const cleanKey = disclosureObjects.published(agency, entryId, fileId, result.sha256);
      // The clean copy is written before the entry names it, so a received document always exists.
      await deps.evidence.write(cleanKey, result.bytes, MEDIA_TYPES.pdf);
      recorded = await deps.informationCentre.recordDisclosureDocument(agency, entryId, { fileId, status: 'received', key: cleanKey, size: result.size, sha256: result.sha256 });
    } else {
      recorded = await deps.informationCentre.recordDisclosureDocument(agency, entryId, { fileId, status: 'rejected', rejection: result.reason });
    }
    await deps.evidence.destroy(key);
    if (!recorded) return 'ignored';
    return result.ok ? 'received' : 'rejected';
  };
}
