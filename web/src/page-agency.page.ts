// You are here: the first script of every channel page (/a/{agency}/…, and the default agency's at
// the root, which carries only its id in <html data-agency>). It names the page's agency from the
// registry wherever the page leaves a slot for it ([data-agency-name], the title, the footer,
// the link to its statistics),
// and, for an agency the registry does not know or has retired, says so plainly, hides the page's
// forms and links to the finder, so nothing is filed into an agency that takes no complaints.
import { languageFolder } from '../../shared/rules/languages';
import { PAGE_AGENCY_WORDS } from './agency-labels';
import { byId } from './form-ui';
import { agencyNameIn, fillRegistryText, linkAgencyStatistics, loadPageAgency, nameSlot } from './page-agency';
import { LANGUAGE } from './words';

const fill = (selector: string, text: string) => document.querySelectorAll(selector).forEach((slot) => (slot.textContent = text));

async function nameTheAgency() {
  const outcome = await loadPageAgency();
  byId('agency-loading').hidden = true;
  if (outcome?.kind === 'ok') {
    const agency = outcome.data;
    const { name } = agencyNameIn(agency);
    document.querySelectorAll('[data-agency-name]').forEach((slot) => nameSlot(slot, agency));
    fill('[data-agency-name-en]', agency.nameEn);
    fill('[data-agency-id]', agency.id);
    document.querySelectorAll('[data-agency-keeper]').forEach((slot) => fillRegistryText(slot, agency.contact.responsibleUnit ? `${agency.contact.responsibleUnit} ` : ''));
    linkAgencyStatistics(agency.id);
    document.documentElement.dataset.agency = agency.id;
    document.documentElement.dataset.agencyName = name;
    document.title = `${document.title} | ${name}`;
    return;
  }
  const problem = byId('agency-problem');
  if (outcome?.kind === 'unavailable') {
    problem.textContent = PAGE_AGENCY_WORDS.unavailable;
  } else {
    // Unknown, retired, or no agency in the address: nothing on this page applies.
    const link = Object.assign(document.createElement('a'), { href: `/${languageFolder(LANGUAGE)}`, textContent: PAGE_AGENCY_WORDS.findLink });
    problem.replaceChildren(Object.assign(document.createElement('p'), { textContent: PAGE_AGENCY_WORDS.unknown }), Object.assign(document.createElement('p'), { className: 'back' }));
    problem.lastElementChild?.append(link);
    for (const sibling of Array.from(byId('main').children)) if (sibling !== problem) (sibling as HTMLElement).hidden = true;
  }
  problem.hidden = false;
}

/** The language switch keeps the page's query (a survey's id), so the other language opens the same thing. */
document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]').forEach((link) => (link.search = location.search));

void nameTheAgency();
