// The pages as the build makes them: one shell for every page, the agency's name from data, the
// rules the pages check taken from the very modules the domain uses, and no zod in any bundle.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import * as calendar from '../../shared/domain/calendar';
import * as complaint from '../../shared/domain/complaint';
import * as fiscal from '../../shared/domain/fiscal';
import * as labelsTh from '../../shared/domain/labels-th';
import * as text from '../../shared/domain/text';
import * as contactRules from '../../shared/rules/contact';
import * as fiscalRules from '../../shared/rules/fiscal';
import * as textRules from '../../shared/rules/text';
import * as timeRules from '../../shared/rules/thai-time';
import { buildWebSync, bundlePageScripts } from '../../web/build';
import { parseTemplate, renderPage } from '../../web/layout';

const root = join(import.meta.dirname, '..', '..');

/** The channel pages of one agency: at the root for the default agency, and in the generic set. */
const CHANNEL = ['disclosures.html', 'guide.html', 'index.html', 'information-centre.html', 'knowledge.html', 'privacy.html', 'report.html', 'survey.html', 'surveys.html', 'track.html'];
const GENERIC = CHANNEL.map((path) => `agency/${path}`);
/** The default agency's channel at the root keeps its addresses, but / is the finder now. */
const ROOT_CHANNEL = CHANNEL.filter((path) => path !== 'index.html');

/** The public pages in English, each in the folder beside its Thai page (shared/rules/languages.ts). */
const ENGLISH = ['en/index.html', 'en/stop.html', ...ROOT_CHANNEL.map((path) => `en/${path}`), ...CHANNEL.map((path) => `agency/en/${path}`)];

/** The staff console's pages, built in Thai at /staff/ and in English at /en/staff/. */
const STAFF = [
  'staff/agencies.html',
  'staff/agency.html',
  'staff/audit.html',
  'staff/callback.html',
  'staff/case.html',
  'staff/cases.html',
  'staff/disclosures.html',
  'staff/index.html',
  'staff/indicators.html',
  'staff/report.html',
  'staff/notifications.html',
  'staff/registers.html',
  'staff/record.html',
  'staff/service-log.html',
  'staff/suggestions.html',
  'staff/survey-admin.html',
];

/** Every page address the tests, the local server and CloudFront serve; none may move. */
const PAGES = [
  'index.html',
  // Where a news e-mail's stop link leads: one page for every agency.
  'stop.html',
  ...ROOT_CHANNEL,
  ...GENERIC,
  ...ENGLISH,
  ...STAFF,
  ...STAFF.map((path) => `en/${path}`),
];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

const [health, medical] = AGENCY_CATALOGUE as [(typeof AGENCY_CATALOGUE)[number], (typeof AGENCY_CATALOGUE)[number]];
let site: string;
let medicalSite: string;
let metafile: Metafile;
const page = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

beforeAll(() => {
  site = buildWebSync(mkdtempSync(join(tmpdir(), 'pages-health-')), { agency: health.id });
  medicalSite = buildWebSync(mkdtempSync(join(tmpdir(), 'pages-medical-')), { agency: medical.id });
  metafile = bundlePageScripts(mkdtempSync(join(tmpdir(), 'pages-meta-')));
});

describe('the built pages', () => {
  it('are all at the addresses they had, and nothing else is a page', () => {
    const built = files(site).map((file) => relative(site, file).split('\\').join('/')).filter((path) => path.endsWith('.html'));
    expect(built.sort()).toEqual([...PAGES].sort());
  });

  it('each carry the shell once, with no inline script or style and no placeholder left', () => {
    for (const path of PAGES) {
      const html = page(site, path);
      expect(html.match(/<header class="site-header">/g), path).toHaveLength(1);
      expect(html.match(/<main id="main"/g), path).toHaveLength(1);
      expect(html.match(/class="skip-link" href="#main"/g), path).toHaveLength(1);
      expect(html.match(/<footer/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
      expect(html, path).not.toMatch(/\{\{|\}\}/);
      // The CSP allows scripts and styles from the site's own files only.
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script, path).toMatch(/ src="\/assets\/(?:en\/)?[a-z-]+\.page\.js"/);
      expect(html, path).not.toMatch(/<style|\sstyle="|\son[a-z]+="/i);
    }
  });

  it('give the default agency\'s channel at the root only the agency\'s id: its name comes from the registry, as on the generic set', () => {
    for (const path of ROOT_CHANNEL) {
      const own = page(site, path);
      const other = page(medicalSite, path);
      expect(own, path).toContain(`<html lang="th" data-agency="${health.id}">`);
      expect(other, path).toContain(`<html lang="th" data-agency="${medical.id}">`);
      // The same page but for the id: nothing else of the agency is built in.
      expect(other.replaceAll(medical.id, health.id), path).toBe(own);
      for (const agency of AGENCY_CATALOGUE) expect(own, path).not.toContain(agency.nameTh);
      expect(own, path).toContain('<p class="agency"><span data-agency-name></span></p>');
      expect(own, path).toContain('<script type="module" src="/assets/page-agency.page.js"></script>');
      expect(own, path).toContain('id="agency-problem"');
      // Its home is its /a/{id}/ channel, since / is the finder.
      expect(own, path).toContain(`<a class="site-name" href="/a/${health.id}/">`);
    }
  });

  it('write a generic channel set that names no agency and leaves slots the page script fills from the address', () => {
    for (const path of GENERIC) {
      const html = page(site, path);
      for (const agency of AGENCY_CATALOGUE) expect(html, path).not.toContain(agency.nameTh);
      expect(html, path).toBe(page(medicalSite, path));
      expect(html, path).toContain('data-agency-from="address"');
      expect(html, path).not.toContain('data-agency=');
      expect(html, path).toContain('<p class="agency"><span data-agency-name></span></p>');
      expect(html, path).toContain('<script type="module" src="/assets/page-agency.page.js"></script>');
      expect(html, path).toContain('id="agency-problem"');
      // Its links stay under /a/{agency}/: relative, apart from the finder, the assets, the API, the
      // hotlines, and the statistics, which the page script points at the agency's own folder.
      for (const [, href] of html.matchAll(/ href="([^"]*)"/g)) expect(href, path).toMatch(/^(?:[a-z-]+\.html(?:\?[^"]*)?|\.\/|#[a-z-]+|\/|\/styles\.css|\/favicon\.svg|\/assets\/[^"]+|\/stats\/|tel:\d+|en\/(?:[a-z-]+\.html)?)$/);
      for (const [link] of html.matchAll(/<a href="\/stats\/"[^>]*>/g)) expect(link, path).toContain('data-agency-stats');
    }
    expect(page(site, 'agency/report.html')).toContain('<label for="unit">หน่วยงานที่เกี่ยวข้องกับเรื่องร้องเรียน (ไม่บังคับ)</label>');
  });

  it('make / the finder, which links the default agency\'s channel, and name no agency on the staff pages', () => {
    const finder = page(site, 'index.html');
    expect(finder).toContain('<script type="module" src="/assets/finder.page.js"></script>');
    expect(finder).toContain('role="search"');
    expect(finder).toContain(`href="/a/${health.id}/"`);
    expect(page(medicalSite, 'index.html')).toContain(`href="/a/${medical.id}/"`);
    // Its name too is the registry's: the build leaves a plain phrase that the finder's script replaces.
    expect(finder).toContain(`<span data-default-agency="${health.id}">`);
    expect(finder).not.toContain(health.nameTh);
    for (const path of PAGES.filter((path) => path.startsWith('staff/'))) {
      for (const agency of AGENCY_CATALOGUE) expect(page(site, path), path).not.toContain(agency.nameTh);
    }
    // The templates name no agency themselves.
    for (const file of files(join(root, 'web', 'pages'))) {
      const template = readFileSync(file, 'utf8');
      for (const agency of AGENCY_CATALOGUE) expect(template, file).not.toContain(agency.nameTh.split(' ')[0]);
    }
  });

  it('mark the current page in the public services navigation', () => {
    expect(page(site, 'knowledge.html')).toContain('<a href="knowledge.html" aria-current="page">');
    expect(page(site, 'knowledge.html').match(/aria-current="page"/g)).toHaveLength(1);
    expect(page(site, 'agency/surveys.html')).toContain('<a href="surveys.html" aria-current="page">');
    // The home page's button is its call to action; the footer does not repeat it.
    expect(page(site, 'agency/index.html')).not.toContain('<a href="./"');
    expect(page(site, 'agency/knowledge.html')).toContain('<a href="./">ร้องเรียนการทุจริต</a>');
  });

  it('preload exactly the chunks their script imports', () => {
    const html = page(site, 'report.html');
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]!);
    expect(preloads.length).toBeGreaterThan(0);
    const entry = readFileSync(join(site, 'assets', 'report.page.js'), 'utf8');
    for (const chunk of preloads) {
      expect(chunk).toMatch(/^\/assets\/chunks\/chunk-[A-Z0-9]+\.js$/);
      expect(statSync(join(site, chunk)).isFile()).toBe(true);
    }
    // The entry's own imports are among them (the rest are what those chunks import in turn).
    for (const [, imported] of entry.matchAll(/from\s*"\.\/(chunks\/[^"]+)"/g)) expect(preloads).toContain(`/assets/${imported}`);
  });

  it('refuse a template whose front matter is wrong, or that names a placeholder the build does not know', () => {
    expect(() => parseTemplate('x.html', '<main></main>')).toThrow(/front matter/);
    expect(() => parseTemplate('x.html', '---\nlayout: public\ntitle: t\nfooter: nowhere\n---\n')).toThrow(/footer/);
    expect(() => parseTemplate('x.html', '---\nlayout: public\ntitel: t\n---\n')).toThrow(/not understood/);
    const template = parseTemplate('x.html', '---\nlayout: public\ntitle: t\nfooter: plan\n---\n<p>{{agency.motto}}</p>\n');
    expect(() => renderPage(template, { for: { kind: 'agency', agencyId: health.id, home: '/' } })).toThrow(/unknown placeholder/);
    expect(() => renderPage(template, { for: { kind: 'address' } })).toThrow(/unknown placeholder/);
    // A page of the whole platform may not name an agency: it would be nobody's.
    const named = parseTemplate('x.html', '---\nlayout: public\ntitle: t\nfooter: plan\n---\n<p>{{agency.nameTh}}</p>\n');
    expect(() => renderPage(named, { for: { kind: 'platform', defaultAgencyId: health.id, defaultHome: '/a/x/' } })).toThrow(/names no agency/);
  });

  it('name on the guideline each status in the words the tracking page shows it', () => {
    const guide = page(site, 'agency/guide.html');
    for (const label of Object.values(labelsTh.STATUS_LABELS)) expect(guide).toContain(`“${label}”`);
  });

  it('escape the agency id the build is given', () => {
    const template = parseTemplate('x.html', '---\nlayout: public\ntitle: t\nfooter: plan\n---\n<p>{{agency.nameTh}}</p>\n');
    const html = renderPage(template, { for: { kind: 'agency', agencyId: '"><script>alert(1)</script>', home: '/' } });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // The build itself takes only an agency id.
    expect(() => buildWebSync(mkdtempSync(join(tmpdir(), 'pages-bad-')), { agency: '"><script>' })).toThrow(/not an agency id/);
  });
});

describe('one source for each rule', () => {
  it('the domain uses the rules modules the pages use, not copies', () => {
    expect(complaint.isThaiNationalId).toBe(contactRules.isThaiNationalId);
    expect(complaint.TEXT_BOUNDS).toBe(textRules.TEXT_BOUNDS);
    expect(text.codePoints).toBe(textRules.codePoints);
    expect(calendar.bangkokDate).toBe(timeRules.bangkokDate);
    expect(calendar.endOfBangkokDayAfter).toBe(timeRules.endOfBangkokDayAfter);
    expect(labelsTh.thaiDay).toBe(timeRules.thaiDay);
    expect(fiscal.quarterOf).toBe(fiscalRules.quarterOf);
    expect(fiscal.previousQuarter).toBe(fiscalRules.previousQuarter);
    // The complaint schema applies the same phone and e-mail patterns the report form does.
    const identified = (extra: Record<string, string>) => complaint.reporterSchema.safeParse({ mode: 'identified', name: 'สมหญิง', ...extra }).success;
    for (const phone of ['081 234 5678', '+66-81-234-5678', 'โทรหาได้', '12']) expect(identified({ phone })).toBe(contactRules.PHONE_PATTERN.test(phone));
    for (const email of ['somying@example.com', 'a@b', 'x@example.co.th', 'no at sign']) expect(identified({ email })).toBe(contactRules.EMAIL_PATTERN.test(email));
  });

  it('every page script that checks these rules bundles them from shared/rules', () => {
    const inputsOf = (entry: string) => {
      const found = new Set<string>();
      const visit = (output: string) => {
        const info = metafile.outputs[output];
        if (!info) return;
        Object.keys(info.inputs).forEach((input) => found.add(input));
        info.imports.filter((imported) => imported.kind === 'import-statement').forEach((imported) => visit(imported.path));
      };
      visit(Object.keys(metafile.outputs).find((output) => output.endsWith(`/${entry}.js`))!);
      return found;
    };
    const report = inputsOf('report.page');
    for (const rule of ['shared/rules/contact.ts', 'shared/rules/text.ts', 'shared/rules/thai-time.ts']) expect(report).toContain(rule);
    expect(inputsOf('staff-survey-admin.page')).toContain('shared/rules/fiscal.ts');
  });

  it('no page bundle carries zod', () => {
    const inputs = Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.filter((input) => input.includes('node_modules/zod'))).toEqual([]);
    for (const file of files(join(site, 'assets'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/ZodError|\$ZodType|_zod\b/);
  });

  it('the rules modules import nothing but each other', () => {
    for (const file of files(join(root, 'shared', 'rules'))) {
      for (const [, from] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) expect(from, file).toMatch(/^\.\/[a-z-]+$/);
    }
  });

  it('the page scripts keep no copy of a rule', () => {
    const copies = [/function isThaiNationalId/, /\[0-9\]\[0-9 -\]/, /u-ca-buddhist/, /[+-] 543\b/, /timeZone: 'Asia\/Bangkok'/, /A-Za-z0-9_'\+/];
    for (const file of files(join(root, 'web', 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const copy of copies) expect(source, `${posix.basename(file)} ${copy}`).not.toMatch(copy);
    }
  });

  it('reads a Buddhist-era date the way both the form and the calendar rule agree on', () => {
    expect(timeRules.dayFromBuddhistParts('5', '3', '2568')).toEqual({ value: '2025-03-05' });
    expect(timeRules.dayFromBuddhistParts('', '', '')).toEqual({});
    expect(timeRules.dayFromBuddhistParts('5', '', '2568')).toEqual({ problem: 'incomplete' });
    expect(timeRules.dayFromBuddhistParts('5', '3', '2025')).toEqual({ problem: 'christian-era' });
    expect(timeRules.dayFromBuddhistParts('29', '2', '2569')).toEqual({ problem: 'no-such-day' });
    expect(timeRules.dayFromBuddhistParts('29', '2', '2567')).toEqual({ value: '2024-02-29' });
    expect(timeRules.formatThaiDate('2026-07-06T17:30:00Z')).toBe('7 กรกฎาคม 2569');
    expect(timeRules.thaiDay('2026-07-07')).toBe('7 กรกฎาคม 2569');
    expect(timeRules.bangkokDate(new Date('2026-07-06T17:30:00Z'))).toBe('2026-07-07');
  });
});
