// You are here: one file through the processing function's own sanitiser (isolated-sanitiser.ts),
// run by bench/evidence.ts as a bundle in a fresh Node process, as on Lambda. Samples the whole
// process's resident memory (the worker's included) and prints the figures as one JSON line.
import { readFileSync } from 'node:fs';
import { isolatedSanitiser } from '../shared/adapters/system/isolated-sanitiser';
import type { EvidenceType } from '../shared/domain/evidence-sanitiser';

const [path, type, runs] = process.argv.slice(2) as [string, EvidenceType, string];
const input = new Uint8Array(readFileSync(path));
const sanitise = isolatedSanitiser();
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 5);
const times: number[] = [];
let outcome = '';
let outBytes = 0;
for (let run = 0; run < Number(runs); run += 1) {
  const started = performance.now();
  const result = await sanitise(input, type, { maxBytes: 10 * 1024 * 1024 });
  times.push(performance.now() - started);
  outcome = result.ok ? `received (${result.removed.length ? result.removed.join(', ') : 'nothing hidden found'})` : `refused: ${result.reason} (${result.detail})`;
  outBytes = result.ok ? result.size : 0;
}
clearInterval(sampler);
console.log(JSON.stringify({ times, peakRss: Math.max(peakRss, process.memoryUsage.rss()), outcome, outBytes }));
