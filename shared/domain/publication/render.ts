// You are here: the public files of a publication, rendered from the statistics document alone:
// the page (in each language of shared/rules/languages.ts, Thai at /stats/{id}/{period}/ and English
// at /stats/{id}/en/{period}/ (shared/rules/stats-path.ts); no JavaScript, the site's header with its
// language switch and a way back to the agency's channel, SVG charts each with its data table, fits a
// 390 px phone, A4 print), the CSV (one for every language: UTF-8 with a BOM so Excel shows Thai) and
// the archive. The words are the catalogues' (words/). Pure functions: the same document gives the same bytes.
import { BUCKET_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, RECEIVED_BREAKDOWNS } from '../labels-th';
import { LANGUAGES, type Language } from '../../rules/languages';
import { statsAddress } from '../../rules/stats-path';
import type { StatisticsDocument } from './document';
import { WITHHELD, type Cell } from './disclosure';
import { csvRecord } from './csv';
import { html, joinHtml, type SafeHtml } from './html';
import { PUBLICATION_WORDS, type PublicationWords } from './words';

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/**
 * Text written by the plan, an agency or an executive, shown as written: on a page in another language
 * a text in Thai script is marked lang="th", for screen readers and translators.
 */
export const asWritten = (text: string, language: Language): SafeHtml | string =>
  language !== 'th' && THAI_SCRIPT.test(text) ? html`<span lang="th">${text}</span>` : text;

/** The agency's name in the page's language: its registered English name on an English page. */
export const agencyNameIn = (agency: { nameTh: string; nameEn?: string }, language: Language): string =>
  language === 'th' || !agency.nameEn ? agency.nameTh : agency.nameEn;

/** A published number in words; "<5" and the withheld marker say plainly that the number is not shown. */
const cellText = (w: PublicationWords, cell: Cell | number | null | undefined, unit: (value: string) => string = (value) => value) =>
  cell === null || cell === undefined
    ? w.cells.noData
    : typeof cell === 'number'
      ? unit(w.number(cell))
      : cell === WITHHELD
        ? w.cells.withheld
        : w.cells.lessThan(Number(cell.slice(1)));

/** A median or percentage: withheld below the threshold, and then the page says why. */
const statisticText = (w: PublicationWords, value: number | typeof WITHHELD, unit: (value: string) => string, threshold: number) =>
  value === WITHHELD ? w.cells.statisticWithheld(threshold) : cellText(w, value, unit);

/** Whether a cell is held back, and so needs its meaning said beside it. */
const isSmall = (cell: unknown): boolean => typeof cell === 'string' && cell.startsWith('<');
const isWithheld = (cell: unknown): boolean => cell === WITHHELD;

/**
 * What "น้อยกว่า 5" and "ไม่เปิดเผย" mean, said right under the table or chart that shows them (and only
 * there): a reader should not have to find the explanation at the bottom of the page.
 */
export function suppressionNote(cells: readonly unknown[], threshold: number, language: Language = 'th'): SafeHtml | '' {
  const w = PUBLICATION_WORDS[language];
  const small = cells.some(isSmall);
  const withheld = cells.some(isWithheld);
  if (!small && !withheld) return '';
  const parts = [...(small ? [w.cells.smallNote(threshold)] : []), ...(withheld ? [w.cells.withheldNote] : [])];
  return html`<p class="cell-note">${parts.join(' ')}</p>`;
}

/**
 * A bar chart built for a phone: each row's label on its own line, its bar beneath. A count under
 * the threshold ("<5") is drawn as a hatched range from 0 to threshold-1 with a dashed outline, so a
 * small number looks uncertain rather than missing; a withheld cell has no bar and says so. The scale
 * always reaches the threshold, so a chart of a few complaints does not blow one of them up to the
 * full width. The numbers are in the table beneath, for people and screen readers alike.
 */
function barChart(id: string, title: string, rows: { label: string; value: Cell | null }[], threshold: number, language: Language): SafeHtml {
  const w = PUBLICATION_WORDS[language];
  const numeric = rows.map((row) => (typeof row.value === 'number' ? row.value : 0));
  const max = Math.max(threshold, ...numeric);
  const width = 360;
  const barSpace = 250;
  const rowHeight = 44;
  const barHeight = 14;
  const scale = (value: number) => (value / max) * barSpace;
  const bars = rows.map((row, index) => {
    const top = index * rowHeight;
    const barTop = top + 22;
    const label = html`<text x="0" y="${top + 15}" class="chart-label">${row.label}</text>`;
    const valueAt = (x: number) => html`<text x="${Math.round(x + 6)}" y="${barTop + 12}" class="chart-value">${cellText(w, row.value)}</text>`;
    if (typeof row.value === 'number') {
      const barWidth = Math.round(scale(row.value));
      return html`${label}<rect x="0" y="${barTop}" width="${barWidth}" height="${barHeight}" class="chart-bar"/>${valueAt(barWidth)}`;
    }
    if (isSmall(row.value)) {
      const rangeWidth = Math.round(scale(threshold - 1));
      return html`${label}${hatch(rangeWidth, barTop, barHeight)}<rect x="0.5" y="${barTop + 0.5}" width="${rangeWidth}" height="${barHeight - 1}" class="chart-range"/>${valueAt(rangeWidth)}`;
    }
    return html`${label}${valueAt(0)}`;
  });
  const table = rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${cellText(w, row.value)}</td></tr>`);
  return html`<figure class="chart" aria-labelledby="${id}-title">
<figcaption id="${id}-title">${title}</figcaption>
<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${rows.length * rowHeight}" width="100%" preserveAspectRatio="xMinYMin meet">
${joinHtml(bars, '\n')}
</svg>
<table class="data data--pairs"><caption>${w.chart.dataCaption(title)}</caption><thead><tr><th scope="col">${w.chart.item}</th><th scope="col">${w.chart.count}</th></tr></thead><tbody>
${joinHtml(table, '\n')}
</tbody></table>
${suppressionNote(rows.map((row) => row.value), threshold, language)}
</figure>`;
}

/**
 * Diagonal lines across a range of `width` from x = 0: a hatch drawn with lines rather than an SVG
 * pattern, because a pattern is referenced by id and the executive report renames this page's ids.
 */
function hatch(width: number, top: number, height: number): SafeHtml {
  const lines: SafeHtml[] = [];
  for (let start = -height; start < width; start += 5) {
    const x1 = Math.max(start, 0);
    const y1 = top + height - (x1 - start);
    const x2 = Math.min(start + height, width);
    const y2 = top + height - (x2 - start);
    if (x2 > x1) lines.push(html`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" class="chart-hatch"/>`);
  }
  return joinHtml(lines, '');
}

/** The catalogue's name of a target's unit, from the code the published file keeps (indicators.ts). */
const UNIT_KEYS = { '%': 'percent', เรื่อง: 'items', ช่องทาง: 'channels' } as const;

/** A target in plain words: "อย่างน้อย 80 %", "ไม่เกิน 0 เรื่อง". */
const targetText = (w: PublicationWords, target: { atLeast?: number; atMost?: number; unit: keyof typeof UNIT_KEYS }) => {
  const unit = w.indicators.units[UNIT_KEYS[target.unit]];
  return [
    ...(target.atLeast !== undefined ? [w.indicators.atLeast(target.atLeast, unit)] : []),
    ...(target.atMost !== undefined ? [w.indicators.atMost(target.atMost, unit)] : []),
  ].join(w.indicators.and);
};

/** A result against its target, in the staff pages' words of the page's language. */
const targetWords = (w: PublicationWords, met: boolean | null | undefined) => (met === true ? w.codes.targets.met : met === false ? w.codes.targets.notMet : w.codes.targets.unknown);

/** Where the national roll-up is published: /stats/all/. The registry keeps this id from any agency; it has no channel to link back to. */
export const NATIONAL_ID = 'all';

/** The same page in every language: its address in each (the language switch links the others). */
export type AddressIn = (language: Language) => string;

/**
 * The language switch: the same page in each other language, its name written in that language
 * (lang and hreflang), as the channel's pages do (web/layout.ts).
 */
function languageSwitch(language: Language, addressIn: AddressIn): SafeHtml {
  const links = LANGUAGES.filter((other) => other !== language).map(
    (other) => html`<a href="${addressIn(other)}" hreflang="${other}" lang="${other}">${PUBLICATION_WORDS[other].languageName}</a>`,
  );
  return html`<nav class="language-switch" aria-label="${PUBLICATION_WORDS[language].layout.languageSwitch}">${joinHtml(links, ' ')}</nav>`;
}

/**
 * The links every statistics page carries back to the channel: its site header (with the language
 * switch) and the agency's pages, in the page's language (the English channel from an English page).
 */
export function statsHeader(agency: { id: string; nameTh: string; nameEn?: string } | undefined, language: Language = 'th', addressIn?: AddressIn): SafeHtml {
  const w = PUBLICATION_WORDS[language];
  const folder = language === 'th' ? '' : `${language}/`;
  const home = agency ? `/a/${agency.id}/${folder}` : `/${folder}`;
  const name = agency ? agencyNameIn(agency, language) : '';
  const agencyLine = agency ? html`\n<p class="site-agency">${name}</p>` : '';
  const links = agency
    ? html`<li><a href="${home}">${w.layout.backToChannel(name)}</a></li>
<li><a href="${home}guide.html">${w.layout.guide}</a></li>
<li><a href="${statsAddress(language)}">${w.layout.otherAgencies}</a></li>`
    : html`<li><a href="${home}">${w.layout.findAgency}</a></li>
<li><a href="${statsAddress(language)}">${w.layout.allAgencies}</a></li>`;
  return html`<a class="skip-link" href="#main">${w.layout.skipLink}</a>
<header class="site-header">
<div class="site-header__inner">
<div>
<a class="site-name" href="${home}">${w.layout.siteName}</a>${agencyLine}
</div>
${addressIn ? languageSwitch(language, addressIn) : ''}
</div>
</header>
<nav class="page-links" aria-label="${w.layout.links}">
<ul>
${links}
</ul>
</nav>`;
}

/** The head of every statistics page: its language, title and the shared stylesheet (and a script, for the index). */
export const pageHead = (language: Language, title: string, script?: SafeHtml) => html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
${script ?? ''}</head>`;

export const renderPeriodPage = (document: StatisticsDocument, language: Language = 'th'): string => periodPage(document, language).markup;

/** When a published period was written and which revision it is; an agency's page and the national one alike. */
export const revisionLine = (revision: { publishedOn: string; number: number } | undefined, language: Language = 'th') => {
  const w = PUBLICATION_WORDS[language];
  return revision ? html`<p class="revision">${w.period.published(w.day(revision.publishedOn), revision.number)}</p>` : '';
};

/** The three totals at the top of a period's page, each cell written by `text` (a count, a suppressed cell, a range). */
export const totalsList = <C>(counts: { received: C; completed: C; inProgress: C }, text: (cell: C) => string, language: Language = 'th') => {
  const buckets = PUBLICATION_WORDS[language].codes.buckets;
  return html`<dl class="totals">
<div><dt>${buckets.received}</dt><dd data-field="received">${text(counts.received)}</dd></div>
<div><dt>${buckets.completed}</dt><dd data-field="completed">${text(counts.completed)}</dd></div>
<div><dt>${buckets.inProgress}</dt><dd data-field="inProgress">${text(counts.inProgress)}</dd></div>
</dl>`;
};

/**
 * An executive's analysis as written: a paragraph per line, blank lines dropped, every character
 * escaped; on a page in another language a paragraph in Thai script is marked lang="th".
 */
export const analysisParagraphs = (analysis: string, language: Language = 'th'): SafeHtml =>
  html`<div class="analysis">${joinHtml(
    analysis
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => (language !== 'th' && THAI_SCRIPT.test(line) ? html`<p lang="th">${line}</p>` : html`<p>${line}</p>`)),
    '\n',
  )}</div>`;

/**
 * The executive's approval of a quarter: its Bangkok day (Buddhist era in Thai; the Common Era with
 * the Buddhist-era year beside it in English) and the analysis of problems and remedies, a paragraph
 * per line as written, every character escaped by html`…`.
 */
export function approvalSection(approval: StatisticsDocument['approval'], language: Language = 'th'): SafeHtml | '' {
  if (!approval) return '';
  const w = PUBLICATION_WORDS[language];
  return html`<section aria-labelledby="approval">
<h2 id="approval">${w.approval.heading}</h2>
<p class="approved-on">${w.approval.approvedOn(w.day(approval.approvedOn))}</p>
<h3>${w.approval.analysis}</h3>
${analysisParagraphs(approval.analysis, language)}
</section>`;
}

/** A name the catalogue has by id, else the text as the document wrote it (in Thai: always the document's). */
const named = (names: object, id: string, written: string, language: Language): SafeHtml | string => {
  const name = language === 'th' ? undefined : (names as Record<string, string | undefined>)[id];
  return name ?? asWritten(written, language);
};

/** The page of a period, as a fragment the executive report can take sections from. */
export function periodPage(document: StatisticsDocument, language: Language = 'th'): SafeHtml {
  const w = PUBLICATION_WORDS[language];
  const { complaints } = document;
  const label = w.periodName(document.period);
  const agencyId = document.agency.id;
  const here = `/stats/${agencyId}/${document.period.id}`;
  const addressIn: AddressIn = (other) => statsAddress(other, agencyId, `${document.period.id}/`);
  const categoryRows = Object.entries(complaints.byCategory).map(([code, value]) => ({ label: (w.codes.categories as Record<string, string>)[code] ?? code, value }));
  const outcomeRows = [
    ...Object.entries(complaints.byOutcome).map(([code, value]) => ({ label: w.period.closedAs((w.codes.outcomes as Record<string, string>)[code] ?? code), value })),
    { label: w.period.referred, value: complaints.referred },
  ];
  const threshold = document.suppressionThreshold;
  const breakdownLabels = { byChannel: w.codes.channels, byKind: w.codes.kinds, byReporterType: w.codes.reporterTypes } as const;
  const breakdowns = RECEIVED_BREAKDOWNS.map(({ field }) => {
    const heading = w.period[field];
    const rows = Object.entries(complaints[field]).map(([code, value]) => ({ label: (breakdownLabels[field] as Record<string, string>)[code] ?? code, value }));
    return html`<section aria-labelledby="${field}">
<h2 id="${field}">${heading}</h2>
${barChart(field, heading, rows, threshold, language)}
</section>`;
  });
  const salaryRows = Object.entries(complaints.salaryPromotionByQuarter).map(([quarter, value]) => ({ label: w.period.quarter(Number(quarter.slice(1))), value }));
  const percent = w.cells.percent;
  const surveys = document.surveys.map((survey) => {
    const result = survey.withheld
      ? // A year is withheld, whatever its own count, when one of its quarters was.
        typeof survey.n === 'number' && survey.n >= threshold
        ? w.surveys.withheldQuarter(threshold)
        : w.surveys.withheldFew(threshold)
      : survey.satisfactionPercent !== undefined
        ? cellText(w, survey.satisfactionPercent, percent)
        : survey.passRatePercent !== undefined
          ? w.surveys.passed(cellText(w, survey.passRatePercent, percent))
          : w.cells.noData;
    // The questions published on their own (the channel's convenient, fast, safe) follow the overall result.
    const items = survey.items?.length
      ? html`<ul class="survey-items">${joinHtml(survey.items.map((item) => html`<li>${named(w.surveys.items, item.id, item.label, language)} ${cellText(w, item.satisfactionPercent, percent)}</li>`), '')}</ul>`
      : '';
    const target = survey.targetPercent !== undefined ? w.surveys.atLeastPercent(survey.targetPercent) : '–';
    return html`<tr id="survey-${survey.id}"><th scope="row">${named(w.surveys.titles, survey.id, survey.title, language)}</th><td data-label="${w.surveys.answered}">${w.surveys.people(cellText(w, survey.n))}</td><td data-label="${w.surveys.result}">${result}${items}</td><td data-label="${w.surveys.target}">${target}</td><td data-label="${w.surveys.againstTarget}">${survey.targetPercent !== undefined ? targetWords(w, survey.targetMet) : '–'}</td></tr>`;
  });
  const fewAnswered = document.surveys.some((survey) => survey.withheld || typeof survey.n !== 'number');
  const indicators = document.indicators.map((indicator) => {
    const target = indicator.target ? targetText(w, indicator.target) : w.indicators.reported;
    const unit = indicator.target?.unit === '%' ? percent : undefined;
    const actual = indicator.actual === WITHHELD ? w.indicators.withheld : cellText(w, indicator.actual, unit);
    // The plan's clause is a reference for those who check against the plan, not the indicator's name.
    return html`<tr><th scope="row">${named(w.indicators.names, indicator.id, indicator.labelTh, language)} <small class="ref">${w.indicators.planItem(indicator.planItem)}</small></th><td data-label="${w.surveys.target}">${target}</td><td data-label="${w.surveys.result}">${actual}</td><td data-label="${w.surveys.againstTarget}">${indicator.target ? targetWords(w, indicator.met) : '–'}</td></tr>`;
  });
  const revision = revisionLine(document.revision, language);
  const days = w.cells.days;
  return html`${pageHead(language, w.period.title(label, agencyNameIn(document.agency, language)))}
<body>
${statsHeader(document.agency, language, addressIn)}
<main id="main">
<div class="page-title">
<h1>${w.period.heading}</h1>
<p class="period">${label}</p>
${revision}
</div>
<section aria-labelledby="summary">
<h2 id="summary">${w.period.summary}</h2>
${totalsList(complaints, (cell) => cellText(w, cell), language)}
${suppressionNote([complaints.received, complaints.completed, complaints.inProgress], threshold, language)}
<p>${w.period.counted}</p>
</section>
${approvalSection(document.approval, language)}
<section aria-labelledby="categories">
<h2 id="categories">${w.period.byCategory}</h2>
${barChart('by-category', w.period.byCategory, categoryRows, threshold, language)}
</section>
${joinHtml(breakdowns, '\n')}
<section aria-labelledby="outcomes">
<h2 id="outcomes">${w.period.outcomes}</h2>
${barChart('by-outcome', w.period.outcomes, outcomeRows, threshold, language)}
</section>
<section aria-labelledby="timeliness">
<h2 id="timeliness">${w.period.timeliness}</h2>
<dl class="facts">
<div><dt>${w.period.medianDaysToAcknowledge}</dt><dd>${statisticText(w, complaints.medianDaysToAcknowledge, days, threshold)}</dd></div>
<div><dt>${w.period.medianDaysToClose}</dt><dd>${statisticText(w, complaints.medianDaysToClose, days, threshold)}</dd></div>
<div><dt>${w.period.acknowledgedWithinDeadline}</dt><dd>${statisticText(w, complaints.acknowledgedWithinDeadlinePercent, percent, threshold)}</dd></div>
</dl>
</section>
<section aria-labelledby="salary">
<h2 id="salary">${w.period.salaryOfYear(document.period.fiscalYear)}</h2>
${barChart('salary', w.period.salary, salaryRows, threshold, language)}
</section>
<section aria-labelledby="surveys">
<h2 id="surveys">${w.surveys.heading}</h2>
<table class="data data--stack"><caption class="visually-hidden">${w.surveys.heading}</caption><thead><tr><th scope="col">${w.surveys.survey}</th><th scope="col">${w.surveys.answered}</th><th scope="col">${w.surveys.result}</th><th scope="col">${w.surveys.target}</th><th scope="col">${w.surveys.againstTarget}</th></tr></thead><tbody>
${joinHtml(surveys, '\n')}
</tbody></table>
${fewAnswered ? html`<p class="note">${w.surveys.fewAnswered(threshold)}</p>` : ''}
</section>
<section aria-labelledby="indicators">
<h2 id="indicators">${w.indicators.heading}</h2>
<table class="data data--stack"><caption class="visually-hidden">${w.indicators.heading}</caption><thead><tr><th scope="col">${w.indicators.indicator}</th><th scope="col">${w.surveys.target}</th><th scope="col">${w.surveys.result}</th><th scope="col">${w.surveys.againstTarget}</th></tr></thead><tbody>
${joinHtml(indicators, '\n')}
</tbody></table>
${suppressionNote(document.indicators.map((indicator) => indicator.actual), threshold, language)}
</section>
<section aria-labelledby="data">
<h2 id="data">${w.period.openData}</h2>
<ul>
<li><a href="${here}/complaints.csv">${w.period.csv}</a></li>
<li><a href="${here}/stats.json">${w.period.json}</a></li>
<li><a href="${statsAddress(language, agencyId, 'archive.html')}">${w.period.archive}</a></li>
</ul>
<p class="note">${[w.period.protection(threshold), ...(document.period.kind === 'year' ? [w.period.yearToDate] : []), w.period.frozen].join(' ')}</p>
</section>
</main>
</body>
</html>
`;
}

export function renderCsv(document: StatisticsDocument): Buffer {
  const rows: [string, string, string, Cell | number | null][] = [
    ['complaints', 'received', BUCKET_LABELS.received, document.complaints.received],
    ['complaints', 'completed', BUCKET_LABELS.completed, document.complaints.completed],
    ['complaints', 'inProgress', BUCKET_LABELS.inProgress, document.complaints.inProgress],
    ...Object.entries(document.complaints.byCategory).map(([code, value]): [string, string, string, Cell] => ['byCategory', code, CATEGORY_LABELS[code as keyof typeof CATEGORY_LABELS], value]),
    ...Object.entries(document.complaints.byOutcome).map(([code, value]): [string, string, string, Cell] => ['byOutcome', code, OUTCOME_LABELS[code as keyof typeof OUTCOME_LABELS], value]),
    ['byOutcome', 'referred', 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่', document.complaints.referred],
    ...RECEIVED_BREAKDOWNS.flatMap(({ field, labels }) =>
      Object.entries(document.complaints[field]).map(([code, value]): [string, string, string, Cell] => [field, code, (labels as Record<string, string>)[code] ?? code, value]),
    ),
    ['timeliness', 'medianDaysToAcknowledge', 'ระยะเวลาตอบรับเรื่อง (มัธยฐาน, วัน)', document.complaints.medianDaysToAcknowledge],
    ['timeliness', 'medianDaysToClose', 'ระยะเวลาดำเนินการจนแล้วเสร็จ (มัธยฐาน, วัน)', document.complaints.medianDaysToClose],
    ['timeliness', 'acknowledgedWithinDeadlinePercent', 'ตอบรับเรื่องภายในกำหนด (%)', document.complaints.acknowledgedWithinDeadlinePercent],
    ...Object.entries(document.complaints.salaryPromotionByQuarter).map(([quarter, value]): [string, string, string, Cell | null] => ['salaryPromotionByQuarter', quarter, `เรื่องเลื่อนขั้นเงินเดือน ไตรมาสที่ ${quarter.slice(1)}`, value]),
    // Each survey's answers and result; a withheld survey's result is `x`, like any withheld figure.
    ...document.surveys.flatMap((survey): [string, string, string, Cell | null][] => {
      const result = (value: number | undefined): Cell | null => (survey.withheld ? WITHHELD : (value ?? null));
      return [
        ['surveys', `${survey.id}.n`, `${survey.title}: จำนวนผู้ตอบ`, survey.n],
        survey.passRatePercent !== undefined
          ? ['surveys', `${survey.id}.passRatePercent`, `${survey.title}: ผ่านเกณฑ์ (%)`, result(survey.passRatePercent)]
          : ['surveys', `${survey.id}.satisfactionPercent`, `${survey.title}: ความพึงพอใจ (%)`, result(survey.satisfactionPercent)],
        ...(survey.items ?? []).map((item): [string, string, string, Cell] => ['surveys', `${survey.id}.${item.id}`, `${survey.title}: ${item.label} (%)`, item.satisfactionPercent]),
      ];
    }),
  ];
  // An approved quarter ends with the approval's day and the analysis as written (csvField quotes and defuses it).
  const approval: [string, string, string, string][] = document.approval
    ? [
        ['approval', 'approvedOn', 'วันที่ผู้บริหารอนุมัติให้เผยแพร่', document.approval.approvedOn],
        ['approval', 'analysis', 'การวิเคราะห์ปัญหาและแนวทางแก้ไขของผู้บริหาร', document.approval.analysis],
      ]
    : [];
  const lines = [
    csvRecord(['agency', 'period', 'measure', 'key', 'label', 'value']),
    ...rows.map(([measure, key, label, value]) => csvRecord([document.agency.id, document.period.id, measure, key, label, value === null ? '' : String(value)])),
    ...approval.map(([measure, key, label, value]) => csvRecord([document.agency.id, document.period.id, measure, key, label, value])),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export interface ManifestEntry {
  kind: 'quarter' | 'year';
  fiscalYear: number;
  quarter?: number;
  firstDay: string;
  lastDay: string;
  hash: string;
  publishedOn: string;
  revision: number;
}

export interface Manifest {
  agency: StatisticsDocument['agency'];
  periods: Record<string, ManifestEntry>;
}

/** The quarter an agency's front page shows: its latest published one. */
export function latestQuarter(manifest: Manifest): string | undefined {
  return Object.entries(manifest.periods)
    .filter(([, entry]) => entry.kind === 'quarter')
    .map(([id]) => id)
    .sort()
    .at(-1);
}

export function renderArchive(manifest: Manifest, language: Language = 'th'): string {
  const w = PUBLICATION_WORDS[language];
  const id = manifest.agency.id;
  const entries = Object.entries(manifest.periods).sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  const rows = entries.map(
    ([period, entry]) =>
      html`<tr><th scope="row"><a href="${statsAddress(language, id, `${period}/index.html`)}">${w.periodName(entry)}</a></th><td data-label="${w.archive.updated}">${w.day(entry.publishedOn)}</td><td data-label="${w.archive.revision}">${entry.revision}</td><td data-label="${w.archive.openData}"><a href="/stats/${id}/${period}/complaints.csv">CSV</a> · <a href="/stats/${id}/${period}/stats.json">JSON</a></td></tr>`,
  );
  const national = id === NATIONAL_ID;
  return html`${pageHead(language, w.archive.title(national ? w.national.name : agencyNameIn(manifest.agency, language)))}
<body>
${statsHeader(national ? undefined : manifest.agency, language, (other) => statsAddress(other, id, 'archive.html'))}
<main id="main">
<h1>${w.archive.heading}</h1>
<table class="data data--stack"><caption class="visually-hidden">${w.archive.caption}</caption><thead><tr><th scope="col">${w.archive.period}</th><th scope="col">${w.archive.updated}</th><th scope="col">${w.archive.revision}</th><th scope="col">${w.archive.openData}</th></tr></thead><tbody>
${joinHtml(rows, '\n')}
</tbody></table>
<p class="note">${w.archive.note}</p>
</main>
</body>
</html>
`.markup;
}

export const STATS_STYLESHEET = `/* Published statistics: the site's header, readable on a 390 px phone, printable on A4, no external assets. */
:root { color: #1b1b1b; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans Thai", "Leelawadee UI", "Sukhumvit Set", Thonburi, Tahoma, sans-serif; line-height: 1.6; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; }
main, .page-links ul, .site-header__inner { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
main { padding-bottom: 2rem; overflow-wrap: break-word; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: #ffd60a; color: #1b1b1b; z-index: 1; }
.skip-link:focus { top: 0.5rem; }
.site-header { background: #0b6b3a; color: #fff; padding: 0.75rem 0; border-bottom: 6px solid #074a28; }
.site-name, .site-name:visited { color: #fff; font-weight: 700; font-size: 1.0625rem; text-decoration: none; }
.site-name:hover { text-decoration: underline; }
.site-header__inner { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: 0.25rem 1rem; }
.language-switch a, .language-switch a:visited { color: #fff; font-weight: 700; }
.site-agency { margin: 0; font-size: 0.9375rem; }
.page-links { background: #f3f5f4; border-bottom: 1px solid #d0d5d2; }
.page-links ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; padding-top: 0.5rem; padding-bottom: 0.5rem; }
.page-links a { font-weight: 600; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.2rem; line-height: 1.3; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #0b6b3a; }
.period, .revision { margin: 0.2rem 0; }
.period { font-size: 1.15rem; font-weight: bold; }
.totals, .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; }
.totals div, .facts div { border: 1px solid #6b6b6b; border-radius: 6px; padding: 0.75rem; }
.totals dd { font-size: 2rem; font-weight: bold; margin: 0; }
.facts dd { font-size: 1.25rem; margin: 0; }
table.data { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
table.data th, table.data td { border: 1px solid #6b6b6b; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.data td { text-align: right; }
caption { text-align: left; font-weight: bold; }
.ref { font-weight: normal; color: #4a4a4a; white-space: nowrap; }
.cell-note { font-size: 0.9375rem; color: #4a4a4a; background: #f3f5f4; border-left: 4px solid #6b6b6b; padding: 0.35rem 0.75rem; margin: 0.25rem 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.chart { margin: 0.5rem 0 1.5rem; }
.chart svg { display: block; max-width: 30rem; margin: 0.5rem 0; }
.chart-bar { fill: #0b6b3a; }
.chart-range { fill: none; stroke: #0b6b3a; stroke-dasharray: 3 2; }
.chart-hatch { stroke: #0b6b3a; stroke-width: 1.5; }
.chart-label, .chart-value { font-size: 13px; fill: #1b1b1b; }
a { color: #1a4f8b; }
a:focus { outline: 3px solid #ffd60a; outline-offset: 0; box-shadow: 0 0 0 6px #1b1b1b; }
.note { font-size: 0.9375rem; color: #4a4a4a; }
.survey-items { margin: 0.25rem 0 0; padding-left: 1.25rem; }
#agency-search { font: inherit; padding: 0.4rem; border: 2px solid #6b6b6b; border-radius: 6px; width: 100%; max-width: 24rem; display: block; }
/* A table of several columns becomes one card per row on a phone: each value says which column it is. */
@media screen and (max-width: 40rem) {
  table.data--stack, table.data--stack tbody, table.data--stack tr, table.data--stack th, table.data--stack td { display: block; width: 100%; }
  table.data--stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.data--stack tr { border: 1px solid #6b6b6b; border-radius: 6px; margin: 0 0 0.75rem; }
  table.data--stack th, table.data--stack td { border: 0; text-align: left; }
  table.data--stack td[data-label]::before { content: attr(data-label) ": "; color: #4a4a4a; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  :root { font-size: 11pt; }
  main, .site-header__inner { max-width: none; padding: 0; }
  .skip-link, .page-links, .language-switch, #agency-search-form { display: none; }
  .site-header { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.25rem; }
  .site-name, .site-name:visited { color: #000; }
  h2 { break-after: avoid; }
  section, figure, tr, .cell-note { break-inside: avoid; }
  thead { display: table-header-group; }
  .chart svg { max-width: 14cm; }
  .chart-bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
