// You are here: the processing of an upload, run by the evidence bucket's event for each object that
// arrives under quarantine/. It alone imports the file parsers, so no other function carries them.
import { agencySettings } from '../../config/app-config';
import { MEDIA_TYPES, objectKeys } from '../evidence';
import { sanitiseEvidence } from '../evidence-sanitiser';
import type { EvidenceDeps } from './deps';

export type ProcessingResult = 'received' | 'rejected' | 'ignored';

/**
 * Processes one object that arrived under quarantine/: checks its real type, strips its metadata,
 * keeps the clean copy under evidence/ and destroys the upload, every version of it. An object that
 * belongs to no open slot (a second upload to the same policy, a replayed event) is destroyed unread.
 */
export function processUpload(deps: EvidenceDeps) {
  return async (key: string): Promise<ProcessingResult> => {
    const location = objectKeys.parseQuarantine(key);
    const caseFile = location ? await deps.complaints.loadCaseFile(location.reference) : undefined;
    const file = caseFile?.files.find((candidate) => candidate.id === location?.fileId);
    const body = await deps.evidence.read(key);
    if (!location || !caseFile?.complaint || caseFile.complaint.agency !== location.agency || file?.status !== 'awaiting-upload' || !body) {
      await deps.evidence.destroy(key);
      return 'ignored';
    }
    const limits = agencySettings(deps.config, location.agency).evidence;
    const result = await sanitiseEvidence(body, file.type, limits);
    const processedAt = deps.clock.now().toISOString();
    if (result.ok) {
      // The clean copy is written before the record says "received", so a received file always exists.
      await deps.evidence.write(objectKeys.evidence(location), result.bytes, MEDIA_TYPES[result.type]);
      await deps.complaints.recordFileOutcome(location.reference, file.id, { status: 'received', processedAt, size: result.size, sha256: result.sha256 });
    } else {
      await deps.complaints.recordFileOutcome(location.reference, file.id, { status: 'rejected', processedAt, rejection: result.reason });
    }
    await deps.evidence.destroy(key);
    return result.ok ? 'received' : 'rejected';
  };
}
