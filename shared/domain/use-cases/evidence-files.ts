// You are here: evidence files from upload to download. The reporter asks for an upload slot (a
// presigned POST for one quarantine key), the bucket's event runs processUpload (process-upload.ts,
// apart so that only its function carries the file parsers), which keeps only a cleaned copy, and
// officers fetch that copy through short-lived links, each one audited.
import { agencySettings } from '../agencies';
import { auditEntry } from '../audit';
import { idForKey, requestFingerprint, secretMatches } from '../credentials';
import { ConflictError, IdempotencyMismatchError, NotFoundError, ValidationError } from '../errors';
import { downloadName, fileLabel, filesInUse, MEDIA_TYPES, receivedFiles, objectKeys, reporterFiles, type EvidenceFile, type EvidenceType } from '../evidence';
import { actingRole, type StaffPrincipal } from '../staff';
import { canonicalJson } from '../text';
import { CASE_ROLES, liveCaseOfAgency } from './case-handling';
import type { EvidenceDeps } from './deps';
import { authenticate, type ReporterCredentials } from './track-complaint';

export interface UploadRequest extends ReporterCredentials {
  name: string;
  type: EvidenceType;
  size: number;
}

/**
 * Gives the reporter a presigned POST for one new file. The Idempotency-Key names the file, so a
 * retry gets a fresh policy for the same slot instead of a second slot.
 */
export function requestUpload(deps: EvidenceDeps) {
  return async (request: UploadRequest, idempotencyKey: string) => {
    const { complaint, files } = await authenticate(deps, request);
    const limits = (await agencySettings(deps.agencies, complaint.agency)).evidence;
    if (request.size > limits.maxBytes) {
      throw new ValidationError('The file is too large', { size: `at most ${limits.maxBytes} bytes (${Math.floor(limits.maxBytes / 1024 / 1024)} MB)` });
    }
    const now = deps.clock.now();
    const name = fileLabel(request.name);
    const uploadExpiresAt = new Date(now.getTime() + limits.uploadSeconds * 1000).toISOString();
    const proposed: EvidenceFile = {
      id: idForKey('evidence-file', `${complaint.reference}\0${idempotencyKey}`),
      name,
      type: request.type,
      declaredSize: request.size,
      status: 'awaiting-upload',
      requestedAt: now.toISOString(),
      uploadExpiresAt,
      requestHash: requestFingerprint(idempotencyKey, canonicalJson({ reference: complaint.reference, name, type: request.type, size: request.size })),
    };
    let file = files.find((stored) => stored.id === proposed.id);
    if (!file) {
      if (filesInUse(files, now).length >= limits.maxFiles) {
        throw new ConflictError(`A complaint can have at most ${limits.maxFiles} files`, 'file-limit-reached');
      }
      const outcome = await deps.complaints.addFile(complaint.reference, proposed);
      file = outcome.created ? proposed : outcome.existing;
    }
    if (!secretMatches(file.requestHash, proposed.requestHash)) {
      throw new IdempotencyMismatchError('This Idempotency-Key was already used for a different file');
    }
    if (file !== proposed) {
      await deps.complaints.renewUploadSlot(complaint.reference, file.id, uploadExpiresAt);
      file = { ...file, uploadExpiresAt };
    }
    const slot = await deps.evidence.uploadSlot({
      key: objectKeys.quarantine({ agency: complaint.agency, reference: complaint.reference, fileId: file.id }),
      contentType: MEDIA_TYPES[file.type],
      maxBytes: limits.maxBytes,
      expiresInSeconds: limits.uploadSeconds,
    });
    return { file: reporterFiles([file], now)[0]!, upload: { ...slot, expiresAt: uploadExpiresAt } };
  };
}

/** A short-lived link to one cleaned file, for officers and custodians; the audit entry comes first. */
export function fileDownload(deps: EvidenceDeps) {
  return async (principal: StaffPrincipal, reference: string, fileId: string) => {
    const role = actingRole(principal, CASE_ROLES.read);
    const { complaint, files } = await liveCaseOfAgency(deps, principal, reference);
    const received = receivedFiles(files);
    const position = received.findIndex((file) => file.id === fileId);
    const file = received[position];
    if (!file) throw new NotFoundError('This case has no received file with that id');
    const fileName = downloadName(reference, position + 1, file.type);
    await deps.audit.append(auditEntry(deps, principal, role, 'file.download', { reference, detail: `${fileName} sha256:${file.sha256}` }));
    const link = await downloadLink(deps, complaint.agency, { key: objectKeys.evidence({ agency: complaint.agency, reference, fileId }), fileName, contentType: MEDIA_TYPES[file.type] });
    return { ...link, sha256: file.sha256! };
  };
}

/** A presigned GET valid for the agency's download time, and when it stops working. */
export async function downloadLink(deps: EvidenceDeps, agency: string, object: { key: string; fileName: string; contentType: string }) {
  const { downloadSeconds } = (await agencySettings(deps.agencies, agency)).evidence;
  const url = await deps.evidence.downloadLink({ ...object, expiresInSeconds: downloadSeconds });
  return { url, fileName: object.fileName, expiresAt: new Date(deps.clock.now().getTime() + downloadSeconds * 1000).toISOString() };
}
