// You are here: the processing of an upload, run by the evidence bucket's event for each object that
// arrives under quarantine/. It alone starts the file cleaning (through deps.sanitise), so no other
// function carries the parsers.
import { createHash } from 'node:crypto';
import { agencySettings } from '../agencies';
import { MEDIA_TYPES, objectKeys } from '../evidence';
import type { EvidenceDeps } from './deps';

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
export function processUpload(deps: EvidenceDeps) {
  return async (key: string, versionId?: string): Promise<ProcessingResult> => {
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
