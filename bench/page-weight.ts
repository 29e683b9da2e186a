// Measures what each page makes a browser download before it can run: its HTML, its stylesheets, and
// its JavaScript (the page's entry script plus every chunk it imports statically, what esbuild's code
// splitting shares between pages), raw and gzipped, each file compressed on its own as it travels.
// Chunks loaded only by a dynamic import() are listed apart: they cost nothing until used. Builds the
// site as `npm run build:web` does, or reads an already built one (`--dist <dir>`); `--compare <dir>`
// measures another built site beside it (an earlier commit's, say) and prints the difference;
// `--stats <dir>` also measures published statistics pages (a folder served at /stats/, such as the
// local stack's after `npm run publish-stats`). Results go to bench/results/latest.json.
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
  /** The page's own HTML, and the stylesheets it links, gzipped. */
  htmlGzipBytes: number;
  cssGzipBytes: number;
  /** HTML, CSS and JavaScript together, gzipped: what a first visit downloads. */
  totalGzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
const MODULE_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path, `${prefix}/${name}`);
    return name.endsWith('.html') ? [`${prefix}/${name}`] : [];
  });
}

/**
 * Every page's weight in a built site. `mounts` serves other folders at site paths (the published
 * statistics at /stats/); their pages are measured too.
 */
export function measureSite(dist: string, mounts: Record<string, string> = {}): PageWeight[] {
  const fileOf = (sitePath: string) => {
    const mount = Object.keys(mounts).find((prefix) => sitePath.startsWith(prefix));
    return mount ? join(mounts[mount]!, sitePath.slice(mount.length)) : join(dist, sitePath);
  };
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (sitePath: string) => {
    let size = gzipCache.get(sitePath);
    if (!size) {
      const bytes = readFileSync(fileOf(sitePath));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipCache.set(sitePath, size);
    }
    return size;
  };
  const pages = [...htmlFiles(dist), ...Object.entries(mounts).flatMap(([prefix, dir]) => htmlFiles(dir, prefix.replace(/\/$/, '')))];
  const measured = pages
    .sort()
    .map((page) => {
      const html = readFileSync(fileOf(page), 'utf8');
      const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => posix.resolve(posix.dirname(page), match[1]!));
      const stylesheets = [...new Set([...html.matchAll(STYLESHEET)].map((match) => posix.resolve(posix.dirname(page), match[1]!)))];
      const files = new Set<string>();
      const onDemand = new Set<string>();
      const visit = (sitePath: string) => {
        if (files.has(sitePath)) return;
        files.add(sitePath);
        const code = readFileSync(fileOf(sitePath), 'utf8');
        for (const match of code.matchAll(DYNAMIC_IMPORT)) onDemand.add(posix.resolve(posix.dirname(sitePath), match[1]!));
        for (const match of code.matchAll(STATIC_IMPORT)) visit(posix.resolve(posix.dirname(sitePath), match[1]!));
      };
      entries.forEach(visit);
      const sizes = [...files].map(sizeOf);
      const gzipBytes = sizes.reduce((sum, size) => sum + size.gzip, 0);
      const htmlGzipBytes = sizeOf(page).gzip;
      const cssGzipBytes = stylesheets.reduce((sum, sheet) => sum + sizeOf(sheet).gzip, 0);
      return {
        page,
        files: [...files],
        rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
        gzipBytes,
        onDemand: [...onDemand].filter((path) => !files.has(path)),
        htmlGzipBytes,
        cssGzipBytes,
        totalGzipBytes: htmlGzipBytes + cssGzipBytes + gzipBytes,
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
  const statsDir = option('--stats');
  const pages = measureSite(dist, statsDir ? { '/stats/': statsDir } : {});
  const before = compareDir ? new Map(measureSite(compareDir).map((page) => [page.page, page])) : undefined;
  const rows = pages.map((page) => {
    const earlier = before?.get(page.page);
    const delta = earlier ? ` (before ${kb(earlier.rawBytes)} / ${kb(earlier.gzipBytes)})` : '';
    return `${page.page.padEnd(34)} ${kb(page.htmlGzipBytes).padStart(9)} ${kb(page.cssGzipBytes).padStart(9)} ${kb(page.rawBytes).padStart(9)} ${kb(page.gzipBytes).padStart(9)} ${kb(page.sharedGzipBytes).padStart(9)} ${kb(page.totalGzipBytes).padStart(9)} ${String(page.files.length).padStart(5)}${delta}`;
  });
  console.log(
    `${'page'.padEnd(34)} ${'html gz'.padStart(9)} ${'css gz'.padStart(9)} ${'js raw'.padStart(9)} ${'js gz'.padStart(9)} ${'js shared'.padStart(9)} ${'total gz'.padStart(9)} files  (js shared: gzip bytes in scripts other pages load too)`,
  );
  console.log(rows.join('\n'));
  const sum = totals(pages);
  const site = siteBytes(dist);
  console.log(`all pages together: ${kb(sum.rawBytes)} raw, ${kb(sum.gzipBytes)} gzipped; the site serves ${site.files} script files, ${kb(site.rawBytes)} raw, ${kb(site.gzipBytes)} gzipped`);
  const summary = (list: PageWeight[]) =>
    Object.fromEntries(
      list.map((page) => [
        page.page,
        { rawBytes: page.rawBytes, gzipBytes: page.gzipBytes, sharedGzipBytes: page.sharedGzipBytes, files: page.files.length, htmlGzipBytes: page.htmlGzipBytes, cssGzipBytes: page.cssGzipBytes, totalGzipBytes: page.totalGzipBytes },
      ]),
    );
  recordSection('pageWeight', {
    what: 'per page: its HTML, its stylesheets and its JavaScript (entry plus statically imported chunks), gzip -9 per file; rawBytes/gzipBytes are the JavaScript alone',
    pages: summary(pages),
    allPages: sum,
    site,
    ...(before && compareDir
      ? { before: { source: relative(process.cwd(), compareDir) || compareDir, pages: summary([...before.values()]), allPages: totals([...before.values()]), site: siteBytes(compareDir) } }
      : {}),
  });
  if (!option('--dist')) console.log(`built into ${dirname(join(dist, 'x'))}`);
}
