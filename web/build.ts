// You are here: builds the pages into web/dist. Bundles the page scripts (web/src/*.page.ts) with
// esbuild, splitting the code they share into hashed chunks; renders each template of web/pages into
// a whole page (web/layout.ts: head, header, navigation, footer written once), with its scripts and
// their chunks preloaded; copies web/public (styles, icon) as is.
// The channel's pages (web/pages/channel/) are rendered twice: at the root for the deployment's
// default agency (only its id written in, <html data-agency>; its home is /a/{default}/, since / is
// the finder), and once as the generic set under agency/, served for every /a/{agency}/ address
// (shared/rules/agency-path.ts). Both name the agency from the registry, so the build knows no
// agency's name or settings and runs before any agency exists. Agencies join without a redeploy, so
// no page is built per agency. The other templates (the finder, the staff console) are the platform's, at the root.
// Every page is also built in each translated language, in its folder beside the Thai one
// (en/report.html, agency/en/report.html, en/staff/cases.html; shared/rules/languages.ts), from the catalogues in
// web/i18n/; the page scripts are bundled once per language, with PAGE_LANGUAGE defined, so a page
// downloads its own language's words and no other (web/src/words.ts).
// `npm start` runs it; CDK runs it to make the site bucket's asset. `tsx web/build.ts [outDir] [--agency id]`.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, type Metafile } from 'esbuild';
import { AGENCY_ID } from '../shared/rules/agency-ids';
import { agencyHome, GENERIC_PAGES_DIR } from '../shared/rules/agency-path';
import { LANGUAGES, languageFolder, type Language } from '../shared/rules/languages';
import { ADDRESS_AGENCY_SCRIPT, parseTemplate, renderPage, scriptPath, type PageFor, type Template } from './layout';

const webDir = dirname(fileURLToPath(import.meta.url));

export interface BuildOptions {
  /** The id of the default agency, whose channel pages are at the root; bma-health by default (as DEFAULT_AGENCY). */
  agency?: string;
}

/** Templates of one agency's channel, rendered for the default agency and for the agency of the address. */
const CHANNEL_DIR = 'channel/';
const isChannelPage = (template: Template) => template.path.startsWith(CHANNEL_DIR);

/** The page templates under web/pages, by their path under it. */
export function readTemplates(dir = join(webDir, 'pages')): Template[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : name.endsWith('.html') ? [join(folder, name)] : []));
  return walk(dir)
    .sort()
    .map((file) => parseTemplate(relative(dir, file).split('\\').join('/'), readFileSync(file, 'utf8')));
}

/** The default agency's id; only its form is checked, as the registry (not the build) knows which agencies exist. */
export function defaultAgencyId(id = 'bma-health'): string {
  if (!AGENCY_ID.test(id)) throw new Error(`"${id}" is not an agency id (such as bma-health)`);
  return id;
}

/**
 * The chunks an entry imports statically, directly or through other chunks, as site paths: the
 * browser needs them all before the page's script runs, so the page preloads them beside it.
 */
function staticChunks(metafile: Metafile, outRoot: string, entry: string): string[] {
  const found = new Set<string>();
  const visit = (output: string) => {
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || found.has(imported.path)) continue;
      found.add(imported.path);
      visit(imported.path);
    }
  };
  visit(entry);
  return [...found].map((path) => `/${posix.relative(outRoot, path)}`);
}

const pageEntries = () => readdirSync(join(webDir, 'src')).filter((name) => name.endsWith('.page.ts'));

/**
 * Bundles every page script into a folder and returns esbuild's account of what went where. The
 * language is a constant of the bundle: web/src/words.ts picks its catalogue by it, and esbuild
 * drops the other languages' words.
 */
export function bundlePageScripts(assetsDir: string, language: Language = 'th'): Metafile {
  return buildSync({
    entryPoints: pageEntries().map((name) => join(webDir, 'src', name)),
    outdir: assetsDir,
    // Entries keep stable names (the pages name them); shared chunks are named by their content, so
    // a chunk a deploy changes is a new file and a cached one is never stale.
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    define: { PAGE_LANGUAGE: JSON.stringify(language) },
    metafile: true,
  }).metafile;
}

/** Builds synchronously (CDK's local bundling cannot await) and returns the output folder. */
export function buildWebSync(outDir = join(webDir, 'dist'), options: BuildOptions = {}): string {
  const agencyId = defaultAgencyId(options.agency);
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(webDir, 'public'), out, { recursive: true });

  const templates = readTemplates();
  const metafiles = Object.fromEntries(LANGUAGES.map((language) => [language, bundlePageScripts(join(out, 'assets', languageFolder(language)), language)])) as Record<Language, Metafile>;
  const pages = pageEntries();
  // esbuild names outputs relative to the working directory.
  const outRoot = posix.relative(process.cwd().split('\\').join('/'), out.split('\\').join('/'));

  const write = (path: string, template: Template, target: PageFor, language: Language) => {
    const scripts = [...(target.kind !== 'platform' ? [ADDRESS_AGENCY_SCRIPT] : []), ...(template.meta.script ? [template.meta.script] : [])];
    for (const script of scripts) if (!pages.includes(`${script}.ts`)) throw new Error(`${template.path}: no web/src/${script}.ts`);
    const preload = [...new Set(scripts.flatMap((script) => staticChunks(metafiles[language], outRoot, posix.join(outRoot, scriptPath(script, language).slice(1)))))];
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderPage(template, { for: target, preload, language }));
  };

  const platformPaths = new Set(templates.filter((template) => !isChannelPage(template)).map((template) => template.path));
  for (const template of templates) {
    // Every page in every language, each in its folder (the staff console at /staff/ and /en/staff/).
    for (const language of LANGUAGES) {
      const folder = languageFolder(language);
      if (!isChannelPage(template)) {
        write(`${folder}${template.path}`, template, { kind: 'platform', defaultAgencyId: agencyId, defaultHome: agencyHome(agencyId) }, language);
        continue;
      }
      const page = template.path.slice(CHANNEL_DIR.length);
      write(`${GENERIC_PAGES_DIR}/${folder}${page}`, template, { kind: 'address' }, language);
      // The root's index.html is the finder's; the default agency's channel home is its /a/{id}/.
      if (!platformPaths.has(page)) write(`${folder}${page}`, template, { kind: 'agency', agencyId, home: agencyHome(agencyId) }, language);
    }
  }
  return out;
}

export async function buildWeb(outDir?: string, options?: BuildOptions): Promise<string> {
  return buildWebSync(outDir, options);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const agencyAt = args.indexOf('--agency');
  const agency = agencyAt >= 0 ? args.splice(agencyAt, 2)[1] : undefined;
  console.log(buildWebSync(args[0], agency ? { agency } : {}));
}
