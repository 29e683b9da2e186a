// You are here: the DOCX rebuilder's place behind the rebuild contract (rebuild.ts). Until the
// reconstruction from an allow-list lands (docx-rebuild.ts), this adapter runs the older cleaning
// below, which deletes known parts, and reports what it deleted.
//
// DOCX cleaning with fflate. Drops the parts that describe the author (docProps/,
// customXml/, word/people.xml) with the relationships and content-type overrides that point at them,
// blanks the names and dates on comments and tracked changes, unlinks the attached template (a path
// on the author's computer), cleans embedded JPEG/PNG pictures, and re-zips with fixed timestamps.
import { inflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { unreadable, UnreadableError } from './bytes';
import { stripJpeg } from './jpeg';
import { stripPng } from './png';
import type { RebuildLimits, RebuildOutcome, ReencodePicture } from './rebuild';
import { sniffContent } from './sniff';

export async function rebuildDocx(input: Uint8Array, options: { limits: RebuildLimits; reencodePicture: ReencodePicture }): Promise<RebuildOutcome> {
  const liar = entryInflatingPastItsSize(input, options.limits.maxEntries);
  if (liar) return { ok: false, reason: 'too-complex', detail: liar };
  try {
    // stripDocx allows ten times its size argument to be inflated.
    return { ok: true, bytes: stripDocx(input, options.limits.maxInflatedBytes / 10), removed: ['author'] };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof UnreadableError ? error.message : 'docx could not be processed' };
  }
}

const MB = 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** fflate writes DOS times from local date fields, so a local-time date gives the same bytes in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1);

const dropped = (part: string) => /^(docprops\/|customxml\/|word\/people\.xml$)/.test(part);

const RELATIONSHIP = /<Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/Relationship>)/g;
const OVERRIDE = /<Override\b[^>]*?(?:\/>|>[\s\S]*?<\/Override>)/g;
const ATTACHED_TEMPLATE = /<w:attachedTemplate\b[^>]*?(?:\/>|>[\s\S]*?<\/w:attachedTemplate>)/g;
/** Who wrote a comment or made a tracked change; the element stays, the name goes. */
const PERSON = /(\sw:(?:author|initials))=(?:"[^"]*"|'[^']*')/g;
/** When they did it: optional attributes, so they are removed outright. */
const WHEN = /\s(?:w:date|\w+:dateUtc)=(?:"[^"]*"|'[^']*')/g;

export function stripDocx(input: Uint8Array, maxBytes: number): Uint8Array {
  const parts = unzip(input, Math.min(10 * maxBytes, 200 * MB));
  const names = Object.keys(parts).filter((name) => !name.endsWith('/'));
  const removed = new Set(names.map((name) => name.toLowerCase()).filter(dropped));
  const out: Zippable = {};
  // OPC readers expect [Content_Types].xml first; the other parts keep their order.
  for (const name of names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))) {
    if (removed.has(name.toLowerCase())) continue;
    const data = parts[name]!;
    const kind = sniffContent(data);
    if (kind === 'jpeg' || kind === 'png') out[name] = [cleanPicture(kind, data), { level: 0 }];
    else if (name === '[Content_Types].xml') out[name] = rewrite(data, (xml) => xml.replace(OVERRIDE, (element) => (removed.has(partName(element)) ? '' : element)));
    else if (name.endsWith('.rels')) out[name] = rewrite(data, (xml) => withoutRelationships(xml, name, removed));
    else if (/^word\/.*\.xml$/i.test(name)) out[name] = rewrite(data, anonymise);
    else out[name] = data;
  }
  return zipSync(out, { level: 6, mtime: FIXED_MTIME });
}

/**
 * fflate sizes its buffers from the sizes the ZIP declares and stops there; an entry declaring 100
 * bytes may hold gigabytes. Each entry is inflated here with the output capped one byte past its
 * declared size, so a liar is found after at most that many bytes, never after the gigabytes.
 */
function entryInflatingPastItsSize(input: Uint8Array, maxEntries: number): string | undefined {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let end = input.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) return undefined; // unreadable: the stripper says so
  const count = view.getUint16(end + 10, true);
  if (count > maxEntries) return `docx has more than ${maxEntries} parts`;
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count && at + 46 <= input.length && view.getUint32(at, true) === 0x02014b50; index += 1) {
    const method = view.getUint16(at + 10, true);
    const [compressed, declared, local] = [view.getUint32(at + 20, true), view.getUint32(at + 24, true), view.getUint32(at + 42, true)];
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (method !== 8 || local + 30 > input.length) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    try {
      inflateRawSync(input.subarray(start, start + compressed), { maxOutputLength: declared + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'docx part inflates past its declared size';
    }
  }
  return undefined;
}

/** Refuses archives that would expand past the budget before inflating anything (fflate sizes buffers from the declared sizes). */
function unzip(input: Uint8Array, budget: number): Record<string, Uint8Array> {
  const declared = new Map<string, number>();
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(input, {
      filter: ({ name, originalSize }) => {
        total += originalSize;
        declared.set(name, originalSize);
        if (total > budget || declared.size > MAX_ENTRIES) throw new UnreadableError('docx expands beyond the size allowed');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    unreadable('docx is not a readable zip');
  }
  for (const [name, data] of Object.entries(parts)) if (data.length !== declared.get(name)) unreadable('docx has a damaged part');
  return parts;
}

function cleanPicture(kind: 'jpeg' | 'png', data: Uint8Array): Uint8Array {
  try {
    return kind === 'jpeg' ? stripJpeg(data) : stripPng(data);
  } catch (error) {
    if (error instanceof UnreadableError) unreadable('docx holds a picture that cannot be read');
    throw error;
  }
}

function rewrite(data: Uint8Array, edit: (xml: string) => string): Uint8Array {
  // UTF-16 parts are legal but the patterns below would miss names in them, so they are refused rather than passed through.
  if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0xff && data[1] === 0xfe)) unreadable('docx has a UTF-16 part');
  return strToU8(edit(strFromU8(data)));
}

function anonymise(xml: string): string {
  return xml.replace(PERSON, '$1=""').replace(WHEN, '').replace(ATTACHED_TEMPLATE, '');
}

function withoutRelationships(xml: string, relsName: string, removed: ReadonlySet<string>): string {
  // "word/_rels/document.xml.rels" describes word/document.xml, so its targets are relative to word/.
  const folder = relsName.replace(/_rels\/[^/]*$/, '');
  return xml.replace(RELATIONSHIP, (element) => {
    if (attribute(element, 'Type')?.endsWith('/attachedTemplate')) return '';
    if (/\sTargetMode=(?:"External"|'External')/.test(element)) return element;
    const target = attribute(element, 'Target');
    return target !== undefined && removed.has(resolve(folder, target)) ? '' : element;
  });
}

const partName = (element: string) => (attribute(element, 'PartName') ?? '').replace(/^\//, '').toLowerCase();

function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The zip entry name (lower case) a relationship target points at. */
function resolve(folder: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  const segments: string[] = [];
  for (const segment of (path.startsWith('/') ? path : folder + path).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}
