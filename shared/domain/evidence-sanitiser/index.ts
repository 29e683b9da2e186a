// You are here: the evidence sanitiser's front door. Decides from the bytes alone whether an upload
// is the file the reporter said it was, then hands it to the stripper for its type, which removes
// whatever could identify the reporter before an officer ever sees the file. Pure: no AWS, no I/O.
import { createHash } from 'node:crypto';
import { UnreadableError } from './bytes';
import { stripDocx } from './docx';
import { stripJpeg } from './jpeg';
import { stripPdf } from './pdf';
import { stripPng } from './png';
import { sniffContent, type EvidenceType } from './sniff';

export { sniffType, type EvidenceType } from './sniff';

export type RejectionReason = 'empty' | 'too-large' | 'unsupported-type' | 'type-mismatch' | 'unreadable';

export type SanitiseResult =
  | { ok: true; type: EvidenceType; bytes: Uint8Array; sha256: string /* hex of the CLEAN bytes */; size: number /* clean size */ }
  | { ok: false; reason: RejectionReason; detail: string /* short English for logs, never file content */ };

const STRIPPERS: Record<EvidenceType, (input: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>> = {
  jpeg: stripJpeg,
  png: stripPng,
  pdf: stripPdf,
  docx: stripDocx,
};

const reject = (reason: RejectionReason, detail: string): SanitiseResult => ({ ok: false, reason, detail });

/** declared: the type the reporter declared when asking for the upload slot. */
export async function sanitiseEvidence(input: Uint8Array, declared: EvidenceType, limits: { maxBytes: number }): Promise<SanitiseResult> {
  if (input.length === 0) return reject('empty', 'file is empty');
  if (input.length > limits.maxBytes) return reject('too-large', `file is ${input.length} bytes, over the ${limits.maxBytes}-byte limit`);
  const actual = sniffContent(input);
  if (actual === 'corrupt-zip') return reject('unreadable', 'zip directory cannot be read');
  if (actual === undefined || actual === 'zip') return reject('unsupported-type', actual === 'zip' ? 'zip archive that is not a Word document' : 'file type not recognised');
  if (actual !== declared) return reject('type-mismatch', `content is ${actual}, declared ${declared}`);
  let bytes: Uint8Array;
  try {
    bytes = await STRIPPERS[actual](input, limits.maxBytes);
  } catch (error) {
    // A parser failing in a way it did not foresee still means the file cannot be cleaned; its own message may quote the file.
    return reject('unreadable', error instanceof UnreadableError ? error.message : `${actual} could not be processed`);
  }
  return { ok: true, type: actual, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}
