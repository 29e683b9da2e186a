// You are here: builds the pages into web/dist: copies web/public and bundles each web/src/*.ts
// page script with esbuild. `npm start` runs it; CDK runs it to make the site bucket's asset.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));

/** Builds synchronously (CDK's local bundling cannot await) and returns the output folder. */
export function buildWebSync(outDir = join(webDir, 'dist')): string {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(webDir, 'public'), out, { recursive: true });
  const pages = readdirSync(join(webDir, 'src')).filter((name) => name.endsWith('.page.ts'));
  buildSync({
    entryPoints: pages.map((name) => join(webDir, 'src', name)),
    outdir: join(out, 'assets'),
    entryNames: '[name]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return out;
}

export async function buildWeb(outDir?: string): Promise<string> {
  return buildWebSync(outDir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(buildWebSync(process.argv[2]));
}
