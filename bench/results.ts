// Shared by the benchmarks: merges one section into bench/results/latest.json and prints a table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const latest = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

export function recordSection(name: string, section: unknown) {
  const all = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : {};
  all[name] = { measuredAt: new Date().toISOString(), node: process.version, ...(section as object) };
  mkdirSync(dirname(latest), { recursive: true });
  writeFileSync(latest, `${JSON.stringify(all, null, 2)}\n`);
}

export interface Budget {
  what: string;
  actual: number;
  limit: number;
}

/** Prints each budget and returns whether all were met. */
export function checkBudgets(budgets: Budget[]): boolean {
  let met = true;
  for (const budget of budgets) {
    const ok = budget.actual <= budget.limit;
    met &&= ok;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${budget.what}: ${budget.actual} (budget ≤ ${budget.limit})`);
  }
  return met;
}
