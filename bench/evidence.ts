// Measures the processing of evidence as the function runs it: each file goes through the sanitiser's
// worker, bundled as on Lambda (esbuild, MuPDF's .wasm beside it) and run in a fresh Node process per
// file, so the peak resident memory is the whole process's. Real-looking files (a 10 MB phone photo
// with EXIF and GPS, a 50-page scanned PDF, a 9 MB DOCX with pictures) and every hostile file of the
// test corpus. Budgets: each file within the function's memory with 30 % headroom and within 30 s;
// no hostile file above 256 MB. Exits non-zero on a missed budget or a real-looking file not cleaned.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PDFDocument } from 'pdf-lib';
import type { EvidenceType } from '../shared/domain/evidence-sanitiser';
import { loadEngine } from '../shared/domain/evidence-sanitiser/pixels';
import * as fixtures from '../test/support/evidence-fixtures';
import { docx, inlinePicture, type Rel } from '../test/support/docx-fixtures';
import { checkBudgets, recordSection, type Budget } from './results';

const MB = 1024 * 1024;
const RUNS = 3;
/** The processing function's memory (infra/constructs/evidence-processing.ts), 30 % of it kept free. */
const FUNCTION_MB = 2048;
const MEMORY_BUDGET_MB = Math.floor(FUNCTION_MB * 0.7);
const HOSTILE_BUDGET_MB = 256;
const TIME_BUDGET_MS = 30_000;

const work = mkdtempSync(join(tmpdir(), 'bench-evidence-'));
const BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
const bundle = (entry: string, outfile: string) =>
  build({ entryPoints: [entry], outfile: join(work, outfile), bundle: true, minify: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], banner: { js: BANNER }, logLevel: 'error' });
await bundle('bench/evidence-runner.ts', 'index.mjs');
await bundle('shared/adapters/system/sanitiser-worker.ts', 'evidence-worker.mjs');
copyFileSync('node_modules/mupdf/dist/mupdf-wasm.wasm', join(work, 'mupdf-wasm.wasm'));

// --- Real-looking files -------------------------------------------------------------------------

/**
 * A photo is noise over gradients, as a sensor's picture: JPEG cannot squeeze it much, so the bytes
 * are image data. A scan is white paper with dark lines of "text" and a little grain.
 */
async function picture(width: number, height: number, quality: number, kind: 'photo' | 'scan'): Promise<Uint8Array> {
  const mupdf = await loadEngine(1024 * MB);
  const pixmap = new mupdf.Pixmap(kind === 'scan' ? mupdf.ColorSpace.DeviceGray : mupdf.ColorSpace.DeviceRGB, [0, 0, width, height], false);
  const samples = pixmap.getPixels();
  const components = kind === 'scan' ? 1 : 3;
  let seed = 12345;
  for (let index = 0; index < samples.length; index += 1) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    const grain = seed >>> 24;
    if (kind === 'photo') samples[index] = ((index / samples.length) * 160 + grain / 3) | 0;
    else {
      const x = (index / components) % width;
      const y = Math.floor(index / components / width);
      const inText = y % 40 < 14 && x > 120 && x < width - 120 && (x >> 4) % 7 !== 0;
      samples[index] = (inText ? 40 : 245) - (grain >> 5);
    }
  }
  const jpeg = new Uint8Array(pixmap.asJPEG(quality));
  pixmap.destroy();
  return jpeg;
}

/** A JPEG with the fixtures' EXIF (camera, serial, GPS in Bangkok) spliced in after SOI. */
function withExif(jpeg: Uint8Array): Uint8Array {
  const tiff = fixtures.exifTiff({ make: 'BenchPhone', model: 'BP-12', serial: 'SERIAL-0001' });
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from(tiff)]);
  const segment = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return new Uint8Array(Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), segment, Buffer.from(jpeg.subarray(2))]));
}

async function phonePhoto(): Promise<Uint8Array> {
  // 4032 × 3024 (12 MP), quality chosen so the file is just under the 10 MB limit (about 9.2 MB).
  return withExif(await picture(4032, 3024, 85, 'photo'));
}

async function scannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  // Scanned at 200 dpi: 1654 × 2339 pixels a page.
  const scans = await Promise.all([0, 1, 2, 3, 4].map(() => picture(1654, 2339, 75, 'scan')));
  const images = await Promise.all(scans.map((scan) => document.embedJpg(scan)));
  for (let page = 0; page < 50; page += 1) document.addPage([595, 842]).drawImage(images[page % images.length]!, { x: 0, y: 0, width: 595, height: 842 });
  return document.save();
}

async function docxWithPictures(): Promise<Uint8Array> {
  // Seven phone-sized photos, about 9 MB in all, that the document shows (a picture no part shows is not even decoded).
  const photos: Uint8Array[] = [];
  for (let index = 0; index < 7; index += 1) photos.push(new Uint8Array(withExif(await picture(1600, 1200, 85, 'photo'))));
  const id = (index: number) => `rIdPhoto${index + 1}`;
  return docx({
    body: photos.map((_, index) => inlinePicture(id(index))).join('') + '<w:p><w:r><w:t>Minutes of the committee meeting.</w:t></w:r></w:p>'.repeat(200),
    rels: photos.map((_, index): Rel => [id(index), 'image', `media/photo${index + 1}.jpeg`]),
    parts: Object.fromEntries(photos.map((photo, index) => [`word/media/photo${index + 1}.jpeg`, photo])),
  });
}

const files: { name: string; type: EvidenceType; bytes: Uint8Array; hostile: boolean }[] = [
  { name: 'phone photo 4032×3024, EXIF + GPS', type: 'jpeg', bytes: await phonePhoto(), hostile: false },
  { name: 'scanned PDF, 50 pages', type: 'pdf', bytes: await scannedPdf(), hostile: false },
  { name: 'DOCX of 9 MB, 7 photos', type: 'docx', bytes: await docxWithPictures(), hostile: false },
  { name: 'PDF with an attached file', type: 'pdf', bytes: fixtures.pdfWithAttachment(), hostile: true },
  { name: 'PDF, [/FlateDecode /DCTDecode] photo with EXIF', type: 'pdf', bytes: fixtures.pdfWithFlateDctImage(), hostile: true },
  { name: 'PDF, inline image with EXIF', type: 'pdf', bytes: fixtures.pdfWithInlineImage(), hostile: true },
  { name: 'PDF with JavaScript', type: 'pdf', bytes: fixtures.pdfWithJavaScript(), hostile: true },
  { name: 'PDF, custom page keys', type: 'pdf', bytes: fixtures.pdfWithPageKeys(), hostile: true },
  { name: 'PDF, filled form fields', type: 'pdf', bytes: fixtures.pdfWithFormFields(), hostile: true },
  { name: 'PDF with XFA', type: 'pdf', bytes: fixtures.pdfWithXfa(), hostile: true },
  { name: 'PDF with JPEG 2000', type: 'pdf', bytes: fixtures.pdfWithJpeg2000(), hostile: true },
  { name: 'PDF, incremental update hiding a page', type: 'pdf', bytes: fixtures.pdfWithHiddenPage(), hostile: true },
  { name: 'PDF nested 50,000 deep', type: 'pdf', bytes: fixtures.pdfWithDeepNesting(), hostile: true },
  { name: 'PDF, object stream inflating to 300 MB', type: 'pdf', bytes: await fixtures.pdfWithObjectStreamBomb(), hostile: true },
  { name: 'PNG 30,000×30,000', type: 'png', bytes: fixtures.pngHuge(), hostile: true },
  { name: 'DOCX entry declaring 100 B, inflating to 1 GB', type: 'docx', bytes: await fixtures.docxWithLyingEntry(), hostile: true },
];

const rows = [];
const budgets: Budget[] = [];
let allCleaned = true;
for (const file of files) {
  const path = join(work, 'input');
  writeFileSync(path, file.bytes);
  const output = execFileSync(process.execPath, [join(work, 'index.mjs'), path, file.type, String(RUNS)], { encoding: 'utf8', maxBuffer: 16 * MB });
  const { times, peakRss, outcome, outBytes } = JSON.parse(output.trim().split('\n').at(-1)!) as { times: number[]; peakRss: number; outcome: string; outBytes: number };
  const medianMs = Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
  const peakMiB = Math.round(peakRss / MB);
  rows.push({ file: file.name, inKiB: Math.round(file.bytes.length / 1024), outKiB: Math.round(outBytes / 1024), medianMs, peakRssMiB: peakMiB, outcome });
  if (!file.hostile && !outcome.startsWith('received')) allCleaned = false;
  budgets.push({ what: `${file.name}: median ms`, actual: medianMs, limit: TIME_BUDGET_MS });
  budgets.push({ what: `${file.name}: peak RSS MiB`, actual: peakMiB, limit: file.hostile ? HOSTILE_BUDGET_MB : MEMORY_BUDGET_MB });
}
rmSync(work, { recursive: true, force: true });
console.table(rows);
recordSection('evidence', {
  note:
    `The processing function's sanitiser (worker thread, MuPDF), bundled as on Lambda and run in a fresh Node process per file, median of ${RUNS} runs; ` +
    `peak RSS is the whole process's (worker included), sampled every 5 ms. Budgets: ≤ ${TIME_BUDGET_MS / 1000} s, ≤ ${MEMORY_BUDGET_MB} MiB (${FUNCTION_MB} MB less 30 %), hostile files ≤ ${HOSTILE_BUDGET_MB} MiB.`,
  files: rows,
});
const met = checkBudgets(budgets);
if (!allCleaned) console.log('MISS a real-looking file was not cleaned');
process.exitCode = met && allCleaned ? 0 : 1;
