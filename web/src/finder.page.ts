// You are here: the finder (/), where a person finds the agency they want to complain to. The API
// does the matching (Thai short forms such as อบต. written out, spaces ignored, Thai dictionary
// order); the page waits for a pause in typing before it asks, shows only the latest answer, and
// links each agency to its channel, /a/{agency}/.
import { agencyHome } from '../../shared/rules/agency-path';
import { languageFolder } from '../../shared/rules/languages';
import { FINDER_WORDS } from './agency-labels';
import { listAgencies, readAgency, type AgencySummary } from './api';
import { nameSlot } from './page-agency';
import { announce, byId } from './form-ui';
import { LANGUAGE } from './words';

/** Long enough not to ask on every key of a word being typed, short enough to feel immediate. */
const PAUSE_MS = 250;
const MAX_QUERY = 100;

const form = byId<HTMLFormElement>('finder-form');
const input = byId<HTMLInputElement>('finder-q');
const results = byId<HTMLUListElement>('finder-results');
const status = byId('finder-status');
const problem = byId('finder-problem');
const more = byId<HTMLButtonElement>('finder-more');

let asked = 0;
let cursor: string | undefined;
let shownQuery = '';

function item(agency: AgencySummary): HTMLLIElement {
  const entry = document.createElement('li');
  // Both names, as the agency registered them, the page's language first; the link leads to the
  // agency's channel in the page's language.
  const names = [{ lang: 'th', name: agency.nameTh }, { lang: 'en', name: agency.nameEn }].sort((a, b) => Number(b.lang === LANGUAGE) - Number(a.lang === LANGUAGE));
  const link = Object.assign(document.createElement('a'), { href: `${agencyHome(agency.id)}${languageFolder(LANGUAGE)}`, textContent: names[0]!.name, lang: names[0]!.lang });
  const other = Object.assign(document.createElement('span'), { className: 'link-list__note', textContent: names[1]!.name, lang: names[1]!.lang });
  entry.append(link, other);
  return entry;
}

async function search(q: string, append = false) {
  const mine = ++asked;
  problem.hidden = true;
  if ([...q].length > MAX_QUERY) {
    problem.textContent = FINDER_WORDS.tooLong;
    problem.hidden = false;
    return;
  }
  announce(status, FINDER_WORDS.searching);
  const outcome = await listAgencies(q, append ? cursor : undefined);
  // A later search answered or will answer: this one is out of date.
  if (mine !== asked) return;
  if (outcome.kind !== 'ok') {
    announce(status, '');
    problem.textContent = FINDER_WORDS.unavailable;
    problem.hidden = false;
    return;
  }
  const { agencies } = outcome.data;
  cursor = outcome.data.cursor;
  shownQuery = q;
  if (!append) results.replaceChildren();
  results.append(...agencies.map(item));
  results.hidden = results.children.length === 0;
  more.hidden = !cursor;
  const count = results.children.length;
  announce(status, count === 0 ? FINDER_WORDS.none(q) : q ? FINDER_WORDS.found(count, Boolean(cursor)) : FINDER_WORDS.all);
}

let pause: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(pause);
  pause = setTimeout(() => void search(input.value.trim()), PAUSE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(pause);
  void search(input.value.trim());
});
more.addEventListener('click', () => void search(shownQuery, true));

// The deployment's default agency is named from the registry, as its channel pages name it; the
// build wrote only its id and a plain phrase, which stays if the registry does not answer.
const defaultSlots = [...document.querySelectorAll<HTMLElement>('[data-default-agency]')];
const defaultId = defaultSlots[0]?.dataset.defaultAgency;
if (defaultId) {
  void readAgency(defaultId).then((outcome) => {
    if (outcome.kind === 'ok') for (const slot of defaultSlots) nameSlot(slot, outcome.data);
  });
}

// A search sent without the script (?q=…) or a reload keeps what was typed.
input.value = new URLSearchParams(location.search).get('q')?.slice(0, MAX_QUERY) ?? '';
void search(input.value.trim());
