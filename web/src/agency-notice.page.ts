// You are here: the script of an agency's guideline (guide.html) and privacy notice (privacy.html).
// Both pages are written with generic words where the agency's own settings go (its deadlines, how
// long it keeps a concluded case, its responsible unit and contact), so they say something true
// without JavaScript; this script puts the registry's values in their place ([data-agency-days],
// [data-agency-retention], [data-agency-contact]). On a generic page (/a/{agency}/…) an unknown or
// unavailable agency is already told by page-agency.page.ts; at the root this page says it itself.
import type { AgencyContact, Deadlines } from '../../shared/domain/agencies';
import { AGENCY_NOTICE_WORDS } from './agency-labels';
import { byId } from './form-ui';
import { fillRegistryText, linkAgencyStatistics, loadPageAgency } from './page-agency';

const each = <T extends HTMLElement>(selector: string, act: (element: T) => void) => document.querySelectorAll<T>(selector).forEach(act);

async function fillAgencySettings() {
  const outcome = await loadPageAgency();
  if (outcome?.kind !== 'ok') {
    // The generic pages' own script has already said what went wrong, above everything else.
    if (document.getElementById('agency-problem')) return;
    const problem = byId('notice-problem');
    problem.textContent = AGENCY_NOTICE_WORDS.unavailable;
    problem.hidden = false;
    return;
  }
  const agency = outcome.data;
  each('[data-agency-days]', (slot) => {
    const days = agency.deadlines[slot.dataset.agencyDays as keyof Deadlines];
    if (typeof days === 'number') slot.textContent = AGENCY_NOTICE_WORDS.days(days);
  });
  each('[data-agency-retention]', (slot) => (slot.textContent = AGENCY_NOTICE_WORDS.years(agency.retentionYears)));
  // A contact detail the agency has not given keeps the generic words the page was written with.
  each('[data-agency-contact]', (slot) => {
    const value = agency.contact[slot.dataset.agencyContact as keyof AgencyContact];
    if (value) fillRegistryText(slot, value);
  });
  each('[data-agency-contact-item]', (item) => (item.hidden = !agency.contact[item.dataset.agencyContactItem as keyof AgencyContact]));
  linkAgencyStatistics(agency.id);
}

void fillAgencySettings();
