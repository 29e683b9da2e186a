// You are here: the page shell every page shares (head, header, navigation, footer), written once.
// web/build.ts reads each template in web/pages (a few `key: value` lines of front matter, then the
// body that goes inside <main>) and renders it here into a whole page for one agency. The agency's
// name comes from data, never from a template, so the same templates can make one set of pages per
// agency (and per language) later. Pages carry no inline script or style: the CSP stays 'self' only.

/** What a page shows of the agency it serves. */
export interface PageAgency {
  id: string;
  nameTh: string;
  nameEn: string;
  /** The unit that looks after the channel, named in the footer ("ดูแลโดย …"). */
  contact: { responsibleUnit?: string };
}

export type Layout = 'public' | 'staff-entry' | 'staff';

/** The sentence under the footer's "ดูแลโดย" line. */
const FOOTER_NOTES = {
  plan: 'ตามแผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๖–๒๕๗๐',
  channel: 'ช่องทางนี้แยกจากช่องทางร้องเรียนทั่วไป เพื่อคุ้มครองข้อมูลของผู้ร้องเรียน',
  'case-audit': 'ทุกการเปิดดูและดำเนินการกับเรื่องร้องเรียนจะถูกบันทึกไว้',
  'page-audit': 'ทุกการดำเนินการในหน้านี้จะถูกบันทึกไว้',
} as const;
type Footer = keyof typeof FOOTER_NOTES | 'none';

/**
 * The public services every public page with the plan footer links to; `nav` marks the current one.
 * The home page leaves its own link out: its big button already says "ร้องเรียนการทุจริต".
 */
const SERVICES = [
  { id: 'home', href: '/', label: 'ร้องเรียนการทุจริต' },
  { id: 'information-centre', href: '/information-centre.html', label: 'ศูนย์ข้อมูลข่าวสาร' },
  { id: 'knowledge', href: '/knowledge.html', label: 'องค์ความรู้ด้านการต่อต้านการทุจริต' },
  { id: 'surveys', href: '/surveys.html', label: 'แบบสำรวจและแบบทดสอบ' },
] as const;

export const SITE_NAME = 'ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ';
export const STAFF_SITE_NAME = 'ระบบจัดการเรื่องร้องเรียนการทุจริต';

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

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

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

/** Fills {{agency.nameTh}}, {{agency.nameEn}} and {{agency.id}}; any other placeholder is a build error. */
export function fillPlaceholders(path: string, text: string, agency: PageAgency): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const values: Record<string, string> = { 'agency.nameTh': agency.nameTh, 'agency.nameEn': agency.nameEn, 'agency.id': agency.id };
    const value = values[name];
    if (value === undefined) throw new Error(`${path}: unknown placeholder {{${name}}}`);
    return escapeHtml(value);
  });
}

function header(meta: PageMeta, agency: string): string {
  if (meta.layout === 'public') {
    return `  <header class="site-header">
    <div class="container">
      <a class="site-name" href="/">${SITE_NAME}</a>
      <p class="agency">${agency}</p>
    </div>
  </header>`;
  }
  if (meta.layout === 'staff-entry') {
    return `  <header class="site-header">
    <div class="container">
      <a class="site-name" href="/staff/">${STAFF_SITE_NAME} (สำหรับเจ้าหน้าที่)</a>
      <p class="agency">${agency}</p>
    </div>
  </header>`;
  }
  // The signed-in staff pages: web/src/staff-session.ts fills in who is signed in and their menu.
  return `  <header class="site-header">
    <div class="container container--wide staff-header">
      <div class="staff-header__site">
        <a class="site-name" href="/staff/cases.html">${STAFF_SITE_NAME} (สำหรับเจ้าหน้าที่)</a>
        <p class="agency" id="staff-user-agency">${agency}</p>
      </div>
      <div class="staff-user" id="staff-user" hidden>
        <p class="staff-user__who">
          <span class="visually-hidden">เข้าสู่ระบบในชื่อ</span>
          <strong id="staff-user-name"></strong>
          <span class="staff-user__roles" id="staff-user-roles"></span>
        </p>
        <button type="button" class="button button--header" id="sign-out">ออกจากระบบ</button>
      </div>
    </div>
    <div class="container container--wide">
      <nav class="staff-nav" id="staff-nav" aria-label="เมนูเจ้าหน้าที่" hidden><ul></ul></nav>
    </div>
  </header>`;
}

function footer(meta: PageMeta, agency: PageAgency, container: string): string {
  if (meta.footer === 'none') return '';
  const name = escapeHtml(agency.nameTh);
  const keeper = agency.contact.responsibleUnit ? `${escapeHtml(agency.contact.responsibleUnit)} ${name}` : name;
  const services =
    meta.layout === 'public' && meta.footer === 'plan'
      ? `
      <nav class="footer-nav" aria-label="บริการของ${name}">
        <ul>
${SERVICES.filter((item) => !(item.id === 'home' && meta.nav === 'home')).map((item) => `          <li><a href="${item.href}"${item.id === meta.nav ? ' aria-current="page"' : ''}>${item.label}</a></li>`).join('\n')}
        </ul>
      </nav>`
      : '';
  return `

  <footer class="site-footer">
    <div class="${container}">${services}
      <p>ดูแลโดย ${keeper}</p>
      <p>${FOOTER_NOTES[meta.footer]}</p>
    </div>
  </footer>`;
}

export interface RenderOptions {
  agency: PageAgency;
  /** Site paths of the chunks the page's script imports, preloaded so they arrive with it. */
  preload?: readonly string[];
}

/** The whole page: the shell around the template's body, filled in for one agency. */
export function renderPage(template: Template, { agency, preload = [] }: RenderOptions): string {
  const { meta } = template;
  const name = escapeHtml(agency.nameTh);
  const staff = meta.layout !== 'public';
  const container = meta.layout === 'staff' ? 'container container--wide' : 'container';
  const title = `${escapeHtml(meta.title)} | ${staff ? `${STAFF_SITE_NAME} ` : ''}${name}`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    ...(staff ? ['<meta name="robots" content="noindex, nofollow">'] : []),
    `<title>${title}</title>`,
    ...(meta.description ? [`<meta name="description" content="${fillPlaceholders(template.path, escapeHtml(meta.description), agency)}">`] : []),
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="stylesheet" href="/styles.css">',
    ...(meta.script ? [`<script type="module" src="/assets/${meta.script}.js"></script>`] : []),
    ...preload.map((path) => `<link rel="modulepreload" href="${path}">`),
  ];
  return `<!doctype html>
<html lang="th" data-agency="${escapeHtml(agency.id)}" data-agency-name="${name}">
<head>
${head.map((line) => `  ${line}`).join('\n')}
</head>
<body${staff ? ' class="staff"' : ''}>
  <a class="skip-link" href="#main">ข้ามไปยังเนื้อหาหลัก</a>
${header(meta, name)}

  <main id="main" class="${container}">
${fillPlaceholders(template.path, template.body, agency).trimEnd()}
  </main>${footer(meta, agency, container)}
</body>
</html>
`;
}
