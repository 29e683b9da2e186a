// You are here: real evidence files that carry identifying metadata with known marker values, so
// tests (unit and end to end) can prove the sanitiser removed every one of them. Image markers are
// ASCII so a latin1 search finds them; the DOCX creator is Thai so the UTF-8 search is exercised too.
import { crc32, createDeflate, createDeflateRaw, deflateSync } from 'node:zlib';
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

export function jpegWithGps(options: { orientation?: number; marks?: typeof MARKERS.jpeg | Record<keyof typeof MARKERS.jpeg, string> } = {}): Uint8Array {
  const base = Buffer.from(BASE_JPEG, 'base64');
  const afterApp0 = 4 + base.readUInt16BE(4);
  const m = options.marks ?? MARKERS.jpeg;
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

// --- Hostile files ----------------------------------------------------------------------------
// Each one hides a marker of its own where a reader cannot see it (or makes the processor spend
// memory it should not): the cleaned file must not hold the marker anywhere, or be refused.

/** A JPEG whose every EXIF, XMP and comment field holds this marker. */
const markedJpeg = (marker: string) => jpegWithGps({ marks: { make: marker, model: marker, serial: marker, xmpCreator: marker, comment: marker, trailer: marker } });

const stream = (dict: string, data: Uint8Array | string) => bytes(`<< ${dict} /Length ${typeof data === 'string' ? Buffer.byteLength(data) : data.length} >>\nstream\n`, data, '\nendstream');
const VISIBLE_TEXT = 'BT /F1 14 Tf 20 150 Td (Visible evidence text) Tj ET\n';
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A classic PDF from object bodies (object n is bodies[n - 1]); `trailer` adds to /Size and /Root 1 0 R.
 * Object 1 is the catalog, 2 the page tree, 3 the one page, 4 its font, by convention of the callers.
 */
function rawPdf(bodies: (string | Uint8Array)[], trailer = ''): Uint8Array {
  const parts: Uint8Array[] = [bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    const object = bytes(`${index + 1} 0 obj\n`, body, '\nendobj\n');
    offsets.push(offset);
    offset += object.length;
    parts.push(object);
  });
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(bytes(xref, `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`));
  return bytes(...parts);
}

const page = (extra = '', resources = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> ${resources} >> ${extra} >>`;
const onePage = (catalogExtra: string, pageExtra: string, content: Uint8Array | string, more: (string | Uint8Array)[] = [], resources = '') =>
  rawPdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(pageExtra, resources), FONT, stream('', content), ...more]);

export const HOSTILE_MARKERS = {
  attachment: 'ATTACHMENT-MARKER-PDF',
  flateDct: 'FLATE-DCT-EXIF-MARKER-PDF',
  inlineImage: 'INLINE-IMAGE-EXIF-MARKER-PDF',
  javascript: 'JAVASCRIPT-MARKER-PDF',
  pageKey: 'PAGE-KEY-MARKER-PDF',
  formField: 'FORM-FIELD-MARKER-PDF',
  xfa: 'XFA-MARKER-PDF',
  jpeg2000: 'JPEG2000-MARKER-PDF',
  hiddenPage: 'HIDDEN-PAGE-MARKER-PDF',
  bomb: 'BOMB-MARKER-PDF',
  nested: 'NESTED-MARKER-PDF',
  gif: 'GIF-COMMENT-MARKER',
  webp: 'WEBP-EXIF-MARKER',
  hugePng: 'HUGE-PNG-MARKER',
  zipBomb: 'ZIP-BOMB-MARKER-DOCX',
} as const;

export const pdfWithAttachment = () =>
  onePage('/Names << /EmbeddedFiles << /Names [(notes.txt) 6 0 R] >> >>', '', VISIBLE_TEXT, [
    '<< /Type /Filespec /F (notes.txt) /UF (notes.txt) /EF << /F 7 0 R >> >>',
    stream('/Type /EmbeddedFile /Filter /FlateDecode', deflateSync(bytes(`Written by ${HOSTILE_MARKERS.attachment}`))),
  ]);

/** A photo with EXIF behind two filters, [/FlateDecode /DCTDecode], which a JPEG-only cleaner does not recognise. */
export const pdfWithFlateDctImage = () =>
  onePage('', '', `${VISIBLE_TEXT}q 64 0 0 64 20 20 cm /Im1 Do Q\n`, [
    stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode /DCTDecode]', deflateSync(markedJpeg(HOSTILE_MARKERS.flateDct))),
  ], '/XObject << /Im1 6 0 R >>');

/** A photo with EXIF inside the page's drawing itself (BI … ID … EI), not an object of its own. */
export const pdfWithInlineImage = () =>
  onePage('', '', bytes(VISIBLE_TEXT, 'q 64 0 0 64 20 20 cm BI /W 16 /H 16 /CS /RGB /BPC 8 /F /DCT ID ', markedJpeg(HOSTILE_MARKERS.inlineImage), '\nEI Q\n'));

export const pdfWithJavaScript = () =>
  onePage(`/Names << /JavaScript << /Names [(init) 6 0 R] >> >> /OpenAction 6 0 R`, '', VISIBLE_TEXT, [`<< /S /JavaScript /JS (app.alert\\('${HOSTILE_MARKERS.javascript}'\\)) >>`]);

export const pdfWithPageKeys = () => onePage('', `/Department (${HOSTILE_MARKERS.pageKey}) /PieceInfo << /App << /Private (${HOSTILE_MARKERS.pageKey}) >> >>`, VISIBLE_TEXT);

/** A filled-in form: the value is what the reader sees (its appearance), so it may survive only as pixels. */
export const pdfWithFormFields = () =>
  onePage('/AcroForm << /Fields [6 0 R] >>', '/Annots [6 0 R]', VISIBLE_TEXT, [
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (reporter) /V (${HOSTILE_MARKERS.formField}) /Rect [20 60 280 90] /P 3 0 R /AP << /N 7 0 R >> >>`,
    stream('/Type /XObject /Subtype /Form /BBox [0 0 260 30] /Resources << /Font << /F1 4 0 R >> >>', `BT /F1 12 Tf 2 10 Td (${HOSTILE_MARKERS.formField}) Tj ET`),
  ]);

export const pdfWithXfa = () =>
  onePage('/AcroForm << /Fields [] /XFA 6 0 R >>', '', VISIBLE_TEXT, [stream('', `<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><field name="reporter">${HOSTILE_MARKERS.xfa}</field></xdp:xdp>`)]);

/** A JPEG 2000 image (a JP2 signature and header box, then a codestream box carrying the marker in a comment). */
export const pdfWithJpeg2000 = () =>
  onePage('', '', `${VISIBLE_TEXT}q 64 0 0 64 20 20 cm /Im1 Do Q\n`, [
    stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /JPXDecode', bytes(
      [0, 0, 0, 12], 'jP  ', [0x0d, 0x0a, 0x87, 0x0a], [0, 0, 0, 20], 'ftypjp2 ', [0, 0, 0, 0], 'jp2 ',
      u32(8 + 4 + 4 + HOSTILE_MARKERS.jpeg2000.length + 2).reverse(), 'jp2c', [0xff, 0x4f, 0xff, 0x64], [0, 4 + 2 + HOSTILE_MARKERS.jpeg2000.length], [0, 1], HOSTILE_MARKERS.jpeg2000, [0xff, 0xd9],
    )),
  ], '/XObject << /Im1 6 0 R >>');

/** Revision 1 had a page with the marker; revision 2 (an incremental update) replaced it with a harmless one. */
export function pdfWithHiddenPage(): Uint8Array {
  const first = onePage('', '', `BT /F1 14 Tf 20 150 Td (${HOSTILE_MARKERS.hiddenPage}) Tj ET\n`);
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(first).toString('latin1'))![1];
  const newPage = `7 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 6 0 R /Resources << /Font << /F1 4 0 R >> >> >>\nendobj\n`;
  const content = bytes('6 0 obj\n', stream('', VISIBLE_TEXT), '\nendobj\n');
  const pages = '2 0 obj\n<< /Type /Pages /Kids [7 0 R] /Count 1 >>\nendobj\n';
  const at = [first.length, first.length + content.length, first.length + content.length + newPage.length];
  const xrefAt = at[2]! + pages.length;
  const row = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;
  const xref = `xref\n0 1\n0000000000 65535 f \n2 1\n${row(at[2]!)}6 2\n${row(at[0]!)}${row(at[1]!)}`;
  return bytes(first, content, newPage, pages, xref, `trailer\n<< /Size 8 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
}

/**
 * A PDF 1.5 file whose page lives in an object stream that inflates to 300 MB (spaces, then the
 * page), found through a cross-reference stream. 300 KB on disk.
 */
export async function pdfWithObjectStreamBomb(inflatedBytes = 300 * 1024 * 1024): Promise<Uint8Array> {
  const pageObject = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> /Leak (${HOSTILE_MARKERS.bomb}) >>`;
  const header = `3 ${inflatedBytes} `;
  const compressed = await deflatedStream(inflatedBytes, 0x20, bytes(header), bytes(pageObject));
  const bodies: Uint8Array[] = [
    bytes('<< /Type /Catalog /Pages 2 0 R >>'), bytes('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'), new Uint8Array(), bytes(FONT), stream('', VISIBLE_TEXT),
    stream(`/Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode`, compressed),
  ];
  const parts: Uint8Array[] = [bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const rows: number[][] = [[0, 0, 0xffff]];
  bodies.forEach((body, index) => {
    if (index === 2) return rows.push([2, 6, 0]); // object 3: in object stream 6, at index 0
    const object = bytes(`${index + 1} 0 obj\n`, body, '\nendobj\n');
    rows.push([1, offset, 0]);
    offset += object.length;
    parts.push(object);
  });
  rows.push([1, offset, 0]); // the cross-reference stream itself, object 7
  const table = bytes(rows.flatMap(([type, field2, field3]) => [type!, field2! >>> 24, (field2! >>> 16) & 0xff, (field2! >>> 8) & 0xff, field2! & 0xff, field3! >> 8, field3! & 0xff]));
  parts.push(bytes('7 0 obj\n', stream('/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R', table), '\nendobj\n'), bytes(`startxref\n${offset}\n%%EOF\n`));
  return bytes(...parts);
}

/** Streams a deflate of head + `size` bytes of `fill` + tail, in chunks, so the test never holds the inflated form. */
async function deflatedStream(size: number, fill: number, head: Uint8Array, tail: Uint8Array, raw = false): Promise<Uint8Array> {
  // zlib's format for a PDF's FlateDecode, raw deflate inside a ZIP.
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const finished = new Promise((done) => deflate.on('end', done));
  const block = Buffer.alloc(1024 * 1024, fill);
  const write = (chunk: Uint8Array) => (deflate.write(chunk) ? Promise.resolve() : new Promise((drained) => deflate.once('drain', drained)));
  await write(head);
  for (let written = 0; written < size; written += block.length) await write(block.subarray(0, Math.min(block.length, size - written)));
  await write(tail);
  deflate.end();
  await finished;
  return new Uint8Array(Buffer.concat(parts));
}

/** An object nested 50,000 arrays deep, reachable from the page. */
export const pdfWithDeepNesting = (depth = 50_000) => onePage('', `/Leak ${'['.repeat(depth)}(${HOSTILE_MARKERS.nested})${']'.repeat(depth)}`, VISIBLE_TEXT);

/** A PNG whose header says 30,000 × 30,000 pixels (2.7 GB decoded); a few rows of data are enough to try it. */
export const pngHuge = () =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', bytes(u32(30_000).reverse(), u32(30_000).reverse(), [8, 2, 0, 0, 0])),
    chunk('tEXt', bytes('Author', [0], HOSTILE_MARKERS.hugePng)),
    chunk('IDAT', deflateSync(new Uint8Array(4 * (1 + 30_000 * 3)))),
    chunk('IEND', new Uint8Array()),
  );

/** A 1×1 GIF with a comment extension holding the marker. */
export const gifWithComment = () =>
  bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0], [0xff, 0xff, 0xff, 0, 0, 0], [0x21, 0xfe, HOSTILE_MARKERS.gif.length], HOSTILE_MARKERS.gif, [0], [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0], [2, 2, 0x44, 1, 0], [0x3b]);

/** A 1×1 lossless WebP in the extended format, with an EXIF chunk holding the marker. */
export function webpWithExif(): Uint8Array {
  const riffChunk = (type: string, data: Uint8Array) => bytes(type, u32(data.length), data, data.length % 2 ? [0] : []);
  const vp8l = Buffer.from('LwAAABAHEBERiIj+BwA=', 'base64'); // the VP8L payload of a 1×1 picture
  const exif = exifTiff({ make: HOSTILE_MARKERS.webp, model: HOSTILE_MARKERS.webp, serial: HOSTILE_MARKERS.webp });
  const body = bytes('WEBP', riffChunk('VP8X', bytes([0x08, 0, 0, 0], [0, 0, 0], [0, 0, 0])), riffChunk('VP8L', vp8l), riffChunk('EXIF', exif));
  return bytes('RIFF', u32(body.length), body);
}

/**
 * A Word document with one entry whose headers say 100 bytes but whose data inflates to `inflatedBytes`
 * of zeros (then the marker): sizes declared in a ZIP are the attacker's to choose.
 */
export async function docxWithLyingEntry(inflatedBytes = 1024 * 1024 * 1024): Promise<Uint8Array> {
  // The liar is the main document itself, so a reader that follows the package's relationships must inflate it.
  const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${NS.doc}.wordprocessingml.document.main+xml"/></Types>`;
  const honest = zipSync({ '[Content_Types].xml': strToU8(types), '_rels/.rels': strToU8(relationships([['rId1', `${NS.r}/officeDocument`, 'word/document.xml']])) }, { level: 0 });
  const data = await deflatedStream(inflatedBytes, 0, new Uint8Array(), bytes(HOSTILE_MARKERS.zipBomb), true);
  const name = bytes('word/document.xml');
  const local = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0], u32(0), u32(data.length), u32(100), u16(name.length), u16(0), name);
  // The honest archive's entries, then the liar, then one central directory naming all three.
  const honestEnd = Buffer.from(honest).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const centralAt = Buffer.from(honest).readUInt32LE(honestEnd + 16);
  const centralSize = Buffer.from(honest).readUInt32LE(honestEnd + 12);
  const liarAt = centralAt;
  const central = bytes(
    honest.subarray(centralAt, centralAt + centralSize),
    [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0], u32(0), u32(data.length), u32(100), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(liarAt), name,
  );
  const newCentralAt = liarAt + local.length + data.length;
  const end = bytes([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0], u16(3), u16(3), u32(central.length), u32(newCentralAt), u16(0));
  return bytes(honest.subarray(0, centralAt), local, data, central, end);
}
