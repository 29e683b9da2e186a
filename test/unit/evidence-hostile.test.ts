// You are here: the hostile corpus against the sanitiser as the processing function runs it (a
// watched worker thread per file). Every fixture hides a marker of its own, or tries to make the
// processor spend memory or time it must not: each cleaned file must hold no marker anywhere once
// every PDF stream and every ZIP part is inflated (by this file's own inflater, not the product's),
// carry no EXIF, XMP or GPS for exifr and no metadata for pdf-lib, or be refused with its reason.
// A normal file right after each bomb must still be cleaned.
import { inflateRawSync, inflateSync } from 'node:zlib';
import exifr from 'exifr';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isolatedSanitiser, PROCESSING_BUDGET } from '../../shared/adapters/system/isolated-sanitiser';
import type { EvidenceType, RejectionReason } from '../../shared/domain/evidence-sanitiser';
import { pictureReencoder, reencodePicture } from '../../shared/domain/evidence-sanitiser/pixels';
import {
  docxWithLyingEntry, gifWithComment, HOSTILE_MARKERS, pdfWithAttachment, pdfWithDeepNesting, pdfWithFlateDctImage, pdfWithFormFields, pdfWithHiddenPage,
  pdfWithInlineImage, pdfWithJavaScript, pdfWithJpeg2000, pdfWithObjectStreamBomb, pdfWithPageKeys, pdfWithProperties, pdfWithXfa, pngHuge, pngWithText, webpWithExif,
} from '../support/evidence-fixtures';

const MB = 1024 * 1024;
const LIMITS = { maxBytes: 10 * MB };
const EXIF_OPTIONS = { gps: true, xmp: true, iptc: true, icc: true, translateValues: false };
const sanitise = isolatedSanitiser();

const inflate = (data: Buffer): Buffer | undefined => {
  for (const attempt of [inflateSync, inflateRawSync]) {
    try {
      return attempt(data, { maxOutputLength: 64 * MB });
    } catch {
      // not this format
    }
  }
  return undefined;
};

/** Local file headers of a ZIP, read independently of fflate: name and inflated data of each entry. */
function zipParts(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  for (let at = bytes.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0 && at + 30 <= bytes.length; at = bytes.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const [method, size] = [bytes.readUInt16LE(at + 8), bytes.readUInt32LE(at + 18)];
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + size);
    parts.push(method === 0 ? data : (inflate(data) ?? data));
  }
  return parts;
}

/** Every view a person could read a file through: latin1, UTF-8, each inflated PDF stream, each ZIP part, recursively. */
function readable(bytes: Buffer, depth = 0): string[] {
  const latin1 = bytes.toString('latin1');
  const views = [latin1, bytes.toString('utf8')];
  if (depth > 3) return views;
  for (const match of latin1.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const data = Buffer.from(match[1]!, 'latin1');
    const inflated = inflate(data);
    if (inflated) views.push(...readable(inflated, depth + 1));
  }
  if (latin1.startsWith('PK\x03\x04')) for (const part of zipParts(bytes)) views.push(...readable(part, depth + 1));
  return views;
}
const holds = (bytes: Uint8Array, marker: string) => readable(Buffer.from(bytes)).some((view) => view.includes(marker));

/** pdf-lib's reading of a cleaned PDF: no properties, no catalog entry but the pages, and pictures without EXIF or XMP. */
async function expectPlainPdf(bytes: Uint8Array) {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  expect([document.getAuthor(), document.getCreator(), document.getProducer(), document.getTitle()].filter(Boolean)).toEqual([]);
  expect(document.catalog.keys().map(String).sort()).toEqual(['/Pages', '/Type']);
  for (const page of document.getPages()) {
    expect(page.node.keys().map(String).filter((key) => !['/Contents', '/MediaBox', '/Parent', '/Resources', '/Type', '/Annots'].includes(key))).toEqual([]);
    expect(page.node.Annots()?.size() ?? 0).toBe(0);
    const pictures = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    for (const name of pictures.keys()) {
      const picture = pictures.lookup(name);
      if (!(picture instanceof PDFRawStream)) throw new Error('a page picture is not a stream');
      expect(await exifr.parse(Buffer.from(picture.contents), EXIF_OPTIONS)).toBeUndefined();
    }
  }
}

type Expectation = { refused: RejectionReason } | { removed?: string[] };
interface Hostile {
  name: string;
  type: EvidenceType;
  make: () => Uint8Array | Promise<Uint8Array>;
  marker: string;
  expect: Expectation;
  /** The marker sits behind hundreds of MB of inflation: the test does not inflate it to look. */
  bomb?: boolean;
}

const CORPUS: Hostile[] = [
  { name: 'a PDF with an attached file (/EmbeddedFiles)', type: 'pdf', make: pdfWithAttachment, marker: HOSTILE_MARKERS.attachment, expect: { removed: ['embedded-file'] } },
  { name: 'a PDF photo behind [/FlateDecode /DCTDecode] with EXIF', type: 'pdf', make: pdfWithFlateDctImage, marker: HOSTILE_MARKERS.flateDct, expect: {} },
  { name: 'a PDF inline image (BI … ID … EI) with EXIF', type: 'pdf', make: pdfWithInlineImage, marker: HOSTILE_MARKERS.inlineImage, expect: {} },
  { name: 'a PDF with /Names /JavaScript and an /OpenAction', type: 'pdf', make: pdfWithJavaScript, marker: HOSTILE_MARKERS.javascript, expect: { removed: ['scripts'] } },
  { name: 'a PDF with custom keys on its page', type: 'pdf', make: pdfWithPageKeys, marker: HOSTILE_MARKERS.pageKey, expect: {} },
  { name: 'a PDF whose form fields hold text', type: 'pdf', make: pdfWithFormFields, marker: HOSTILE_MARKERS.formField, expect: { removed: ['form-fields'] } },
  { name: 'a PDF with an XFA form', type: 'pdf', make: pdfWithXfa, marker: HOSTILE_MARKERS.xfa, expect: { removed: ['xfa-form'] } },
  { name: 'a PDF with a JPEG 2000 image', type: 'pdf', make: pdfWithJpeg2000, marker: HOSTILE_MARKERS.jpeg2000, expect: {} },
  { name: 'a PDF whose incremental update hides an older page', type: 'pdf', make: pdfWithHiddenPage, marker: HOSTILE_MARKERS.hiddenPage, expect: { removed: ['earlier-revisions'] } },
  { name: 'a PDF nested 50,000 arrays deep', type: 'pdf', make: () => pdfWithDeepNesting(), marker: HOSTILE_MARKERS.nested, expect: {} },
  { name: 'a PDF whose object stream inflates to 300 MB', type: 'pdf', make: () => pdfWithObjectStreamBomb(), marker: HOSTILE_MARKERS.bomb, expect: {}, bomb: true },
  { name: 'a 30,000 × 30,000 pixel PNG', type: 'png', make: pngHuge, marker: HOSTILE_MARKERS.hugePng, expect: { refused: 'too-complex' } },
  { name: 'a DOCX entry declaring 100 bytes that inflates to 1 GB', type: 'docx', make: () => docxWithLyingEntry(), marker: HOSTILE_MARKERS.zipBomb, expect: { refused: 'too-complex' }, bomb: true },
];

describe('the hostile corpus, through the watched worker', () => {
  it.each(CORPUS)('$name: cleaned without its marker, or refused with its reason', async (hostile) => {
    const input = await hostile.make();
    if (!hostile.bomb) expect(holds(input, hostile.marker)).toBe(true);
    const result = await sanitise(input, hostile.type, LIMITS);
    // Whatever the file did, the process did not pay more than the budget (sampling every 10 ms allows some slack).
    expect(sanitise.peakBytes()).toBeLessThan(PROCESSING_BUDGET.memoryBytes + 64 * MB);
    if ('refused' in hostile.expect) {
      expect(result).toMatchObject({ ok: false, reason: hostile.expect.refused });
    } else {
      if (!result.ok) throw new Error(`refused: ${result.reason} ${result.detail}`);
      expect(holds(result.bytes, hostile.marker)).toBe(false);
      if (hostile.type === 'pdf') await expectPlainPdf(result.bytes);
      expect(result.removed).toEqual(expect.arrayContaining(hostile.expect.removed ?? []));
    }
    // The next upload is served as usual.
    const next = await sanitise(await pdfWithProperties(), 'pdf', LIMITS);
    expect(next.ok).toBe(true);
  }, 120_000);

  it('re-encodes a GIF from its pixels, without its comment', async () => {
    const reencode = pictureReencoder({ maxPixelsPerImage: 50_000_000, engineBytes: 256 * MB });
    expect(holds(gifWithComment(), HOSTILE_MARKERS.gif)).toBe(true);
    const picture = await reencode(gifWithComment());
    expect(picture?.contentType).toBe('image/png');
    expect(holds(picture!.bytes, HOSTILE_MARKERS.gif)).toBe(false);
  });

  it('drops a WebP it cannot decode (the rebuilder notes it), never passes it through', async () => {
    const reencode = pictureReencoder({ maxPixelsPerImage: 50_000_000, engineBytes: 256 * MB });
    expect(holds(webpWithExif(), HOSTILE_MARKERS.webp)).toBe(true);
    const picture = await reencode(webpWithExif());
    // MuPDF 1.28 has no WebP decoder: the picture is dropped. Should a later version decode it, it must come out clean.
    if (picture) expect(holds(picture.bytes, HOSTILE_MARKERS.webp)).toBe(false);
    else expect(picture).toBeUndefined();
  });
});

describe('the engine\'s own memory cap', () => {
  it('refuses a picture whose decoding needs more than the engine may allocate, as too complex', async () => {
    // 49 million pixels pass the pixel limit, but decoding them needs about 150 MB, over a 64 MB budget.
    const outcome = await reencodePicture(await bigPng(7_000), { maxPixelsPerImage: 50_000_000, engineBytes: 64 * MB });
    expect(outcome).toEqual({ ok: false, reason: 'too-complex', detail: 'picture needs more memory than allowed' });
    // The engine is still usable afterwards.
    expect((await reencodePicture(pngWithText(), { maxPixelsPerImage: 50_000_000, engineBytes: 64 * MB })).ok).toBe(true);
  }, 60_000);
});

describe('the watch on the worker', () => {
  it('terminates a worker that outgrows its memory budget, refuses the file, and serves the next one', async () => {
    const tight = isolatedSanitiser({ ...PROCESSING_BUDGET, memoryBytes: 150 * MB });
    // 7,000 × 7,000 pixels is under the pixel limit, but decoding needs about 150 MB.
    const big = await bigPng(7_000);
    expect(await tight(big, 'png', LIMITS)).toMatchObject({ ok: false, reason: 'too-complex', detail: 'processing needed more than 150 MB' });
    expect((await tight(pngWithText(), 'png', LIMITS)).ok).toBe(true);
  }, 60_000);

  it('terminates a worker that runs past its time', async () => {
    const hasty = isolatedSanitiser({ ...PROCESSING_BUDGET, timeoutMs: 50 });
    expect(await hasty(pngWithText(), 'png', LIMITS)).toMatchObject({ ok: false, reason: 'too-complex', detail: 'processing took longer than 0.05 s' });
  });
});

/** A grey square PNG of side × side pixels, a few hundred KB on disk. */
async function bigPng(side: number): Promise<Uint8Array> {
  const { deflateSync, crc32 } = await import('node:zlib');
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + side * 3, 0x80);
  row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: side }, () => row));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
