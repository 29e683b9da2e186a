// You are here: writes a brand-new DOCX from the allow-listed model: [Content_Types].xml first, the
// package relationships, the document, a styles part written from constants, its relationships and
// the re-encoded pictures under neutral names. Nothing is copied from the source package: no
// properties, settings, fonts, themes, numbering, headers or footers. Fixed zip timestamps make the
// same input give the same bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Block, Cell, Inline, Paragraph, Table, TextRun } from './docx-body';
import { STYLES_XML } from './docx-styles';

export interface RebuiltPicture {
  /** The relationship id the document uses for it. */
  id: string;
  bytes: Uint8Array;
  contentType: 'image/png' | 'image/jpeg';
  /** Size in pixels read from the re-encoded bytes, for pictures whose source gave no size. */
  pixels?: { width: number; height: number };
}

/** What the rebuilt document shows: its body, and the header and footer of every page when it had them. */
export interface RebuiltContent {
  body: readonly Block[];
  header?: readonly Block[];
  footer?: readonly Block[];
}

/** Inline pictures here carry the id of a RebuiltPicture; pictures that were dropped are no longer in the blocks. */
export function writeDocx(content: RebuiltContent, pictures: readonly RebuiltPicture[]): Uint8Array {
  const byId = new Map(pictures.map((picture) => [picture.id, picture]));
  const media = pictures.map((picture, index) => ({ ...picture, part: `media/image${index + 1}.${picture.contentType === 'image/png' ? 'png' : 'jpeg'}` }));
  let drawingId = 0;
  /** Pictures the story being written shows: each story's relationships list only its own. */
  let used = new Set<string>();

  const run = (inline: Inline): string => {
    switch (inline.kind) {
      case 'text':
        return `<w:r>${runProperties(inline)}<w:t xml:space="preserve">${escape(inline.text)}</w:t></w:r>`;
      case 'tab':
        return '<w:r><w:tab/></w:r>';
      case 'break':
        return inline.page ? '<w:r><w:br w:type="page"/></w:r>' : '<w:r><w:br/></w:r>';
      case 'note':
        return ''; // the rebuild has already written the note's number as text
      case 'picture': {
        const picture = byId.get(inline.relationshipId);
        if (!picture) return '';
        drawingId += 1;
        used.add(picture.id);
        const [cx, cy] = extent(inline, picture);
        return (
          `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${drawingId}" name="Picture ${drawingId}"/>` +
          '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
          `<pic:pic><pic:nvPicPr><pic:cNvPr id="${drawingId}" name="Picture ${drawingId}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${picture.id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
          `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
        );
      }
    }
  };
  const paragraph = (block: Paragraph): string => {
    const properties = (block.style ? `<w:pStyle w:val="${block.style}"/>` : '') + (block.align ? `<w:jc w:val="${block.align}"/>` : '');
    return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${block.inlines.map(run).join('')}</w:p>`;
  };
  const cell = (item: Cell, columnWidth: number): string => {
    const content = item.blocks.map(block).join('');
    // A cell must end with a paragraph.
    const last = item.blocks.at(-1);
    const properties = `<w:tcW w:w="${columnWidth * item.span}" w:type="dxa"/>` + (item.span > 1 ? `<w:gridSpan w:val="${item.span}"/>` : '') + (item.verticalMerge ? `<w:vMerge${item.verticalMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '');
    return `<w:tc><w:tcPr>${properties}</w:tcPr>${content}${last?.kind === 'paragraph' ? '' : '<w:p/>'}</w:tc>`;
  };
  const table = (item: Table): string => {
    const rows = item.rows.filter((row) => row.length > 0);
    if (rows.length === 0) return '';
    const columns = Math.max(...rows.map((row) => row.reduce((sum, entry) => sum + entry.span, 0)));
    const columnWidth = Math.floor(CONTENT_WIDTH_TWIPS / columns);
    return (
      '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' +
      `<w:tblGrid>${`<w:gridCol w:w="${columnWidth}"/>`.repeat(columns)}</w:tblGrid>` +
      rows.map((row) => `<w:tr>${row.map((entry) => cell(entry, columnWidth)).join('')}</w:tr>`).join('') +
      '</w:tbl>'
    );
  };
  const block = (item: Block): string => (item.kind === 'paragraph' ? paragraph(item) : table(item));

  // A story (body, header, footer) must end with a paragraph.
  const story = (blocks: readonly Block[]) => blocks.map(block).join('') + (blocks.at(-1)?.kind === 'paragraph' ? '' : '<w:p/>');
  const namespaces = `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}"`;
  const storyOf = (blocks: readonly Block[]) => {
    used = new Set();
    return { xml: story(blocks), media: media.filter(({ id }) => used.has(id)).map(({ id, part }): Relationship => [id, 'image', part]) };
  };

  const marginals = (['header', 'footer'] as const).flatMap((kind) => {
    const blocks = content[kind];
    if (!blocks) return [];
    const written = storyOf(blocks);
    const root = kind === 'header' ? 'hdr' : 'ftr';
    return [{ kind, id: `rId${kind === 'header' ? 'Header' : 'Footer'}`, name: `${kind}1.xml`, xml: `${XML}<w:${root} ${namespaces}>${written.xml}</w:${root}>`, media: written.media }];
  });
  const body = storyOf(content.body);
  const references = marginals.map(({ kind, id }) => `<w:${kind}Reference w:type="default" r:id="${id}"/>`).join('');
  const document =
    `${XML}<w:document ${namespaces}><w:body>${body.xml}` +
    `<w:sectPr>${references}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;

  const parts: Zippable = {
    '[Content_Types].xml': [
      strToU8(
        `${XML}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
          `<Override PartName="/word/document.xml" ContentType="${NS.officeTypes}.wordprocessingml.document.main+xml"/>` +
          `<Override PartName="/word/styles.xml" ContentType="${NS.officeTypes}.wordprocessingml.styles+xml"/>` +
          marginals.map(({ kind, name }) => `<Override PartName="/word/${name}" ContentType="${NS.officeTypes}.wordprocessingml.${kind}+xml"/>`).join('') +
          '</Types>',
      ),
      {},
    ],
    '_rels/.rels': [strToU8(relationships([['rIdDocument', 'officeDocument', 'word/document.xml']])), {}],
    'word/document.xml': [strToU8(document), {}],
    'word/styles.xml': [strToU8(STYLES_XML), {}],
    'word/_rels/document.xml.rels': [strToU8(relationships([['rIdStyles', 'styles', 'styles.xml'], ...marginals.map(({ kind, id, name }): Relationship => [id, kind, name]), ...body.media])), {}],
  };
  for (const marginal of marginals) {
    parts[`word/${marginal.name}`] = [strToU8(marginal.xml), {}];
    if (marginal.media.length > 0) parts[`word/_rels/${marginal.name}.rels`] = [strToU8(relationships(marginal.media)), {}];
  }
  // Only pictures some story shows; they are already compressed.
  const shown = new Set([...body.media, ...marginals.flatMap((marginal) => marginal.media)].map(([id]) => id));
  for (const picture of media) if (shown.has(picture.id)) parts[`word/${picture.part}`] = [picture.bytes, { level: 0 }];
  return zipSync(parts, { level: 6, mtime: FIXED_MTIME });
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  officeTypes: 'application/vnd.openxmlformats-officedocument',
};
/** fflate writes DOS times from local date fields, so a local-time date gives the same bytes in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1);
/** A4 with 2.54 cm margins. */
const MARGIN = 1440;
const CONTENT_WIDTH_TWIPS = 11906 - 2 * MARGIN;
const EMU_PER_TWIP = 635;
const EMU_PER_PIXEL = 9525; // at 96 dpi
const MAX_WIDTH_EMU = CONTENT_WIDTH_TWIPS * EMU_PER_TWIP;
const MAX_HEIGHT_EMU = (16838 - 2 * MARGIN) * EMU_PER_TWIP;

type Relationship = [id: string, type: string, target: string];
const relationships = (list: Relationship[]) =>
  `${XML}<Relationships xmlns="${NS.packageRelationships}">` +
  list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${NS.r}/${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

/** The size the source gave, else the picture's pixels at 96 dpi; scaled down, keeping its shape, to fit the page. */
function extent(inline: Extract<Inline, { kind: 'picture' }>, picture: RebuiltPicture): [number, number] {
  let [cx, cy] =
    inline.widthEmu && inline.heightEmu ? [inline.widthEmu, inline.heightEmu]
    : picture.pixels ? [picture.pixels.width * EMU_PER_PIXEL, picture.pixels.height * EMU_PER_PIXEL]
    : [MAX_WIDTH_EMU / 2, MAX_WIDTH_EMU / 2];
  const scale = Math.min(1, MAX_WIDTH_EMU / cx, MAX_HEIGHT_EMU / cy);
  [cx, cy] = [Math.max(1, Math.round(cx * scale)), Math.max(1, Math.round(cy * scale))];
  return [cx, cy];
}

function runProperties(run: TextRun): string {
  const properties =
    (run.bold ? '<w:b/><w:bCs/>' : '') +
    (run.italic ? '<w:i/><w:iCs/>' : '') +
    (run.strike ? '<w:strike/>' : '') +
    (run.color ? `<w:color w:val="${run.color}"/>` : '') +
    (run.size ? `<w:sz w:val="${run.size}"/><w:szCs w:val="${run.size}"/>` : '') +
    (run.underline ? '<w:u w:val="single"/>' : '') +
    (run.vertAlign ? `<w:vertAlign w:val="${run.vertAlign}"/>` : '');
  return properties ? `<w:rPr>${properties}</w:rPr>` : '';
}

/** Text for an XML 1.0 element: markup characters escaped, characters XML 1.0 forbids dropped. */
function escape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
