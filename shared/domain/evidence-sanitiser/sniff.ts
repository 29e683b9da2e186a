// You are here: what a file really is, judged by its first bytes (and for a ZIP by the parts it
// lists), never by its name or by the type the reporter declared.
import { unzipSync } from 'fflate';
import { ascii, startsWith } from './bytes';

export type EvidenceType = 'pdf' | 'jpeg' | 'png' | 'docx';

/** A ZIP that is not a Word document, or one whose directory cannot be read, needs its own answer. */
export type Sniffed = EvidenceType | 'zip' | 'corrupt-zip';

const PDF = ascii('%PDF-');
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function sniffContent(bytes: Uint8Array): Sniffed | undefined {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PNG)) return 'png';
  if (!startsWith(bytes, ZIP)) return undefined;
  const names = zipEntryNames(bytes);
  if (!names) return 'corrupt-zip';
  // Both parts are required by every Word document; an xlsx or a plain archive lacks word/document.xml.
  return names.has('[Content_Types].xml') && names.has('word/document.xml') ? 'docx' : 'zip';
}

export function sniffType(bytes: Uint8Array): EvidenceType | undefined {
  const sniffed = sniffContent(bytes);
  return sniffed === 'zip' || sniffed === 'corrupt-zip' ? undefined : sniffed;
}

/** Reads only the central directory: the filter refuses every entry, so nothing is inflated. */
function zipEntryNames(bytes: Uint8Array): Set<string> | undefined {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}
