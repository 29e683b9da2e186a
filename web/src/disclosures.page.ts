// You are here: what the agency discloses (disclosures.html): the published entries of its
// disclosure register under the integrity assessment's categories, each with the day it was
// published and the day its next update is due. Links go only to https addresses; a PDF opens
// through the API, which serves only its cleaned copy.
import { disclosureDocumentHref, listPublicDisclosures, type PublicDisclosure } from './api';
import { DISCLOSURE_CATEGORY_LABELS, DISCLOSURE_CATEGORY_ORDER, fileSizeLabel } from './disclosure-labels';
import { byId, element, showProblem } from './form-ui';
import { safeHttpsUrl } from './labels';
import { fillRegistryText, pageAgencyId } from './page-agency';
import { LANGUAGE, WORDS } from './words';

void start();

async function start() {
  const agency = pageAgencyId();
  const outcome = await listPublicDisclosures(agency);
  byId('disclosures-loading').hidden = true;
  if (outcome.kind !== 'ok') {
    return showProblem(byId('disclosures-problem'), WORDS.disclosures.unreachable);
  }
  const items = outcome.data.items;
  byId('disclosures-empty').hidden = items.length > 0;
  if (items.length === 0) return;
  const container = byId('disclosure-categories');
  container.replaceChildren(
    ...DISCLOSURE_CATEGORY_ORDER.map((category) => {
      const entries = items.filter((item) => item.category === category).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
      const section = element('section', 'disclosure-category');
      const heading = element('h2', undefined, DISCLOSURE_CATEGORY_LABELS[category]);
      heading.id = `category-${category}`;
      section.setAttribute('aria-labelledby', heading.id);
      section.append(heading);
      if (entries.length === 0) {
        section.append(element('p', 'hint', WORDS.disclosures.emptyCategory));
        return section;
      }
      section.append(element('p', 'hint', WORDS.disclosures.count(entries.length)));
      const list = element('ul', 'cards');
      list.setAttribute('aria-labelledby', heading.id);
      list.append(...entries.map((entry) => card(entry, agency)));
      section.append(list);
      return section;
    }),
  );
  container.hidden = false;
}

function dateLine(label: string, iso: string): HTMLParagraphElement {
  const line = element('p', 'card__date', `${label} `);
  const time = element('time', undefined, WORDS.formatDay(iso));
  time.dateTime = iso;
  line.append(time);
  return line;
}

function card(entry: PublicDisclosure, agency: string | undefined): HTMLLIElement {
  const item = element('li', 'card');
  // The title is shown as the agency wrote it; on an English page, Thai text is marked so.
  const title = element('h3', 'card__title');
  fillRegistryText(title, entry.title);
  item.append(title, dateLine(WORDS.disclosures.publishedOn, entry.publishedOn), dateLine(WORDS.disclosures.nextUpdateDue, entry.nextUpdateDue));
  const url = entry.document ? disclosureDocumentHref(entry.id, agency) : safeHttpsUrl(entry.link);
  if (url) {
    const link = element('a', 'card__link', entry.document ? WORDS.disclosures.openDocument(entry.title) : WORDS.disclosures.openLink(entry.title));
    if (/[\u0E00-\u0E7F]/.test(entry.title) && LANGUAGE !== 'th') link.lang = 'th';
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(element('span', 'visually-hidden', entry.document ? WORDS.disclosures.documentNewTab(fileSizeLabel(entry.document.size)) : WORDS.disclosures.linkNewTab));
    const line = element('p');
    line.append(link);
    if (entry.document) line.append(element('span', 'hint', ` PDF ${fileSizeLabel(entry.document.size)}`));
    item.append(line);
  }
  return item;
}
