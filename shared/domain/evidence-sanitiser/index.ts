// You are here: the evidence sanitiser's front door. Decides from the bytes alone whether an upload
// is the file the reporter said it was, then rebuilds it from what a reader sees: pictures from their
// decoded pixels, PDFs from their rendered pages, Word documents through the DOCX rebuilder. Nothing
// of the original is copied. Pure: no AWS, no I/O; run it inside the isolation the processing
// function gives it (a worker thread watched for memory and time), never on the function's own thread.
import { createHash } from 'node:crypto';
import { rebuildDocx } from './docx-rebuild';
import { pictureReencoder, rasterisePdf, reencodePicture } from './pixels';
import type { RebuildLimits, RebuildOutcome } from './rebuild';
import { sniffContent, type EvidenceType } from './sniff';

export { sniffType, type EvidenceType } from './sniff';

export type RejectionReason = 'empty' | 'too-large' | 'unsupported-type' | 'type-mismatch' | 'unreadable' | 'too-complex' | 'unsupported-content';

export type SanitiseResult =
  | {
      ok: true;
      type: EvidenceType;
      bytes: Uint8Array;
      sha256: string /* hex of the CLEAN bytes */;
      size: number /* clean size */;
      /** What was left out, one short English key per item ('author', 'embedded-file', …), for the cleaning report. */
      removed: string[];
    }
  | { ok: false; reason: RejectionReason; detail: string /* short English for logs, never file content */ };

const MB = 1024 * 1024;

/**
 * What a rebuild may really inflate, list, render and decode. 50 million pixels holds an 8K photo
 * (a 12 MP phone photo is 12 million); the engine's heap budget is what MuPDF may allocate for a
 * PDF, which an object stream inflating to hundreds of MB breaches long before it is read.
 */
export const REBUILD_LIMITS: RebuildLimits = { maxInflatedBytes: 200 * MB, maxEntries: 10_000, maxPages: 200, maxPixelsPerImage: 50_000_000, maxDepth: 64 };
export const PDF_ENGINE_BYTES = 160 * MB;
/** A picture's budget: its decoded pixels (4 bytes each at most) and room to encode them again. */
const pictureEngineBytes = (limits: RebuildLimits) => limits.maxPixelsPerImage * 4 + 96 * MB;

const reject = (reason: RejectionReason, detail: string): SanitiseResult => ({ ok: false, reason, detail });

async function rebuild(type: EvidenceType, input: Uint8Array, limits: RebuildLimits): Promise<RebuildOutcome> {
  const pictures = { maxPixelsPerImage: limits.maxPixelsPerImage, engineBytes: pictureEngineBytes(limits) };
  switch (type) {
    case 'pdf':
      return rasterisePdf(input, { ...limits, engineBytes: PDF_ENGINE_BYTES });
    case 'docx':
      return rebuildDocx(input, { limits, reencodePicture: pictureReencoder(pictures) });
    case 'jpeg':
    case 'png': {
      const outcome = await reencodePicture(input, pictures, type === 'jpeg' ? 'image/jpeg' : 'image/png');
      // Every photo had whatever its camera wrote (EXIF, GPS, XMP): the re-encoded one has none of it.
      return outcome.ok ? { ok: true, bytes: outcome.picture.bytes, removed: ['metadata'] } : outcome;
    }
  }
}

/** declared: the type the reporter declared when asking for the upload slot. */
export async function sanitiseEvidence(input: Uint8Array, declared: EvidenceType, limits: { maxBytes: number }, rebuildLimits: RebuildLimits = REBUILD_LIMITS): Promise<SanitiseResult> {
  if (input.length === 0) return reject('empty', 'file is empty');
  if (input.length > limits.maxBytes) return reject('too-large', `file is ${input.length} bytes, over the ${limits.maxBytes}-byte limit`);
  const actual = sniffContent(input);
  if (actual === 'corrupt-zip') return reject('unreadable', 'zip directory cannot be read');
  if (actual === undefined || actual === 'zip') return reject('unsupported-type', actual === 'zip' ? 'zip archive that is not a Word document' : 'file type not recognised');
  if (actual !== declared) return reject('type-mismatch', `content is ${actual}, declared ${declared}`);
  let outcome: RebuildOutcome;
  try {
    // A file may not expand to more than ten times the upload limit, whatever the absolute ceiling.
    outcome = await rebuild(actual, input, { ...rebuildLimits, maxInflatedBytes: Math.min(rebuildLimits.maxInflatedBytes, 10 * limits.maxBytes) });
  } catch {
    // A rebuilder failing in a way it did not foresee still means the file cannot be cleaned; its own message may quote the file.
    return reject('unreadable', `${actual} could not be processed`);
  }
  if (!outcome.ok) return reject(outcome.reason, outcome.detail);
  const { bytes, removed } = outcome;
  return { ok: true, type: actual, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, removed };
}
