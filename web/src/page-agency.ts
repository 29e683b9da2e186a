// You are here: which agency a channel page serves, and what the registry says about it. A page of
// the default agency's set carries its id in <html data-agency>; a page of the generic set serves
// whichever agency its address names (/a/{agency}/…, shared/rules/agency-path.ts). The registry is
// asked once per page, however many scripts of the page want the answer.
import { agencyOfPath } from '../../shared/rules/agency-path';
import type { Language } from '../../shared/rules/languages';
import { statsAddress } from '../../shared/rules/stats-path';
import { readAgency, type ApiOutcome, type PublicAgency } from './api';
import { LANGUAGE } from './words';

/** The agency this page files into: the one of the address, else the one the page was built for. */
export const pageAgencyId = (): string | undefined => agencyOfPath(location.pathname) ?? document.documentElement.dataset.agency;

let asked: Promise<ApiOutcome<PublicAgency> | undefined> | undefined;

/** The registry's record of the page's agency; undefined when the page names none. */
export function loadPageAgency(): Promise<ApiOutcome<PublicAgency> | undefined> {
  const id = pageAgencyId();
  asked ??= id ? readAgency(id) : Promise.resolve(undefined);
  return asked;
}

/**
 * An agency's name as a page of its language shows it: the Thai name on Thai pages, the registry's
 * English name on the others (or the Thai one if it has none, marked lang="th" by the caller).
 */
export function agencyNameIn(agency: Pick<PublicAgency, 'nameTh' | 'nameEn'>): { name: string; lang: Language } {
  return LANGUAGE === 'th' || !agency.nameEn ? { name: agency.nameTh, lang: 'th' } : { name: agency.nameEn, lang: LANGUAGE };
}

/** Writes the agency's name into a slot, with the slot's language when it differs from the page's. */
export function nameSlot(slot: Element, agency: Pick<PublicAgency, 'nameTh' | 'nameEn'>) {
  const { name, lang } = agencyNameIn(agency);
  slot.textContent = name;
  if (lang !== LANGUAGE) slot.setAttribute('lang', lang);
}

/**
 * Writes a value of the registry that its agency wrote in Thai (a unit, an address, a contact) into
 * a slot; on a page in another language the slot says it is Thai, for screen readers and translators.
 */
export function fillRegistryText(slot: Element, value: string) {
  slot.textContent = value;
  if (LANGUAGE !== 'th' && /[\u0E00-\u0E7F]/.test(value)) slot.setAttribute('lang', 'th');
}

/** Points the page's links to "the agency's statistics" ([data-agency-stats], /stats/ until now) at its own folder, in the page's language. */
export function linkAgencyStatistics(id: string) {
  document.querySelectorAll<HTMLAnchorElement>('a[data-agency-stats]').forEach((link) => (link.href = statsAddress(LANGUAGE, encodeURIComponent(id))));
}
