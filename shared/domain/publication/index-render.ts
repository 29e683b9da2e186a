// You are here: the public files of /stats/ itself: the index of every agency with published
// statistics (a page that works without JavaScript, its search script, and the same list as JSON),
// and the pages of the national roll-up under /stats/all/. Pure functions of what they are given.
import { searchableWith, THAI_ABBREVIATIONS } from '../agencies';
import { CATEGORIES, OUTCOMES } from '../complaint';
import { parsePeriod } from '../fiscal';
import { BUCKET_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, periodLabel, RECEIVED_BREAKDOWNS } from '../labels-th';
import type { NationalDocument, RangeCell } from './national';
import { csvRecord } from './csv';
import { NATIONAL_ID, revisionLine, statsHeader, totalsList } from './render';
import { html, joinHtml, type SafeHtml } from './html';

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
    count.textContent = wanted ? 'พบ ' + shown.toLocaleString('th-TH') + ' หน่วยงาน' : '';
  });
}
`;

const head = (title: string, script?: SafeHtml) => html`<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
${script ?? ''}</head>`;

/**
 * An agency's statistics folder before its first quarter is published: it says so and when statistics
 * come, so a link to /stats/{id}/ never meets a 404. The first publication writes over it.
 */
export function renderPendingPage(agency: { id: string; nameTh: string }): string {
  return html`${head(`สถิติเรื่องร้องเรียนการทุจริต – ${agency.nameTh}`)}
<body>
${statsHeader(agency)}
<main id="main">
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<p><strong>${agency.nameTh}ยังไม่ได้เผยแพร่สถิติ</strong></p>
<p>สถิติเผยแพร่ทุกไตรมาสของปีงบประมาณ หลังวันสุดท้ายของไตรมาส (ธันวาคม มีนาคม มิถุนายน และกันยายน) สถิติของไตรมาสแรกที่หน่วยงานเปิดรับเรื่องจะแสดงที่หน้านี้</p>
<p><a href="/stats/">ดูสถิติของหน่วยงานอื่น</a></p>
</main>
</body>
</html>
`.markup;
}

export function renderIndexPage(entries: readonly IndexEntry[], nationalLatest: string | undefined): string {
  const rows = entries.map(
    (entry) =>
      html`<li data-search="${entry.search}"><a href="/stats/${entry.id}/">${entry.nameTh}</a> <span lang="en">${entry.nameEn}</span> <span class="latest">(ล่าสุด ${periodLabel(parsePeriod(entry.latest))})</span></li>
`,
  );
  const national = nationalLatest ? html`<p><a href="/stats/${NATIONAL_ID}/">ภาพรวมทุกหน่วยงาน</a> (ล่าสุด ${periodLabel(parsePeriod(nationalLatest))})</p>` : '';
  return html`${head('สถิติเรื่องร้องเรียนการทุจริต: ทุกหน่วยงาน', html`<script src="/stats/index.js" defer></script>
`)}
<body>
${statsHeader(undefined)}
<main id="main">
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<p>หน่วยงานที่เผยแพร่สถิติแล้ว ${entries.length.toLocaleString('en-US')} หน่วยงาน</p>
${national}
<form id="agency-search-form" role="search" method="post" hidden>
<label for="agency-search">ค้นหาหน่วยงาน</label>
<input id="agency-search" type="search" autocomplete="off" placeholder="เช่น อบต. บางพลี">
<p id="agency-count" aria-live="polite"></p>
</form>
<ul id="agencies">
${rows}</ul>
<p class="note">รายชื่อเดียวกันในรูปแบบข้อมูลเปิด: <a href="/stats/index.json">JSON</a></p>
</main>
</body>
</html>
`.markup;
}

/** A national count in words: exact, or the range the agencies' published figures allow. */
const rangeText = (cell: RangeCell) =>
  typeof cell === 'number'
    ? cell.toLocaleString('en-US')
    : cell.high === null
      ? `ไม่น้อยกว่า ${cell.low.toLocaleString('en-US')}`
      : `${cell.low.toLocaleString('en-US')}–${cell.high.toLocaleString('en-US')}`;

export function renderNationalPage(document: NationalDocument): string {
  const c = document.complaints;
  const label = periodLabel(document.period);
  const here = `/stats/${NATIONAL_ID}/${document.period.id}`;
  const table = (caption: string, rows: [string, RangeCell][]) => html`<table class="data data--pairs"><caption>${caption}</caption><thead><tr><th scope="col">รายการ</th><th scope="col">จำนวน (เรื่อง)</th></tr></thead><tbody>
${rows.map(([name, cell]) => html`<tr><th scope="row">${name}</th><td>${rangeText(cell)}</td></tr>
`)}</tbody></table>`;
  const revision = revisionLine(document.revision);
  return html`${head(`สถิติเรื่องร้องเรียนการทุจริต ${label} – ภาพรวมทุกหน่วยงาน`)}
<body>
${statsHeader(undefined)}
<main id="main">
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: ภาพรวมทุกหน่วยงาน</h1>
<p class="period">${label}</p>
${revision}
<p>รวมจากตัวเลขที่ ${document.agencies.toLocaleString('en-US')} หน่วยงานเผยแพร่แล้ว</p>
<section aria-labelledby="summary">
<h2 id="summary">สรุปภาพรวม</h2>
${totalsList(c, rangeText)}
</section>
<section aria-labelledby="categories">
<h2 id="categories">เรื่องที่ได้รับ แยกตามประเภท</h2>
${table('เรื่องที่ได้รับ แยกตามประเภท', CATEGORIES.map((key) => [CATEGORY_LABELS[key], c.byCategory[key] ?? 0]))}
</section>
${joinHtml(
  RECEIVED_BREAKDOWNS.map(
    ({ field, heading, labels }) => html`<section aria-labelledby="${field}">
<h2 id="${field}">${heading}</h2>
${table(heading, Object.entries(labels).map(([key, label]): [string, RangeCell] => [label, c[field][key] ?? 0]))}
</section>`,
  ),
  '\n',
)}
<section aria-labelledby="outcomes">
<h2 id="outcomes">ผลการดำเนินการของเรื่องที่แล้วเสร็จ</h2>
${table('ผลการดำเนินการของเรื่องที่แล้วเสร็จ', [...OUTCOMES.map((key): [string, RangeCell] => [`ยุติเรื่อง: ${OUTCOME_LABELS[key]}`, c.byOutcome[key] ?? 0]), ['ส่งต่อหน่วยงานที่มีอำนาจหน้าที่', c.referred]])}
</section>
<section aria-labelledby="data">
<h2 id="data">ข้อมูลเปิด</h2>
<ul>
<li><a href="${here}/complaints.csv">ดาวน์โหลดข้อมูล CSV</a></li>
<li><a href="${here}/stats.json">ดาวน์โหลดข้อมูล JSON</a></li>
<li><a href="/stats/${NATIONAL_ID}/archive.html">สถิติย้อนหลังทุกช่วงเวลา</a></li>
</ul>
<p class="note">ตัวเลขภาพรวมคำนวณจากตัวเลขที่แต่ละหน่วยงานเผยแพร่แล้วเท่านั้น ตัวเลขที่หน่วยงานแสดงเป็น “น้อยกว่า ${document.suppressionThreshold}” หรือ “ไม่เปิดเผย” นับเป็นช่วงของค่าที่เป็นไปได้ ภาพรวมจึงแสดงเป็นช่วง (ค่าต่ำสุด–ค่าสูงสุด) เมื่อมีหน่วยงานใดปกปิดตัวเลข เพื่อไม่ให้นำยอดรวมไปหักตัวเลขของหน่วยงานอื่นแล้วได้ตัวเลขที่ปกปิดไว้</p>
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
