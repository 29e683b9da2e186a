// You are here: the one thing a re-encoded photo keeps from its original: the EXIF orientation, read
// from the original's segments and written in a fresh segment of its own, so the photo stays upright.
// Everything else the camera wrote (GPS, serial, XMP, thumbnails) is gone with the original bytes.
import { ascii, concat, startsWith } from './bytes';

const SOS = 0xda;
const EOI = 0xd9;
const APP1 = 0xe1;

const EXIF = ascii('Exif\0\0');

/** The EXIF orientation of a JPEG (2–8), read from the segments before its first scan; undefined when upright or absent. */
export function jpegOrientation(input: Uint8Array): number | undefined {
  let pos = 2;
  while (pos + 4 <= input.length && input[pos] === 0xff) {
    const marker = input[pos + 1]!;
    if (marker === SOS || marker === EOI) return undefined;
    const end = pos + 2 + ((input[pos + 2]! << 8) | input[pos + 3]!);
    if (marker === APP1) {
      const found = exifOrientation(input.subarray(pos + 4, Math.min(end, input.length)));
      if (found !== undefined) return found;
    }
    pos = end;
  }
  return undefined;
}

/** A freshly encoded JPEG (which starts with SOI) with only an orientation segment added, so the photo stays upright. */
export const withOrientation = (jpeg: Uint8Array, orientation: number | undefined) =>
  orientation === undefined ? jpeg : concat([jpeg.subarray(0, 2), orientationSegment(orientation), jpeg.subarray(2)]);

/** Orientation (tag 0x0112) from IFD0 of an EXIF segment; 1 (upright) and nonsense values count as absent. */
function exifOrientation(body: Uint8Array): number | undefined {
  if (!startsWith(body, EXIF) || body.length < EXIF.length + 8) return undefined;
  const tiff = new DataView(body.buffer, body.byteOffset + EXIF.length, body.length - EXIF.length);
  const order = tiff.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const little = order === 0x4949;
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return undefined;
  const count = tiff.getUint16(ifd, little);
  for (let entry = ifd + 2; entry < ifd + 2 + count * 12 && entry + 12 <= tiff.byteLength; entry += 12) {
    if (tiff.getUint16(entry, little) !== 0x0112 || tiff.getUint16(entry + 2, little) !== 3) continue;
    const value = tiff.getUint16(entry + 8, little);
    return value >= 2 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** The smallest EXIF segment: big-endian TIFF header, IFD0 with the single Orientation entry. */
function orientationSegment(orientation: number): Uint8Array {
  return new Uint8Array([
    0xff, APP1, 0x00, 0x22, ...EXIF,
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
}
