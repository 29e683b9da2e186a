// You are here: DOCX evidence rebuilt from what a reader sees. The source is opened with a zip reader
// that counts what it really inflates, its parts are found by relationship type, word/document.xml is
// read by a namespace-aware parser that refuses DTDs, and a NEW package is written holding only text,
// simple formatting, tables and pictures decoded and re-encoded by the caller. Nothing else of the
// source is copied, so metadata at unexpected paths or in unexpected spellings has nowhere to survive.
// What was found and left behind is listed for the cleaning report. Pure: no AWS, no I/O.
import type { Block, BodyFindings, Inline, NoteKind, Paragraph } from './docx-body';
import { readBody } from './docx-body';
import { DocxRefusal, refuse } from './docx-refusal';
import { relationshipsOf, type Relationship } from './docx-relationships';
import { formatNumber, labelLists, readNumbering } from './docx-numbering';
import { readStyles } from './docx-styles';
import { writeDocx, type RebuiltPicture } from './docx-writer';
import { parseXml, type XmlSource } from './docx-xml';
import { openZip, type ZipPackage } from './docx-zip';
import type { RebuildLimits, RebuildOutcome, ReencodePicture } from './rebuild';

/**
 * The keys this rebuilder puts in `removed`, each once per item where it says so:
 * author (core properties), document-properties (application properties: company, manager, template name),
 * custom-properties, thumbnail, embedded-file (per file), macros, comment-authors (comments and their authors),
 * people (the list of authors' accounts), revision-authors, deleted-text (tracked deletions; insertions are kept),
 * hidden-text, field-codes (field instructions; their shown result is kept), link-targets (where links pointed; their
 * text is kept), alt-text (descriptions of pictures and shapes), document-variables, template-path,
 * custom-xml, headers-footers (other than the default ones, which are rebuilt), embedded-fonts, content-dropped (per visible item not rebuilt: shape,
 * chart, equation, OLE preview, imported chunk), picture-dropped (per picture that could not be decoded or was
 * only linked), picture-metadata (pictures were re-encoded from their pixels, so whatever metadata they held is gone).
 */
export type DocxRemovedKey =
  | 'author' | 'document-properties' | 'custom-properties' | 'thumbnail' | 'embedded-file' | 'macros' | 'comment-authors' | 'people'
  | 'revision-authors' | 'deleted-text' | 'hidden-text' | 'field-codes' | 'link-targets' | 'alt-text' | 'document-variables' | 'template-path' | 'custom-xml'
  | 'headers-footers' | 'embedded-fonts' | 'content-dropped' | 'picture-dropped' | 'picture-metadata';

/**
 * A picture is held whole to be decoded. A phone photo is a few MB and a 10 MB upload cannot hold a
 * larger picture unless it compresses like no photo does: past this the file is refused, not read.
 */
const MAX_PICTURE_BYTES = 64 * 1024 * 1024;

export interface DocxRebuildOptions {
  limits: RebuildLimits;
  reencodePicture: ReencodePicture;
}

/** An error from the caller's re-encoder is the caller's to judge, so it travels out unchanged. */
class ReencoderFailure extends Error {
  constructor(readonly error: unknown) {
    super('a picture could not be re-encoded');
  }
}

export async function rebuildDocx(input: Uint8Array, options: DocxRebuildOptions): Promise<RebuildOutcome> {
  try {
    return await rebuild(input, options);
  } catch (error) {
    if (error instanceof ReencoderFailure) throw error.error;
    if (error instanceof DocxRefusal) return { ok: false, reason: error.reason, detail: error.detail };
    // A failure this code did not foresee still means the file cannot be rebuilt; its message may quote the file.
    return { ok: false, reason: 'unreadable', detail: 'docx could not be rebuilt' };
  }
}

async function rebuild(input: Uint8Array, { limits, reencodePicture }: DocxRebuildOptions): Promise<RebuildOutcome> {
  const depth = limits.maxDepth;
  const zip = openZip(input, limits);
  const packageRelationships = relationshipsOf(zip, '', depth);
  const mains = packageRelationships.filter((relationship) => relationship.type === 'officeDocument' && relationship.part !== undefined && zip.has(relationship.part));
  if (mains.length !== 1) refuse('unreadable', mains.length === 0 ? 'docx has no main document' : 'docx has more than one main document');
  const main = mains[0]!.part!;
  const relationships = relationshipsOf(zip, main, depth);
  const partOf = (type: string) => relationships.find((relationship) => relationship.type === type && relationship.part !== undefined)?.part;

  const styles = readStyles(streamOf(zip, partOf('styles')), depth);
  const pictures = pictureRebuilder(zip, reencodePicture);
  const numbering = readNumbering(streamOf(zip, partOf('numbering')), depth);
  const body = readBody(streamOf(zip, main)!, depth, styles);
  labelLists(body.blocks, numbering);
  const notes = new Map<string, Block[]>();
  const noteFindings: BodyFindings[] = [];
  for (const type of ['footnotes', 'endnotes'] as const) {
    const part = partOf(type);
    if (part === undefined || !zip.has(part)) continue;
    const content = readBody(streamOf(zip, part)!, depth, styles);
    labelLists(content.blocks, numbering);
    noteFindings.push(content.findings);
    const partRelationships = relationshipsOf(zip, part, depth);
    // Only notes the text refers to are shown, so only their pictures are decoded.
    const shown = new Set(inlinesOf(body.blocks).flatMap((inline) => (inline.kind === 'note' ? [`${inline.note}:${inline.id}`] : [])));
    for (const [key, blocks] of content.notes) if (shown.has(key)) notes.set(key, await pictures.rebuild(blocks, partRelationships));
  }
  const blocks = withNotes(await pictures.rebuild(body.blocks, relationships), notes);

  // The default header and footer are what a reader sees on every page: rebuilt with the same allow-list, from their own parts.
  const marginal = async (id: string | undefined, type: 'header' | 'footer') => {
    const part = relationships.find((relationship) => relationship.id === id && relationship.type === type && relationship.part && zip.has(relationship.part))?.part;
    if (part === undefined) return undefined;
    const content = readBody(streamOf(zip, part)!, depth, styles);
    labelLists(content.blocks, numbering);
    return { part, findings: content.findings, blocks: await pictures.rebuild(content.blocks, relationshipsOf(zip, part, depth)) };
  };
  const header = await marginal(body.findings.header, 'header');
  const footer = await marginal(body.findings.footer, 'footer');
  const carried = new Set([header?.part, footer?.part].filter((part) => part !== undefined).map((part) => part.toLowerCase()));
  const otherMarginals = relationships.some((relationship) => ['header', 'footer'].includes(relationship.type) && !carried.has(relationship.part?.toLowerCase() ?? ''));

  const removed = [
    ...packageFindings(packageRelationships),
    ...documentFindings(zip, relationships, merge(body.findings, header?.findings, footer?.findings, ...noteFindings), depth),
    ...(otherMarginals ? (['headers-footers'] as const) : []),
    ...Array<DocxRemovedKey>(pictures.dropped()).fill('picture-dropped'),
    ...(pictures.rebuilt.length > 0 ? (['picture-metadata'] as const) : []),
  ];
  return { ok: true, bytes: writeDocx({ body: blocks, header: header?.blocks, footer: footer?.blocks }, pictures.rebuilt), removed };
}

/**
 * Footnotes and endnotes, numbered in the order the text refers to them (footnotes 1, 2, 3; endnotes
 * i, ii, iii, as Word numbers them by default), each number written as superscript text where it was
 * referenced and the notes written after the body under a rule, in that order.
 */
function withNotes(blocks: Block[], notes: ReadonlyMap<string, Block[]>): Block[] {
  const referenced: Record<NoteKind, Block[][]> = { footnote: [], endnote: [] };
  const numbers = new Map<string, string>();
  const label = (kind: NoteKind, index: number) => formatNumber(index, kind === 'footnote' ? 'decimal' : 'lowerRoman');
  const superscript = (text: string): Inline => ({ kind: 'text', text, bold: false, italic: false, underline: false, strike: false, vertAlign: 'superscript' });
  const visit = (items: Block[]) => {
    for (const block of items) {
      if (block.kind === 'table') for (const row of block.rows) for (const cell of row) visit(cell.blocks);
      else
        block.inlines = block.inlines.flatMap((inline) => {
          if (inline.kind !== 'note') return [inline];
          const key = `${inline.note}:${inline.id}`;
          const content = notes.get(key);
          if (!content) return [];
          if (!numbers.has(key)) {
            referenced[inline.note].push(content);
            numbers.set(key, label(inline.note, referenced[inline.note].length));
            const first = content.find((candidate): candidate is Paragraph => candidate.kind === 'paragraph');
            first?.inlines.unshift(superscript(numbers.get(key)!), superscript(' '));
          }
          return [superscript(numbers.get(key)!)];
        });
    }
  };
  visit(blocks);
  const written = [...referenced.footnote, ...referenced.endnote].flat();
  if (written.length === 0) return blocks;
  const rule: Paragraph = { kind: 'paragraph', inlines: [{ kind: 'text', text: '\u2500'.repeat(12), bold: false, italic: false, underline: false, strike: false }] };
  return [...blocks, rule, ...written];
}

function merge(first: BodyFindings, ...others: (BodyFindings | undefined)[]): BodyFindings {
  const merged = { ...first };
  for (const other of others) {
    if (!other) continue;
    for (const key of ['revisionAuthors', 'deletedText', 'comments', 'hiddenText', 'customXml', 'fieldCodes', 'altText', 'linkTargets'] as const) merged[key] ||= other[key];
    merged.contentDropped += other.contentDropped;
  }
  return merged;
}

/** An XML part as it inflates, never held whole; undefined when there is no such part. */
const streamOf = (zip: ZipPackage, part: string | undefined): XmlSource | undefined =>
  part !== undefined && zip.has(part) ? (sink) => zip.stream(part, sink) : undefined;

function packageFindings(relationships: readonly Relationship[]): DocxRemovedKey[] {
  const found: DocxRemovedKey[] = [];
  const has = (type: string) => relationships.some((relationship) => relationship.type === type);
  if (has('metadata/core-properties') || has('http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties')) found.push('author');
  if (has('extended-properties')) found.push('document-properties');
  if (has('custom-properties')) found.push('custom-properties');
  if (has('metadata/thumbnail')) found.push('thumbnail');
  return found;
}

function documentFindings(zip: ZipPackage, relationships: readonly Relationship[], findings: BodyFindings, depth: number): DocxRemovedKey[] {
  const found: DocxRemovedKey[] = [];
  const has = (...types: string[]) => relationships.some((relationship) => types.includes(relationship.type));
  const entries = (pattern: RegExp) => zip.names.filter((name) => pattern.test(name)).map((name) => name.toLowerCase());

  // An embedded file counts once whether it is linked from the document, merely present in the zip, or both.
  const embedded = new Set([
    ...relationships.filter((relationship) => ['oleObject', 'package'].includes(relationship.type) && relationship.part).map((relationship) => relationship.part!.toLowerCase()),
    ...entries(/(^|\/)embeddings\/[^/]+$/i),
  ]);
  found.push(...Array<DocxRemovedKey>(embedded.size).fill('embedded-file'));
  if (has('vbaProject') || entries(/(^|\/)vbaProject\.bin$/i).length > 0) found.push('macros');
  if (has('comments') || findings.comments) found.push('comment-authors');
  if (has('people')) found.push('people');
  if (findings.revisionAuthors) found.push('revision-authors');
  if (findings.deletedText) found.push('deleted-text');
  if (findings.hiddenText) found.push('hidden-text');
  if (findings.fieldCodes) found.push('field-codes');
  if (findings.linkTargets) found.push('link-targets');
  if (findings.altText) found.push('alt-text');
  found.push(...settingsFindings(zip, relationships, depth));
  if (has('customXml') || findings.customXml || entries(/^customXml\//i).length > 0) found.push('custom-xml');
  if (entries(/\.odttf$/i).length > 0) found.push('embedded-fonts');
  found.push(...Array<DocxRemovedKey>(findings.contentDropped).fill('content-dropped'));
  return found;
}

/** Settings are never copied; they are read only to say what they held. */
function settingsFindings(zip: ZipPackage, relationships: readonly Relationship[], depth: number): DocxRemovedKey[] {
  const settings = relationships.find((relationship) => relationship.type === 'settings' && relationship.part)?.part;
  const data = streamOf(zip, settings);
  if (!settings || !data) return [];
  let variables = false;
  let template = relationshipsOf(zip, settings, depth).some((relationship) => relationship.type === 'attachedTemplate');
  parseXml(data, depth, {
    open(element) {
      if (element.name === 'w:docVars' || element.name === 'w:docVar') variables = true;
      if (element.name === 'w:attachedTemplate') template = true;
    },
    close() {},
  });
  return [...(variables ? (['document-variables'] as const) : []), ...(template ? (['template-path'] as const) : [])];
}

/**
 * Every picture a part shows is read from the part its relationship points at and handed to the
 * re-encoder; the result gets a new relationship id, shared by every part that shows the same picture.
 * Pictures that cannot be decoded, are only linked, or point nowhere are dropped.
 */
function pictureRebuilder(zip: ZipPackage, reencode: ReencodePicture) {
  const rebuilt: RebuiltPicture[] = [];
  const byPart = new Map<string, string | undefined>(); // source part -> new id, or undefined when dropped
  let dropped = 0;

  async function pictureFor(part: string | undefined): Promise<string | undefined> {
    if (part === undefined) {
      dropped += 1;
      return undefined;
    }
    const key = part.toLowerCase();
    if (byPart.has(key)) return byPart.get(key);
    const bytes = zip.read(part, MAX_PICTURE_BYTES);
    let result: Awaited<ReturnType<ReencodePicture>>;
    try {
      result = bytes ? await reencode(bytes) : undefined;
    } catch (error) {
      throw new ReencoderFailure(error);
    }
    let id: string | undefined;
    if (result) {
      id = `rIdPicture${rebuilt.length + 1}`;
      rebuilt.push({ id, bytes: result.bytes, contentType: result.contentType, pixels: pixelSize(result.bytes) });
    } else dropped += 1;
    byPart.set(key, id);
    return id;
  }

  async function rebuild(blocks: Block[], relationships: readonly Relationship[]): Promise<Block[]> {
    const newId = new Map<string, string | undefined>(); // this part's relationship id -> new id
    for (const inline of inlinesOf(blocks)) {
      if (inline.kind !== 'picture' || newId.has(inline.relationshipId)) continue;
      const relationship = relationships.find((candidate) => candidate.id === inline.relationshipId);
      newId.set(inline.relationshipId, await pictureFor(relationship?.type === 'image' && !relationship.external ? relationship.part : undefined));
    }
    const rewrite = (items: Block[]): Block[] =>
      items.map((block) =>
        block.kind === 'table' ? { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, blocks: rewrite(cell.blocks) }))) }
        : {
            ...block,
            inlines: block.inlines.flatMap((inline): Inline[] => {
              if (inline.kind !== 'picture') return [inline];
              const id = newId.get(inline.relationshipId);
              return id ? [{ ...inline, relationshipId: id }] : [];
            }),
          },
      );
    return rewrite(blocks);
  }

  return { rebuild, rebuilt, dropped: () => dropped };
}

/** Every inline of the blocks, table cells included, in document order. */
function inlinesOf(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? block.rows.flat().flatMap((cell) => inlinesOf(cell.blocks)) : block.inlines));
}

/** Width and height of a PNG (IHDR) or a JPEG (first SOF segment). */
function pixelSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return positive(view.getUint32(16), view.getUint32(20));
  let at = 2;
  while (bytes[0] === 0xff && bytes[1] === 0xd8 && at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return positive(view.getUint16(at + 7), view.getUint16(at + 5));
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

const positive = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
