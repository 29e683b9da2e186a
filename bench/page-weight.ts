// Measures the JavaScript each page makes a browser download before it can run: the page's entry
// script plus every chunk it imports statically (what esbuild's code splitting shares between pages),
// raw and gzipped, each file compressed on its own as it travels. Chunks loaded only by a dynamic
// import() are listed apart: they cost nothing until used. Builds the site as `npm run build:web`
// does, or reads an already built one (`--dist <dir>`); `--compare <dir>` measures another built site
// beside it (an earlier commit's, say) and prints the difference. Results go to bench/results/latest.json.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWebSync } from '../web/build';
import { recordSection } from './results';

export interface PageWeight {
  /** The page's path on the site, e.g. `/report.html`. */
  page: string;
  /** Files a browser fetches before the page's script runs, site paths. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** The part of gzipBytes in files other pages load too: a visitor who opened one of them has it cached. */
  sharedGzipBytes: number;
  /** Chunks only a dynamic import() loads, not counted above. */
  onDemand: string[];
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path, `${prefix}/${name}`);
    return name.endsWith('.html') ? [`${prefix}/${name}`] : [];
  });
}

/** Every page's script weight in a built site. */
export function measureSite(dist: string): PageWeight[] {
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (sitePath: string) => {
    let size = gzipCache.get(sitePath);
    if (!size) {
      const bytes = readFileSync(join(dist, sitePath));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipCache.set(sitePath, size);
    }
    return size;
  };
  const measured = htmlFiles(dist)
    .sort()
    .map((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => posix.resolve(posix.dirname(page), match[1]!));
      const files = new Set<string>();
      const onDemand = new Set<string>();
      const visit = (sitePath: string) => {
        if (files.has(sitePath)) return;
        files.add(sitePath);
        const code = readFileSync(join(dist, sitePath), 'utf8');
        for (const match of code.matchAll(DYNAMIC_IMPORT)) onDemand.add(posix.resolve(posix.dirname(sitePath), match[1]!));
        for (const match of code.matchAll(STATIC_IMPORT)) visit(posix.resolve(posix.dirname(sitePath), match[1]!));
      };
      entries.forEach(visit);
      const sizes = [...files].map(sizeOf);
      return {
        page,
        files: [...files],
        rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
        gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
        onDemand: [...onDemand].filter((path) => !files.has(path)),
      };
    });
  const pagesUsing = new Map<string, number>();
  for (const page of measured) for (const file of page.files) pagesUsing.set(file, (pagesUsing.get(file) ?? 0) + 1);
  return measured.map((page) => ({
    ...page,
    sharedGzipBytes: page.files.filter((file) => (pagesUsing.get(file) ?? 0) > 1).reduce((sum, file) => sum + sizeOf(file).gzip, 0),
  }));
}

const totals = (pages: PageWeight[]) => ({
  rawBytes: pages.reduce((sum, page) => sum + page.rawBytes, 0),
  gzipBytes: pages.reduce((sum, page) => sum + page.gzipBytes, 0),
});

/** Bytes of JavaScript the whole site serves (each file once), raw and gzipped. */
function siteBytes(dist: string) {
  const assets = join(dist, 'assets');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : name.endsWith('.js') ? [join(dir, name)] : []));
  const files = existsSync(assets) ? walk(assets) : [];
  const buffers = files.map((file) => readFileSync(file));
  return { files: files.length, rawBytes: buffers.reduce((sum, b) => sum + b.length, 0), gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) };
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'page-weight.ts')) {
  const dist = option('--dist') ?? buildWebSync(mkdtempSync(join(tmpdir(), 'integrity-pages-')));
  const compareDir = option('--compare');
  const pages = measureSite(dist);
  const before = compareDir ? new Map(measureSite(compareDir).map((page) => [page.page, page])) : undefined;
  const rows = pages.map((page) => {
    const earlier = before?.get(page.page);
    const delta = earlier ? ` (before ${kb(earlier.rawBytes)} / ${kb(earlier.gzipBytes)})` : '';
    return `${page.page.padEnd(26)} ${kb(page.rawBytes).padStart(9)} ${kb(page.gzipBytes).padStart(9)} ${kb(page.sharedGzipBytes).padStart(9)} ${String(page.files.length).padStart(5)}${delta}`;
  });
  console.log(`${'page'.padEnd(26)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'shared'.padStart(9)} files  (shared: gzip bytes in files other pages load too)`);
  console.log(rows.join('\n'));
  const sum = totals(pages);
  const site = siteBytes(dist);
  console.log(`all pages together: ${kb(sum.rawBytes)} raw, ${kb(sum.gzipBytes)} gzipped; the site serves ${site.files} script files, ${kb(site.rawBytes)} raw, ${kb(site.gzipBytes)} gzipped`);
  const summary = (list: PageWeight[]) =>
    Object.fromEntries(list.map((page) => [page.page, { rawBytes: page.rawBytes, gzipBytes: page.gzipBytes, sharedGzipBytes: page.sharedGzipBytes, files: page.files.length }]));
  recordSection('pageWeight', {
    what: 'JavaScript per page: entry plus statically imported chunks, raw and gzip -9 per file',
    pages: summary(pages),
    allPages: sum,
    site,
    ...(before && compareDir
      ? { before: { source: relative(process.cwd(), compareDir) || compareDir, pages: summary([...before.values()]), allPages: totals([...before.values()]), site: siteBytes(compareDir) } }
      : {}),
  });
  if (!option('--dist')) console.log(`built into ${dirname(join(dist, 'x'))}`);
}
