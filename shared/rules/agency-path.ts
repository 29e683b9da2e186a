// You are here: where an agency's public pages live in the site, one rule for everyone who reads an
// address: CloudFront's viewer-request function (infra/constructs/site.ts), the local server
// (infra/local/server.ts) and the pages' own script (web/src/page-agency.ts). Agencies join the
// registry without a redeploy, so no page is built per agency: the build writes one generic set of
// channel pages under GENERIC_PAGES_DIR, and every /a/{agency}/… address is served from it; the page
// reads the agency back from its own address and asks the registry for its name and units.

import { AGENCY_ID_BODY } from './agency-ids';
import { TRANSLATED_FOLDERS } from './languages';

/** The folder of the site that holds the generic channel pages (web/build.ts writes it). */
export const GENERIC_PAGES_DIR = 'agency';

/**
 * /a/{agency id}/{language}/{page}: the id as the registry writes it (a lower-case letter, then 1–40
 * lower-case letters, digits or hyphens), the folder of a translated language (`/en`, optional: Thai
 * has none; shared/rules/languages.ts), then an optional page name of the flat channel set.
 */
export const AGENCY_PATH = new RegExp(`^/a/(${AGENCY_ID_BODY})(/(?:${TRANSLATED_FOLDERS}))?(?:/([a-z0-9-]*(?:\\.html)?))?$`);

/**
 * /{language} and /{language}/: the platform's own pages (the finder) in a translated language.
 * S3 has no folder index, so the folder's index.html is named; without its slash it is sent there.
 */
export const LANGUAGE_HOME_PATH = new RegExp(`^/(${TRANSLATED_FOLDERS})(/?)$`);

/** The channel home of an agency: relative links of its pages resolve under this address. */
export const agencyHome = (id: string) => `/a/${id}/`;

/** The agency whose pages an address is, or undefined for any other address. */
export function agencyOfPath(pathname: string): string | undefined {
  return AGENCY_PATH.exec(pathname)?.[1];
}

export type AgencyPathOutcome =
  /** Serve this file of the site instead (the address the person sees stays as it is). */
  | { kind: 'rewrite'; path: string }
  /** `/a/{id}` without its slash: send the person to `/a/{id}/`, so relative links stay with the agency. */
  | { kind: 'redirect'; location: string };

/** What the site serves for an address under /a/; undefined leaves the address to the usual rules. */
export function resolveAgencyPath(pathname: string): AgencyPathOutcome | undefined {
  const home = LANGUAGE_HOME_PATH.exec(pathname);
  if (home) return home[2] ? { kind: 'rewrite', path: `/${home[1]}/index.html` } : { kind: 'redirect', location: `/${home[1]}/` };
  const match = AGENCY_PATH.exec(pathname);
  if (!match) return undefined;
  const language = match[2] ?? '';
  const page = match[3];
  if (page === undefined) return { kind: 'redirect', location: `${agencyHome(match[1] as string)}${language.slice(1)}${language ? '/' : ''}` };
  const file = page === '' ? 'index.html' : page.endsWith('.html') ? page : `${page}.html`;
  return { kind: 'rewrite', path: `/${GENERIC_PAGES_DIR}${language}/${file}` };
}
