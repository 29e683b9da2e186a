// You are here: evidence files and where they live. A reporter's upload lands under quarantine/,
// the processing step moves a cleaned copy under evidence/, and a custodian's referral package goes
// under exports/. Every object key is built here and nowhere else.
import type { EvidenceType, RejectionReason } from './evidence-sanitiser';
import { AGENCY_ID } from '../rules/agency-ids';
import { ValidationError } from './errors';

export type { EvidenceType, RejectionReason } from './evidence-sanitiser';

export const EVIDENCE_TYPES = ['pdf', 'jpeg', 'png', 'docx'] as const satisfies readonly EvidenceType[];

export const MEDIA_TYPES: Readonly<Record<EvidenceType, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const EXTENSIONS: Readonly<Record<EvidenceType, string>> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', docx: 'docx' };

export const typeOfMediaType = (mediaType: string): EvidenceType | undefined =>
  EVIDENCE_TYPES.find((type) => MEDIA_TYPES[type] === mediaType);

export interface EvidenceLimits {
  maxFiles: number;
  maxBytes: number;
  /** How long a presigned upload policy stays valid. */
  uploadSeconds: number;
  /** How long an officer's presigned download link stays valid. */
  downloadSeconds: number;
}

export type FileStatus = 'awaiting-upload' | 'received' | 'rejected';

/** One attachment of a case. The name is the reporter's own label for it, shown back to them and to officers. */
export interface EvidenceFile {
  id: string;
  name: string;
  type: EvidenceType;
  /** The size the reporter declared; the upload policy holds them to the limit, not to this number. */
  declaredSize: number;
  status: FileStatus;
  requestedAt: string;
  uploadExpiresAt: string;
  /** Fingerprint of the request that made the slot, to recognise an idempotent retry. */
  requestHash: Uint8Array;
  processedAt?: string;
  /** Size and SHA-256 (hex) of the cleaned file officers receive. */
  size?: number;
  sha256?: string;
  /** The cleaning report: what was left out of the cleaned copy, one short English key per item ('author', 'embedded-file', …). */
  removed?: string[];
  rejection?: RejectionReason;
  /** Which uploaded version processing claimed (processUpload); internal, never shown. */
  claim?: string;
}

/** What the reporter sees of a file: never the cleaned copy's hash, which only staff need. */
export interface ReporterFileView {
  id: string;
  name: string;
  type: EvidenceType;
  status: EvidenceFile['status'];
  requestedAt: string;
  processedAt?: string;
  size?: number;
  rejection?: EvidenceFile['rejection'];
}

export const inRequestOrder = (files: readonly EvidenceFile[]) => [...files].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));

/** One file as staff see it: with the hash of the cleaned copy they download. */
function fileView({ id, name, type, status, requestedAt, processedAt, size, sha256, removed, rejection }: EvidenceFile) {
  return {
    id,
    name,
    type,
    status,
    requestedAt,
    ...(processedAt ? { processedAt } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(sha256 ? { sha256 } : {}),
    ...(removed ? { removed } : {}),
    ...(rejection ? { rejection } : {}),
  };
}

/** Files the reporter can still act on or learn from: a slot whose time ran out with nothing in it is gone. */
export function reporterFiles(files: readonly EvidenceFile[], now: Date): ReporterFileView[] {
  return inRequestOrder(files)
    .filter((file) => file.status !== 'awaiting-upload' || Date.parse(file.uploadExpiresAt) > now.getTime())
    .map((file) => {
      // The hash and the cleaning report only matter to staff, who download the cleaned copy.
      const { sha256: _hash, removed: _removed, ...view } = fileView(file);
      return view;
    });
}

/** What staff see: every file that arrived. */
export const staffFiles = (files: readonly EvidenceFile[]) => inRequestOrder(files).filter((file) => file.status !== 'awaiting-upload').map(fileView);

/** The cleaned files of a case, in the order they were sent: their positions name the downloads. */
export const receivedFiles = (files: readonly EvidenceFile[]) => inRequestOrder(files).filter((file) => file.status === 'received');

/** Files that still count against the limit: kept ones, and slots whose upload may still arrive. */
export function filesInUse(files: readonly EvidenceFile[], now: Date): EvidenceFile[] {
  return files.filter((file) => file.status === 'received' || (file.status === 'awaiting-upload' && Date.parse(file.uploadExpiresAt) > now.getTime()));
}

const MAX_NAME_LENGTH = 120;

/**
 * The reporter's label for a file: NFC, without any folder part a browser may send, without control
 * characters, at most 120 code points. An empty result is refused.
 */
export function fileLabel(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const label = [...clean].slice(0, MAX_NAME_LENGTH).join('');
  if (!label) throw new ValidationError('The file needs a name', { name: 'the file name is empty' });
  return label;
}

export interface ObjectLocation {
  agency: string;
  reference: string;
  fileId: string;
}

const QUARANTINE = 'quarantine/';
const EVIDENCE = 'evidence/';
const EXPORTS = 'exports/';

export const objectKeys = {
  quarantinePrefix: QUARANTINE,
  evidencePrefix: EVIDENCE,
  exportsPrefix: EXPORTS,
  quarantine: ({ agency, reference, fileId }: ObjectLocation) => `${QUARANTINE}${agency}/${reference}/${fileId}`,
  evidence: ({ agency, reference, fileId }: ObjectLocation) => `${EVIDENCE}${agency}/${reference}/${fileId}`,
  export: (agency: string, reference: string, exportId: string) => `${EXPORTS}${agency}/${reference}/${exportId}.zip`,
  /** Every object of one case, in each place a file can be. */
  caseFolders: (agency: string, reference: string) => [QUARANTINE, EVIDENCE, EXPORTS].map((prefix) => `${prefix}${agency}/${reference}/`),
  /**
   * Reads a quarantine key back; anything else (or a key someone shaped by hand) is undefined. The pages
   * import this module too, so the reference is checked by its shape, not by credentials.ts (node:crypto).
   */
  parseQuarantine(key: string): ObjectLocation | undefined {
    const [prefix, agency = '', reference = '', fileId = '', ...rest] = key.split('/');
    const valid = `${prefix}/` === QUARANTINE && rest.length === 0 && AGENCY_ID.test(agency) && /^[A-Z0-9-]{6,40}$/.test(reference) && /^[a-f0-9]{32}$/.test(fileId);
    return valid ? { agency, reference, fileId } : undefined;
  },
} as const;

/** The name an officer's download is saved under: the reference and position, never the reporter's label. */
export const downloadName = (reference: string, position: number, type: EvidenceType) => `${reference}-${position}.${EXTENSIONS[type]}`;
