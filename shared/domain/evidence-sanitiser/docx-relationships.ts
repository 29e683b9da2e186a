// You are here: how the DOCX rebuilder finds parts. A part is reached only through the relationships
// of the part that uses it, by relationship TYPE and target, never by a fixed path: core properties
// stored at `meta/info.xml` are as much "core properties" as `docProps/core.xml`.
import { refuse } from './docx-refusal';
import { parseXml } from './docx-xml';
import type { ZipPackage } from './docx-zip';

export interface Relationship {
  id: string;
  /** The type without its well-known prefix: 'officeDocument', 'image', 'metadata/core-properties', 'vbaProject'…; the full URI otherwise. */
  type: string;
  /** The zip entry it points at (normalised, as written in the package); undefined for an external target. */
  part?: string;
  external: boolean;
}

const TYPE_PREFIXES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/',
  'http://schemas.microsoft.com/office/2006/relationships/',
  'http://schemas.microsoft.com/office/2007/relationships/',
  'http://schemas.microsoft.com/office/2011/relationships/',
  'http://schemas.microsoft.com/office/2016/09/relationships/',
  'http://schemas.microsoft.com/office/2018/08/relationships/',
];

/** Far more than a long document with a link on every line needs; bounds the memory a relationships part can take. */
const MAX_RELATIONSHIPS = 50_000;

const shortType = (type: string) => {
  const prefix = TYPE_PREFIXES.find((candidate) => type.startsWith(candidate));
  return prefix ? type.slice(prefix.length) : type;
};

/** '_rels/.rels' for the package, 'word/_rels/document.xml.rels' for 'word/document.xml'. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `source` ('' for the package itself); none when it has no relationships part. */
export function relationshipsOf(zip: ZipPackage, source: string, maxDepth: number): Relationship[] {
  const part = source === '' ? '_rels/.rels' : relationshipsPartOf(source);
  if (!zip.has(part)) return [];
  const folder = source.slice(0, source.lastIndexOf('/') + 1);
  const found: Relationship[] = [];
  parseXml((sink) => zip.stream(part, sink), maxDepth, {
    open(element) {
      if (element.name !== 'rel:Relationship') return;
      if (found.length >= MAX_RELATIONSHIPS) refuse('too-complex', `docx part has more than ${MAX_RELATIONSHIPS} relationships`);
      const external = element.attribute('TargetMode') === 'External';
      const target = element.attribute('Target') ?? '';
      found.push({ id: element.attribute('Id') ?? '', type: shortType(element.attribute('Type') ?? ''), external, part: external ? undefined : resolve(folder, target) });
    },
    close() {},
  });
  return found;
}

/** The zip entry name a relative or absolute target points at. */
function resolve(folder: string, target: string): string {
  let path = target.split('#')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // not percent-encoded after all
  }
  const segments: string[] = [];
  for (const segment of (path.startsWith('/') ? path : folder + path).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
