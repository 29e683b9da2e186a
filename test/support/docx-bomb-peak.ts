// You are here: run in a child process of its own by the DOCX rebuild tests, so the peak memory it
// reports belongs to one rebuild and nothing else. Reads a Word file from the path in argv[2], rebuilds
// it under the limits in argv[3] (JSON), and prints the outcome, the RSS before and the peak RSS.
import { readFileSync } from 'node:fs';
import { rebuildDocx } from '../../shared/domain/evidence-sanitiser/docx-rebuild';

const input = new Uint8Array(readFileSync(process.argv[2]!));
const limits = JSON.parse(process.argv[3]!);
const before = process.memoryUsage().rss;
const outcome = await rebuildDocx(input, { limits, reencodePicture: async () => undefined });
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ outcome: outcome.ok ? 'ok' : outcome.reason, before, peak }));
