// You are here: the DOCX rebuilder's zip reader. It trusts nothing the archive declares: entries are
// located from the central directory, each one must sit in its own byte range (no overlaps, no
// duplicate names, no encryption, no ZIP64), and a part is inflated only when the rebuilder asks for
// it, through a streaming inflater that counts the bytes it really produces against one budget for
// the whole file. A declared size is checked after the fact, never used to size anything.
import { Inflate } from 'fflate';
import { DocxRefusal, refuse } from './docx-refusal';

export interface ZipLimits {
  maxInflatedBytes: number;
  maxEntries: number;
}

export interface ZipPackage {
  /** Every entry name, as written in the archive. */
  readonly names: readonly string[];
  /** The part's bytes, or undefined when there is no such entry; refuses a part larger than maxBytes. Part names compare case-insensitively, as OPC says. */
  read(name: string, maxBytes?: number): Uint8Array | undefined;
  has(name: string): boolean;
  /** Streams the part's bytes to `sink` as they are inflated, holding none of it; false when there is no such entry. */
  stream(name: string, sink: (chunk: Uint8Array) => void): boolean;
}

interface Entry {
  name: string;
  method: number;
  declaredSize: number;
  start: number; // local header
  dataStart: number;
  dataEnd: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so one push yields at most ~4 MB. */
const PUSH = 4096;
const names = new TextDecoder('utf-8', { fatal: true });

export function openZip(input: Uint8Array, limits: ZipLimits): ZipPackage {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= input.length;

  const eocd = findEndOfDirectory(input, view);
  if (eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) refuse('unsupported-content', 'docx uses ZIP64');
  const [disk, directoryDisk, onDisk, total, directorySize, directoryOffset] = [u16(eocd + 4), u16(eocd + 6), u16(eocd + 8), u16(eocd + 10), u32(eocd + 12), u32(eocd + 16)];
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== total) refuse('unsupported-content', 'docx is a multi-part zip');
  if (total === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) refuse('unsupported-content', 'docx uses ZIP64');
  if (total > limits.maxEntries) refuse('too-complex', `docx has ${total} entries, over the ${limits.maxEntries} allowed`);
  if (!inside(directoryOffset, directorySize) || directoryOffset + directorySize > eocd) refuse('unreadable', 'docx zip directory is out of bounds');

  const entries: Entry[] = [];
  const byName = new Map<string, Entry>();
  let at = directoryOffset;
  for (let index = 0; index < total; index += 1) {
    if (!inside(at, 46) || u32(at) !== CENTRAL) refuse('unreadable', 'docx zip directory is damaged');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const declaredSize = u32(at + 24);
    const [nameLength, extraLength, commentLength] = [u16(at + 28), u16(at + 30), u16(at + 32)];
    const start = u32(at + 42);
    if (!inside(at + 46, nameLength + extraLength + commentLength)) refuse('unreadable', 'docx zip directory is damaged');
    const nameBytes = input.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x41) refuse('unsupported-content', 'docx has an encrypted entry');
    if (method !== 0 && method !== 8) refuse('unsupported-content', 'docx has an entry compressed with an unknown method');
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || start === 0xffffffff) refuse('unsupported-content', 'docx uses ZIP64');
    const name = decodeName(nameBytes);
    // The local header must agree with the directory, or two readers could see two different files.
    if (!inside(start, 30) || u32(start) !== LOCAL) refuse('unreadable', 'docx zip entry is damaged');
    const localNameLength = u16(start + 26);
    const dataStart = start + 30 + localNameLength + u16(start + 28);
    if (u16(start + 8) !== method || !inside(start + 30, localNameLength) || !sameBytes(input.subarray(start + 30, start + 30 + localNameLength), nameBytes)) {
      refuse('unreadable', 'docx zip entry disagrees with its directory record');
    }
    if (!inside(dataStart, compressedSize)) refuse('unreadable', 'docx zip entry is out of bounds');
    const key = name.toLowerCase();
    if (byName.has(key)) refuse('unreadable', 'docx has two entries with the same name');
    const entry: Entry = { name, method, declaredSize, start, dataStart, dataEnd: dataStart + compressedSize };
    entries.push(entry);
    byName.set(key, entry);
  }
  if (at !== directoryOffset + directorySize) refuse('unreadable', 'docx zip directory size is wrong');
  // Each entry owns its bytes: overlapping entries are how zip bombs multiply and how two parts hide in one.
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  ordered.forEach((entry, index) => {
    const next = ordered[index + 1];
    if (next && next.start < entry.dataEnd) refuse('unreadable', 'docx has overlapping zip entries');
    if (entry.dataEnd > directoryOffset) refuse('unreadable', 'docx has overlapping zip entries');
  });

  let inflated = 0;
  const spend = (bytes: number) => {
    inflated += bytes;
    if (inflated > limits.maxInflatedBytes) refuse('too-complex', `docx inflates past the ${limits.maxInflatedBytes}-byte limit`);
  };
  /** Hands the part's bytes to `sink` as they are inflated; a part must produce exactly the size it declared, and no byte more is inflated. */
  const extract = (entry: Entry, sink: (chunk: Uint8Array) => void) => {
    let produced = 0;
    const take = (chunk: Uint8Array) => {
      spend(chunk.length);
      produced += chunk.length;
      if (produced > entry.declaredSize) refuse('too-complex', 'docx has a part that inflates past its declared size');
      sink(chunk);
    };
    const raw = input.subarray(entry.dataStart, entry.dataEnd);
    if (entry.method === 0) take(raw);
    else inflate(raw, take);
    if (produced !== entry.declaredSize) refuse('unreadable', 'docx has a damaged part');
  };
  const entryOf = (name: string) => byName.get(name.toLowerCase());
  return {
    names: entries.map((entry) => entry.name),
    has: (name) => entryOf(name) !== undefined,
    read(name, maxBytes = Infinity) {
      const entry = entryOf(name);
      if (!entry) return undefined;
      if (entry.declaredSize > maxBytes) refuse('too-complex', `docx has a part larger than ${maxBytes} bytes`);
      // The declared size is trusted only to refuse early and to size one buffer no larger than the budget left;
      // extract() stops the moment the part produces more than it declared.
      if (entry.declaredSize > limits.maxInflatedBytes - inflated) refuse('too-complex', `docx inflates past the ${limits.maxInflatedBytes}-byte limit`);
      const out = new Uint8Array(entry.declaredSize);
      let offset = 0;
      extract(entry, (chunk) => {
        out.set(chunk, offset);
        offset += chunk.length;
      });
      return out;
    },
    stream(name, sink) {
      const entry = entryOf(name);
      if (!entry) return false;
      extract(entry, sink);
      return true;
    },
  };
}

/** Inflates in small pushes so that no single step can produce more than a few megabytes before `take` has counted it. */
function inflate(raw: Uint8Array, take: (chunk: Uint8Array) => void): void {
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let offset = 0; offset < raw.length; offset += PUSH) inflater.push(raw.subarray(offset, Math.min(offset + PUSH, raw.length)), offset + PUSH >= raw.length);
    if (raw.length === 0) inflater.push(raw, true);
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    refuse('unreadable', 'docx has a part that does not inflate');
  }
}

/** The last end-of-directory record whose comment reaches exactly to the end of the file. */
function findEndOfDirectory(input: Uint8Array, view: DataView): number {
  for (let at = input.length - 22; at >= Math.max(0, input.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === input.length) return at;
  }
  return refuse('unreadable', 'docx zip directory cannot be found');
}

function decodeName(bytes: Uint8Array): string {
  try {
    return names.decode(bytes);
  } catch {
    return refuse('unreadable', 'docx has an entry name that is not UTF-8');
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
