// You are here: the DOCX rebuilder against hostile Word files. Each fixture hides a unique marker
// where a reader does not look; after the rebuild no marker may be found in any part (every zip part
// inflated, recursively, read as latin1, UTF-8 and UTF-16), or the file is refused with its reason.
// Every accepted file must still show its text and table, and be a Word file an independent reader
// accepts: [Content_Types].xml first, well-formed parts, every relationship pointing at a part.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { rebuildDocx } from '../../shared/domain/evidence-sanitiser/docx-rebuild';
import type { RebuildLimits, ReencodePicture } from '../../shared/domain/evidence-sanitiser/rebuild';
import {
  deflatedZeros, docx, docxBomb, docxParts, docxWithDuplicateDocument, docxWithOverlappingEntries, documentXml, emfWithDescription, gifWithComment,
  inlinePicture, jpegWithGps, NS, tiffWithCamera, visibleBody, VISIBLE, webpWithExif, zip,
} from '../support/docx-fixtures';
import { MARKERS } from '../support/evidence-fixtures';

const MB = 1024 * 1024;
const LIMITS: RebuildLimits = { maxInflatedBytes: 32 * MB, maxEntries: 1000, maxPages: 200, maxPixelsPerImage: 50_000_000, maxDepth: 64 };
/** The limits the evidence pipeline runs rebuilds under. */
const PIPELINE_LIMITS: RebuildLimits = { maxInflatedBytes: 200 * MB, maxEntries: 10_000, maxPages: 200, maxPixelsPerImage: 50_000_000, maxDepth: 64 };

/** A 2×2 PNG with no metadata: what a re-encoder writes from decoded pixels. */
const CLEAN_PNG = (() => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 0, 255, 255, 255, 255]));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]));
})();
/** Stands in for the pipeline's decoder: "decodes" JPEG and PNG into fresh pixels, and nothing else. */
const decodesJpegAndPng: ReencodePicture = async (bytes) =>
  (bytes[0] === 0xff && bytes[1] === 0xd8) || (bytes[0] === 0x89 && bytes[1] === 0x50) ? { bytes: CLEAN_PNG, contentType: 'image/png' } : undefined;
const decodesNothing: ReencodePicture = async () => undefined;

const rebuild = (input: Uint8Array, limits = LIMITS, reencodePicture = decodesJpegAndPng) => rebuildDocx(input, { limits, reencodePicture });
async function rebuilt(input: Uint8Array, reencodePicture = decodesJpegAndPng) {
  const outcome = await rebuild(input, LIMITS, reencodePicture);
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason} ${outcome.detail}`);
  return outcome;
}

/** Every way a person could read the bytes: latin1, UTF-8, UTF-16, and the same for every zip part inside, recursively. */
function views(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const found = [buffer.toString('latin1'), buffer.toString('utf8'), buffer.toString('utf16le'), buffer.subarray(1).toString('utf16le')];
  if (buffer.readUInt32LE(0) === 0x04034b50) {
    let parts: Record<string, Uint8Array> = {};
    try {
      parts = unzipSync(bytes);
    } catch {
      // not a zip we can read whole: the raw views above are all there is
    }
    for (const part of Object.values(parts)) if (part.length >= 4) found.push(...views(part));
  }
  return found;
}
const markersIn = (bytes: Uint8Array, markers: readonly string[]) => markers.filter((marker) => views(bytes).some((view) => view.includes(marker)));

/** The zip entry names in the order they are stored, read from the local headers themselves. */
function storedOrder(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const names: string[] = [];
  for (let at = 0; buffer.readUInt32LE(at) === 0x04034b50; ) {
    const nameLength = buffer.readUInt16LE(at + 26);
    names.push(buffer.subarray(at + 30, at + 30 + nameLength).toString('utf8'));
    at += 30 + nameLength + buffer.readUInt16LE(at + 28) + buffer.readUInt32LE(at + 18);
  }
  return names;
}

interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, string>;
}
/** Elements (namespace URI, local name, attributes by qualified name) and text of a part, read by an independent parser. */
function xml(bytes: Uint8Array): { elements: XmlElement[]; text: string } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: XmlElement[] = [];
  let text = '';
  parser.on('doctype', () => {
    throw new Error('doctype in output');
  });
  parser.on('opentag', (tag) => elements.push({ uri: tag.uri, local: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])) }));
  parser.on('text', (chunk) => (text += chunk));
  parser.write(strFromU8(bytes)).close();
  return { elements, text };
}

/** Text of the w:t elements of a part of the rebuilt file, the main document unless told. */
function documentText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const parser = new SaxesParser({ xmlns: true });
  let inText = false;
  let text = '';
  parser.on('opentag', (tag) => (inText = tag.uri === NS.w && tag.local === 't'));
  parser.on('closetag', () => (inText = false));
  parser.on('text', (chunk) => {
    if (inText) text += chunk;
  });
  parser.write(strFromU8(unzipSync(bytes)[part]!)).close();
  return text;
}

/** What Word checks before it opens a package. */
function expectValidDocx(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts);
  expect(storedOrder(bytes)[0]).toBe('[Content_Types].xml');
  expect(storedOrder(bytes).sort()).toEqual([...names].sort());
  for (const name of names.filter((entry) => /\.(xml|rels)$/.test(entry))) expect(() => xml(parts[name]!), name).not.toThrow();
  const types = xml(parts['[Content_Types].xml']!).elements;
  const defaults = new Set(types.filter((e) => e.local === 'Default').map((e) => e.attributes.Extension!.toLowerCase()));
  const overrides = new Set(types.filter((e) => e.local === 'Override').map((e) => e.attributes.PartName!.slice(1)));
  for (const name of overrides) expect(names, `override ${name}`).toContain(name);
  for (const name of names.filter((entry) => entry !== '[Content_Types].xml' && !entry.endsWith('/'))) {
    expect(overrides.has(name) || defaults.has(name.split('.').pop()!.toLowerCase()), `content type of ${name}`).toBe(true);
  }
  for (const relsName of names.filter((entry) => entry.endsWith('.rels'))) {
    const folder = relsName.replace(/_rels\/[^/]*$/, '');
    for (const rel of xml(parts[relsName]!).elements.filter((e) => e.local === 'Relationship')) {
      expect(rel.attributes.TargetMode, `${relsName} ${rel.attributes.Target}`).toBeUndefined();
      expect(names, `${relsName} -> ${rel.attributes.Target}`).toContain(new URL(rel.attributes.Target!, `http://x/${folder}`).pathname.slice(1));
    }
  }
  const main = xml(parts['_rels/.rels']!).elements.find((e) => e.attributes.Type === `${NS.r}/officeDocument`);
  expect(main?.attributes.Target).toBe('word/document.xml');
  const documentIds = new Set(xml(parts['word/_rels/document.xml.rels']!).elements.map((e) => e.attributes.Id));
  for (const element of xml(parts['word/document.xml']!).elements) {
    for (const [name, value] of Object.entries(element.attributes)) if (/^r:(embed|id|link)$/.test(name)) expect(documentIds, `document refers to ${value}`).toContain(value);
  }
}

function expectVisibleSurvived(bytes: Uint8Array) {
  const text = documentText(bytes);
  for (const visible of [VISIBLE.heading, VISIBLE.paragraph, VISIBLE.bold, VISIBLE.cell, VISIBLE.cellAmount]) expect(text).toContain(visible);
  const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
  // The table cell is still a table cell, and the heading still a heading.
  expect(document).toMatch(new RegExp(`<w:tbl>.*<w:tc>.*${VISIBLE.cell.replace('/', '\\/')}.*</w:tc>.*</w:tbl>`, 's'));
  expect(document).toContain(`<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${VISIBLE.heading}`);
}

const core = (creator: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="${NS.pkg}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator></cp:coreProperties>`;
const commentsPart = (comments: string, doctype = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${doctype}${comments}`;
const COMMENT_REFERENCE = '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>checked</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>';

interface Hostile {
  name: string;
  input: () => Uint8Array;
  markers: string[];
  reencodePicture?: ReencodePicture;
  /** Keys the cleaning report must carry, each as many times as listed. */
  removed?: string[];
  refused?: 'unreadable' | 'too-complex' | 'unsupported-content';
}

const HOSTILE: Hostile[] = [
  {
    name: 'an Excel workbook embedded as an OLE object, with its own creator',
    markers: ['EMBEDDED-XLSX-CREATOR-MARKER'],
    input: () =>
      docx({
        body: `<w:p><w:r><w:object w:dxaOrig="2000" w:dyaOrig="1000"><v:shape id="_x0000_i1025" style="width:100pt;height:50pt"><v:imagedata r:id="rIdPreview" o:title=""/></v:shape>` +
          '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1700000001" r:id="rIdOle"/></w:object></w:r></w:p>',
        rels: [['rIdOle', 'package', 'embeddings/Microsoft_Excel_Worksheet.xlsx'], ['rIdPreview', 'image', 'media/image2.emf']],
        parts: {
          'word/embeddings/Microsoft_Excel_Worksheet.xlsx': zip([
            { name: '[Content_Types].xml', data: strToU8(`<Types xmlns="${NS.pkg}/content-types"/>`) },
            { name: 'docProps/core.xml', data: strToU8(core('EMBEDDED-XLSX-CREATOR-MARKER')) },
            { name: 'xl/workbook.xml', data: strToU8('<workbook/>') },
          ]),
          'word/media/image2.emf': emfWithDescription('preview'),
        },
      }),
    removed: ['embedded-file', 'content-dropped'],
  },
  {
    name: 'a TIFF picture with camera make, model, serial and GPS, and alt text',
    markers: ['TIFF-MAKE-MARKER', 'TIFF-MODEL-MARKER', 'TIFF-SERIAL-MARKER', 'ALT-TEXT-MARKER'],
    input: () =>
      docx({
        body: inlinePicture('rIdTiff', 'ALT-TEXT-MARKER'),
        rels: [['rIdTiff', 'image', 'media/image1.tiff']],
        parts: { 'word/media/image1.tiff': tiffWithCamera({ make: 'TIFF-MAKE-MARKER', model: 'TIFF-MODEL-MARKER', serial: 'TIFF-SERIAL-MARKER' }) },
      }),
    reencodePicture: decodesNothing,
    removed: ['picture-dropped'],
  },
  {
    name: 'comment authors under another prefix and with spaces around =',
    markers: ['PREFIX-COMMENT-AUTHOR-MARKER', 'PREFIX-INITIALS-MARKER', 'SPACED-COMMENT-AUTHOR-MARKER', 'COMMENT-TEXT-MARKER'],
    input: () =>
      docx({
        body: COMMENT_REFERENCE,
        rels: [['rIdComments', 'comments', 'comments.xml']],
        parts: {
          'word/comments.xml': commentsPart(
            `<x:comments xmlns:x="${NS.w}"><x:comment x:id="0" x:author="PREFIX-COMMENT-AUTHOR-MARKER" x:initials="PREFIX-INITIALS-MARKER"><x:p><x:r><x:t>COMMENT-TEXT-MARKER</x:t></x:r></x:p></x:comment>` +
              `<x:comment x:id="1" x:author = 'SPACED-COMMENT-AUTHOR-MARKER' ><x:p/></x:comment></x:comments>`,
          ),
        },
      }),
    removed: ['comment-authors'],
  },
  {
    name: 'a comment author given through a DTD entity in the comments part',
    markers: ['ENTITY-COMMENT-AUTHOR-MARKER'],
    input: () =>
      docx({
        body: COMMENT_REFERENCE,
        rels: [['rIdComments', 'comments', 'comments.xml']],
        parts: {
          'word/comments.xml': commentsPart(
            `<w:comments xmlns:w="${NS.w}"><w:comment w:id="0" w:author="&who;"><w:p/></w:comment></w:comments>`,
            '<!DOCTYPE w:comments [<!ENTITY who "ENTITY-COMMENT-AUTHOR-MARKER">]>\n',
          ),
        },
      }),
    removed: ['comment-authors'],
  },
  {
    name: 'a DTD entity in the document itself',
    markers: ['ENTITY-IN-DOCUMENT-MARKER'],
    input: () =>
      docx({
        document:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY who "ENTITY-IN-DOCUMENT-MARKER">]>' +
          documentXml(visibleBody('<w:p><w:r><w:t>&who;</w:t></w:r></w:p>')).replace(/^<\?xml[^>]*>\n/, ''),
      }),
    refused: 'unsupported-content',
  },
  {
    name: 'a document that pulls an external DTD',
    markers: ['EXTERNAL-DTD-MARKER'],
    input: () =>
      docx({
        document:
          '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE w:document SYSTEM "http://EXTERNAL-DTD-MARKER.example/x.dtd">' +
          documentXml(visibleBody()).replace(/^<\?xml[^>]*>\n/, ''),
      }),
    refused: 'unsupported-content',
  },
  {
    name: 'core and app properties at non-standard paths, linked by relationship type',
    markers: ['ELSEWHERE-CREATOR-MARKER', 'ELSEWHERE-COMPANY-MARKER'],
    input: () =>
      docx({
        packageRels: [['rIdCore', `${NS.pkg}/relationships/metadata/core-properties`, 'meta/info.xml'], ['rIdApp', 'extended-properties', 'meta/app.xml']],
        parts: {
          'meta/info.xml': core('ELSEWHERE-CREATOR-MARKER'),
          'meta/app.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>ELSEWHERE-COMPANY-MARKER</Company></Properties>',
        },
      }),
    removed: ['author', 'document-properties'],
  },
  {
    name: 'document variables and an attached template path in the settings',
    markers: ['DOCVAR-MARKER', 'TEMPLATE-USER-MARKER'],
    input: () =>
      docx({
        rels: [['rIdSettings', 'settings', 'settings.xml']],
        parts: {
          'word/settings.xml': `<w:settings xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:attachedTemplate r:id="rId1"/><w:docVars><w:docVar w:name="Owner" w:val="DOCVAR-MARKER"/></w:docVars></w:settings>`,
          'word/_rels/settings.xml.rels': `<Relationships xmlns="${NS.pkg}/relationships"><Relationship Id="rId1" Type="${NS.r}/attachedTemplate" Target="file:///C:/Users/TEMPLATE-USER-MARKER/Normal.dotm" TargetMode="External"/></Relationships>`,
        },
      }),
    removed: ['document-variables', 'template-path'],
  },
  {
    name: 'GIF, WebP and EMF pictures',
    markers: ['GIF-COMMENT-MARKER', 'WEBP-EXIF-MARKER', 'EMF-DESCRIPTION-MARKER'],
    input: () =>
      docx({
        body: inlinePicture('rIdGif') + inlinePicture('rIdWebp') + inlinePicture('rIdEmf'),
        rels: [['rIdGif', 'image', 'media/image1.gif'], ['rIdWebp', 'image', 'media/image2.webp'], ['rIdEmf', 'image', 'media/image3.emf']],
        parts: { 'word/media/image1.gif': gifWithComment('GIF-COMMENT-MARKER'), 'word/media/image2.webp': webpWithExif('WEBP-EXIF-MARKER'), 'word/media/image3.emf': emfWithDescription('EMF-DESCRIPTION-MARKER') },
      }),
    reencodePicture: decodesNothing,
    removed: ['picture-dropped', 'picture-dropped', 'picture-dropped'],
  },
  {
    name: 'tracked changes and comments',
    markers: ['INSERT-AUTHOR-MARKER', 'DELETE-AUTHOR-MARKER', 'DELETED-TEXT-MARKER', 'FORMAT-AUTHOR-MARKER', 'COMMENT-AUTHOR-TC-MARKER', 'COMMENT-BODY-TC-MARKER', 'PERSON-MARKER'],
    input: () =>
      docx({
        body:
          '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:commentRangeStart w:id="0"/>' +
          `<w:ins w:id="1" w:author="INSERT-AUTHOR-MARKER" w:date="2024-03-01T09:15:00Z"><w:r w:rsidR="00A1B2C3"><w:t>${VISIBLE.inserted}</w:t></w:r></w:ins>` +
          '<w:del w:id="2" w:author="DELETE-AUTHOR-MARKER" w:date="2024-03-01T09:16:00Z"><w:r><w:delText>DELETED-TEXT-MARKER</w:delText></w:r></w:del>' +
          '<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="FORMAT-AUTHOR-MARKER" w:date="2024-03-01T09:17:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>.</w:t></w:r>' +
          '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
        rels: [['rIdComments', 'comments', 'comments.xml'], ['rIdPeople', 'http://schemas.microsoft.com/office/2011/relationships/people', 'people.xml']],
        parts: {
          'word/comments.xml': commentsPart(`<w:comments xmlns:w="${NS.w}"><w:comment w:id="0" w:author="COMMENT-AUTHOR-TC-MARKER" w:date="2024-03-01T09:20:00Z"><w:p><w:r><w:t>COMMENT-BODY-TC-MARKER</w:t></w:r></w:p></w:comment></w:comments>`),
          'word/people.xml': '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="PERSON-MARKER"/></w15:people>',
        },
      }),
    removed: ['comment-authors', 'people', 'revision-authors', 'deleted-text'],
  },
  {
    name: 'a whole document under another prefix, with a revision author spaced around =',
    markers: ['OTHER-PREFIX-REVISION-AUTHOR-MARKER'],
    input: () =>
      docx({
        document: documentXml(visibleBody(`<w:p><w:ins w:id="9" w:author = "OTHER-PREFIX-REVISION-AUTHOR-MARKER"><w:r><w:t>${VISIBLE.inserted}</w:t></w:r></w:ins></w:p>`))
          .replace(/<(\/?)w:/g, '<$1ns0:')
          .replace(/ w:/g, ' ns0:')
          .replace('xmlns:w=', 'xmlns:ns0='),
      }),
    removed: ['revision-authors'],
  },
  {
    name: 'hidden text, field codes, links, content controls, custom XML, headers, footnote authors, macros, custom properties, thumbnail and fonts',
    markers: ['HIDDEN-TEXT-MARKER', 'FIELD-PATH-MARKER', 'LINK-TARGET-MARKER', 'SDT-TAG-MARKER', 'CUSTOM-XML-ELEMENT-MARKER', 'HEADER-MARKER', 'FOOTNOTE-AUTHOR-MARKER', 'MACRO-MARKER', 'CUSTOM-PROPERTY-MARKER-X', 'THUMBNAIL-MARKER', 'FONT-MARKER'],
    input: () =>
      docx({
        body:
          '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN-TEXT-MARKER</w:t></w:r>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "C:\\Users\\FIELD-PATH-MARKER\\a.png" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:hyperlink r:id="rIdLink"><w:r><w:t>the tender</w:t></w:r></w:hyperlink>' +
          '<w:sdt><w:sdtPr><w:tag w:val="SDT-TAG-MARKER"/></w:sdtPr><w:sdtContent><w:r><w:t>in a control</w:t></w:r></w:sdtContent></w:sdt>' +
          '<w:customXml w:uri="urn:x" w:element="CUSTOM-XML-ELEMENT-MARKER"><w:r><w:t>tagged</w:t></w:r></w:customXml>' +
          '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        rels: [
          ['rIdLink', 'hyperlink', 'https://LINK-TARGET-MARKER.example/', true], ['rIdHeader', 'header', 'header1.xml'], ['rIdNotes', 'footnotes', 'footnotes.xml'],
          ['rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'], ['rIdFonts', 'fontTable', 'fontTable.xml'],
        ],
        packageRels: [['rIdCustom', 'custom-properties', 'docProps/custom.xml'], ['rIdThumb', `${NS.pkg}/relationships/metadata/thumbnail`, 'docProps/thumbnail.jpeg']],
        parts: {
          'word/header1.xml': `<w:hdr xmlns:w="${NS.w}"><w:p><w:r><w:t>HEADER-MARKER</w:t></w:r></w:p></w:hdr>`,
          'word/footnotes.xml':
            `<w:footnotes xmlns:w="${NS.w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
            '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:ins w:id="7" w:author="FOOTNOTE-AUTHOR-MARKER"><w:r><w:t>See the invoice</w:t></w:r></w:ins></w:p></w:footnote></w:footnotes>',
          'word/vbaProject.bin': 'MACRO-MARKER',
          'word/fontTable.xml': `<w:fonts xmlns:w="${NS.w}"/>`,
          'word/fonts/font1.odttf': 'FONT-MARKER',
          'docProps/custom.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="Dept"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">CUSTOM-PROPERTY-MARKER-X</vt:lpwstr></property></Properties>',
          'docProps/thumbnail.jpeg': 'THUMBNAIL-MARKER',
        },
      }),
    removed: ['hidden-text', 'field-codes', 'link-targets', 'custom-xml', 'headers-footers', 'revision-authors', 'macros', 'custom-properties', 'thumbnail', 'embedded-fonts'],
  },
  { name: 'a zip whose entries overlap', markers: ['OVERLAP-MARKER'], input: () => docxWithOverlappingEntries('OVERLAP-MARKER'), refused: 'unreadable' },
  { name: 'a zip with two entries of the same name', markers: ['DUPLICATE-MARKER'], input: () => docxWithDuplicateDocument('DUPLICATE-MARKER'), refused: 'unreadable' },
];

describe('rebuildDocx: hostile files', () => {
  it.each(HOSTILE.map((hostile) => [hostile.name, hostile] as const))('%s', async (_, hostile) => {
    const input = hostile.input();
    expect(markersIn(input, hostile.markers)).toEqual(hostile.markers); // each marker really is in the file
    const outcome = await rebuild(input, LIMITS, hostile.reencodePicture ?? decodesJpegAndPng);
    if (hostile.refused) {
      expect(outcome).toMatchObject({ ok: false, reason: hostile.refused });
      return;
    }
    if (!outcome.ok) throw new Error(`refused: ${outcome.detail}`);
    expect(markersIn(outcome.bytes, hostile.markers)).toEqual([]);
    expectValidDocx(outcome.bytes);
    expectVisibleSurvived(outcome.bytes);
    for (const key of new Set(hostile.removed)) expect(outcome.removed.filter((entry) => entry === key).length, key).toBe(hostile.removed!.filter((entry) => entry === key).length);
  });

  it('keeps the text of tracked insertions and drops deleted text, authors, dates and rsids', async () => {
    const { bytes } = await rebuilt(HOSTILE.find((hostile) => hostile.name === 'tracked changes and comments')!.input());
    expect(documentText(bytes)).toContain(VISIBLE.inserted);
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    for (const trace of ['rsid', 'author', 'w:date', 'w:ins', 'w:del', 'comment']) expect(document).not.toContain(trace);
  });

  it('keeps text written under another namespace prefix', async () => {
    const { bytes } = await rebuilt(HOSTILE.find((hostile) => hostile.name.startsWith('a whole document under another prefix'))!.input());
    expect(documentText(bytes)).toContain(VISIBLE.inserted);
  });

  it('keeps the text of fields, links, content controls and custom XML markup but not what wraps them', async () => {
    const { bytes } = await rebuilt(HOSTILE.find((hostile) => hostile.name.startsWith('hidden text'))!.input());
    const text = documentText(bytes);
    for (const shown of ['shown', 'the tender', 'in a control', 'tagged']) expect(text).toContain(shown);
    // The footnote's number where it was referenced, and the note itself after the body.
    expect(text).toMatch(/tagged1.*─+1 See the invoice$/);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('<w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">1</w:t>');
  });

  it('re-encodes a GPS-tagged JPEG through the re-encoder, under a new name, and keeps none of its tags', async () => {
    const input = docx({ body: inlinePicture('rIdPhoto'), rels: [['rIdPhoto', 'image', 'media/IMG_20240301_camera.jpeg']], parts: { 'word/media/IMG_20240301_camera.jpeg': jpegWithGps() } });
    const jpegMarkers = Object.values(MARKERS.jpeg);
    expect(markersIn(input, jpegMarkers)).toEqual(jpegMarkers);
    const { bytes, removed } = await rebuilt(input);
    expect(markersIn(bytes, [...jpegMarkers, 'IMG_20240301'])).toEqual([]);
    const parts = unzipSync(bytes);
    expect(parts['word/media/image1.png']).toEqual(CLEAN_PNG);
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('Target="media/image1.png"');
    expect(strFromU8(parts['word/document.xml']!)).toContain('<wp:extent cx="1905000" cy="1428750"/>');
    expect(removed).toEqual(['alt-text', 'picture-metadata']);
    expectValidDocx(bytes);
  });

  it('rebuilds the default header and footer from their text and pictures, and nothing else of them', async () => {
    const sectPr = '<w:sectPr><w:headerReference w:type="first" r:id="rIdFirst"/><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>';
    const marginal = (root: string, content: string) => `<w:${root} ${Object.entries({ w: NS.w, r: NS.r, wp: NS.wp, a: NS.a, pic: NS.pic }).map(([p, uri]) => `xmlns:${p}="${uri}"`).join(' ')}>${content}</w:${root}>`;
    const input = docx({
      document: documentXml(visibleBody(), sectPr),
      rels: [['rIdHeader', 'header', 'header2.xml'], ['rIdFirst', 'header', 'header1.xml'], ['rIdFooter', 'footer', 'footer7.xml']],
      parts: {
        'word/header1.xml': marginal('hdr', '<w:p><w:r><w:t>FIRST-PAGE-HEADER-MARKER</w:t></w:r></w:p>'),
        'word/header2.xml': marginal('hdr', '<w:p><w:ins w:author="HEADER-AUTHOR-MARKER"><w:r><w:t>สำนักอนามัย letterhead</w:t></w:r></w:ins></w:p>' + inlinePicture('rIdLogo', 'LOGO-ALT-MARKER')),
        'word/_rels/header2.xml.rels': `<Relationships xmlns="${NS.pkg}/relationships"><Relationship Id="rIdLogo" Type="${NS.r}/image" Target="media/logo.jpeg"/></Relationships>`,
        'word/media/logo.jpeg': jpegWithGps(),
        'word/footer7.xml': marginal('ftr', '<w:p><w:r><w:t>Confidential</w:t></w:r><w:r><w:instrText>FILENAME \\p FOOTER-PATH-MARKER</w:instrText></w:r></w:p>'),
      },
    });
    const markers = ['FIRST-PAGE-HEADER-MARKER', 'HEADER-AUTHOR-MARKER', 'LOGO-ALT-MARKER', 'FOOTER-PATH-MARKER', ...Object.values(MARKERS.jpeg)];
    expect(markersIn(input, markers)).toEqual(markers);
    const { bytes, removed } = await rebuilt(input);
    expect(markersIn(bytes, markers)).toEqual([]);
    expectValidDocx(bytes);
    expectVisibleSurvived(bytes);
    const parts = unzipSync(bytes);
    expect(documentText(bytes, 'word/header1.xml')).toBe('สำนักอนามัย letterhead');
    expect(documentText(bytes, 'word/footer1.xml')).toBe('Confidential');
    expect(strFromU8(parts['word/_rels/header1.xml.rels']!)).toContain('Target="media/image1.png"');
    expect(strFromU8(parts['word/document.xml']!)).toContain('<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>');
    expect(removed.sort()).toEqual(['alt-text', 'field-codes', 'headers-footers', 'picture-metadata', 'revision-authors']);
  });

  it('keeps text hidden by a style hidden, through the style it is based on', async () => {
    const styles =
      `<w:styles xmlns:w="${NS.w}"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
      '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Quiet"><w:name w:val="Quiet"/><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Quieter"><w:name w:val="Quieter"/><w:basedOn w:val="Quiet"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loud"><w:name w:val="Loud"/><w:basedOn w:val="Quiet"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style></w:styles>';
    const input = docx({
      body:
        '<w:p><w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>STYLE-HIDDEN-RUN-MARKER</w:t></w:r><w:r><w:t>seen</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Quieter"/></w:pPr><w:r><w:t>STYLE-HIDDEN-PARAGRAPH-MARKER</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr><w:r><w:t>shown again</w:t></w:r></w:p>',
      parts: { 'word/styles.xml': styles },
    });
    const { bytes, removed } = await rebuilt(input);
    expect(markersIn(bytes, ['STYLE-HIDDEN-RUN-MARKER', 'STYLE-HIDDEN-PARAGRAPH-MARKER'])).toEqual([]);
    expect(documentText(bytes)).toContain('seen');
    expect(documentText(bytes)).toContain('shown again');
    expect(removed).toEqual(['hidden-text']);
  });

  it('writes list numbers and bullets as text, counted as Word counts them', async () => {
    const level = (ilvl: number, format: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      `<w:numbering xmlns:w="${NS.w}"><w:abstractNum w:abstractNumId="0">${level(0, 'thaiNumbers', '%1.')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '\uF0B7')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const item = (numId: number, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const input = docx({
      body: item(3, 0, 'first') + item(3, 1, 'detail') + item(3, 1, 'more') + item(3, 0, 'second') + item(3, 1, 'again') + item(4, 0, 'point'),
      rels: [['rIdNumbering', 'numbering', 'numbering.xml']],
      parts: { 'word/numbering.xml': numbering },
    });
    const text = documentText(await rebuilt(input).then(({ bytes }) => bytes));
    expect(text).toContain('๑. first๑.1 detail๑.2 more๒. second๒.1 again• point');
  });

  it('keeps the text of a text box once, from its fallback, and a VML picture', async () => {
    const textBox = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const input = docx({
      body:
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
        `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${textBox('boxed note')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:rect style="width:200pt;height:50pt"><v:textbox>${textBox('boxed note')}</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
        '<w:p><w:r><w:pict><v:shape style="width:144pt;height:72pt"><v:imagedata r:id="rIdVml" o:title="VML-TITLE-MARKER"/></v:shape></w:pict></w:r></w:p>',
      rels: [['rIdVml', 'image', 'media/old.jpeg']],
      parts: { 'word/media/old.jpeg': jpegWithGps() },
    });
    const { bytes } = await rebuilt(input);
    expect(documentText(bytes).split('boxed note')).toHaveLength(2);
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(document).toContain(`<wp:extent cx="${144 * 12_700}" cy="${72 * 12_700}"/>`);
    expect(markersIn(bytes, ['VML-TITLE-MARKER'])).toEqual([]);
    expectValidDocx(bytes);
  });

  it('reads a Strict Open XML document, whose namespaces and relationship types differ from the usual ones', async () => {
    const strict = Object.entries(docxParts({})).map(([name, data]) => ({
      name,
      data: strToU8(
        strFromU8(data)
          .replaceAll(NS.w, 'http://purl.oclc.org/ooxml/wordprocessingml/main')
          .replaceAll(NS.r, 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
      ),
    }));
    expect(strFromU8(strict.find((part) => part.name === '_rels/.rels')!.data)).toContain('http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument');
    const { bytes } = await rebuilt(zip(strict));
    expectVisibleSurvived(bytes);
    expectValidDocx(bytes);
  });

  it('refuses a zip with more entries than allowed', async () => {
    const outcome = await rebuild(docx({ parts: Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`word/media/pad${index}.bin`, 'x'])) }), { ...LIMITS, maxEntries: 10 });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-complex' });
  });

  it('refuses XML nested deeper than allowed', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(40)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(40)}`;
    expect(await rebuild(docx({ body: deep }))).toMatchObject({ ok: false, reason: 'too-complex' });
    const { bytes } = await rebuilt(docx({ body: deep.replaceAll('<w:sdt><w:sdtContent>'.repeat(20), '').replaceAll('</w:sdtContent></w:sdt>'.repeat(20), '') }));
    expect(documentText(bytes)).toContain('deep');
  });

  it('refuses a part that is not well-formed or not UTF-8', async () => {
    expect(await rebuild(docx({ document: documentXml(visibleBody('<w:p><w:r><w:t>open')) }))).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await rebuild(docx({ document: documentXml(visibleBody()).replace('UTF-8', 'ISO-8859-11') }))).toMatchObject({ ok: false, reason: 'unsupported-content' });
  });

  it('refuses a file with no main document', async () => {
    const parts = unzipSync(docx());
    delete parts['word/document.xml'];
    expect(await rebuild(zipSync(parts))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('rebuildDocx: inflation bombs', () => {
  // 200 MB of zeros deflate to about 200 KB; made once, in pieces.
  const ZEROS = 200 * MB;
  const deflated = deflatedZeros(ZEROS);
  const folder = mkdtempSync(join(tmpdir(), 'docx-bomb-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  /** Rebuilds the file in a process of its own under the pipeline's limits: its peak memory is this rebuild's alone. */
  const peakOf = (path: string) => {
    const script = new URL('../support/docx-bomb-peak.ts', import.meta.url).pathname;
    const report = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, path, JSON.stringify(PIPELINE_LIMITS)], { encoding: 'utf8' })) as { outcome: string; before: number; peak: number };
    expect(report.peak).toBeLessThan(256 * MB);
    return report;
  };

  it('refuses a part that declares 100 bytes and inflates past the limit, counting real bytes', async () => {
    const bomb = docxBomb(ZEROS, deflated);
    expect(bomb.length).toBeLessThan(1 * MB);
    expect(await rebuild(bomb, { ...LIMITS, maxInflatedBytes: 1 * MB })).toMatchObject({ ok: false, reason: 'too-complex' });
  });

  it('refuses it under the pipeline limits too, and stays far below 256 MB while doing so', () => {
    const path = join(folder, 'bomb.docx');
    writeFileSync(path, docxBomb(ZEROS, deflated));
    const report = peakOf(path);
    expect(report.outcome).not.toBe('ok');
    expect(report.peak - report.before).toBeLessThan(48 * MB);
    expect(report.peak).toBeLessThan(256 * MB);
  });

  it('refuses a picture that inflates to more than any photo, without holding it', () => {
    const path = join(folder, 'picture-bomb.docx');
    const parts = Object.entries(unzipSync(docx({ body: inlinePicture('rIdBig'), rels: [['rIdBig', 'image', 'media/image1.png']] }))).map(([name, data]) => ({ name, data }));
    // Well inside the file's inflation budget, and honest about its size: only the picture limit stops it.
    writeFileSync(path, zip([...parts, { name: 'word/media/image1.png', data: new Uint8Array(0), deflated: deflatedZeros(120 * MB), declaredSize: 120 * MB }]));
    expect(peakOf(path)).toMatchObject({ outcome: 'too-complex' });
  });

  it('never inflates a part nothing visible refers to', async () => {
    const entries = unzipSync(docx());
    const parts = Object.entries(entries).map(([name, data]) => ({ name, data }));
    const input = zip([...parts, { name: 'customXml/item1.xml', data: new Uint8Array(0), deflated, declaredSize: 100 }]);
    const outcome = await rebuild(input, { ...LIMITS, maxInflatedBytes: 1 * MB });
    expect(outcome).toMatchObject({ ok: true, removed: ['custom-xml'] });
  });
});
