// You are here: the public files of /stats/ itself: the index of every agency with published
// statistics (a page that works without JavaScript, its search script, and the same list as JSON),
// an agency's page before its first publication, and the pages of the national roll-up under
// /stats/all/; each page in every language (shared/rules/stats-path.ts), its words from the
// catalogues (words/). Pure functions of what they are given.
import { searchableWith, THAI_ABBREVIATIONS } from '../agencies';
import { CATEGORIES, OUTCOMES } from '../complaint';
import { parsePeriod } from '../fiscal';
import { BUCKET_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, RECEIVED_BREAKDOWNS } from '../labels-th';
import type { Language } from '../../rules/languages';
import { statsAddress } from '../../rules/stats-path';
import type { NationalDocument, RangeCell } from './national';
import { csvRecord } from './csv';
import { agencyNameIn, NATIONAL_ID, pageHead, revisionLine, statsHeader, totalsList } from './render';
import { html, joinHtml } from './html';
import { PUBLICATION_WORDS, type PublicationWords } from './words';

export { NATIONAL_ID };

export const INDEX_SCHEMA = 'integrity-statistics-index/v1';

/** One agency of the index. */
export interface IndexEntry {
  id: string;
  nameTh: string;
  nameEn: string;
  /** The latest quarter it has published, and every period it has published. */
  latest: string;
  periods: string[];
  /** Its names and id as the search compares them (searchableName). */
  search: string;
}

export interface StatisticsIndex {
  schema: typeof INDEX_SCHEMA;
  agencies: Omit<IndexEntry, 'search'>[];
}

/**
 * The index page's search, as a file of its own (the pages' Content-Security-Policy allows scripts
 * from the site only). `normalise` is searchableName of shared/domain/agencies.ts: the source of the
 * same function with the same short forms, so the page and the API cannot drift apart.
 */
export const INDEX_SCRIPT = `// Filters the list of agencies as a person types (the same rule as the agency search of the API).
const SHORT_FORMS = ${JSON.stringify(THAI_ABBREVIATIONS)};
const normalise = (text) => (${searchableWith.toString()})(text, SHORT_FORMS);
const form = document.getElementById('agency-search-form');
const input = document.getElementById('agency-search');
const count = document.getElementById('agency-count');
const rows = Array.from(document.querySelectorAll('#agencies li[data-search]'));
if (form && input && count) {
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', () => {
    const wanted = normalise(input.value);
    let shown = 0;
    for (const row of rows) {
      const match = !wanted || row.dataset.search.includes(wanted);
      row.hidden = !match;
      if (match) shown += 1;
    }
    // The words are the page's own (data-found, data-found-one), so one script serves every language.
    const words = shown === 1 ? count.dataset.foundOne : count.dataset.found;
    count.textContent = wanted ? words.replace('{n}', shown.toLocaleString('en-US')) : '';
  });
}
`;

/**
 * An agency's statistics folder before its first quarter is published: it says so and when statistics
 * come, so a link to /stats/{id}/ (or /stats/{id}/en/) never meets a 404. The first publication writes over it.
 */
export function renderPendingPage(agency: { id: string; nameTh: string; nameEn?: string }, language: Language = 'th'): string {
  const w = PUBLICATION_WORDS[language];
  const name = agencyNameIn(agency, language);
  return html`${pageHead(language, w.pending.title(name))}
<body>
${statsHeader(agency, language, (other) => statsAddress(other, agency.id))}
<main id="main">
<h1>${w.period.heading}</h1>
<p><strong>${w.pending.notYet(name)}</strong></p>
<p>${w.pending.when}</p>
<p><a href="${statsAddress(language)}">${w.pending.otherAgencies}</a></p>
</main>
</body>
</html>
`.markup;
}

export function renderIndexPage(entries: readonly IndexEntry[], nationalLatest: string | undefined, language: Language = 'th'): string {
  const w = PUBLICATION_WORDS[language];
  // Each agency by its name in the page's language, its name in the other beside it, marked as such.
  const rows = entries.map((entry) => {
    const [name, other, otherLanguage] = language === 'th' ? [entry.nameTh, entry.nameEn, 'en'] : [entry.nameEn || entry.nameTh, entry.nameTh, 'th'];
    return html`<li data-search="${entry.search}"><a href="${statsAddress(language, entry.id)}">${name}</a> <span lang="${otherLanguage}">${other}</span> <span class="latest">${w.index.latest(w.periodName(parsePeriod(entry.latest)))}</span></li>
`;
  });
  const national = nationalLatest
    ? html`<p><a href="${statsAddress(language, NATIONAL_ID)}">${w.national.name}</a> ${w.index.latest(w.periodName(parsePeriod(nationalLatest)))}</p>`
    : '';
  return html`${pageHead(language, w.index.title, html`<script src="/stats/index.js" defer></script>
`)}
<body>
${statsHeader(undefined, language, (other) => statsAddress(other))}
<main id="main">
<h1>${w.period.heading}</h1>
<p>${w.index.published(w.number(entries.length))}</p>
${national}
<form id="agency-search-form" role="search" method="post" hidden>
<label for="agency-search">${w.index.search}</label>
<input id="agency-search" type="search" autocomplete="off" placeholder="${w.index.searchExample}">
<p id="agency-count" aria-live="polite" data-found="${w.index.found('{n}')}" data-found-one="${w.index.found('1')}"></p>
</form>
<ul id="agencies">
${rows}</ul>
<p class="note">${w.index.asData} <a href="/stats/index.json">JSON</a></p>
</main>
</body>
</html>
`.markup;
}

/** A national count in words: exact, or the range the agencies' published figures allow. */
const rangeText = (w: PublicationWords, cell: RangeCell) =>
  typeof cell === 'number' ? w.number(cell) : cell.high === null ? w.national.atLeast(w.number(cell.low)) : `${w.number(cell.low)}–${w.number(cell.high)}`;

export function renderNationalPage(document: NationalDocument, language: Language = 'th'): string {
  const w = PUBLICATION_WORDS[language];
  const c = document.complaints;
  const label = w.periodName(document.period);
  const here = `/stats/${NATIONAL_ID}/${document.period.id}`;
  const table = (caption: string, rows: [string, RangeCell][]) => html`<table class="data data--pairs"><caption>${caption}</caption><thead><tr><th scope="col">${w.chart.item}</th><th scope="col">${w.chart.count}</th></tr></thead><tbody>
${rows.map(([name, cell]) => html`<tr><th scope="row">${name}</th><td>${rangeText(w, cell)}</td></tr>
`)}</tbody></table>`;
  const breakdownLabels = { byChannel: w.codes.channels, byKind: w.codes.kinds, byReporterType: w.codes.reporterTypes } as const;
  const revision = revisionLine(document.revision, language);
  return html`${pageHead(language, w.national.title(label))}
<body>
${statsHeader(undefined, language, (other) => statsAddress(other, NATIONAL_ID, `${document.period.id}/`))}
<main id="main">
<h1>${w.national.heading}</h1>
<p class="period">${label}</p>
${revision}
<p>${w.national.agencies(w.number(document.agencies))}</p>
<section aria-labelledby="summary">
<h2 id="summary">${w.period.summary}</h2>
${totalsList(c, (cell) => rangeText(w, cell), language)}
</section>
<section aria-labelledby="categories">
<h2 id="categories">${w.period.byCategory}</h2>
${table(w.period.byCategory, CATEGORIES.map((key) => [w.codes.categories[key], c.byCategory[key] ?? 0]))}
</section>
${joinHtml(
  RECEIVED_BREAKDOWNS.map(
    ({ field }) => html`<section aria-labelledby="${field}">
<h2 id="${field}">${w.period[field]}</h2>
${table(w.period[field], Object.entries(breakdownLabels[field]).map(([key, name]): [string, RangeCell] => [name, c[field][key] ?? 0]))}
</section>`,
  ),
  '\n',
)}
<section aria-labelledby="outcomes">
<h2 id="outcomes">${w.period.outcomes}</h2>
${table(w.period.outcomes, [...OUTCOMES.map((key): [string, RangeCell] => [w.period.closedAs(w.codes.outcomes[key]), c.byOutcome[key] ?? 0]), [w.period.referred, c.referred]])}
</section>
<section aria-labelledby="data">
<h2 id="data">${w.period.openData}</h2>
<ul>
<li><a href="${here}/complaints.csv">${w.period.csv}</a></li>
<li><a href="${here}/stats.json">${w.period.json}</a></li>
<li><a href="${statsAddress(language, NATIONAL_ID, 'archive.html')}">${w.period.archive}</a></li>
</ul>
<p class="note">${w.national.note(document.suppressionThreshold)}</p>
</section>
</main>
</body>
</html>
`.markup;
}

/** The national figures as CSV (UTF-8 with a BOM, as the agencies' files): an exact count has low = high; no upper bound leaves high empty. */
export function renderNationalCsv(document: NationalDocument): Buffer {
  const c = document.complaints;
  const rows: [string, string, string, RangeCell][] = [
    ['complaints', 'received', BUCKET_LABELS.received, c.received],
    ['complaints', 'completed', BUCKET_LABELS.completed, c.completed],
    ['complaints', 'inProgress', BUCKET_LABELS.inProgress, c.inProgress],
    ...CATEGORIES.map((key): [string, string, string, RangeCell] => ['byCategory', key, CATEGORY_LABELS[key], c.byCategory[key] ?? 0]),
    ...OUTCOMES.map((key): [string, string, string, RangeCell] => ['byOutcome', key, OUTCOME_LABELS[key], c.byOutcome[key] ?? 0]),
    ['byOutcome', 'referred', 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่', c.referred],
    ...RECEIVED_BREAKDOWNS.flatMap(({ field, labels }) => Object.entries(labels).map(([key, label]): [string, string, string, RangeCell] => [field, key, label, c[field][key] ?? 0])),
  ];
  const lines = [
    'scope,period,measure,key,label,low,high',
    ...rows.map(([measure, key, label, cell]) => {
      const low = typeof cell === 'number' ? cell : cell.low;
      const high = typeof cell === 'number' ? cell : cell.high;
      return csvRecord([NATIONAL_ID, document.period.id, measure, key, label, String(low), high === null ? '' : String(high)]);
    }),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
