// You are here: JPEG cleaning. Walks the marker segments and rebuilds the file from what a decoder
// needs, so EXIF (GPS, camera serial), XMP, ICC profiles, comments, thumbnails and whatever trails
// EOI are gone. Only the EXIF orientation survives, in a fresh segment, so photos stay upright.
import { ascii, concat, startsWith, unreadable } from './bytes';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP14 = 0xee;

/** SOF0–15, DHT and DAC (C0–CF less the reserved C8), then DQT, DNL, DRI, DHP and EXP. */
const neededToDecode = (marker: number) => (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8) || (marker >= 0xdb && marker <= 0xdf);
const isFrameHeader = (marker: number) => neededToDecode(marker) && marker <= 0xcf && marker !== 0xc4 && marker !== 0xcc;
/** TEM and RST0–7 carry no length and no data. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

const JFIF = ascii('JFIF\0');
const ADOBE = ascii('Adobe');
const EXIF = ascii('Exif\0\0');

export function stripJpeg(input: Uint8Array): Uint8Array {
  if (!startsWith(input, [0xff, SOI])) unreadable('jpeg does not start with SOI');
  const kept: Uint8Array[] = [];
  let jfif: Uint8Array | undefined;
  let orientation: number | undefined;
  let frame = false;
  let scans = 0;
  let pos = 2;
  for (;;) {
    if (pos >= input.length) unreadable('jpeg ends before EOI');
    if (input[pos] !== 0xff) unreadable('jpeg segment does not start with a marker');
    while (input[pos] === 0xff) pos += 1; // fill bytes may pad before any marker
    if (pos >= input.length) unreadable('jpeg ends before EOI');
    const start = pos - 1;
    const marker = input[pos++]!;
    if (marker === EOI) break;
    if (isStandalone(marker)) continue;
    if (marker < 0xc0 || marker === SOI) unreadable('jpeg has an invalid marker');
    if (pos + 2 > input.length) unreadable('jpeg ends inside a segment header');
    const end = pos + ((input[pos]! << 8) | input[pos + 1]!);
    if (end < pos + 2 || end > input.length) unreadable('jpeg segment overruns the file');
    const body = input.subarray(pos + 2, end);
    if (marker === SOS) {
      if (!frame) unreadable('jpeg scan comes before its frame header');
      pos = endOfEntropyData(input, end);
      kept.push(input.subarray(start, pos));
      scans += 1;
      continue;
    }
    if (isFrameHeader(marker)) frame = true;
    if (neededToDecode(marker)) kept.push(input.subarray(start, end));
    else if (marker === APP0 && !jfif && startsWith(body, JFIF)) jfif = withoutThumbnail(body);
    else if (marker === APP14 && startsWith(body, ADOBE)) kept.push(input.subarray(start, end)); // colour transform for CMYK/YCCK
    else if (marker === APP1 && orientation === undefined) orientation = exifOrientation(body);
    pos = end;
  }
  if (scans === 0) unreadable('jpeg has no image scan');
  const head = [new Uint8Array([0xff, SOI]), jfif, orientation === undefined ? undefined : orientationSegment(orientation)];
  return concat([...head.filter((part) => part !== undefined), ...kept, new Uint8Array([0xff, EOI])]);
}

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

/** Entropy-coded data runs until a marker other than a stuffed 00 or a restart marker. */
function endOfEntropyData(input: Uint8Array, from: number): number {
  for (let index = from; index + 1 < input.length; index += 1) {
    if (input[index] !== 0xff) continue;
    const next = input[index + 1]!;
    if (next === 0xff) continue;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) index += 1;
    else return index;
  }
  return unreadable('jpeg ends inside image data');
}

/** A JFIF header may carry a thumbnail of the original picture, which outlives any cropping: keep the header, not the thumbnail. */
function withoutThumbnail(body: Uint8Array): Uint8Array | undefined {
  if (body.length < 14) return undefined; // a broken JFIF header is optional to decoders, so drop it
  return concat([new Uint8Array([0xff, APP0, 0x00, 0x10]), body.subarray(0, 12), new Uint8Array([0, 0])]);
}

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
