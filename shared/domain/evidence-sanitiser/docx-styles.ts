// You are here: what the rebuild takes from the source's styles, and the styles part it writes.
// Headings are recognised by their built-in style NAME ("heading 1", "Title"), which Word keeps in
// English whatever the interface language, while style ids are free text. Styles that hide their text
// (w:vanish, directly or through the style they are based on) are noted so that text stays hidden.
// Nothing else of the source's styles is kept; the styles part the rebuilt file carries is constant.
import { parseXml, type XmlSource } from './docx-xml';

const BUILT_IN: Record<string, string> = { title: 'Title', subtitle: 'Subtitle', ...Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`heading ${index + 1}`, `Heading${index + 1}`])) };

export interface SourceStyles {
  /** Source paragraph style id -> the rebuilt style id, for headings and titles only. */
  headings: ReadonlyMap<string, string>;
  /** Paragraph and character style ids whose text is hidden. */
  hidden: ReadonlySet<string>;
}

interface StyleRecord {
  basedOn?: string;
  vanish?: boolean;
}

export function readStyles(xml: XmlSource | undefined, maxDepth: number): SourceStyles {
  const headings = new Map<string, string>();
  const records = new Map<string, StyleRecord>();
  if (!xml) return { headings, hidden: new Set() };
  const open: string[] = [];
  let current: { id: string; paragraph: boolean; record: StyleRecord } | undefined;
  parseXml(xml, maxDepth, {
    open(element) {
      const parent = open.at(-1);
      open.push(element.name);
      if (element.name === 'w:style') {
        const id = element.attribute('w:styleId') ?? '';
        const type = element.attribute('w:type') ?? 'paragraph';
        current = type === 'paragraph' || type === 'character' ? { id, paragraph: type === 'paragraph', record: {} } : undefined;
        if (current) records.set(`${type}:${id}`, current.record);
        return;
      }
      if (!current) return;
      const value = element.attribute('w:val');
      if (element.name === 'w:name' && current.paragraph) {
        const rebuilt = BUILT_IN[(value ?? '').toLowerCase()];
        if (rebuilt) headings.set(current.id, rebuilt);
      }
      if (element.name === 'w:basedOn') current.record.basedOn = value;
      // Only the style's own run properties, not those of a table style's conditional parts.
      if (element.name === 'w:vanish' && parent === 'w:rPr' && open.at(-3) === 'w:style') current.record.vanish = !(value === '0' || value === 'false' || value === 'off');
    },
    close(element) {
      open.pop();
      if (element.name === 'w:style') current = undefined;
    },
  });
  const hidden = new Set<string>();
  for (const [key, record] of records) {
    const [type] = key.split(':');
    // A style inherits what it does not say from the style it is based on; a loop or a long chain stops the walk.
    let walk: StyleRecord | undefined = record;
    for (let step = 0; walk && walk.vanish === undefined && step < 32; step += 1) walk = walk.basedOn === undefined ? undefined : records.get(`${type}:${walk.basedOn}`);
    if (walk?.vanish) hidden.add(key);
  }
  return { headings, hidden };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const heading = (id: string, name: string, size: number, level?: number) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${level === undefined ? '' : `<w:outlineLvl w:val="${level}"/>`}</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;

/** Fonts every Word installation has; Tahoma covers Thai. */
export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Tahoma"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:bidi="th-TH"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  heading('Title', 'Title', 48) +
  heading('Subtitle', 'Subtitle', 30) +
  Array.from({ length: 9 }, (_, index) => heading(`Heading${index + 1}`, `heading ${index + 1}`, Math.max(22, 36 - index * 4), index)).join('') +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders></w:tblPr></w:style></w:styles>';
