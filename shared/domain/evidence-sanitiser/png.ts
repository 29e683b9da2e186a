// You are here: PNG cleaning. Checks every chunk's CRC and keeps only the chunks that decide how the
// image looks; text (tEXt, zTXt, iTXt with XMP), eXIf, tIME, iCCP and any other ancillary chunk go.
import { crc32 } from 'node:zlib';
import { concat, startsWith, unreadable } from './bytes';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Critical chunks plus rendering hints that describe pixels, not people. */
const KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'pHYs', 'bKGD']);

export function stripPng(input: Uint8Array): Uint8Array {
  if (!startsWith(input, SIGNATURE)) unreadable('png signature is missing');
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const kept: Uint8Array[] = [input.subarray(0, SIGNATURE.length)];
  let pos = SIGNATURE.length;
  let hasImageData = false;
  for (;;) {
    if (pos + 12 > input.length) unreadable('png ends before IEND');
    const length = view.getUint32(pos);
    const end = pos + 12 + length;
    if (length > 0x7fffffff || end > input.length) unreadable('png chunk overruns the file');
    const type = String.fromCharCode(...input.subarray(pos + 4, pos + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) unreadable('png chunk has an invalid type');
    if (crc32(input.subarray(pos + 4, end - 4)) !== view.getUint32(end - 4)) unreadable('png chunk has a bad CRC');
    if ((pos === SIGNATURE.length) !== (type === 'IHDR')) unreadable('png must start with its only IHDR');
    // Bit 5 of the first letter clear (upper case) marks a chunk a decoder cannot skip.
    const critical = (type.charCodeAt(0) & 0x20) === 0;
    if (KEPT.has(type)) kept.push(input.subarray(pos, end));
    else if (critical) unreadable('png has a critical chunk no decoder knows');
    hasImageData ||= type === 'IDAT';
    pos = end;
    if (type === 'IEND') break;
  }
  if (!hasImageData) unreadable('png has no image data');
  return concat(kept);
}
