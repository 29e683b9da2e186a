// You are here: evidence files on the reporter's side, shared by the complaint form (its receipt)
// and the tracking page. It checks the chosen files before anything is sent, uploads each one (an
// upload slot from the API, then the form POST to the bucket) with its progress on screen, lets a
// failed file be sent again under the same Idempotency-Key, and asks for the case every second until
// the files it sent have been checked, for at most 30 seconds.
import { EVIDENCE_TYPES, EXTENSIONS, MEDIA_TYPES, typeOfMediaType, type EvidenceType } from '../../shared/domain/evidence';
import { newIdempotencyKey, requestUploadSlot, sendToBucket, type ApiOutcome, type PublicAgency, type ReporterCredentials, type ReporterFile, type UploadSlot } from './api';
import { setFieldError } from './form-ui';
import { formatDateTime } from './labels';
import { WORDS } from './words';
import { loadPageAgency } from './page-agency';
import { EVIDENCE_TYPE_LABELS, FILE_REJECTION_LABELS, FILE_STATUS_LABELS, formatFileSize } from './evidence-labels';

/**
 * The agency's own limits, as GET /api/agencies/{id} gives them (web/src/page-agency.ts). Until the
 * registry has answered, or if it does not, the page checks only what every agency refuses (a type
 * it does not take, an empty file); the server still has the last word either way.
 */
export type FileLimits = PublicAgency['evidence'];

/**
 * The limits of the page's agency, once the registry has answered; the page's hint then says them
 * (its template says the standard ones, 5 files of 10 MB, until then).
 */
export async function pageFileLimits(): Promise<FileLimits | undefined> {
  const outcome = await loadPageAgency();
  if (outcome?.kind !== 'ok') return undefined;
  const limits = outcome.data.evidence;
  document.querySelectorAll('[data-evidence-max-files]').forEach((slot) => (slot.textContent = limits.maxFiles.toLocaleString('th-TH')));
  document.querySelectorAll('[data-evidence-max-size]').forEach((slot) => (slot.textContent = formatFileSize(limits.maxBytes)));
  return limits;
}

const TYPE_BY_EXTENSION: Record<string, EvidenceType> = {
  ...Object.fromEntries(EVIDENCE_TYPES.map((type) => [EXTENSIONS[type], type])),
  jpeg: 'jpeg',
};

const ACCEPT = Object.keys(TYPE_BY_EXTENSION).map((extension) => `.${extension}`).join(',');
const EVIDENCE_WORDS = WORDS.evidence;
const KINDS_ACCEPTED = EVIDENCE_WORDS.kindsAccepted;

/**
 * The type the reporter's file claims to be. The extension decides, as it is what the reporter sees
 * (and what the server compares the content with); a name without one falls back on what the
 * browser says, as some phones name photos that way.
 */
export function evidenceTypeOf(file: File): EvidenceType | undefined {
  const extension = /\.([^.\\/]+)$/.exec(file.name)?.[1]?.toLowerCase();
  return extension ? TYPE_BY_EXTENSION[extension] : typeOfMediaType(file.type);
}

/**
 * What is wrong with the chosen files, one sentence each; `room` is how many more the case can take.
 * Without the agency's limits, only the type and emptiness are checked.
 */
export function checkFiles(files: readonly File[], room: number, limits: FileLimits | undefined): string[] {
  const { maxFiles, maxBytes } = limits ?? { maxFiles: Infinity, maxBytes: Infinity };
  if (files.length > room) {
    if (room <= 0) return [EVIDENCE_WORDS.full(maxFiles)];
    return room === maxFiles
      ? [EVIDENCE_WORDS.tooMany(maxFiles, files.length)]
      : [EVIDENCE_WORDS.roomFor(room, files.length)];
  }
  return files.flatMap((file) => {
    if (!evidenceTypeOf(file)) return [EVIDENCE_WORDS.wrongType(file.name, KINDS_ACCEPTED)];
    if (file.size === 0) return [EVIDENCE_WORDS.emptyFile(file.name)];
    if (file.size > maxBytes) {
      return [EVIDENCE_WORDS.fileTooLarge(file.name, formatFileSize(file.size), formatFileSize(maxBytes))];
    }
    return [];
  });
}

export interface FileChooser {
  /** The files chosen now. */
  files(): File[];
  /** Empties the choice, its list and its message. */
  reset(): void;
}

/**
 * Sets up a file input and the list under it that names each chosen file with its size (the
 * browser's own control only says how many). What is wrong with a choice is said at once, not only
 * when the form is sent; `room` is how many more files the case can take at that moment.
 */
export function attachFileChooser(input: HTMLInputElement, chosen: HTMLElement, room: () => number, limits: () => FileLimits | undefined): FileChooser {
  input.accept = ACCEPT;
  input.multiple = true;
  const files = () => [...(input.files ?? [])];
  const show = () => {
    chosen.replaceChildren(
      ...files().map((file) => {
        const item = document.createElement('li');
        item.textContent = `${file.name} (${formatFileSize(file.size)})`;
        return item;
      }),
    );
    chosen.hidden = chosen.childElementCount === 0;
  };
  input.addEventListener('change', () => {
    show();
    setFieldError(input, checkFiles(files(), room(), limits()).join(' ') || undefined);
  });
  show();
  return {
    files,
    reset() {
      input.value = '';
      show();
      setFieldError(input);
    },
  };
}

/** "ได้รับแล้ว", or "ไม่รับไฟล์: <why>" with what the reporter can do about it. */
export function fileStatusText(file: Pick<ReporterFile, 'status' | 'rejection'>): string {
  if (file.status !== 'rejected') return FILE_STATUS_LABELS[file.status];
  return EVIDENCE_WORDS.rejected(FILE_STATUS_LABELS.rejected, file.rejection ? FILE_REJECTION_LABELS[file.rejection] : '');
}

// Not staff-ui's helper of the same shape: that module brings the staff session into public pages.
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, textContent?: string) =>
  Object.assign(document.createElement(tag), { className, ...(textContent !== undefined ? { textContent } : {}) });

/** One file of the case as the tracking page lists it. */
export function evidenceFileItem(file: ReporterFile): HTMLLIElement {
  const item = element('li', `evidence-file evidence-file--${file.status}`);
  const facts = [EVIDENCE_TYPE_LABELS[file.type], ...(file.size !== undefined ? [formatFileSize(file.size)] : []), EVIDENCE_WORDS.sentOn(formatDateTime(file.requestedAt))];
  item.append(
    // textContent, never HTML: the name is whatever the reporter's device called the file.
    element('p', 'evidence-file__name', file.name),
    element('p', 'evidence-file__meta', facts.join(' · ')),
    element('p', `evidence-file__status file-status file-status--${file.status}`, fileStatusText(file)),
  );
  return item;
}

// --- Uploading --------------------------------------------------------------------------------

const POLL_EVERY_MS = 1_000;
const POLL_FOR_MS = 30_000;
const RETRY = EVIDENCE_WORDS.retry;
const UNREACHABLE = EVIDENCE_WORDS.unreachable;
const tooLarge = (limits: FileLimits | undefined) => EVIDENCE_WORDS.tooLarge(limits ? formatFileSize(limits.maxBytes) : undefined);

interface Upload {
  file: File;
  type: EvidenceType;
  /** Names this file to the server: a retry reuses it, so the file takes one slot however often it is sent. */
  key: string;
  fileId?: string;
  state: 'waiting' | 'sending' | 'sent' | 'failed';
  item: HTMLLIElement;
  progress: HTMLProgressElement;
  status: HTMLParagraphElement;
  retry: HTMLButtonElement;
}

export interface UploadSummary {
  /** Files that did not reach the bucket. */
  failed: number;
  /** Sent files still being checked when the page stopped asking. */
  checking: number;
  received: number;
  rejected: number;
}

export interface UploaderOptions {
  /** The case the files belong to; undefined once the reporter has left it. */
  credentials: () => ReporterCredentials | undefined;
  /** Fetches the case again (showing it, where the page lists files) and answers its files; undefined when it could not. */
  refresh: () => Promise<ReporterFile[] | undefined>;
  /** The receipt keeps a sent file in this list and shows its result; tracking lists it with the case's files instead. */
  keepSent: boolean;
  /** The reference and secret no longer open the case (401), or it is locked for a while (429). */
  onRefused: (outcome: { status: number; retryAfterSeconds?: number }) => void;
  /** Once nothing is being sent or checked any more. */
  onSettled: (summary: UploadSummary) => void;
  /** The agency's limits, for the words of a refusal; undefined until the registry has answered. */
  limits: () => FileLimits | undefined;
}

export interface Uploader {
  send(files: readonly File[]): void;
  /** Stops everything and empties the list, as when the reporter leaves the case. */
  clear(): void;
  /** True while a file is waiting or being sent (a retry included). */
  busy(): boolean;
}

/** Uploads files one after another (kinder to a slow connection), each shown as an item of `list`. */
export function createUploader(list: HTMLElement, options: UploaderOptions): Uploader {
  let uploads: Upload[] = [];
  let controller = new AbortController();
  let queue: Promise<void> = Promise.resolve();
  let sending = 0;
  /** The signal of the loop asking for the case, if one runs; a loop of a cleared list just winds down. */
  let pollingFor: AbortSignal | undefined;
  /** Sent files not yet checked, and when the last one was sent: the page asks for 30 seconds after that. */
  const checking = new Set<string>();
  let lastSentAt = 0;
  const outcomes = new Map<string, ReporterFile['status']>();

  function show(upload: Upload, state: Upload['state'], text: string, options: { progress?: number; retry?: boolean } = {}) {
    upload.state = state;
    upload.item.className = `upload upload--${state}`;
    upload.status.textContent = text;
    upload.progress.hidden = options.progress === undefined;
    if (options.progress !== undefined) upload.progress.value = options.progress;
    upload.retry.hidden = !options.retry;
  }

  function itemFor(file: File, type: EvidenceType): Upload {
    const item = element('li', 'upload');
    const progress = element('progress', 'upload__progress');
    progress.max = 100;
    progress.setAttribute('aria-label', EVIDENCE_WORDS.progressOf(file.name));
    const status = element('p', 'upload__status');
    const retry = Object.assign(element('button', 'button button--secondary button--small', RETRY), { type: 'button' });
    retry.setAttribute('aria-label', `${RETRY}: ${file.name}`);
    item.append(element('p', 'upload__name', file.name), element('p', 'upload__meta', `${EVIDENCE_TYPE_LABELS[type]} · ${formatFileSize(file.size)}`), progress, status, retry);
    const upload: Upload = { file, type, key: newIdempotencyKey(), state: 'waiting', item, progress, status, retry };
    retry.addEventListener('click', () => {
      if (upload.state === 'failed') enqueue(upload);
    });
    return upload;
  }

  function enqueue(upload: Upload) {
    const signal = controller.signal;
    show(upload, 'waiting', EVIDENCE_WORDS.waiting);
    sending++;
    queue = queue
      .then(() => (signal.aborted ? undefined : sendOne(upload, signal)))
      .catch(() => show(upload, 'failed', EVIDENCE_WORDS.failed, { retry: true }))
      .finally(() => {
        sending--;
        if (!signal.aborted) settleIfQuiet();
      });
  }

  async function sendOne(upload: Upload, signal: AbortSignal) {
    const credentials = options.credentials();
    if (!credentials) return;
    show(upload, 'sending', EVIDENCE_WORDS.sending(0), { progress: 0 });
    const slot = await requestUploadSlot(credentials, { name: upload.file.name, mediaType: MEDIA_TYPES[upload.type], size: upload.file.size }, upload.key);
    if (signal.aborted) return;
    if (slot.kind !== 'ok') return slotRefused(upload, slot);
    upload.fileId = slot.data.file.id;
    const outcome = await sendToBucket(
      slot.data.upload,
      upload.file,
      (fraction) => {
        const percent = Math.min(99, Math.floor(fraction * 100));
        show(upload, 'sending', EVIDENCE_WORDS.sending(percent), { progress: percent });
      },
      signal,
    );
    if (outcome.kind === 'aborted' || signal.aborted) return;
    if (outcome.kind === 'ok') return sent(upload);
    if (outcome.kind === 'rejected' && outcome.code === 'EntityTooLarge') return show(upload, 'failed', tooLarge(options.limits()));
    // An expired or refused policy, or a lost connection: a retry gets a fresh policy for the same slot.
    show(upload, 'failed', outcome.kind === 'unavailable' ? UNREACHABLE : EVIDENCE_WORDS.failed, { retry: true });
  }

  function slotRefused(upload: Upload, slot: Exclude<ApiOutcome<UploadSlot>, { kind: 'ok' }>) {
    if (slot.kind === 'unavailable') return show(upload, 'failed', UNREACHABLE, { retry: true });
    if (slot.status === 401 || slot.status === 429) {
      show(upload, 'failed', EVIDENCE_WORDS.credentialsRefused);
      return options.onRefused(slot);
    }
    // The slot of a file already sent is closed: an earlier attempt arrived although its answer was lost.
    if (slot.status === 409 && slot.code === 'file-already-uploaded') return sent(upload);
    const maxFiles = options.limits()?.maxFiles;
    if (slot.status === 409) return show(upload, 'failed', EVIDENCE_WORDS.caseFull(maxFiles));
    if (slot.status === 400 && slot.fields.size) return show(upload, 'failed', tooLarge(options.limits()));
    show(upload, 'failed', EVIDENCE_WORDS.typeRefused(KINDS_ACCEPTED));
  }

  function sent(upload: Upload) {
    show(upload, 'sent', EVIDENCE_WORDS.sent(FILE_STATUS_LABELS['awaiting-upload']));
    if (!options.keepSent) {
      upload.item.remove();
      uploads = uploads.filter((other) => other !== upload);
      list.hidden = uploads.length === 0;
    }
    checking.add(upload.fileId!);
    lastSentAt = Date.now();
    void watch(controller.signal);
  }

  /** One loop at a time asks for the case until every sent file is checked, or 30 s after the last was sent. */
  async function watch(signal: AbortSignal) {
    if (pollingFor === signal) return;
    pollingFor = signal;
    try {
      while (checking.size > 0 && !signal.aborted) {
        const files = await options.refresh();
        if (!files || signal.aborted) break;
        for (const file of files) {
          if (!checking.has(file.id) || file.status === 'awaiting-upload') continue;
          checking.delete(file.id);
          outcomes.set(file.id, file.status);
          const upload = uploads.find((candidate) => candidate.fileId === file.id);
          if (upload) {
            show(upload, 'sent', fileStatusText(file));
            upload.item.classList.add(`upload--${file.status}`);
          }
        }
        if (checking.size === 0 || Date.now() - lastSentAt > POLL_FOR_MS) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
      }
    } finally {
      if (pollingFor === signal) pollingFor = undefined;
    }
    if (!signal.aborted) settleIfQuiet();
  }

  function settleIfQuiet() {
    if (sending > 0 || pollingFor) return;
    const statuses = [...outcomes.values()];
    options.onSettled({
      failed: uploads.filter((upload) => upload.state === 'failed').length,
      checking: checking.size,
      received: statuses.filter((status) => status === 'received').length,
      rejected: statuses.filter((status) => status === 'rejected').length,
    });
  }

  return {
    busy: () => sending > 0,
    send(files) {
      for (const file of files) {
        const upload = itemFor(file, evidenceTypeOf(file)!);
        uploads.push(upload);
        list.append(upload.item);
        enqueue(upload);
      }
      list.hidden = uploads.length === 0;
    },
    clear() {
      controller.abort();
      controller = new AbortController();
      uploads = [];
      checking.clear();
      outcomes.clear();
      list.replaceChildren();
      list.hidden = true;
    },
  };
}
