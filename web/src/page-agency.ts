// You are here: which agency a channel page serves, and what the registry says about it. A page of
// the default agency's set carries its id in <html data-agency>; a page of the generic set serves
// whichever agency its address names (/a/{agency}/…, shared/rules/agency-path.ts). The registry is
// asked once per page, however many scripts of the page want the answer.
import { agencyOfPath } from '../../shared/rules/agency-path';
import { readAgency, type ApiOutcome, type PublicAgency } from './api';

/** The agency this page files into: the one of the address, else the one the page was built for. */
export const pageAgencyId = (): string | undefined => agencyOfPath(location.pathname) ?? document.documentElement.dataset.agency;

let asked: Promise<ApiOutcome<PublicAgency> | undefined> | undefined;

/** The registry's record of the page's agency; undefined when the page names none. */
export function loadPageAgency(): Promise<ApiOutcome<PublicAgency> | undefined> {
  const id = pageAgencyId();
  asked ??= id ? readAgency(id) : Promise.resolve(undefined);
  return asked;
}

/** Points the page's links to "the agency's statistics" ([data-agency-stats], /stats/ until now) at its own folder. */
export function linkAgencyStatistics(id: string) {
  document.querySelectorAll<HTMLAnchorElement>('a[data-agency-stats]').forEach((link) => (link.href = `/stats/${encodeURIComponent(id)}/`));
}
