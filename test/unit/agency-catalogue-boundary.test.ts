// The compiled agency catalogue (shared/config/agencies.ts) is the local stack's seed and nothing
// more: no page and no function may reach it, or a deployment would show or apply a seed agency's
// name, units or limits instead of what its registry says. Two checks: the import graph of every
// source file under web/ and functions/ never reaches the module, and the built site (pages,
// scripts and chunks) holds no catalogue agency's name, address or telephone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import { buildWebSync } from '../../web/build';

const root = resolve(import.meta.dirname, '..', '..');
const CATALOGUE = join(root, 'shared', 'config', 'agencies.ts');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'dist' || name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });

/** Every module specifier a file imports or re-exports, types included, static or dynamic. */
const specifiers = (code: string) => [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
}

/** The files reachable from `entries`, each with the chain of imports that reached it. */
function importGraph(entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: [string, string[]][] = entries.map((entry) => [entry, [entry]]);
  for (const entry of entries) reached.set(entry, [entry]);
  while (queue.length > 0) {
    const [file, chain] = queue.shift()!;
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (!target || reached.has(target)) continue;
      const path = [...chain, target];
      reached.set(target, path);
      queue.push([target, path]);
    }
  }
  return reached;
}

const shown = (chain: string[]) => chain.map((file) => relative(root, file)).join(' → ');

describe('the agency catalogue stays the local seed', () => {
  it('is reached by no import, direct or indirect, from the pages or the functions', () => {
    const graph = importGraph([...sources(join(root, 'web')), ...sources(join(root, 'functions'))]);
    // The walk does follow imports into shared/ (else the check below would prove nothing).
    expect(graph.has(join(root, 'shared', 'domain', 'agencies.ts'))).toBe(true);
    const chain = graph.get(CATALOGUE);
    expect(chain && shown(chain)).toBeUndefined();
  });

  it('finds an import of it when there is one', () => {
    // The seed loader imports it by design: the same walk must see that.
    const graph = importGraph([join(root, 'infra', 'local', 'seed-agencies.ts')]);
    expect(graph.has(CATALOGUE)).toBe(true);
  });

  describe('in the built site', () => {
    let site: string;
    beforeAll(() => {
      site = buildWebSync(mkdtempSync(join(tmpdir(), 'pages-boundary-')), { agency: 'bma-health' });
    });

    it('no page, script or chunk holds a catalogue agency\'s name, address or telephone', () => {
      const built = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? built(join(dir, name)) : [join(dir, name)]));
      const files = built(site).filter((file) => /\.(html|js)$/.test(file));
      expect(files.some((file) => file.endsWith('.js'))).toBe(true);
      const facts = AGENCY_CATALOGUE.flatMap((agency) => [agency.nameTh, agency.nameEn, ...[agency.contact.address, agency.contact.phone].filter((fact) => fact !== undefined)]);
      for (const file of files) {
        const content = readFileSync(file, 'utf8');
        for (const fact of facts) expect(content.includes(fact), `${relative(site, file)} holds "${fact}"`).toBe(false);
      }
    });
  });
});
