// You are here: the referral package a custodian hands to another authority (e.g. the NACC): one
// ZIP with the case as JSON, the cleaned files and a SHA256SUMS list, so the receiver can check
// that nothing changed on the way. The reporter's identity is inside only when asked for with a reason.
import { createHash } from 'node:crypto';
import type { Zippable } from 'fflate';
import type { ReporterIdentity } from './complaint';
import { downloadName, type EvidenceFile } from './evidence';
import type { staffView } from './use-cases/case-handling';

export interface CasePackageInput {
  /** The case as staff see it, with its timeline and internal notes. */
  view: ReturnType<typeof staffView>;
  /** Received files in request order, with the cleaned bytes. */
  files: { file: EvidenceFile; bytes: Uint8Array }[];
  identity?: ReporterIdentity;
  exportedAt: string;
  reason: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export async function casePackage(input: CasePackageInput): Promise<Uint8Array> {
  // Loaded on the first export: fflate builds its tables when imported, which every cold start of the
  // custody function would otherwise pay for.
  const { strToU8, zipSync } = await import('fflate');
  const jsonBytes = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const { overdue: _overdue, allowedTransitions: _next, files: _files, ...view } = input.view;
  const files = input.files.map(({ file, bytes }, index) => ({ path: `files/${downloadName(view.reference, index + 1, file.type)}`, file, bytes }));
  const caseDocument = {
    ...view,
    files: files.map(({ path, file }) => ({ path, name: file.name, type: file.type, size: file.size, sha256: file.sha256, receivedAt: file.processedAt, removed: file.removed ?? [] })),
    export: { exportedAt: input.exportedAt, reason: input.reason, includesIdentity: input.identity !== undefined },
  };
  const entries: Zippable = { 'case.json': jsonBytes(caseDocument) };
  if (input.identity) entries['identity.json'] = jsonBytes(input.identity);
  for (const { path, bytes } of files) entries[path] = bytes;
  // Checksums of everything in the package, in the format `sha256sum -c` reads.
  const sums = Object.entries(entries).map(([path, bytes]) => `${sha256(bytes as Uint8Array)}  ${path}`);
  entries.SHA256SUMS = strToU8(`${sums.join('\n')}\n`);
  // A fixed time in every entry: the same case exported twice gives the same bytes.
  return zipSync(entries, { mtime: new Date(input.exportedAt), level: 6 });
}
