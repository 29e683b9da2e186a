// You are here: the EvidenceSanitiser the processing function uses. Each upload is cleaned in its own
// worker thread, one at a time, so a hostile file can exhaust only that worker: its JavaScript heap
// has a hard V8 limit, the rendering engine's WebAssembly heap has its own cap (pixels.ts), and this
// thread watches the process's resident memory and the clock, terminating the worker when either
// budget is spent. The answer is then a refusal with its reason, and the function keeps serving.
// The bundles' banner declares createRequire at the top level; a named import of it would clash.
import nodeModule from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EvidenceType, SanitiseResult } from '../../domain/evidence-sanitiser';
import type { RebuildLimits } from '../../domain/evidence-sanitiser/rebuild';
import type { EvidenceSanitiser } from '../../domain/ports';

export interface SanitiseJob {
  input: Uint8Array;
  declared: EvidenceType;
  limits: { maxBytes: number };
  rebuildLimits?: RebuildLimits;
}

export interface IsolationBudget {
  /** Resident memory the worker may add to the process, measured (engine, buffers, heap), not declared. */
  memoryBytes: number;
  timeoutMs: number;
  /** V8's own limit on the worker's JavaScript heap. */
  heapMb: number;
}

const MB = 1024 * 1024;

/** The processing function has 1,024 MB: the process itself takes about 150 MB, and 30 % stays free. */
export const PROCESSING_BUDGET: IsolationBudget = { memoryBytes: 512 * MB, timeoutMs: 30_000, heapMb: 256 };

const SAMPLE_MS = 10;

/**
 * Where the worker's code is: in the Lambda bundle, a second bundle beside this one (the build puts
 * it there with MuPDF's .wasm); from the sources (local stack, tests), the TypeScript file through tsx.
 */
function startWorker(job: SanitiseJob, budget: IsolationBudget): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./evidence-worker.mjs', import.meta.url), { workerData: job, resourceLimits });
  // require.resolve finds tsx's CommonJS build; the worker loads its ES module build beside it.
  const tsx = pathToFileURL(nodeModule.createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./sanitiser-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(source, { eval: true, workerData: job, resourceLimits });
}

const refuse = (detail: string): SanitiseResult => ({ ok: false, reason: 'too-complex', detail });

/** peakBytes: the most resident memory the last file added to the process, as the watch saw it. */
export function isolatedSanitiser(budget: IsolationBudget = PROCESSING_BUDGET): EvidenceSanitiser & { peakBytes: () => number } {
  // One worker at a time: the memory watch reads the whole process, which must be this worker's alone.
  let queue: Promise<unknown> = Promise.resolve();
  let peak = 0;
  const run = (job: SanitiseJob) =>
    new Promise<SanitiseResult>((resolve) => {
      const baseline = process.memoryUsage.rss();
      peak = 0;
      const worker = startWorker(job, budget);
      let done = false;
      const finish = (result: SanitiseResult) => {
        if (done) return;
        done = true;
        clearInterval(watch);
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      };
      const watch = setInterval(() => {
        const used = process.memoryUsage.rss() - baseline;
        peak = Math.max(peak, used);
        if (used > budget.memoryBytes) finish(refuse(`processing needed more than ${budget.memoryBytes / MB} MB`));
      }, SAMPLE_MS);
      const timer = setTimeout(() => finish(refuse(`processing took longer than ${budget.timeoutMs / 1000} s`)), budget.timeoutMs);
      worker.on('message', (result: SanitiseResult) => finish(result));
      worker.on('error', (error: Error & { code?: string }) =>
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refuse('processing ran out of its heap') : { ok: false, reason: 'unreadable', detail: 'the file could not be processed' }),
      );
      worker.on('exit', () => finish({ ok: false, reason: 'unreadable', detail: 'processing stopped without an answer' }));
    });
  const sanitise = (input: Uint8Array, declared: EvidenceType, limits: { maxBytes: number }, rebuildLimits?: RebuildLimits) => {
    const next = queue.then(() => run({ input, declared, limits, ...(rebuildLimits ? { rebuildLimits } : {}) }));
    queue = next.catch(() => undefined);
    return next;
  };
  return Object.assign(sanitise, { peakBytes: () => peak });
}
