// You are here: the evidence sanitiser, proved with real files that carry known identifying markers:
// each marker must be present before and absent after, independent readers (exifr, pdf-lib, unzip)
// must agree, and the cleaned file must still be a working file of the same type. Pictures and PDFs
// are rebuilt from pixels, so what is checked is what a reader sees: sizes, pages, pixels.
import { createHash } from 'node:crypto';
import { crc32, inflateSync } from 'node:zlib';
import exifr from 'exifr';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sanitiseEvidence, sniffType, type EvidenceType } from '../../shared/domain/evidence-sanitiser';
import { docxWithProperties, DOCX_TEXT, GPS_POSITION, jpegWithGps, MARKERS, PDF_PAGE_COUNT, pdfWithProperties, pngWithText } from '../support/evidence-fixtures';

const LIMITS = { maxBytes: 10 * 1024 * 1024 };
const TYPES: EvidenceType[] = ['jpeg', 'png', 'pdf', 'docx'];
const FIXTURES: Record<EvidenceType, Uint8Array> = { jpeg: jpegWithGps(), png: pngWithText(), pdf: await pdfWithProperties(), docx: docxWithProperties() };
// The PDF and the DOCX embed the GPS-tagged photo, so its markers must go from them too.
const MARKERS_OF: Record<EvidenceType, string[]> = {
  jpeg: Object.values(MARKERS.jpeg),
  png: Object.values(MARKERS.png),
  pdf: [...Object.values(MARKERS.pdf), ...Object.values(MARKERS.jpeg)],
  docx: [...Object.values(MARKERS.docx), ...Object.values(MARKERS.jpeg)],
};
const EXIF_OPTIONS = { gps: true, xmp: true, iptc: true, icc: true, translateValues: false };
const PNG_HEADER_KEYS = ['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace'];

async function clean(type: EvidenceType, input = FIXTURES[type]) {
  const result = await sanitiseEvidence(input, type, LIMITS);
  if (!result.ok) throw new Error(`${type} was rejected: ${result.detail}`);
  return result;
}
const rejection = async (input: Uint8Array, declared: EvidenceType, maxBytes = LIMITS.maxBytes) =>
  sanitiseEvidence(input, declared, { maxBytes }).then((result) => (result.ok ? 'accepted' : result.reason));

const inflated = (data: string) => {
  try {
    return inflateSync(Buffer.from(data, 'latin1')).toString('utf8');
  } catch {
    return ''; // not a deflated stream
  }
};
/** Every way a person could read a file's text: latin1 and UTF-8, inside inflated PDF streams and inside every DOCX part. */
function readable(bytes: Uint8Array): string[] {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const views = [latin1, Buffer.from(bytes).toString('utf8'), ...[...latin1.matchAll(/(?<!end)stream\r?\n([\s\S]*?)endstream/g)].map((m) => inflated(m[1]!))];
  if (sniffType(bytes) === 'docx') for (const part of Object.values(unzipSync(bytes))) views.push(...readable(part));
  return views;
}
const markersIn = (bytes: Uint8Array, markers: string[]) => markers.filter((marker) => readable(bytes).some((view) => view.includes(marker)));

/** An independent JPEG walk: the marker of each segment, in order. */
function jpegMarkers(bytes: Uint8Array): number[] {
  const markers: number[] = [bytes[1]!];
  let pos = 2;
  while (pos < bytes.length && markers.at(-1) !== 0xd9) {
    expect(bytes[pos]).toBe(0xff);
    const marker = bytes[pos + 1]!;
    markers.push(marker);
    if (marker === 0xd9) pos += 2;
    else pos += 2 + ((bytes[pos + 2]! << 8) | bytes[pos + 3]!);
    if (marker === 0xda) while (bytes[pos] !== 0xff || bytes[pos + 1] === 0 || (bytes[pos + 1]! >= 0xd0 && bytes[pos + 1]! <= 0xd7)) pos += 1;
  }
  expect(pos).toBe(bytes.length);
  return markers;
}

/** An independent PNG walk that checks every CRC. */
function pngChunks(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let pos = 8; pos < buffer.length; ) {
    const length = buffer.readUInt32BE(pos);
    expect(crc32(buffer.subarray(pos + 4, pos + 8 + length))).toBe(buffer.readUInt32BE(pos + 8 + length));
    chunks.push({ type: buffer.toString('latin1', pos + 4, pos + 8), data: buffer.subarray(pos + 8, pos + 8 + length) });
    pos += 12 + length;
  }
  return chunks;
}
/** An independent PNG decoder for 8-bit RGB: inflates IDAT and undoes each row's filter. */
function pixels(bytes: Uint8Array): Buffer {
  const chunks = pngChunks(bytes);
  const header = chunks[0]!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([header[8], header[9]]).toEqual([8, 2]);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 3;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= 3 ? out[y * stride + x - 3]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 3 && y > 0 ? out[(y - 1) * stride + x - 3]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 0xff;
    }
  }
  return out;
}

/** Width and height from a JPEG's frame header. */
function jpegSize(bytes: Uint8Array): [number, number] {
  const buffer = Buffer.from(bytes);
  for (let pos = 2; pos + 9 < buffer.length; ) {
    const marker = buffer[pos + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) return [buffer.readUInt16BE(pos + 7), buffer.readUInt16BE(pos + 5)];
    pos += 2 + buffer.readUInt16BE(pos + 2);
  }
  throw new Error('no frame header');
}

const docxText = (docx: Uint8Array) => [...strFromU8(unzipSync(docx)['word/document.xml']!).matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const count = (bytes: Uint8Array, word: string) => Buffer.from(bytes).toString('latin1').split(word).length - 1;

describe('recognising evidence by its bytes', () => {
  it('names each type from its content, and does not take a plain zip, a spreadsheet or text for evidence', async () => {
    for (const type of TYPES) expect(sniffType(FIXTURES[type])).toBe(type);
    const plainZip = zipSync({ 'notes.txt': strToU8('hello') });
    const spreadsheet = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    for (const file of [plainZip, spreadsheet, strToU8('just some text')]) expect(sniffType(file)).toBeUndefined();
    expect([await rejection(plainZip, 'docx'), await rejection(spreadsheet, 'docx'), await rejection(strToU8('just some text'), 'pdf')]).toEqual(Array(3).fill('unsupported-type'));
  });

  it('refuses a renamed file, an empty one and one over the limit, and accepts one exactly at it', async () => {
    expect([await rejection(FIXTURES.png, 'jpeg'), await rejection(FIXTURES.pdf, 'docx'), await rejection(FIXTURES.docx, 'pdf')]).toEqual(Array(3).fill('type-mismatch'));
    expect(await rejection(new Uint8Array(), 'pdf')).toBe('empty');
    expect(await rejection(FIXTURES.png, 'png', FIXTURES.png.length - 1)).toBe('too-large');
    expect(await rejection(FIXTURES.png, 'png', FIXTURES.png.length)).toBe('accepted');
  });

  it('refuses broken files as unreadable, with a short plain detail for the logs', async () => {
    const badCrc = Uint8Array.from(FIXTURES.png, (byte, index) => (index === FIXTURES.png.length - 20 ? byte ^ 0xff : byte)); // inside IDAT
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>'), 'word/padding.bin': new Uint8Array(3_000_000) });
    const cases: [Uint8Array, EvidenceType, number?][] = [
      [FIXTURES.jpeg.subarray(0, FIXTURES.jpeg.length - 300), 'jpeg'],
      [badCrc, 'png'],
      [FIXTURES.png.subarray(0, FIXTURES.png.length - 20), 'png'],
      [strToU8(`%PDF-1.7\n${'this is not a pdf at all\n'.repeat(40)}`), 'pdf'],
      [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200)]), 'docx'],
      [FIXTURES.docx.subarray(0, FIXTURES.docx.length / 2), 'docx'],
      [bomb, 'docx', 200_000],
    ];
    for (const [input, declared, maxBytes = LIMITS.maxBytes] of cases) {
      expect(await sanitiseEvidence(input, declared, { maxBytes })).toMatchObject({ ok: false, reason: 'unreadable', detail: expect.stringMatching(/^[\w -]{8,60}$/) });
    }
  });
});

describe('JPEG', () => {
  it('drops EXIF with GPS and serial number, XMP, ICC, the comment and trailing bytes', async () => {
    const before = await exifr.parse(Buffer.from(FIXTURES.jpeg), EXIF_OPTIONS);
    expect([before.latitude, before.longitude]).toEqual([GPS_POSITION.latitude, GPS_POSITION.longitude]);
    expect(before).toMatchObject({ SerialNumber: MARKERS.jpeg.serial, creator: MARKERS.jpeg.xmpCreator, ProfileCopyright: 'Google Inc. 2016' });
    expect(markersIn(FIXTURES.jpeg, MARKERS_OF.jpeg)).toEqual(MARKERS_OF.jpeg);
    const { bytes } = await clean('jpeg');
    expect(await exifr.parse(Buffer.from(bytes), EXIF_OPTIONS)).toBeUndefined();
    expect(markersIn(bytes, MARKERS_OF.jpeg)).toEqual([]);
  });

  it('encodes the decoded pixels afresh: a complete JPEG of the same size, with no segment of the original but the picture', async () => {
    const { bytes } = await clean('jpeg');
    const markers = jpegMarkers(bytes);
    expect([markers[0], markers.at(-1)]).toEqual([0xd8, 0xd9]);
    expect(markers.filter((marker) => marker >= 0xe1 && marker <= 0xef)).toEqual([]); // no APP1–APP15: no EXIF, XMP, ICC
    expect(jpegSize(bytes)).toEqual(jpegSize(FIXTURES.jpeg));
    // Not a copy: the entropy-coded data is new.
    expect(Buffer.from(FIXTURES.jpeg).includes(Buffer.from(bytes).subarray(-64, -2))).toBe(false);
  });

  it('keeps only the orientation, so a phone photo still shows upright', async () => {
    const { bytes } = await clean('jpeg', jpegWithGps({ orientation: 6 }));
    expect(await exifr.parse(Buffer.from(bytes), EXIF_OPTIONS)).toEqual({ Orientation: 6 });
  });

  it('drops the thumbnail a JFIF header can carry', async () => {
    const base = FIXTURES.jpeg;
    const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x13, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 1, 1, 0xaa, 0xbb, 0xcc]);
    const { bytes } = await clean('jpeg', Buffer.concat([base.subarray(0, 2), app0, base.subarray(20)]));
    expect(Buffer.from(bytes).includes(Buffer.from([0x01, 0xaa, 0xbb, 0xcc]))).toBe(false);
    expect(jpegSize(bytes)).toEqual(jpegSize(FIXTURES.jpeg));
  });
});

describe('PNG', () => {
  it('drops tEXt, iTXt XMP, eXIf and tIME', async () => {
    const before = await exifr.parse(Buffer.from(FIXTURES.png), EXIF_OPTIONS);
    expect(before).toMatchObject({ Author: MARKERS.png.author, creator: MARKERS.png.xmpCreator, latitude: GPS_POSITION.latitude });
    expect(markersIn(FIXTURES.png, MARKERS_OF.png)).toEqual(MARKERS_OF.png);
    const { bytes } = await clean('png');
    expect(Object.keys(await exifr.parse(Buffer.from(bytes), EXIF_OPTIONS))).toEqual(PNG_HEADER_KEYS);
    expect(markersIn(bytes, MARKERS_OF.png)).toEqual([]);
  });

  it('writes only picture chunks, with exactly the same pixels', async () => {
    const { bytes } = await clean('png');
    expect(pngChunks(bytes).map((chunk) => chunk.type).filter((type) => !['IHDR', 'pHYs', 'IDAT', 'IEND'].includes(type))).toEqual([]);
    expect(pixels(bytes).equals(pixels(FIXTURES.png))).toBe(true);
  });
});

describe('PDF', () => {
  const properties = (document: PDFDocument) =>
    [document.getTitle(), document.getAuthor(), document.getSubject(), document.getKeywords(), document.getCreator(), document.getProducer(), document.getCreationDate(), document.getModificationDate()];

  it('drops the Info dictionary, XMP, PieceInfo, annotation authors and the earlier revision', async () => {
    const before = await PDFDocument.load(FIXTURES.pdf, { updateMetadata: false });
    expect(properties(before).slice(0, 2)).toEqual([MARKERS.pdf.title, MARKERS.pdf.author]);
    expect(count(FIXTURES.pdf, 'startxref')).toBe(2);
    expect(markersIn(FIXTURES.pdf, MARKERS_OF.pdf)).toEqual(MARKERS_OF.pdf);
    const { bytes } = await clean('pdf');
    const after = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(properties(after).filter((value) => value !== undefined)).toEqual([]);
    expect(after.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    expect([count(bytes, 'startxref'), count(bytes, '/Info'), count(bytes, '/ID'), count(bytes, 'pdf-lib')]).toEqual([1, 0, 0, 0]);
    expect(markersIn(bytes, MARKERS_OF.pdf)).toEqual([]);
  });

  it('keeps every page at its size, each one a single picture of what it showed, and nothing else', async () => {
    const result = await clean('pdf');
    const after = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(after.getPages().map((page) => [page.getWidth(), page.getHeight()])).toEqual(Array.from({ length: PDF_PAGE_COUNT }, () => [300, 200]));
    for (const page of after.getPages()) {
      expect(page.node.Annots()?.size() ?? 0).toBe(0);
      const images = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
      expect(images.keys()).toHaveLength(1);
      const image = images.lookup(images.keys()[0]!);
      if (!(image instanceof PDFRawStream)) throw new Error('the page picture is not a stream');
      expect(image.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'));
      expect(await exifr.parse(Buffer.from(image.contents), EXIF_OPTIONS)).toBeUndefined();
    }
    expect(after.catalog.keys().map(String).sort()).toEqual(['/Pages', '/Type']);
    // The officer's report says what went: the authors, XMP, the older revision and the annotation.
    expect(result.removed).toEqual(['author', 'metadata', 'earlier-revisions', 'annotations']);
  });
});

describe('DOCX', () => {
  it('writes a new package of the text alone: no property part, people, comments, settings, custom XML or template survives', async () => {
    expect(markersIn(FIXTURES.docx, MARKERS_OF.docx)).toEqual(MARKERS_OF.docx);
    const { bytes, removed } = await clean('docx');
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']);
    expect(markersIn(bytes, MARKERS_OF.docx)).toEqual([]);
    expect(removed).toEqual(expect.arrayContaining(['author', 'comment-authors', 'people', 'revision-authors', 'template-path', 'custom-xml']));
  });

  it('keeps the text a reader sees, inserted changes included, with no author, date or link target', async () => {
    const { bytes } = await clean('docx');
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(docxText(bytes)).toContain(DOCX_TEXT.join(''));
    expect(document).not.toMatch(/w:author|w:date|w:ins|w:hyperlink/);
  });

  it('does not carry over a picture that no part of the document shows', async () => {
    expect(Object.keys(unzipSync(FIXTURES.docx))).toContain('word/media/image1.jpeg');
    const { bytes } = await clean('docx');
    expect(Object.keys(unzipSync(bytes)).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });
});

describe.each(TYPES)('every type: %s', (type) => {
  it('fingerprints the returned bytes, and cleaning the same file twice gives the same bytes', async () => {
    const result = await clean(type);
    expect(result).toMatchObject({ type, size: result.bytes.length, sha256: createHash('sha256').update(result.bytes).digest('hex') });
    expect(Buffer.from((await clean(type)).bytes).equals(Buffer.from(result.bytes))).toBe(true);
    // A cleaned file is a valid upload of its type.
    expect((await clean(type, result.bytes)).type).toBe(type);
  });
});
