// You are here: real evidence files that carry identifying metadata with known marker values, so
// tests (unit and end to end) can prove the sanitiser removed every one of them. Image markers are
// ASCII so a latin1 search finds them; the DOCX creator is Thai so the UTF-8 search is exercised too.
import { crc32, deflateSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';

export const GPS_POSITION = { latitude: 13.7563, longitude: 100.5018 };

export const MARKERS = {
  jpeg: { make: 'MAKE-MARKER-JPEG', model: 'MODEL-MARKER-JPEG', serial: 'SERIAL-MARKER-7731', xmpCreator: 'XMP-CREATOR-MARKER-JPEG', comment: 'COMMENT-MARKER-JPEG', trailer: 'TRAILER-MARKER-JPEG' },
  png: { author: 'AUTHOR-MARKER-PNG', xmpCreator: 'XMP-CREATOR-MARKER-PNG', make: 'MAKE-MARKER-PNG', serial: 'SERIAL-MARKER-PNG' },
  pdf: {
    title: 'TITLE-MARKER-PDF', author: 'AUTHOR-MARKER-PDF', oldAuthor: 'OLD-AUTHOR-MARKER-PDF', subject: 'SUBJECT-MARKER-PDF', keywords: 'KEYWORDS-MARKER-PDF',
    creator: 'CREATOR-MARKER-PDF', producer: 'PRODUCER-MARKER-PDF', custom: 'CUSTOM-KEY-MARKER-PDF', xmp: 'XMP-MARKER-PDF', pieceInfo: 'PIECEINFO-MARKER-PDF', annotationAuthor: 'ANNOTATION-AUTHOR-MARKER-PDF',
  },
  docx: {
    creator: 'ผู้สร้าง-CREATOR-MARKER-DOCX', lastModifiedBy: 'LAST-MODIFIED-BY-MARKER-DOCX', company: 'COMPANY-MARKER-DOCX', customProperty: 'CUSTOM-PROPERTY-MARKER-DOCX', customXml: 'CUSTOM-XML-MARKER-DOCX',
    commentAuthor: 'COMMENT-AUTHOR-MARKER-DOCX', initials: 'INITIALS-MARKER-DOCX', revisionAuthor: 'REVISION-AUTHOR-MARKER-DOCX', person: 'PEOPLE-MARKER-DOCX', templateUser: 'TEMPLATE-USER-MARKER-DOCX',
  },
} as const;

export const PDF_PAGE_COUNT = 2;
export const DOCX_TEXT = ['Payment records for the procurement', ' were altered after approval.'];

// A 16×16 baseline JPEG (JFIF, ICC profile) made by Chromium's encoder.
const BASE_JPEG =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFla' +
  'AAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxt' +
  'bHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAA' +
  'ts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcA' +
  'bwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8' +
  'SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAQABADASIAAhEBAxEB' +
  '/8QAFwAAAwEAAAAAAAAAAAAAAAAAAAIDBP/EACAQAAAEBwEBAAAAAAAAAAAAAAYREhMAARQkQ1FhFRb/xAAVAQEBAAAAAAAAAAAAAAAAAAADBf/EAB8RAAEDAwUA' +
  'AAAAAAAAAAAAAAQAAREUITEjUYGR8P/aAAwDAQACEQMRAD8AzB8P+/UXTDCcajM+y1ExIHvAp7t99WNKSLs9wB4SeBUWlQ+nIlJHye4QSCT6CmtKdhWRSjLktQQo' +
  'pta1tLjbvPoVIorLyv/Z';

/** Always a fresh, unshared buffer: pdf-lib's JPEG reader ignores a view's byteOffset. */
const bytes = (...parts: (Uint8Array | string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));
const u16 = (value: number) => [value & 0xff, value >> 8];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];

type IfdEntry = [tag: number, type: 2 | 3 | 4 | 5, value: string | number[]];
const encodeValue = ([, type, value]: IfdEntry) =>
  typeof value === 'string' ? bytes(value, [0]) : bytes(value.flatMap((n) => (type === 3 ? u16(n) : u32(n))));
const valueCount = (entry: IfdEntry, encoded: Uint8Array) => (entry[1] === 2 ? encoded.length : encoded.length / { 3: 2, 4: 4, 5: 8 }[entry[1]]);

/** One little-endian IFD placed at `offset` in the TIFF stream, with its out-of-line values after it. */
function ifd(entries: IfdEntry[], offset: number): Uint8Array {
  const values = entries.map(encodeValue);
  const head = 2 + entries.length * 12 + 4;
  const table: number[] = [...u16(entries.length)];
  const data: Uint8Array[] = [];
  let at = offset + head;
  entries.forEach((entry, index) => {
    const value = values[index]!;
    table.push(...u16(entry[0]), ...u16(entry[1]), ...u32(valueCount(entry, value)));
    if (value.length <= 4) table.push(...value, ...new Array<number>(4 - value.length).fill(0));
    else {
      table.push(...u32(at));
      data.push(value, new Uint8Array(value.length % 2));
      at += value.length + (value.length % 2);
    }
  });
  return bytes(table, u32(0), ...data);
}

/** TIFF/EXIF with Make, Model, optional Orientation, an Exif IFD (BodySerialNumber) and a GPS IFD in Bangkok. */
export function exifTiff(marks: { make: string; model: string; serial: string }, orientation?: number): Uint8Array {
  const gps: IfdEntry[] = [[1, 2, 'N'], [2, 5, [13, 1, 45, 1, 2268, 100]], [3, 2, 'E'], [4, 5, [100, 1, 30, 1, 648, 100]]];
  const exif: IfdEntry[] = [[0xa431, 2, marks.serial]];
  const ifd0 = (exifAt: number, gpsAt: number): IfdEntry[] => [
    [0x010f, 2, marks.make], [0x0110, 2, marks.model], ...(orientation ? [[0x0112, 3, [orientation]] as IfdEntry] : []), [0x8769, 4, [exifAt]], [0x8825, 4, [gpsAt]],
  ];
  const exifAt = 8 + ifd(ifd0(0, 0), 8).length;
  const exifIfd = ifd(exif, exifAt);
  const gpsAt = exifAt + exifIfd.length;
  return bytes('II', [42, 0], u32(8), ifd(ifd0(exifAt, gpsAt), 8), exifIfd, ifd(gps, gpsAt));
}

const xmpPacket = (creator: string) =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

const segment = (marker: number, payload: Uint8Array) => bytes([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], payload);

export function jpegWithGps(options: { orientation?: number } = {}): Uint8Array {
  const base = Buffer.from(BASE_JPEG, 'base64');
  const afterApp0 = 4 + base.readUInt16BE(4);
  const m = MARKERS.jpeg;
  return bytes(
    base.subarray(0, afterApp0),
    segment(0xe1, bytes('Exif', [0, 0], exifTiff(m, options.orientation))),
    segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/', [0], xmpPacket(m.xmpCreator))),
    segment(0xfe, bytes(m.comment)),
    base.subarray(afterApp0),
    m.trailer, // what some phones append after EOI
  );
}

const chunk = (type: string, data: Uint8Array) => {
  const body = bytes(type, data);
  return bytes(u32(data.length).reverse(), body, u32(crc32(body)).reverse());
};

export function pngWithText(): Uint8Array {
  const m = MARKERS.png;
  const rows = Array.from({ length: 4 }, (_, y) => [0, ...Array.from({ length: 4 }, (_, x) => [x * 60, y * 60, 200]).flat()]);
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', bytes(u32(4).reverse(), u32(4).reverse(), [8, 2, 0, 0, 0])),
    chunk('gAMA', bytes(u32(45455).reverse())),
    chunk('tEXt', bytes('Author', [0], m.author)),
    chunk('iTXt', bytes('XML:com.adobe.xmp', [0, 0, 0, 0, 0], xmpPacket(m.xmpCreator))),
    chunk('eXIf', exifTiff({ make: m.make, model: 'PNG-MODEL', serial: m.serial })),
    chunk('tIME', bytes([0x07, 0xe8, 3, 1, 9, 15, 0])),
    chunk('pHYs', bytes(u32(2835).reverse(), u32(2835).reverse(), [1])),
    chunk('IDAT', deflateSync(bytes(rows.flat()))),
    chunk('IEND', new Uint8Array()),
  );
}

/** Two revisions: the first has the old author, an incremental update appends a new Info dictionary. */
export async function pdfWithProperties(): Promise<Uint8Array> {
  const m = MARKERS.pdf;
  const document = await PDFDocument.create({ updateMetadata: false });
  const { context, catalog } = document;
  const font = await document.embedFont(StandardFonts.Helvetica);
  const image = await document.embedJpg(jpegWithGps());
  const pages = Array.from({ length: PDF_PAGE_COUNT }, (_, index) => {
    const page = document.addPage([300, 200]);
    page.drawText(`Evidence page ${index + 1}`, { x: 20, y: 160, size: 12, font });
    return page;
  });
  pages[0]!.drawImage(image, { x: 20, y: 20, width: 64, height: 64 });
  const info = (author: string) =>
    context.register(context.obj({
      Title: PDFString.of(m.title), Author: PDFString.of(author), Subject: PDFString.of(m.subject), Keywords: PDFString.of(m.keywords),
      Creator: PDFString.of(m.creator), Producer: PDFString.of(m.producer), Department: PDFString.of(m.custom), CreationDate: PDFString.of("D:20240301090000+07'00'"),
    }));
  context.trailerInfo.Info = info(m.oldAuthor);
  catalog.set(PDFName.of('Metadata'), context.register(context.stream(xmpPacket(m.xmp), { Type: 'Metadata', Subtype: 'XML' })));
  pages[0]!.node.set(PDFName.of('PieceInfo'), context.obj({ Illustrator: { Private: PDFString.of(m.pieceInfo) } }));
  const note = context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [250, 150, 270, 170], Contents: PDFString.of('See the invoice'), T: PDFString.of(m.annotationAuthor) });
  pages[0]!.node.set(PDFName.of('Annots'), context.obj([context.register(note)]));
  const first = bytes(await document.save({ useObjectStreams: false }), '\n');
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(first).toString('latin1'))![1];
  const newInfo = context.largestObjectNumber + 1;
  const object = `${newInfo} 0 obj\n<< /Title (${m.title}) /Author (${m.author}) /Producer (${m.producer}) >>\nendobj\n`;
  const xrefAt = first.length + object.length;
  const root = (context.trailerInfo.Root as PDFRef).toString();
  const xref = `xref\n0 1\n0000000000 65535 f \n${newInfo} 1\n${String(first.length).padStart(10, '0')} 00000 n \n`;
  return bytes(first, object, xref, `trailer\n<< /Size ${newInfo + 1} /Root ${root} /Info ${newInfo} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
}

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkg: 'http://schemas.openxmlformats.org/package/2006',
  doc: 'application/vnd.openxmlformats-officedocument',
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;

type Rel = [id: string, type: string, target: string, external?: boolean];
const relationships = (list: Rel[]) =>
  `${XML}<Relationships xmlns="${NS.pkg}/relationships">` +
  list.map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`).join('') +
  '</Relationships>';

export function docxWithProperties(): Uint8Array {
  const m = MARKERS.docx;
  const overrides = [
    ['/word/document.xml', `${NS.doc}.wordprocessingml.document.main+xml`], ['/word/comments.xml', `${NS.doc}.wordprocessingml.comments+xml`],
    ['/word/settings.xml', `${NS.doc}.wordprocessingml.settings+xml`], ['/word/people.xml', `${NS.doc}.wordprocessingml.people+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'], ['/docProps/app.xml', `${NS.doc}.extended-properties+xml`],
    ['/docProps/custom.xml', `${NS.doc}.custom-properties+xml`], ['/customXml/itemProps1.xml', `${NS.doc}.customXmlProperties+xml`],
  ];
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="${NS.pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') + '</Types>',
    '_rels/.rels': relationships([
      ['rId1', `${NS.r}/officeDocument`, 'word/document.xml'], ['rId2', `${NS.pkg}/relationships/metadata/core-properties`, 'docProps/core.xml'],
      ['rId3', `${NS.r}/extended-properties`, 'docProps/app.xml'], ['rId4', `${NS.r}/custom-properties`, 'docProps/custom.xml'],
    ]),
    'word/document.xml':
      `${XML}<w:document ${W}><w:body><w:p><w:commentRangeStart w:id="0"/><w:r><w:t>${DOCX_TEXT[0]}</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
      `<w:r><w:commentReference w:id="0"/></w:r><w:ins w:id="1" w:author="${m.revisionAuthor}" w:date="2024-03-01T09:15:00Z"><w:r><w:t xml:space="preserve">${DOCX_TEXT[1]}</w:t></w:r></w:ins></w:p>` +
      '<w:p><w:hyperlink r:id="rId6"><w:r><w:t>https://example.org/tender</w:t></w:r></w:hyperlink></w:p><w:sectPr/></w:body></w:document>',
    'word/_rels/document.xml.rels': relationships([
      ['rId1', `${NS.r}/comments`, 'comments.xml'], ['rId2', 'http://schemas.microsoft.com/office/2011/relationships/people', 'people.xml'],
      ['rId3', `${NS.r}/customXml`, '../customXml/item1.xml'], ['rId4', `${NS.r}/image`, 'media/image1.jpeg'],
      ['rId5', `${NS.r}/settings`, 'settings.xml'], ['rId6', `${NS.r}/hyperlink`, 'https://example.org/tender', true],
    ]),
    'word/comments.xml':
      `${XML}<w:comments ${W}><w:comment w:id="0" w:author="${m.commentAuthor}" w:initials="${m.initials}" w:date="2024-03-01T09:20:00Z">` +
      '<w:p><w:r><w:t>Check these figures</w:t></w:r></w:p></w:comment></w:comments>',
    'word/people.xml':
      `${XML}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${m.person}">` +
      `<w15:presenceInfo w15:providerId="AD" w15:userId="S::${m.person}@example.org"/></w15:person></w15:people>`,
    'word/settings.xml': `${XML}<w:settings ${W}><w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/></w:settings>`,
    'word/_rels/settings.xml.rels': relationships([['rId1', `${NS.r}/attachedTemplate`, `file:///C:\\Users\\${m.templateUser}\\Templates\\Normal.dotm`, true]]),
    'word/media/image1.jpeg': jpegWithGps(),
    'docProps/core.xml':
      `${XML}<cp:coreProperties xmlns:cp="${NS.pkg}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${m.creator}</dc:creator><cp:lastModifiedBy>${m.lastModifiedBy}</cp:lastModifiedBy>` +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created></cp:coreProperties>',
    'docProps/app.xml': `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${m.company}</Company></Properties>`,
    'docProps/custom.xml':
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>${m.customProperty}</vt:lpwstr></property></Properties>`,
    'customXml/item1.xml': `${XML}<employee>${m.customXml}</employee>`,
    'customXml/itemProps1.xml': `${XML}<ds:datastoreItem ds:itemID="{6C1C2F63-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
    'customXml/_rels/item1.xml.rels': relationships([['rId1', `${NS.r}/customXmlProps`, 'itemProps1.xml']]),
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}
