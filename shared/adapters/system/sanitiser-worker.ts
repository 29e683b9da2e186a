// You are here: the worker thread that cleans one upload (isolated-sanitiser.ts starts it). It gets
// the bytes, the declared type and the limits, answers with the result, and is then thrown away, so
// nothing one file did to the engine's memory is there for the next.
import { parentPort, workerData } from 'node:worker_threads';
import { sanitiseEvidence } from '../../domain/evidence-sanitiser';
import type { SanitiseJob } from './isolated-sanitiser';

const { input, declared, limits, rebuildLimits } = workerData as SanitiseJob;
const result = await sanitiseEvidence(input, declared, limits, rebuildLimits);
parentPort!.postMessage(result);
