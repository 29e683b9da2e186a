// You are here: hostile Word files, generated, each hiding a unique marker somewhere a reader does not
// see (metadata, embedded files, picture tags, authors spelt the way a pattern would miss them), plus
// the visible text and table every one of them also carries, so a test can prove both that the marker
// is gone and that what the reporter saw survived. Zips are written by hand where the attack is in the
// zip structure itself (declared sizes, overlapping entries, duplicate names).
import { crc32, deflateRawSync } from 'node:zlib';
import { Deflate, strToU8 } from 'fflate';
import { exifTiff, jpegWithGps } from './evidence-fixtures';

/** What every fixture shows a reader, and must still show after the rebuild. */
export const VISIBLE = {
  heading: 'ลำดับเหตุการณ์ Timeline',
  paragraph: 'เจ้าหน้าที่เรียกเงิน 40,000 บาท at the permit counter',
  bold: 'on 3 March',
  cell: 'Invoice 2567/118',
  cellAmount: '12,500.00',
  inserted: 'and again on 10 March',
};

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  pkg: 'http://schemas.openxmlformats.org/package/2006',
  officeTypes: 'application/vnd.openxmlformats-officedocument',
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROOT_NS = Object.entries(NS).filter(([prefix]) => ['w', 'r', 'wp', 'a', 'pic', 'v', 'o'].includes(prefix)).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ');

export type Rel = [id: string, type: string, target: string, external?: boolean];
const relationships = (list: Rel[]) =>
  `${XML}<Relationships xmlns="${NS.pkg}/relationships">` +
  list.map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${type.includes(':') ? type : `${NS.r}/${type}`}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`).join('') +
  '</Relationships>';

/** The body every fixture shares: a heading (by a localised style id), Thai text with a bold run, a table. */
export const visibleBody = (extra = '') =>
  `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>${VISIBLE.heading}</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t xml:space="preserve">${VISIBLE.paragraph} </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${VISIBLE.bold}</w:t></w:r></w:p>` +
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
  `<w:tr><w:tc><w:p><w:r><w:t>${VISIBLE.cell}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${VISIBLE.cellAmount}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
  extra;

export const documentXml = (body: string, sectPr = '<w:sectPr/>') => `${XML}<w:document ${ROOT_NS}><w:body>${body}${sectPr}</w:body></w:document>`;

const STYLES = `${XML}<w:styles xmlns:w="${NS.w}"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>`;

export interface DocxParts {
  /** Inside w:body, after the visible body. */
  body?: string;
  /** Replaces the whole word/document.xml. */
  document?: string;
  /** Relationships of word/document.xml besides styles. */
  rels?: Rel[];
  /** Relationships of the package besides the main document. */
  packageRels?: Rel[];
  parts?: Record<string, string | Uint8Array>;
}

/** A Word file that Word itself would open: content types, package relationships, the document, its styles. */
export function docxParts({ body = '', document, rels = [], packageRels = [], parts = {} }: DocxParts): Record<string, Uint8Array> {
  const all: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="${NS.pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
      '<Default Extension="tiff" ContentType="image/tiff"/><Default Extension="gif" ContentType="image/gif"/><Default Extension="webp" ContentType="image/webp"/>' +
      '<Default Extension="emf" ContentType="image/x-emf"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>' +
      `<Override PartName="/word/document.xml" ContentType="${NS.officeTypes}.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${NS.officeTypes}.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels': relationships([['rId1', 'officeDocument', 'word/document.xml'], ...packageRels]),
    'word/document.xml': document ?? documentXml(visibleBody(body)),
    'word/_rels/document.xml.rels': relationships([['rIdStyles', 'styles', 'styles.xml'], ...rels]),
    'word/styles.xml': STYLES,
    ...parts,
  };
  return Object.fromEntries(Object.entries(all).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]));
}

export const docx = (parts: DocxParts = {}) => zip(Object.entries(docxParts(parts)).map(([name, data]) => ({ name, data })));

// ---- pictures ----

/** An inline picture as Word writes it, with alt text the reader never sees. */
export const inlinePicture = (relId: string, altText = 'picture') =>
  `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1905000" cy="1428750"/><wp:docPr id="1" name="Picture 1" descr="${altText}"/>` +
  `<a:graphic><a:graphicData uri="${NS.pic}"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="photo.jpg" descr="${altText}"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A camera's TIFF tags: make, model, serial (in the Exif IFD) and a GPS position in Bangkok; no decoder can show it as a picture. */
export function tiffWithCamera(marks: { make: string; model: string; serial: string }): Uint8Array {
  return exifTiff(marks);
}

/** A GIF89a of one pixel with a comment extension carrying the marker. */
export function gifWithComment(marker: string): Uint8Array {
  const comment = Buffer.from(marker, 'latin1');
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0]), Buffer.from([0, 0, 0, 255, 255, 255]),
    Buffer.from([0x21, 0xfe, comment.length]), comment, Buffer.from([0]),
    Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]),
  ]);
}

/** A WebP (VP8L, one pixel) with an EXIF chunk carrying the marker as the camera make. */
export function webpWithExif(marker: string): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
  };
  const vp8x = Buffer.from([0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // EXIF flag, 1×1
  const vp8l = Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00]);
  const exif = Buffer.from(exifTiff({ make: marker, model: 'WEBP-MODEL', serial: 'WEBP-SERIAL' }));
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), chunk('VP8X', vp8x), chunk('VP8L', vp8l), chunk('EXIF', exif)]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}

/** An EMF whose header description (UTF-16, as Windows writes it) names the author's machine. */
export function emfWithDescription(marker: string): Uint8Array {
  const description = Buffer.from(`${marker}\0\0`, 'utf16le');
  const header = Buffer.alloc(108);
  header.writeUInt32LE(1, 0); // EMR_HEADER
  header.writeUInt32LE(108 + description.length, 4);
  header.writeInt32LE(100, 16); // bounds
  header.writeInt32LE(100, 20);
  header.writeUInt32LE(0x464d4520, 40); // " EMF"
  header.writeUInt32LE(0x10000, 44);
  header.writeUInt32LE(108 + description.length + 20, 48);
  header.writeUInt16LE(3, 52);
  header.writeUInt32LE(description.length / 2, 64);
  header.writeUInt32LE(108, 68);
  const eof = Buffer.alloc(20);
  eof.writeUInt32LE(14, 0);
  eof.writeUInt32LE(20, 4);
  eof.writeUInt32LE(20, 16);
  return Buffer.concat([header, description, eof]);
}

export { jpegWithGps };

// ---- zips written by hand ----

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflated bytes to store instead of deflating `data`. */
  deflated?: Uint8Array;
  /** The uncompressed size the zip claims, whatever the truth. */
  declaredSize?: number;
  stored?: boolean;
}

const u16 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff]);
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

function localHeader(name: Buffer, method: number, crc: number, compressedSize: number, size: number) {
  return Buffer.concat([u32(0x04034b50), u16(20), u16(0x800), u16(method), u16(0), u16(0x21), u32(crc), u32(compressedSize), u32(size), u16(name.length), u16(0), name]);
}
function centralRecord(name: Buffer, method: number, crc: number, compressedSize: number, size: number, offset: number) {
  return Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0x800), u16(method), u16(0), u16(0x21), u32(crc), u32(compressedSize), u32(size), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]);
}
const endOfDirectory = (count: number, size: number, offset: number) => Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(size), u32(offset), u16(0)]);

/** A plain zip, except that each entry may lie about its size or carry pre-made deflated bytes. */
export function zip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const body = entry.stored ? Buffer.from(entry.data) : Buffer.from(entry.deflated ?? deflateRawSync(entry.data));
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.concat([localHeader(name, method, crc, body.length, size), body]);
    central.push(centralRecord(name, method, crc, body.length, size, offset));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  return new Uint8Array(Buffer.concat([...locals, directory, endOfDirectory(entries.length, directory.length, offset)]));
}

/**
 * A docx whose second entry lives inside the bytes of the first: entry A is stored, and its data is a
 * complete local entry B. A reader that does not check ranges sees both; the marker hides in B.
 */
export function docxWithOverlappingEntries(marker: string): Uint8Array {
  const inner = Buffer.from(`${XML}<hidden>${marker}</hidden>`, 'utf8');
  const innerName = Buffer.from('customXml/item9.xml', 'utf8');
  const innerLocal = Buffer.concat([localHeader(innerName, 0, crc32(inner), inner.length, inner.length), inner]);
  const regular = Object.entries(docxParts({})).map(([name, data]) => ({ name, data }));
  const outerName = Buffer.from('word/media/blob.bin', 'utf8');
  // The regular parts first, then the outer entry whose data is the inner entry.
  const plain = zip(regular);
  const eocdAt = plain.length - 22;
  const directoryAt = Buffer.from(plain).readUInt32LE(eocdAt + 16);
  const locals = Buffer.from(plain.subarray(0, directoryAt));
  const directory = Buffer.from(plain.subarray(directoryAt, eocdAt));
  const outerAt = locals.length;
  const outerLocal = Buffer.concat([localHeader(outerName, 0, crc32(innerLocal), innerLocal.length, innerLocal.length), innerLocal]);
  const innerAt = outerAt + 30 + outerName.length;
  const extra = Buffer.concat([
    centralRecord(outerName, 0, crc32(innerLocal), innerLocal.length, innerLocal.length, outerAt),
    centralRecord(innerName, 0, crc32(inner), inner.length, inner.length, innerAt),
  ]);
  const newDirectory = Buffer.concat([directory, extra]);
  return new Uint8Array(Buffer.concat([locals, outerLocal, newDirectory, endOfDirectory(regular.length + 2, newDirectory.length, outerAt + outerLocal.length)]));
}

/** Two entries named word/document.xml: one reader takes the first, another the last. */
export function docxWithDuplicateDocument(marker: string): Uint8Array {
  const entries = Object.entries(docxParts({})).map(([name, data]) => ({ name, data }));
  return zip([...entries, { name: 'word/document.xml', data: strToU8(documentXml(`<w:p><w:r><w:t>${marker}</w:t></w:r></w:p>`)) }]);
}

/** Deflated zeros, made in pieces so the test never holds the inflated size. */
export function deflatedZeros(bytes: number): Uint8Array {
  const out: Uint8Array[] = [];
  const deflater = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  const piece = new Uint8Array(1024 * 1024);
  for (let done = 0; done < bytes; done += piece.length) deflater.push(piece.subarray(0, Math.min(piece.length, bytes - done)));
  deflater.push(new Uint8Array(0), true);
  return new Uint8Array(Buffer.concat(out));
}

/** A docx whose document.xml declares 100 bytes but inflates to `bytes` of zeros. */
export function docxBomb(bytes: number, deflated = deflatedZeros(bytes)): Uint8Array {
  const entries: RawEntry[] = Object.entries(docxParts({})).map(([name, data]) => ({ name, data }));
  const document = entries.find((entry) => entry.name === 'word/document.xml')!;
  document.deflated = deflated;
  document.declaredSize = 100;
  return zip(entries);
}
