// Measures the evidence processing step: how long sanitising takes and how much memory it needs, for
// each type, on the small fixture files and on files near the 10 MB limit (a JPEG carrying 9 MB of
// metadata segments, a 200-page PDF with a photo on every page, a DOCX with 9 MB of media). Exits
// non-zero if a file is not cleaned, so the figures are of a correct run.
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { sanitiseEvidence, type EvidenceType } from '../shared/domain/evidence-sanitiser';
import { docxWithProperties, jpegWithGps, pdfWithProperties, pngWithText } from '../test/support/evidence-fixtures';
import { recordSection } from './results';

const LIMIT = 10 * 1024 * 1024;
const RUNS = 5;

/** The fixture JPEG with 9 MB of APP2 segments (64 KB each) between its header and its image data. */
function largeJpeg(): Uint8Array {
  const base = jpegWithGps();
  const segment = new Uint8Array(65_535 + 2);
  segment.set([0xff, 0xe2, 0xff, 0xff]);
  const count = Math.floor((9 * 1024 * 1024) / segment.length);
  const out = new Uint8Array(base.length + count * segment.length);
  out.set(base.subarray(0, 2));
  for (let index = 0; index < count; index += 1) out.set(segment, 2 + index * segment.length);
  out.set(base.subarray(2), 2 + count * segment.length);
  return out;
}

async function largePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const photo = await document.embedJpg(jpegWithGps());
  document.setAuthor('bench author');
  for (let page = 0; page < 200; page += 1) {
    const current = document.addPage([595, 842]);
    current.drawText(`Page ${page + 1}: receipts and minutes of the procurement committee`, { x: 40, y: 800, size: 11, font });
    current.drawImage(photo, { x: 40, y: 500, width: 256, height: 256 });
  }
  return document.save();
}

function largeDocx(): Uint8Array {
  const parts = unzipSync(docxWithProperties());
  const media = new Uint8Array(9 * 1024 * 1024);
  for (let index = 0; index < media.length; index += 1) media[index] = (index * 2_654_435_761) >>> 24;
  return zipSync({ ...parts, 'word/media/attachment.bin': [media, { level: 0 }] });
}

async function measure(name: string, type: EvidenceType, input: Uint8Array) {
  const times: number[] = [];
  let peakRss = 0;
  const rssBefore = process.memoryUsage().rss;
  let cleanSize = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = await sanitiseEvidence(input, type, { maxBytes: LIMIT });
    times.push(performance.now() - started);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (!result.ok) throw new Error(`${name} was not cleaned: ${result.reason} (${result.detail})`);
    cleanSize = result.size;
  }
  times.sort((a, b) => a - b);
  return {
    file: name,
    inKiB: Math.round(input.length / 1024),
    outKiB: Math.round(cleanSize / 1024),
    medianMs: Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10,
    rssGrowthMiB: Math.round(((peakRss - rssBefore) / 1024 / 1024) * 10) / 10,
  };
}

const rows = [
  await measure('JPEG fixture (EXIF, GPS, XMP)', 'jpeg', jpegWithGps()),
  await measure('PNG fixture (text, XMP, eXIf)', 'png', pngWithText()),
  await measure('PDF fixture (info, XMP, revision)', 'pdf', await pdfWithProperties()),
  await measure('DOCX fixture (properties, comments)', 'docx', docxWithProperties()),
  await measure('JPEG, 9 MB of metadata segments', 'jpeg', largeJpeg()),
  await measure('PDF, 200 pages with a photo each', 'pdf', await largePdf()),
  await measure('DOCX, 9 MB of media', 'docx', largeDocx()),
];
console.table(rows);
recordSection('evidence', {
  note: `sanitiseEvidence, median of ${RUNS} runs each in one process; RSS growth is the peak over the process's RSS before the file's runs.`,
  files: rows,
});
