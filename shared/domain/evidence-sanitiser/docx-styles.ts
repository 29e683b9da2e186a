// You are here: the few paragraph styles a rebuilt DOCX knows. Headings are recognised in the source
// by their built-in style NAME ("heading 1", "Title"), which Word keeps in English whatever the
// interface language, while style ids are free text; nothing else of the source's styles is kept.
// The styles part the rebuilt file carries is written here, from constants.
import { parseXml, type XmlSource } from './docx-xml';

const BUILT_IN: Record<string, string> = { title: 'Title', subtitle: 'Subtitle', ...Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`heading ${index + 1}`, `Heading${index + 1}`])) };

/** Source paragraph style id -> the rebuilt style id, for headings and titles only. */
export function readHeadingStyles(xml: XmlSource | undefined, maxDepth: number): Map<string, string> {
  const styles = new Map<string, string>();
  if (!xml) return styles;
  let current: string | undefined;
  parseXml(xml, maxDepth, {
    open(element) {
      if (element.name === 'w:style') current = element.attribute('w:type') === 'paragraph' ? element.attribute('w:styleId') : undefined;
      else if (element.name === 'w:name' && current !== undefined) {
        const rebuilt = BUILT_IN[(element.attribute('w:val') ?? '').toLowerCase()];
        if (rebuilt) styles.set(current, rebuilt);
      }
    },
    close(element) {
      if (element.name === 'w:style') current = undefined;
    },
  });
  return styles;
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
