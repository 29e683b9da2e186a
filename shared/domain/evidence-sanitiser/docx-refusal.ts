// You are here: the one way the DOCX rebuilder gives up on a file. Thrown deep inside the zip reader,
// the XML parser or the body walker, caught once by rebuildDocx and turned into its outcome. The detail
// is ours and short: it goes to logs and to the officer, so it never quotes the file.
import type { RebuildOutcome } from './rebuild';

export type RefusalReason = Extract<RebuildOutcome, { ok: false }>['reason'];

export class DocxRefusal extends Error {
  override readonly name = 'DocxRefusal';
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function refuse(reason: RefusalReason, detail: string): never {
  throw new DocxRefusal(reason, detail);
}
