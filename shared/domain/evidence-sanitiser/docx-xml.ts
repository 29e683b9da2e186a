// You are here: the one XML reader of the DOCX rebuilder. saxes is a real, namespace-aware parser;
// on top of it this refuses any document type declaration (so no entity is ever declared, let alone
// expanded), any encoding but UTF-8 and UTF-16, and nesting deeper than the limit. Elements are
// matched by namespace URI and local name, never by prefix, so `x:author` or `w:author = "…"`
// cannot slip past a pattern. Transitional and Strict namespaces map to the same short names.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DocxRefusal, refuse } from './docx-refusal';

export type Namespace = 'w' | 'r' | 'wp' | 'a' | 'pic' | 'mc' | 'v' | 'o' | 'wps' | 'rel' | 'm';

const NAMESPACES: Record<string, Namespace> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
};

/** An element as the rebuilder sees it: `w:p` whatever prefix the file used, attributes likewise. */
export interface Element {
  /** 'w:p', 'wp:extent'…; '?:local' for a namespace the rebuilder does not know. */
  readonly name: string;
  /** Attribute value by short qualified name ('w:val', 'r:embed') or bare local name for unqualified ones ('Id'). */
  attribute(name: string): string | undefined;
  /** Local names of every attribute, whatever its namespace: lets the walker notice an author it does not keep. */
  readonly attributeLocals: readonly string[];
}

export interface XmlHandlers {
  open(element: Element): void;
  close(element: Element): void;
  text?(text: string): void;
}

const shortName = (uri: string, local: string) => `${NAMESPACES[uri] ?? '?'}:${local}`;

/** Whole bytes, or a producer that hands them over in chunks (a zip part as it inflates). */
export type XmlSource = Uint8Array | ((sink: (chunk: Uint8Array) => void) => void);

export function parseXml(source: XmlSource, maxDepth: number, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const open: Element[] = [];
  parser.on('doctype', () => refuse('unsupported-content', 'docx part declares a DTD'));
  parser.on('xmldecl', ({ encoding }) => {
    if (encoding !== undefined && !/^utf-(8|16)$/i.test(encoding)) refuse('unsupported-content', 'docx part uses an encoding other than UTF-8 or UTF-16');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (open.length >= maxDepth) refuse('too-complex', `docx nests deeper than ${maxDepth} levels`);
    const attributes = new Map<string, string>();
    const locals: string[] = [];
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === 'http://www.w3.org/2000/xmlns/' || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      locals.push(attribute.local);
      attributes.set(attribute.uri ? shortName(attribute.uri, attribute.local) : attribute.local, attribute.value);
    }
    const element: Element = { name: shortName(tag.uri, tag.local), attribute: (name) => attributes.get(name), attributeLocals: locals };
    open.push(element);
    handlers.open(element);
  });
  parser.on('closetag', () => handlers.close(open.pop()!));
  if (handlers.text) {
    const onText = (chunk: string) => handlers.text?.(chunk);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const decoder = new StreamingDecoder();
  try {
    if (source instanceof Uint8Array) parser.write(decoder.decode(source));
    else source((chunk) => parser.write(decoder.decode(chunk)));
    parser.write(decoder.end()).close();
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    // saxes throws on anything malformed, including an entity it does not know.
    refuse('unreadable', 'docx part is not well-formed XML');
  }
}

/** UTF-8, or UTF-16 when the part starts with its byte-order mark; invalid sequences refuse the file. */
class StreamingDecoder {
  private decoder?: TextDecoder;
  private head = new Uint8Array(0);

  decode(chunk: Uint8Array): string {
    if (!this.decoder) {
      // The byte-order mark needs two bytes; a part may arrive one byte at a time.
      const head = new Uint8Array(this.head.length + chunk.length);
      head.set(this.head);
      head.set(chunk, this.head.length);
      if (head.length < 2) {
        this.head = head;
        return '';
      }
      const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
      // The decoder drops a byte-order mark itself.
      this.decoder = new TextDecoder(encoding, { fatal: true });
      chunk = head;
    }
    return this.run(() => this.decoder!.decode(chunk, { stream: true }));
  }

  end(): string {
    if (!this.decoder) return this.head.length === 0 ? '' : this.run(() => new TextDecoder('utf-8', { fatal: true }).decode(this.head));
    return this.run(() => this.decoder!.decode());
  }

  private run(decode: () => string): string {
    try {
      return decode();
    } catch {
      return refuse('unreadable', 'docx part is not valid text');
    }
  }
}
