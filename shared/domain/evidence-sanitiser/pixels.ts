// You are here: the pixel engine (MuPDF's own WebAssembly build, the engine Dangerzone uses). A PDF
// is rendered page by page to pictures and a new PDF is written from those pictures alone; a picture
// is decoded to pixels and encoded afresh. Nothing that was not visible can survive either way:
// attachments, scripts, form data, XFA, annotations' authors, earlier revisions, EXIF and XMP are
// simply never copied. The engine's memory is capped from inside: the WebAssembly heap may not grow
// past a budget, so a file that inflates or decodes to more than that fails here with "too complex".

// The bundles' banner declares createRequire at the top level; a named import of it would clash.
import nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { jpegOrientation, withOrientation } from './jpeg';
import type { RebuildLimits, RebuildOutcome, ReencodePicture } from './rebuild';

type MuPDF = typeof import('mupdf');

/** Pages are drawn at 150 dpi (Dangerzone's figure): readable print, a few hundred KB a page as JPEG. */
const PAGE_DPI = 150;
const PAGE_QUALITY = 80;
const PHOTO_QUALITY = 85;
/** A page is never drawn larger than this, whatever its box says (a 200-inch page at 150 dpi would be 900 million): the scale shrinks instead. */
const MAX_PAGE_PIXELS = 12_000_000;

let engine: Promise<MuPDF> | undefined;
let heapBudget = 0;

/**
 * Loads MuPDF once per thread with its heap growth capped at `budgetBytes`. Emscripten's heap grows
 * through one imported function (the one that knows the 2 GiB ceiling); wrapping it is the only place
 * the budget can be enforced on what is really allocated.
 */
export function loadEngine(budgetBytes: number): Promise<MuPDF> {
  heapBudget = budgetBytes;
  engine ??= (async () => {
    const wasm = readFileSync(wasmPath());
    // MuPDF's warnings quote what it read ("unknown keyword …"): nothing of a file may reach the logs.
    const silent = () => undefined;
    (globalThis as { $libmupdf_wasm_Module?: unknown }).$libmupdf_wasm_Module = {
      print: silent,
      printErr: silent,
      instantiateWasm(imports: { a: Record<string, unknown> }, receive: (instance: WebAssembly.Instance) => void) {
        const table = imports.a;
        const growKey = Object.keys(table).find((key) => typeof table[key] === 'function' && String(table[key]).includes('2147483648'));
        if (!growKey) throw new Error('mupdf heap growth hook not found');
        const grow = table[growKey] as (requested: number) => boolean;
        // Emscripten may over-allocate by up to 20 % past the request, which the budget allows for.
        table[growKey] = (requested: number) => (requested >>> 0 > heapBudget / 1.2 ? false : grow(requested));
        void WebAssembly.instantiate(wasm, imports as WebAssembly.Imports).then(({ instance }) => receive(instance));
        return {};
      },
    };
    const mupdf = await import('mupdf');
    mupdf.setLog(silent);
    mupdf.disableICC();
    return mupdf;
  })();
  return engine;
}

/** Beside the bundle on Lambda (copied there at build time); in node_modules everywhere else. */
function wasmPath(): string {
  try {
    return join(dirname(nodeModule.createRequire(import.meta.url).resolve('mupdf')), 'mupdf-wasm.wasm');
  } catch {
    return new URL('./mupdf-wasm.wasm', import.meta.url).pathname;
  }
}

const outOfMemory = (error: unknown) => /out of memory|malloc|memory/i.test(String((error as Error)?.message ?? error));

function failure(error: unknown, what: string): RebuildOutcome {
  if (outOfMemory(error)) return { ok: false, reason: 'too-complex', detail: `${what} needs more memory than allowed` };
  if (error instanceof RangeError) return { ok: false, reason: 'too-complex', detail: `${what} is nested too deeply` };
  return { ok: false, reason: 'unreadable', detail: `${what} could not be read` };
}

type PdfObject = ReturnType<InstanceType<MuPDF['PDFDocument']>['getTrailer']>;

/** Whether a path of dictionary keys leads somewhere (MuPDF answers a missing key with a null object, or with nothing at all past one). */
function has(object: PdfObject, ...path: string[]): boolean {
  let at: PdfObject | null | undefined = object;
  for (const key of path) {
    if (!at || at.isNull()) return false;
    at = at.get(key);
  }
  return !!at && !at.isNull();
}

/** What the original held that a reader does not see: the report for the officer, one key per item. */
function hiddenParts(document: InstanceType<MuPDF['PDFDocument']>): string[] {
  const removed: string[] = [];
  const trailer = document.getTrailer();
  if (has(trailer, 'Info', 'Author') || has(trailer, 'Info', 'Creator')) removed.push('author');
  else if (has(trailer, 'Info')) removed.push('document-properties');
  if (has(trailer, 'Root', 'Metadata')) removed.push('metadata');
  for (const _ of Object.keys(document.getEmbeddedFiles())) removed.push('embedded-file');
  if (has(trailer, 'Root', 'Names', 'JavaScript') || has(trailer, 'Root', 'OpenAction') || has(trailer, 'Root', 'AA')) removed.push('scripts');
  if (has(trailer, 'Root', 'AcroForm', 'XFA')) removed.push('xfa-form');
  else if (has(trailer, 'Root', 'AcroForm', 'Fields')) removed.push('form-fields');
  if (document.countVersions() > 1) removed.push('earlier-revisions');
  return removed;
}

/**
 * Renders every page and writes a new PDF holding one picture per page, at the page's own size.
 * The page count and each page's pixels are bounded before anything is drawn.
 */
export async function rasterisePdf(input: Uint8Array, limits: RebuildLimits & { engineBytes: number }): Promise<RebuildOutcome> {
  const mupdf = await loadEngine(limits.engineBytes);
  let document: InstanceType<MuPDF['PDFDocument']>;
  let count: number;
  try {
    document = mupdf.Document.openDocument(input, 'application/pdf') as InstanceType<MuPDF['PDFDocument']>;
    if (document.needsPassword()) return { ok: false, reason: 'unsupported-content', detail: 'pdf is encrypted' };
    count = document.countPages();
  } catch (error) {
    return failure(error, 'pdf');
  }
  if (count < 1) return { ok: false, reason: 'unreadable', detail: 'pdf has no pages' };
  if (count > limits.maxPages) return { ok: false, reason: 'too-complex', detail: `pdf has ${count} pages, over the ${limits.maxPages}-page limit` };
  const pages: { jpeg: Uint8Array; width: number; height: number }[] = [];
  let removed: string[];
  try {
    removed = hiddenParts(document);
    for (let index = 0; index < count; index += 1) {
      const page = document.loadPage(index);
      const [x0, y0, x1, y1] = page.getBounds();
      const width = x1 - x0;
      const height = y1 - y0;
      if (!(width >= 1 && height >= 1)) return { ok: false, reason: 'unreadable', detail: `page ${index + 1} has no size` };
      if (page.getAnnotations().length > 0 && !removed.includes('annotations')) removed.push('annotations');
      // The scale is chosen from the page box before drawing, so no page can ask for more pixels than allowed.
      const budget = Math.min(MAX_PAGE_PIXELS, limits.maxPixelsPerImage);
      const scale = Math.min(PAGE_DPI / 72, Math.sqrt(budget / (width * height)));
      // showExtras: what a reader sees of annotations and filled-in form fields becomes pixels too.
      const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
      pages.push({ jpeg: pixmap.asJPEG(PAGE_QUALITY), width, height });
      pixmap.destroy();
      page.destroy();
      // Decoded pictures of this page are not needed for the next one.
      mupdf.emptyStore();
    }
  } catch (error) {
    return failure(error, 'pdf');
  } finally {
    document.destroy();
  }
  // A new document from the pictures alone: no Info dictionary, no XMP, no ID, no dates.
  const output = await PDFDocument.create({ updateMetadata: false });
  for (const { jpeg, width, height } of pages) {
    const image = await output.embedJpg(jpeg);
    output.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return { ok: true, bytes: await output.save({ useObjectStreams: false, addDefaultPage: false }), removed };
}

type Picture = { bytes: Uint8Array; contentType: 'image/png' | 'image/jpeg'; width: number; height: number };
type PictureOutcome = { ok: true; picture: Picture } | { ok: false; reason: 'unreadable' | 'too-complex'; detail: string };

/**
 * Decodes a picture of any format MuPDF reads and encodes its pixels afresh: JPEG stays JPEG (with
 * its orientation, so photos stay upright), everything else becomes PNG. The size comes from the
 * header and is checked against the pixel limit before a single pixel is decoded.
 */
export async function reencodePicture(input: Uint8Array, limits: { maxPixelsPerImage: number; engineBytes: number }, keep?: 'image/jpeg' | 'image/png'): Promise<PictureOutcome> {
  // Read from the header by our own code first: MuPDF is never handed a picture that is too large.
  const declared = headerPixels(input);
  if (declared !== undefined && declared > limits.maxPixelsPerImage) return { ok: false, reason: 'too-complex', detail: `picture has ${declared} pixels, over the ${limits.maxPixelsPerImage}-pixel limit` };
  const mupdf = await loadEngine(limits.engineBytes);
  let image: InstanceType<MuPDF['Image']>;
  try {
    image = new mupdf.Image(input);
  } catch (error) {
    return { ok: false, ...(failure(error, 'picture') as { reason: 'unreadable' | 'too-complex'; detail: string }) };
  }
  try {
    const width = image.getWidth();
    const height = image.getHeight();
    if (width * height > limits.maxPixelsPerImage) return { ok: false, reason: 'too-complex', detail: `picture is ${width}×${height} pixels, over the ${limits.maxPixelsPerImage}-pixel limit` };
    const decoded = image.toPixmap();
    const colours = decoded.getColorSpace();
    const asJpeg = keep ? keep === 'image/jpeg' : decoded.getAlpha() === 0 && isJpeg(input);
    // JPEG cannot hold transparency and PNG no CMYK: both get plain RGB (or grey) pixels.
    const pixmap = colours?.isCMYK() || (asJpeg && decoded.getAlpha()) ? decoded.convertToColorSpace(mupdf.ColorSpace.DeviceRGB, !asJpeg) : decoded;
    const bytes = asJpeg ? withOrientation(pixmap.asJPEG(PHOTO_QUALITY), isJpeg(input) ? jpegOrientation(input) : undefined) : pixmap.asPNG();
    return { ok: true, picture: { bytes: new Uint8Array(bytes), contentType: asJpeg ? 'image/jpeg' : 'image/png', width, height } };
  } catch (error) {
    const outcome = failure(error, 'picture') as { reason: 'unreadable' | 'too-complex'; detail: string };
    return { ok: false, ...outcome };
  } finally {
    image.destroy();
    mupdf.emptyStore();
  }
}

const isJpeg = (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === 0xd8;

/** Width × height as a PNG's IHDR, a JPEG's frame header or a GIF's screen declares it; undefined for other formats. */
function headerPixels(input: Uint8Array): number | undefined {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  if (input.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) return view.getUint32(16) * view.getUint32(20);
  if (input.length >= 10 && String.fromCharCode(...input.subarray(0, 4)) === 'GIF8') return view.getUint16(6, true) * view.getUint16(8, true);
  if (!isJpeg(input)) return undefined;
  for (let pos = 2; pos + 9 < input.length && input[pos] === 0xff; pos += 2 + view.getUint16(pos + 2)) {
    const marker = input[pos + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return view.getUint16(pos + 5) * view.getUint16(pos + 7);
  }
  return undefined;
}

/** The ReencodePicture a document rebuilder gets: a picture that cannot be decoded or is too large is dropped (undefined). */
export const pictureReencoder =
  (limits: { maxPixelsPerImage: number; engineBytes: number }): ReencodePicture =>
  async (bytes) => {
    const outcome = await reencodePicture(bytes, limits);
    return outcome.ok ? { bytes: outcome.picture.bytes, contentType: outcome.picture.contentType } : undefined;
  };
