// You are here: PDF cleaning with pdf-lib. Drops the Info dictionary, the file ID, every XMP
// /Metadata stream, /PieceInfo and /LastModified, and the author and dates of markup annotations;
// embedded JPEG images are cleaned like uploads. Only objects reachable from the catalog are written,
// and the file is rewritten in one revision, so older incremental revisions and their metadata are gone.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { unreadable, UnreadableError } from './bytes';
import { stripJpeg } from './jpeg';

const names = (...keys: string[]) => keys.map((key) => PDFName.of(key));

/** Keys that hold metadata wherever they appear (catalog, pages, form XObjects, images). */
const METADATA_KEYS = names('Metadata', 'PieceInfo', 'LastModified');
/** On comments, highlights and the like, /T names the person who made them, /M and /CreationDate say when. */
const ANNOTATION_KEYS = names('T', 'M', 'CreationDate');
const MARKUP_ANNOTATIONS = new Set(
  names('Text', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut', 'Stamp', 'Caret', 'Ink', 'FileAttachment', 'Sound', 'Redact', 'Popup'),
);
const SUBTYPE = PDFName.of('Subtype');
const FILTER = PDFName.of('Filter');
const DCT = PDFName.of('DCTDecode');

export async function stripPdf(input: Uint8Array): Promise<Uint8Array> {
  const { document, root } = await load(input);
  const { context } = document;
  // The trailer's /Info is the document-properties dictionary; /ID often derives from path and time.
  context.trailerInfo.Info = undefined;
  context.trailerInfo.ID = undefined;
  const live = cleanReachable(context, root);
  let largest = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!live.has(ref)) context.delete(ref);
    else largest = Math.max(largest, ref.objectNumber);
  }
  // The trailer's /Size comes from this; left alone it would remember the objects just dropped.
  context.largestObjectNumber = largest;
  // A classic cross-reference table and no object streams: old readers open it, and nothing hides from a search of the bytes.
  return document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

async function load(input: Uint8Array): Promise<{ document: PDFDocument; root: PDFRef }> {
  let document: PDFDocument;
  try {
    // updateMetadata: false stops pdf-lib from writing its own Producer, Creator and dates.
    document = await PDFDocument.load(input, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    unreadable('pdf could not be parsed');
  }
  if (document.isEncrypted) unreadable('pdf is encrypted');
  const root = document.context.trailerInfo.Root;
  if (!(root instanceof PDFRef)) unreadable('pdf has no catalog');
  let pages = 0;
  try {
    pages = document.getPageCount();
  } catch {
    // a broken page tree counts as no pages
  }
  if (pages === 0) unreadable('pdf has no readable pages');
  return { document, root };
}

/** Walks everything reachable from the catalog, cleaning as it goes, and returns the references it met. */
function cleanReachable(context: PDFContext, root: PDFRef): Set<PDFRef> {
  const live = new Set<PDFRef>();
  const pending: PDFObject[] = [root];
  const add = (objects: Iterable<PDFObject>) => {
    for (const object of objects) pending.push(object);
  };
  for (let object = pending.pop(); object !== undefined; object = pending.pop()) {
    if (object instanceof PDFRef) {
      const target = context.lookup(object);
      if (live.has(object) || target === undefined) continue; // a dangling reference reads as null anyway
      live.add(object);
      pending.push(target instanceof PDFRawStream && isJpeg(target) ? cleanImage(context, object, target) : target);
    } else if (object instanceof PDFDict) {
      scrub(object);
      add(object.values());
    } else if (object instanceof PDFArray) {
      add(object.asArray());
    } else if (object instanceof PDFStream) {
      // Make /Length direct now, as writing would: an indirect length object would be left behind unreferenced.
      object.updateDict();
      pending.push(object.dict);
    }
  }
  return live;
}

function scrub(dict: PDFDict): void {
  for (const key of METADATA_KEYS) dict.delete(key);
  const subtype = dict.get(SUBTYPE);
  if (subtype instanceof PDFName && MARKUP_ANNOTATIONS.has(subtype)) for (const key of ANNOTATION_KEYS) dict.delete(key);
}

function isJpeg(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(FILTER);
  return filter === DCT || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === DCT);
}

/** A photo pasted into a PDF keeps its camera's EXIF and GPS unless the image stream itself is cleaned. */
function cleanImage(context: PDFContext, ref: PDFRef, stream: PDFRawStream): PDFRawStream {
  let contents: Uint8Array;
  try {
    contents = stripJpeg(stream.contents);
  } catch (error) {
    if (error instanceof UnreadableError) unreadable('pdf holds an image that cannot be read');
    throw error;
  }
  // pdf-lib sets /Length from the new contents when it writes the stream.
  const clean = PDFRawStream.of(stream.dict, contents);
  context.assign(ref, clean);
  return clean;
}
