// You are here: what a reader sees in word/document.xml, and nothing else. A streaming walk over the
// parsed XML keeps an allow-list: paragraphs (with a heading style and alignment), runs of text with
// bold/italic/underline/strike/super-/subscript, size and colour, tabs and breaks, tables, text boxes
// (their paragraphs follow the paragraph that anchors them) and pictures (by relationship id, for the
// rebuilder to re-encode). Everything else is skipped without being kept: properties, rsids, field
// instructions, alt text, bookmarks, content-control settings, custom XML markup.
// Tracked changes are taken in the final ("accepted") view a reader sees by default: inserted text
// stays, deleted text goes, and no author or date is kept. Hidden text (w:vanish) is not kept either.
import { refuse } from './docx-refusal';
import type { SourceStyles } from './docx-styles';
import { parseXml, type Element, type XmlSource } from './docx-xml';

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  vertAlign?: 'superscript' | 'subscript';
  /** Half-points. */
  size?: number;
  /** Six hex digits. */
  color?: string;
}
export type Inline =
  | TextRun
  | { kind: 'tab' }
  | { kind: 'break'; page: boolean }
  | { kind: 'picture'; relationshipId: string; widthEmu?: number; heightEmu?: number }
  /** Where a footnote or endnote is referenced; the rebuild numbers it and writes the note after the body. */
  | { kind: 'note'; note: NoteKind; id: string };
export type NoteKind = 'footnote' | 'endnote';
export type Alignment = 'left' | 'center' | 'right' | 'both';
export interface Paragraph {
  kind: 'paragraph';
  /** A style id the rebuilt styles part defines: 'Heading1'…'Heading9', 'Title'. */
  style?: string;
  align?: Alignment;
  /** A list item: its list and level, for the label the rebuild writes in front of its text. */
  list?: { numId: string; level: number };
  inlines: Inline[];
}
export interface Cell {
  span: number;
  /** Vertical merge: 'restart' starts a merged cell, 'continue' joins the one above. */
  verticalMerge?: 'restart' | 'continue';
  blocks: Block[];
}
export interface Table {
  kind: 'table';
  rows: Cell[][];
}
export type Block = Paragraph | Table;

/** What the walk saw and did not keep, for the cleaning report. */
export interface BodyFindings {
  revisionAuthors: boolean;
  deletedText: boolean;
  comments: boolean;
  hiddenText: boolean;
  customXml: boolean;
  fieldCodes: boolean;
  /** Descriptions and titles of pictures and shapes. */
  altText: boolean;
  /** Where links pointed (their text is kept). */
  linkTargets: boolean;
  /** Visible things that are not rebuilt: shapes, charts, equations, OLE objects, imported chunks. */
  contentDropped: number;
  /** Relationship ids of the default header and footer of the document's last section, which the rebuild carries. */
  header?: string;
  footer?: string;
}

export interface Body {
  blocks: Block[];
  findings: BodyFindings;
  /** For a footnotes or endnotes part: each note's content, by 'footnote:<id>' or 'endnote:<id>'. */
  notes: Map<string, Block[]>;
}

type RunProperties = Omit<TextRun, 'kind' | 'text'> & { hidden: boolean };

type Frame =
  | { mode: 'skip' }
  | { mode: 'blocks'; blocks: Block[]; cell?: Cell }
  | { mode: 'paragraph'; paragraph: Paragraph; after: Block[]; hidden: boolean }
  | { mode: 'paragraph-properties'; paragraph: ParagraphFrame }
  | { mode: 'numbering'; paragraph: Paragraph }
  | { mode: 'run'; paragraph: ParagraphFrame; properties: RunProperties }
  | { mode: 'run-properties'; properties: RunProperties }
  | { mode: 'text'; paragraph: Paragraph; properties: RunProperties }
  | { mode: 'table'; table: Table }
  | { mode: 'row'; row: Cell[] }
  | { mode: 'cell-properties'; cell: Cell }
  | { mode: 'drawing'; paragraph: ParagraphFrame; drawing: Drawing }
  | { mode: 'alternate'; parent: Frame };

type ParagraphFrame = Extract<Frame, { mode: 'paragraph' }>;
interface Drawing {
  pictures: string[];
  widthEmu?: number;
  heightEmu?: number;
  textBoxes: number;
}

const SKIP: Frame = { mode: 'skip' };
/** Elements a reader never sees, anywhere: their whole subtree is dropped. */
const NEVER = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange', 'w:sdtPr', 'w:sdtEndPr', 'w:customXmlPr', 'w:smartTagPr', 'w:sectPr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:permStart', 'w:permEnd', 'mc:Choice', 'w:fldData', 'wp:docPr', 'pic:nvPicPr', 'w:ffData']);
/** Containers that only wrap what a reader sees: their children are read as if they were the parent's. */
const WRAPPERS = new Set(['w:document', 'w:body', 'w:hdr', 'w:ftr', 'w:footnotes', 'w:endnotes', 'w:ins', 'w:moveTo', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo', 'mc:Fallback']);
/** The lines Word draws above notes: not content. */
const NOTE_SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);
const COMMENT_MARKS = new Set(['w:commentReference', 'w:commentRangeStart', 'w:commentRangeEnd']);
const DROPPED_CONTENT = new Set(['w:object', 'w:altChunk', 'm:oMath', 'm:oMathPara', 'w:embed', 'w:control']);
const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;
const ALIGNMENTS: Record<string, Alignment> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both' };
const EMU_PER = { pt: 12_700, in: 914_400, px: 9_525, cm: 360_000, mm: 36_000 } as const;

/**
 * The model is bounded however small the zip: a 9 MB document with pictures holds a few tens of thousands of
 * paragraphs, runs and cells and a few million characters; a file past these is refused rather than rebuilt.
 */
const MAX_ITEMS = 250_000;
const MAX_TEXT = 10_000_000;

const isOff = (value: string | undefined) => value === '0' || value === 'false' || value === 'off';

export function readBody(xml: XmlSource, maxDepth: number, styles: SourceStyles): Body {
  const root: Block[] = [];
  const findings: BodyFindings = { revisionAuthors: false, deletedText: false, comments: false, hiddenText: false, customXml: false, fieldCodes: false, altText: false, linkTargets: false, contentDropped: 0 };
  const notes = new Map<string, Block[]>();
  const stack: Frame[] = [{ mode: 'blocks', blocks: root }];
  /** Frames on the stack. A wrapper's element reuses an open frame and owns nothing; a frame is fresh when its element opened it. */
  const live = new Set<Frame>([SKIP, stack[0]!]);
  const fresh: boolean[] = [false];

  let items = 0;
  let characters = 0;
  const count = () => {
    items += 1;
    if (items > MAX_ITEMS) refuse('too-complex', `docx has more than ${MAX_ITEMS} paragraphs, runs and cells`);
  };
  const pushText = (paragraph: Paragraph, properties: RunProperties, text: string) => {
    characters += text.length;
    if (characters > MAX_TEXT) refuse('too-complex', `docx has more than ${MAX_TEXT} characters of text`);
    if (appendText(paragraph, properties, text)) count();
  };

  const childFrame = (parent: Frame, element: Element): Frame => {
    const { name } = element;
    if (parent.mode === 'skip') return SKIP;
    if (parent.mode === 'alternate') return name === 'mc:Fallback' ? parent.parent : SKIP;
    if (name === 'mc:AlternateContent') return { mode: 'alternate', parent };
    if (NEVER.has(name)) return SKIP;
    if (WRAPPERS.has(name)) return parent;
    if (DROPPED_CONTENT.has(name)) {
      findings.contentDropped += 1;
      return SKIP;
    }
    switch (parent.mode) {
      case 'blocks':
        if (name === 'w:p') return { mode: 'paragraph', paragraph: { kind: 'paragraph', inlines: [] }, after: [], hidden: false };
        if (name === 'w:tbl') return { mode: 'table', table: { kind: 'table', rows: [] } };
        if (name === 'w:tcPr' && parent.cell) return { mode: 'cell-properties', cell: parent.cell };
        if ((name === 'w:footnote' || name === 'w:endnote') && !NOTE_SEPARATORS.has(element.attribute('w:type') ?? '')) {
          const blocks: Block[] = [];
          notes.set(`${name.slice(2)}:${element.attribute('w:id') ?? ''}`, blocks);
          return { mode: 'blocks', blocks };
        }
        return SKIP;
      case 'paragraph':
        if (name === 'w:pPr') return { mode: 'paragraph-properties', paragraph: parent };
        if (name === 'w:r') return { mode: 'run', paragraph: parent, properties: { bold: false, italic: false, underline: false, strike: false, hidden: parent.hidden } };
        return SKIP;
      case 'paragraph-properties':
        if (name === 'w:pStyle') {
          const style = element.attribute('w:val') ?? '';
          parent.paragraph.paragraph.style = styles.headings.get(style);
          parent.paragraph.hidden = styles.hidden.has(`paragraph:${style}`);
        }
        if (name === 'w:jc') parent.paragraph.paragraph.align = ALIGNMENTS[element.attribute('w:val') ?? ''];
        if (name === 'w:numPr') return { mode: 'numbering', paragraph: parent.paragraph.paragraph };
        return SKIP;
      case 'numbering': {
        const value = element.attribute('w:val') ?? '';
        const level = Number(value);
        if (name === 'w:numId') parent.paragraph.list = value === '0' ? undefined : { numId: value, level: parent.paragraph.list?.level ?? 0 };
        if (name === 'w:ilvl' && Number.isInteger(level) && level >= 0 && level <= 8) parent.paragraph.list = { numId: parent.paragraph.list?.numId ?? '', level };
        return SKIP;
      }
      case 'run':
        return runChild(parent, element);
      case 'run-properties':
        if (name === 'w:rStyle' && styles.hidden.has(`character:${element.attribute('w:val') ?? ''}`)) parent.properties.hidden = true;
        readRunProperty(parent.properties, element);
        return SKIP;
      case 'table':
        if (name === 'w:tr') {
          const row: Cell[] = [];
          parent.table.rows.push(row);
          return { mode: 'row', row };
        }
        return SKIP;
      case 'row':
        if (name === 'w:tc') {
          const cell: Cell = { span: 1, blocks: [] };
          parent.row.push(cell);
          return { mode: 'blocks', blocks: cell.blocks, cell };
        }
        return SKIP;
      case 'cell-properties':
        if (name === 'w:gridSpan') {
          const span = Number(element.attribute('w:val'));
          if (Number.isInteger(span) && span >= 1 && span <= 63) parent.cell.span = span;
        }
        if (name === 'w:vMerge') parent.cell.verticalMerge = element.attribute('w:val') === 'restart' ? 'restart' : 'continue';
        return SKIP;
      case 'drawing':
        return drawingChild(parent, element);
      default:
        return SKIP;
    }
  };

  const runChild = (run: Extract<Frame, { mode: 'run' }>, element: Element): Frame => {
    const inlines = run.paragraph.paragraph.inlines;
    switch (element.name) {
      case 'w:rPr':
        return { mode: 'run-properties', properties: run.properties };
      case 'w:t':
        if (!run.properties.hidden) return { mode: 'text', paragraph: run.paragraph.paragraph, properties: run.properties };
        findings.hiddenText = true;
        return SKIP;
      case 'w:tab':
      case 'w:ptab':
        if (!run.properties.hidden) {
          inlines.push({ kind: 'tab' });
          count();
        }
        return SKIP;
      case 'w:br':
      case 'w:cr':
        if (!run.properties.hidden) {
          inlines.push({ kind: 'break', page: element.attribute('w:type') === 'page' });
          count();
        }
        return SKIP;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        if (!run.properties.hidden) {
          inlines.push({ kind: 'note', note: element.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: element.attribute('w:id') ?? '' });
          count();
        }
        return SKIP;
      case 'w:noBreakHyphen':
        if (!run.properties.hidden) pushText(run.paragraph.paragraph, run.properties, '\u2011');
        return SKIP;
      case 'w:drawing':
      case 'w:pict':
        return run.properties.hidden ? SKIP : { mode: 'drawing', paragraph: run.paragraph, drawing: { pictures: [], textBoxes: 0 } };
      default:
        return SKIP;
    }
  };

  const drawingChild = (frame: Extract<Frame, { mode: 'drawing' }>, element: Element): Frame => {
    const { drawing } = frame;
    switch (element.name) {
      case 'wp:extent':
        if (drawing.widthEmu === undefined) {
          drawing.widthEmu = emu(element.attribute('cx'));
          drawing.heightEmu = emu(element.attribute('cy'));
        }
        return SKIP;
      case 'a:blip': {
        const id = element.attribute('r:embed');
        if (id) drawing.pictures.push(id);
        count();
        return SKIP;
      }
      case 'v:imagedata': {
        const id = element.attribute('r:id');
        if (id) drawing.pictures.push(id);
        count();
        return SKIP;
      }
      case 'w:txbxContent':
        drawing.textBoxes += 1;
        return { mode: 'blocks', blocks: frame.paragraph.after };
      default:
        if (element.name.startsWith('v:') && drawing.widthEmu === undefined) {
          const size = vmlSize(element.attribute('style'));
          if (size) [drawing.widthEmu, drawing.heightEmu] = size;
        }
        return frame;
    }
  };

  parseXml(xml, maxDepth, {
    open(element) {
      const { name } = element;
      // Noticed wherever they are, kept nowhere.
      if (element.attributeLocals.includes('author')) findings.revisionAuthors = true;
      if (name === 'w:del' || name === 'w:moveFrom' || name === 'w:delText') findings.deletedText = true;
      if (COMMENT_MARKS.has(name)) findings.comments = true;
      if (name === 'w:customXml') findings.customXml = true;
      if (name === 'w:instrText' || name === 'w:fldSimple') findings.fieldCodes = true;
      if (name === 'w:hyperlink' && element.attribute('r:id')) findings.linkTargets = true;
      if (['wp:docPr', 'pic:cNvPr', 'v:shape', 'v:imagedata'].includes(name) && (element.attribute('descr') || element.attribute('title') || element.attribute('alt') || element.attribute('o:title'))) findings.altText = true;
      // Section properties come after the content they describe, so the last ones seen are the last section's.
      if ((name === 'w:headerReference' || name === 'w:footerReference') && (element.attribute('w:type') ?? 'default') === 'default') {
        findings[name === 'w:headerReference' ? 'header' : 'footer'] = element.attribute('r:id');
      }
      const frame = childFrame(stack.at(-1)!, element);
      if (!live.has(frame)) count();
      fresh.push(!live.has(frame));
      live.add(frame);
      stack.push(frame);
    },
    close() {
      const frame = stack.pop()!;
      if (!fresh.pop()) return; // a wrapper, or skipped
      live.delete(frame);
      const parent = stack.at(-1)!;
      if (frame.mode === 'paragraph' && parent.mode === 'blocks') parent.blocks.push(frame.paragraph, ...frame.after);
      else if (frame.mode === 'table' && parent.mode === 'blocks') parent.blocks.push(frame.table);
      else if (frame.mode === 'drawing') closeDrawing(frame);
    },
    text(text) {
      const frame = stack.at(-1)!;
      if (frame.mode === 'text') pushText(frame.paragraph, frame.properties, text);
    },
  });
  return { blocks: root, findings, notes };

  function closeDrawing({ paragraph, drawing }: Extract<Frame, { mode: 'drawing' }>) {
    const [only] = drawing.pictures;
    if (drawing.pictures.length === 1 && only) paragraph.paragraph.inlines.push({ kind: 'picture', relationshipId: only, widthEmu: drawing.widthEmu, heightEmu: drawing.heightEmu });
    else for (const id of drawing.pictures) paragraph.paragraph.inlines.push({ kind: 'picture', relationshipId: id });
    if (drawing.pictures.length === 0 && drawing.textBoxes === 0) findings.contentDropped += 1;
  }
}

/** True when it added a run rather than extending the last one. */
function appendText(paragraph: Paragraph, properties: RunProperties, text: string): boolean {
  const { hidden, ...visible } = properties;
  if (hidden || text === '') return false;
  const last = paragraph.inlines.at(-1);
  if (last?.kind === 'text' && sameFormat(last, visible)) {
    last.text += text;
    return false;
  }
  paragraph.inlines.push({ kind: 'text', text, ...visible });
  return true;
}

const sameFormat = (a: Omit<TextRun, 'kind' | 'text'>, b: Omit<TextRun, 'kind' | 'text'>) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.vertAlign === b.vertAlign && a.size === b.size && a.color === b.color;

function readRunProperty(properties: RunProperties, element: Element) {
  const value = element.attribute('w:val');
  switch (element.name) {
    case 'w:b':
      properties.bold = !isOff(value);
      break;
    case 'w:i':
      properties.italic = !isOff(value);
      break;
    case 'w:u':
      properties.underline = value !== 'none' && !isOff(value);
      break;
    case 'w:strike':
    case 'w:dstrike':
      properties.strike = !isOff(value);
      break;
    case 'w:vanish':
    case 'w:specVanish':
      properties.hidden = !isOff(value);
      break;
    case 'w:vertAlign':
      properties.vertAlign = value === 'superscript' || value === 'subscript' ? value : undefined;
      break;
    case 'w:sz': {
      const size = Number(value);
      if (Number.isInteger(size) && size >= 2 && size <= 3276) properties.size = size;
      break;
    }
    case 'w:color':
      if (value && HEX_COLOR.test(value)) properties.color = value.toUpperCase();
      break;
  }
}

/** A positive EMU length up to about 50 inches, or undefined. */
function emu(value: string | undefined): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 && number <= 45_720_000 ? number : undefined;
}

/** width and height from a VML style such as "width:120pt;height:90pt". */
function vmlSize(style: string | undefined): [number, number] | undefined {
  if (!style) return undefined;
  const length = (property: string) => {
    const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([0-9.]+)\\s*(pt|in|px|cm|mm)\\s*(?:;|$)`, 'i').exec(style);
    return match ? emu(String(Math.round(Number(match[1]) * EMU_PER[match[2]!.toLowerCase() as keyof typeof EMU_PER]))) : undefined;
  };
  const [width, height] = [length('width'), length('height')];
  return width && height ? [width, height] : undefined;
}
