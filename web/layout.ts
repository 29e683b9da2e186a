// You are here: the page shell every page shares (head, header, navigation, footer), written once.
// web/build.ts reads each template in web/pages (a few `key: value` lines of front matter, then the
// body that goes inside <main>) and renders it here into a whole page. The agency's name comes from
// the registry, never from a template or the build: every channel page, the default agency's at the
// root (its id in <html data-agency>) and the generic set served for every /a/{agency}/ address
// (shared/rules/agency-path.ts), has empty [data-agency-name] slots that web/src/page-agency.ts fills
// from GET /api/agencies/{id}, so a renamed agency needs no rebuild. Staff pages name no
// agency: the console shows the signed-in member's. Pages carry no inline script or style: the CSP
// stays 'self' only. Every page is an html`…` template (shared/domain/publication/html.ts), so a
// value is escaped unless it is markup written in this file or in a template of web/pages.
// Public pages are built once per language (shared/rules/languages.ts): their words come from the
// catalogues (web/i18n/), each page links the same page in the other languages, and the page's
// scripts are the bundle of its language (/assets/en/… for English). The staff console too, under
// /staff/ and /en/staff/ (its words in web/i18n/*/staff-pages.ts).
import { html, trustedHtml, type HtmlValue, type SafeHtml } from '../shared/domain/publication/html';
import { LANGUAGES, languageFolder, SOURCE_LANGUAGE, staffHome, type Language } from '../shared/rules/languages';
import { statsAddress } from '../shared/rules/stats-path';
import { PAGE_WORDS, pageMessage } from './i18n/pages';

export type Layout = 'public' | 'staff-entry' | 'staff';

/** The sentence under the footer's "kept by" line, by its key in the catalogue (a public page's layout, a staff page's shell). */
const FOOTER_NOTES = {
  plan: 'footerPlan',
  channel: 'footerChannel',
  'case-audit': 'footerCaseAudit',
  'page-audit': 'footerPageAudit',
} as const;
type Footer = keyof typeof FOOTER_NOTES | 'none';

/**
 * The public services every public page with the plan footer links to; `nav` marks the current one.
 * The home page leaves its own link out: its big button already says "ร้องเรียนการทุจริต".
 */
const SERVICES = [
  { id: 'home', href: '', label: 'serviceHome' },
  { id: 'information-centre', href: 'information-centre.html', label: 'serviceInformationCentre' },
  { id: 'knowledge', href: 'knowledge.html', label: 'serviceKnowledge' },
  { id: 'disclosures', href: 'disclosures.html', label: 'serviceDisclosures' },
  { id: 'surveys', href: 'surveys.html', label: 'serviceSurveys' },
] as const;

/**
 * What every public page's footer offers a person who wants to know more before or after they report:
 * the agency's guideline, its published statistics and its privacy notice. `stats` is filled per page
 * (an agency's own folder under /stats/, or the index of every agency on the finder).
 */
const ABOUT = [
  { page: 'guide.html', label: 'aboutGuide' },
  { page: 'stats', label: 'aboutStats' },
  { page: 'privacy.html', label: 'aboutPrivacy' },
] as const;

export const SITE_NAME = PAGE_WORDS.th.layout.siteName;

export interface PageMeta {
  layout: Layout;
  /** The page's own title; the layout adds the site and the agency. */
  title: string;
  description?: string;
  /** The page's script entry in web/src, without `.ts` (`report.page`). */
  script?: string;
  /** The current item of the public services navigation. */
  nav?: (typeof SERVICES)[number]['id'];
  footer: Footer;
}

export interface Template {
  /** The page's path in the site, e.g. `staff/cases.html`. */
  path: string;
  meta: PageMeta;
  /** What goes inside <main>, with {{agency.…}} placeholders. */
  body: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const KEYS = new Set(['layout', 'title', 'description', 'script', 'nav', 'footer']);

/** Reads a template file: its front matter (checked, so a typo fails the build) and its body. */
export function parseTemplate(path: string, source: string): Template {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`${path}: a page template starts with front matter between --- lines`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const pair = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!pair || !KEYS.has(pair[1]!)) throw new Error(`${path}: front matter line not understood: "${line}"`);
    fields[pair[1]!] = pair[2]!.trim();
  }
  const layout = fields.layout as Layout;
  if (!['public', 'staff-entry', 'staff'].includes(layout)) throw new Error(`${path}: layout must be public, staff-entry or staff`);
  if (!fields.title) throw new Error(`${path}: the front matter needs a title`);
  const footer = (fields.footer ?? 'none') as Footer;
  if (footer !== 'none' && !(footer in FOOTER_NOTES)) throw new Error(`${path}: unknown footer "${footer}"`);
  const nav = fields.nav as PageMeta['nav'];
  if (nav && !SERVICES.some((item) => item.id === nav)) throw new Error(`${path}: unknown nav item "${nav}"`);
  if (fields.script && !/^[a-z-]+\.page$/.test(fields.script)) throw new Error(`${path}: script names an entry like report.page`);
  return {
    path,
    meta: {
      layout,
      title: fields.title,
      footer,
      ...(fields.description ? { description: fields.description } : {}),
      ...(fields.script ? { script: fields.script } : {}),
      ...(nav ? { nav } : {}),
    },
    body: source.slice(match[0].length),
  };
}

/**
 * The slot a generic page leaves for each agency value; web/src/page-agency.ts fills them.
 * `agency.name` is the name in the page's language (the registry's English name on English pages);
 * `agency.nameTh` is the same slot, as the Thai catalogue and older templates call it.
 */
const SLOTS: Record<string, SafeHtml> = {
  'agency.name': html`<span data-agency-name></span>`,
  'agency.nameTh': html`<span data-agency-name></span>`,
  'agency.nameEn': html`<span data-agency-name-en></span>`,
  'agency.id': html`<span data-agency-id></span>`,
};

/**
 * {{page.notices}}: what a staff page that needs its script says without one, and where it reports a
 * problem or a status, written once for the pages that use them.
 */
const pageNotices = (language: Language) => html`<noscript>
      <p class="notice notice--problem">${PAGE_WORDS[language].staff.shell.needsScript}</p>
    </noscript>
    <div id="page-problem" class="notice notice--problem" role="alert" hidden></div>
    <p id="page-status" class="visually-hidden" role="status"></p>`;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Fills {{t.page.key}} with a message of the page's language (markup of the catalogue, the site's own
 * words, whose own placeholders are filled in turn), {{a.page.key}} with one as escaped text (inside
 * an attribute), and {{agency.name}}, {{agency.nameTh}}, {{agency.nameEn}} and {{agency.id}} with
 * slots the page's script fills from the registry; any other placeholder is a build error. `source`
 * is either a template's body (markup written in web/pages, taken as it is) or a line of its front
 * matter (text, escaped).
 */
export function fillPlaceholders(path: string, source: { markup: string } | { text: string }, target?: PageFor, language: Language = SOURCE_LANGUAGE): SafeHtml {
  const written = 'markup' in source ? source.markup : source.text;
  // Markup of a template in web/pages is the site's own code, reviewed like this file.
  const piece = (part: string): HtmlValue => ('markup' in source ? trustedHtml(part) : part);
  const valueOf = (name: string): HtmlValue => {
    if (name === 'page.notices') return pageNotices(language);
    const message = /^([ta])\.(.+)$/.exec(name);
    if (message) {
      const words = pageMessage(language, message[2] as string);
      if (words === undefined) throw new Error(`${path}: no message "${message[2]}" in the ${language} catalogue (web/i18n/${language}/pages.ts)`);
      // An attribute's message is text; a body's is the catalogue's markup, with its own placeholders.
      return message[1] === 'a' ? words : fillPlaceholders(path, 'markup' in source ? { markup: words } : { text: words }, target, language);
    }
    // The finder names the deployment's default agency (from the registry: web/src/finder.page.ts) and links its channel.
    if (target?.kind === 'platform' && name === 'default.nameTh' && 'markup' in source) return html`<span data-default-agency="${target.defaultAgencyId}">${PAGE_WORDS[language].layout.defaultAgencyUnnamed}</span>`;
    if (target?.kind === 'platform' && name === 'default.home') return target.defaultHome;
    if (target?.kind === 'platform') throw new Error(`${path}: a page of the whole platform names no agency ({{${name}}})`);
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`${path}: unknown placeholder {{${name}}}`);
    if ('text' in source) throw new Error(`${path}: {{${name}}} is filled by the page's script, so only the body may use it`);
    return slot;
  };
  const parts: HtmlValue[] = [];
  let last = 0;
  for (const match of written.matchAll(PLACEHOLDER)) {
    parts.push(piece(written.slice(last, match.index)), valueOf(match[1] as string));
    last = match.index + match[0].length;
  }
  parts.push(piece(written.slice(last)));
  return html`${parts}`;
}

/** How a page is rendered: for the default agency, for the agency in the address, or for no agency. */
export type PageFor =
  /** The default agency's channel pages at the root of the site: its id in <html data-agency>, named by web/src/page-agency.ts from the registry. */
  | { kind: 'agency'; agencyId: string; home: string }
  /** The generic channel pages: named by web/src/page-agency.ts from the address and the registry. */
  | { kind: 'address' }
  /** Pages of the whole platform (the finder, the staff console): no agency in the shell; the finder links the default agency's channel. */
  | { kind: 'platform'; defaultAgencyId: string; defaultHome: string };

/** Whether the page is a channel page, whose agency's name the page's script fills in. */
const isChannel = (target: PageFor) => target.kind !== 'platform';

/** The agency's name as the shell shows it: a slot for the page's script. */
const agencyName = (target: PageFor): HtmlValue => (isChannel(target) ? (SLOTS['agency.name'] as SafeHtml) : '');

/** The channel home, relative to the page: the generic pages' `./` stays under /a/{agency}/ (and its language's folder). */
const homeOf = (target: PageFor, language: Language) =>
  target.kind === 'agency' ? `${target.home}${languageFolder(language)}` : target.kind === 'address' ? './' : `/${languageFolder(language)}`;

/**
 * The switch to the same page in each other language: `en/report.html` from a Thai page, and
 * `../report.html` back, so it stays with the agency of the address. Each language's name is written
 * in that language (lang and hreflang), from that language's own catalogue.
 */
function languageSwitch(path: string, language: Language): SafeHtml {
  const page = path.replace(/^channel\//, '').replace(/(^|\/)index\.html$/, '$1');
  // A staff page sits in a folder of its own (/staff/, /en/staff/): its switch is an address from the
  // root, and web/src/staff-session.ts adds the page's query (which case) to it.
  const up = page.startsWith('staff/') ? '/' : language === SOURCE_LANGUAGE ? '' : '../';
  const links = LANGUAGES.filter((other) => other !== language).map(
    (other) => html`<a href="${up}${languageFolder(other)}${page}" hreflang="${other}" lang="${other}" data-language-switch>${PAGE_WORDS[other].layout.languageName}</a>`,
  );
  return html`\n      <nav class="language-switch" aria-label="${PAGE_WORDS[language].layout.languageSwitch}">${links}</nav>`;
}

function header(meta: PageMeta, target: PageFor, path: string, language: Language): SafeHtml {
  const agency = agencyName(target);
  const agencyLine = agency ? html`\n      <p class="agency">${agency}</p>` : '';
  if (meta.layout === 'public') {
    return html`  <header class="site-header">
    <div class="container site-header__public">
      <div>
        <a class="site-name" href="${homeOf(target, language)}">${PAGE_WORDS[language].layout.siteName}</a>${agencyLine}
      </div>${languageSwitch(path, language)}
    </div>
  </header>`;
  }
  const staffWords = PAGE_WORDS[language].staff.shell;
  const consoleHome = staffHome(language);
  if (meta.layout === 'staff-entry') {
    return html`  <header class="site-header">
    <div class="container site-header__public">
      <a class="site-name" href="${consoleHome}">${staffWords.siteName} ${staffWords.forStaff}</a>${languageSwitch(path, language)}
    </div>
  </header>`;
  }
  // The signed-in staff pages: web/src/staff-session.ts fills in who is signed in, their agency
  // (named by the registry from the token's agency claim) and their menu.
  return html`  <header class="site-header">
    <div class="container container--wide staff-header">
      <div class="staff-header__site">
        <a class="site-name" href="${consoleHome}cases.html">${staffWords.siteName} ${staffWords.forStaff}</a>
        <p class="agency" id="staff-user-agency"></p>
      </div>
      <div class="staff-user" id="staff-user" hidden>
        <p class="staff-user__who">
          <span class="visually-hidden">${staffWords.signedInAs}</span>
          <strong id="staff-user-name"></strong>
          <span class="staff-user__roles" id="staff-user-roles"></span>
        </p>
        <button type="button" class="button button--header" id="sign-out">${staffWords.signOut}</button>
      </div>${languageSwitch(path, language)}
    </div>
    <div class="container container--wide">
      <nav class="staff-nav" id="staff-nav" aria-label="${staffWords.menu}" hidden><ul></ul></nav>
    </div>
  </header>`;
}

/**
 * The footer's links to the guideline, the statistics and the privacy notice. A generic page cannot
 * know its agency's statistics folder when it is built: it links the index of /stats/ until
 * web/src/page-agency.page.ts points [data-agency-stats] at the agency's own folder.
 */
function aboutNav(target: PageFor, path: string, language: Language): SafeHtml {
  const words = PAGE_WORDS[language].layout;
  const href = (page: (typeof ABOUT)[number]['page']): string => {
    const base = target.kind === 'platform' ? `${target.defaultHome}${languageFolder(language)}` : '';
    if (page !== 'stats') return `${base}${page}`;
    return target.kind === 'agency' ? statsAddress(language, target.agencyId) : statsAddress(language);
  };
  const label = (item: (typeof ABOUT)[number]) => (target.kind === 'platform' && item.page === 'stats' ? words.aboutStatsAll : words[item.label]);
  return html`
      <nav class="footer-nav footer-nav--about" aria-label="${words.about}">
        <ul>
${ABOUT.map(
  (item) =>
    html`          <li><a href="${href(item.page)}"${item.page === 'stats' && target.kind === 'address' ? html` data-agency-stats` : ''}${path.endsWith(`/${item.page}`) || path === item.page ? html` aria-current="page"` : ''}>${label(item)}</a></li>\n`,
)}        </ul>
      </nav>`;
}

function footer(meta: PageMeta, target: PageFor, container: string, path: string, language: Language): HtmlValue {
  if (meta.footer === 'none') return '';
  const words = PAGE_WORDS[language].layout;
  const name = agencyName(target);
  const keeper = isChannel(target) ? html`<span data-agency-keeper></span>${name}` : name;
  const home = homeOf(target, language);
  const services =
    meta.layout === 'public' && meta.footer === 'plan'
      ? html`
      <nav class="footer-nav" aria-label="${target.kind === 'platform' ? words.servicesOfPlatform : words.servicesOfAgency}">
        <ul>
${SERVICES.filter((item) => !(item.id === 'home' && meta.nav === 'home')).map(
  (item) => html`          <li><a href="${item.id === 'home' ? home : item.href}"${item.id === meta.nav ? html` aria-current="page"` : ''}>${words[item.label]}</a></li>\n`,
)}          <li><a href="/${languageFolder(language)}">${words.finderLink}</a></li>
        </ul>
      </nav>`
      : '';
  const kept = name ? html`\n      <p>${meta.layout === 'public' ? words.keptBy : PAGE_WORDS[language].staff.shell.keptBy} ${keeper}</p>` : '';
  const about = meta.layout === 'public' ? aboutNav(target, path, language) : '';
  const note = meta.footer === 'plan' || meta.footer === 'channel' ? words[FOOTER_NOTES[meta.footer]] : PAGE_WORDS[language].staff.shell[FOOTER_NOTES[meta.footer]];
  return html`

  <footer class="site-footer">
    <div class="${container}">${services}${about}${kept}
      <p>${note}</p>
    </div>
  </footer>`;
}

/** The script every channel page loads first: it names the page's agency (web/src/page-agency.page.ts). */
export const ADDRESS_AGENCY_SCRIPT = 'page-agency.page';

export interface RenderOptions {
  /** Whose page it is; see PageFor. */
  for: PageFor;
  /** The language of the page (a public page's words come from that language's catalogue); Thai by default. */
  language?: Language;
  /** Site paths of the chunks the page's scripts import, preloaded so they arrive with them. */
  preload?: readonly string[];
}

/** The whole page: the shell around the template's body. */
export function renderPage(template: Template, { for: target, preload = [], language = SOURCE_LANGUAGE }: RenderOptions): string {
  return pageMarkup(template, target, preload, language).markup;
}

/** Where a page's script of a language is: the Thai bundle in /assets/, another language's in /assets/{language}/. */
export const scriptPath = (script: string, language: Language) => `/assets/${languageFolder(language)}${script}.js`;

function pageMarkup(template: Template, target: PageFor, preload: readonly string[], language: Language): SafeHtml {
  const { meta } = template;
  const staff = meta.layout !== 'public';
  const words = PAGE_WORDS[language].layout;
  const container = meta.layout === 'staff' ? 'container container--wide' : 'container';
  // A channel page's script adds " | {agency}" once the registry has named it.
  const suffix = staff ? ` | ${PAGE_WORDS[language].staff.shell.siteName}` : '';
  const scripts = [...(isChannel(target) ? [ADDRESS_AGENCY_SCRIPT] : []), ...(meta.script ? [meta.script] : [])];
  const head: SafeHtml[] = [
    html`<meta charset="utf-8">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    html`<meta name="referrer" content="no-referrer">`,
    ...(staff ? [html`<meta name="robots" content="noindex, nofollow">`] : []),
    html`<title>${fillPlaceholders(template.path, { text: meta.title }, target, language)}${suffix}</title>`,
    // A channel page's description would name no agency: search engines are better served by none.
    ...(meta.description && !isChannel(target) ? [html`<meta name="description" content="${fillPlaceholders(template.path, { text: meta.description }, target, language)}">`] : []),
    html`<link rel="icon" href="/favicon.svg" type="image/svg+xml">`,
    html`<link rel="stylesheet" href="/styles.css">`,
    ...scripts.map((script) => html`<script type="module" src="${scriptPath(script, language)}"></script>`),
    ...preload.map((path) => html`<link rel="modulepreload" href="${path}">`),
  ];
  const agencyData = target.kind === 'agency' ? html` data-agency="${target.agencyId}"` : target.kind === 'address' ? html` data-agency-from="address"` : '';
  // The channel pages say where the agency's details come from until they arrive, and where a
  // problem (an unknown or retired agency) is told; page-agency hides the rest of <main> then.
  const addressNotices =
    isChannel(target)
      ? html`    <p id="agency-loading" class="hint">${words.loadingAgency}</p>
    <div id="agency-problem" class="notice notice--problem" role="alert" hidden></div>
`
      : '';
  return html`<!doctype html>
<html lang="${language}"${agencyData}>
<head>
${head.map((line, index) => html`${index ? '\n' : ''}  ${line}`)}
</head>
<body${staff ? html` class="staff"` : ''}>
  <a class="skip-link" href="#main">${staff ? PAGE_WORDS[language].staff.shell.skipLink : words.skipLink}</a>
${header(meta, target, template.path, language)}

  <main id="main" class="${container}">
${addressNotices}${fillPlaceholders(template.path, { markup: template.body.trimEnd() }, target, language)}
  </main>${footer(meta, target, container, template.path, language)}
</body>
</html>
`;
}
