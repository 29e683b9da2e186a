// You are here: the public files of a publication, rendered from the statistics document alone:
// the page (Thai, no JavaScript, SVG charts each with its data table, A4 print), the CSV (UTF-8 with
// a BOM so Excel shows Thai) and the archive. Pure functions: the same document gives the same bytes.
import { BUCKET_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, periodLabel, RECEIVED_BREAKDOWNS, thaiDay } from '../labels-th';
import type { StatisticsDocument } from './document';
import { WITHHELD, type Cell } from './disclosure';
import { csvRecord } from './csv';
import { html, joinHtml, type SafeHtml } from './html';

/** A published number in words; "<5" and the withheld marker say plainly that the number is not shown. */
const cellText = (cell: Cell | number | null | undefined, unit = '') =>
  cell === null || cell === undefined
    ? 'ยังไม่มีข้อมูล'
    : typeof cell === 'number'
      ? `${cell.toLocaleString('en-US')}${unit}`
      : cell === WITHHELD
        ? 'ไม่เปิดเผย'
        : `น้อยกว่า ${cell.slice(1)}`;

/** A median or percentage: withheld below the threshold, and then the page says why. */
const statisticText = (value: number | typeof WITHHELD, unit: string, threshold: number) =>
  value === WITHHELD ? `ไม่เปิดเผย (คำนวณจากน้อยกว่า ${threshold} เรื่อง)` : cellText(value, unit);

const base = (document: Pick<StatisticsDocument, 'agency'>) => `/stats/${document.agency.id}`;

/** A horizontal bar chart with its numbers as a table beside it, for people and screen readers alike. */
function barChart(id: string, title: string, rows: { label: string; value: Cell | null }[]): SafeHtml {
  const numeric = rows.map((row) => (typeof row.value === 'number' ? row.value : 0));
  const max = Math.max(1, ...numeric);
  const rowHeight = 28;
  const labelWidth = 260;
  const barWidth = 300;
  const height = rows.length * rowHeight + 8;
  const bars = rows.map((row, index) => {
    const y = index * rowHeight + 4;
    const width = typeof row.value === 'number' ? Math.round((row.value / max) * barWidth) : 0;
    return html`<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" class="chart-label">${row.label}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 10}" class="chart-bar"/><text x="${labelWidth + width + 6}" y="${y + 18}" class="chart-value">${cellText(row.value)}</text>`;
  });
  const table = rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${cellText(row.value)}</td></tr>`);
  return html`<figure class="chart" aria-labelledby="${id}-title">
<figcaption id="${id}-title">${title}</figcaption>
<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${labelWidth + barWidth + 80} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
${joinHtml(bars, '\n')}
</svg>
<table class="data"><caption>ข้อมูลของแผนภูมิ: ${title}</caption><thead><tr><th scope="col">รายการ</th><th scope="col">จำนวน (เรื่อง)</th></tr></thead><tbody>
${joinHtml(table, '\n')}
</tbody></table>
</figure>`;
}

function met(value: boolean | null | undefined) {
  return value === true ? 'ผ่านเป้าหมาย' : value === false ? 'ไม่ผ่านเป้าหมาย' : 'ยังไม่มีข้อมูล';
}

export const renderPeriodPage = (document: StatisticsDocument): string => periodPage(document).markup;

/** The page of a period, as a fragment the executive report can take sections from. */
/** When a published period was written and which revision it is; an agency's page and the national one alike. */
export const revisionLine = (revision: { publishedOn: string; number: number } | undefined) =>
  revision ? html`<p class="revision">เผยแพร่เมื่อ ${thaiDay(revision.publishedOn)}${revision.number > 1 ? ` (ฉบับปรับปรุงครั้งที่ ${revision.number - 1})` : ''}</p>` : '';

/** The three totals at the top of a period's page, each cell written by `text` (a count, a suppressed cell, a range). */
export const totalsList = <C>(counts: { received: C; completed: C; inProgress: C }, text: (cell: C) => string) => html`<dl class="totals">
<div><dt>${BUCKET_LABELS.received}</dt><dd data-field="received">${text(counts.received)}</dd></div>
<div><dt>${BUCKET_LABELS.completed}</dt><dd data-field="completed">${text(counts.completed)}</dd></div>
<div><dt>${BUCKET_LABELS.inProgress}</dt><dd data-field="inProgress">${text(counts.inProgress)}</dd></div>
</dl>`;

export function periodPage(document: StatisticsDocument): SafeHtml {
  const { complaints } = document;
  const label = periodLabel(document.period);
  const here = `${base(document)}/${document.period.id}`;
  const categoryRows = Object.entries(complaints.byCategory).map(([code, value]) => ({ label: CATEGORY_LABELS[code as keyof typeof CATEGORY_LABELS], value }));
  const outcomeRows = [
    ...Object.entries(complaints.byOutcome).map(([code, value]) => ({ label: `ยุติเรื่อง: ${OUTCOME_LABELS[code as keyof typeof OUTCOME_LABELS]}`, value })),
    { label: 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่', value: complaints.referred },
  ];
  const breakdowns = RECEIVED_BREAKDOWNS.map(({ field, heading, labels }) => {
    const rows = Object.entries(complaints[field]).map(([code, value]) => ({ label: (labels as Record<string, string>)[code] ?? code, value }));
    return html`<section aria-labelledby="${field}">
<h2 id="${field}">${heading}</h2>
${barChart(field, heading, rows)}
</section>`;
  });
  const salaryRows = Object.entries(complaints.salaryPromotionByQuarter).map(([quarter, value]) => ({ label: `ไตรมาสที่ ${quarter.slice(1)}`, value }));
  const surveys = document.surveys.map((survey) => {
    const result = survey.withheld
      ? `ไม่เปิดเผย (ผู้ตอบน้อยกว่า ${document.suppressionThreshold} คน)`
      : survey.satisfactionPercent !== undefined
        ? cellText(survey.satisfactionPercent, ' %')
        : survey.passRatePercent !== undefined
          ? `ผ่านเกณฑ์ ${cellText(survey.passRatePercent, ' %')}`
          : 'ยังไม่มีข้อมูล';
    const target = survey.targetPercent !== undefined ? `≥ ${survey.targetPercent} %` : '–';
    return html`<tr><th scope="row">${survey.title}</th><td>${survey.n}</td><td>${result}</td><td>${target}</td><td>${met(survey.targetMet)}</td></tr>`;
  });
  const indicators = document.indicators.map((indicator) => {
    const target = indicator.target ? `${indicator.target.atLeast !== undefined ? `≥ ${indicator.target.atLeast}` : `≤ ${indicator.target.atMost}`} ${indicator.target.unit}` : 'รายงานผล';
    const unit = indicator.target?.unit === '%' ? ' %' : '';
    const actual = indicator.actual === WITHHELD ? 'ไม่เปิดเผย (จำนวนน้อย)' : cellText(indicator.actual, unit);
    return html`<tr><td>${indicator.planItem}</td><th scope="row">${indicator.labelTh}</th><td>${target}</td><td>${actual}</td><td>${indicator.target ? met(indicator.met) : '–'}</td></tr>`;
  });
  const revision = revisionLine(document.revision);
  return html`<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>สถิติเรื่องร้องเรียนการทุจริต ${label} – ${document.agency.nameTh}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
</head>
<body>
<header>
<p class="agency">${document.agency.nameTh}</p>
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<p class="period">${label}</p>
${revision}
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">สรุปภาพรวม</h2>
${totalsList(complaints, (cell) => cellText(cell))}
<p>นับเรื่องที่ได้รับในช่วงเวลานี้ และสถานะ ณ วันสุดท้ายของช่วงเวลา</p>
</section>
<section aria-labelledby="categories">
<h2 id="categories">เรื่องที่ได้รับ แยกตามประเภท</h2>
${barChart('by-category', 'เรื่องที่ได้รับ แยกตามประเภท', categoryRows)}
</section>
${joinHtml(breakdowns, '\n')}
<section aria-labelledby="outcomes">
<h2 id="outcomes">ผลการดำเนินการของเรื่องที่แล้วเสร็จ</h2>
${barChart('by-outcome', 'ผลการดำเนินการของเรื่องที่แล้วเสร็จ', outcomeRows)}
</section>
<section aria-labelledby="timeliness">
<h2 id="timeliness">ความรวดเร็วในการดำเนินการ</h2>
<dl class="facts">
<div><dt>ระยะเวลาตอบรับเรื่อง (มัธยฐาน)</dt><dd>${statisticText(complaints.medianDaysToAcknowledge, ' วัน', document.suppressionThreshold)}</dd></div>
<div><dt>ระยะเวลาดำเนินการจนแล้วเสร็จ (มัธยฐาน)</dt><dd>${statisticText(complaints.medianDaysToClose, ' วัน', document.suppressionThreshold)}</dd></div>
<div><dt>ตอบรับเรื่องภายในกำหนด</dt><dd>${statisticText(complaints.acknowledgedWithinDeadlinePercent, ' %', document.suppressionThreshold)}</dd></div>
</dl>
</section>
<section aria-labelledby="salary">
<h2 id="salary">เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส ปีงบประมาณ พ.ศ. ${document.period.fiscalYear}</h2>
${barChart('salary', 'เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส', salaryRows)}
</section>
<section aria-labelledby="surveys">
<h2 id="surveys">ผลการสำรวจตามแผน</h2>
<table class="data"><thead><tr><th scope="col">แบบสำรวจ</th><th scope="col">จำนวนผู้ตอบ</th><th scope="col">ผล</th><th scope="col">เป้าหมาย</th><th scope="col">ผลเทียบเป้าหมาย</th></tr></thead><tbody>
${joinHtml(surveys, '\n')}
</tbody></table>
</section>
<section aria-labelledby="indicators">
<h2 id="indicators">ตัวชี้วัดตามแผนปฏิบัติการ</h2>
<table class="data"><thead><tr><th scope="col">โครงการ</th><th scope="col">ตัวชี้วัด</th><th scope="col">เป้าหมาย</th><th scope="col">ผล</th><th scope="col">ผลเทียบเป้าหมาย</th></tr></thead><tbody>
${joinHtml(indicators, '\n')}
</tbody></table>
</section>
<section aria-labelledby="data">
<h2 id="data">ข้อมูลเปิด</h2>
<ul>
<li><a href="${here}/complaints.csv">ดาวน์โหลดข้อมูล CSV</a></li>
<li><a href="${here}/stats.json">ดาวน์โหลดข้อมูล JSON</a></li>
<li><a href="${base(document)}/archive.html">สถิติย้อนหลังทุกช่วงเวลา</a></li>
</ul>
<p class="note">เพื่อคุ้มครองผู้ร้องเรียน ตัวเลขที่มีค่าตั้งแต่ 0 ถึง ${document.suppressionThreshold - 1} แสดงเป็น “น้อยกว่า ${document.suppressionThreshold}” ตัวเลขบางช่องแสดงเป็น “ไม่เปิดเผย” เพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้ ค่ามัธยฐานและร้อยละแสดงเมื่อคำนวณจากอย่างน้อย ${document.suppressionThreshold} เรื่อง ${document.period.kind === 'year' ? 'ยอดสะสมตั้งแต่ต้นปีงบประมาณเป็นผลรวมของตัวเลขรายไตรมาสที่เผยแพร่แล้ว (นับแต่ละเรื่องตามสถานะ ณ สิ้นไตรมาสที่ได้รับเรื่อง) ' : ''}ตัวเลขของไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง และไม่มีการเผยแพร่รายละเอียดของเรื่องใดเรื่องหนึ่ง</p>
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
  ];
  const lines = [
    csvRecord(['agency', 'period', 'measure', 'key', 'label', 'value']),
    ...rows.map(([measure, key, label, value]) => csvRecord([document.agency.id, document.period.id, measure, key, label, value === null ? '' : String(value)])),
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

export function renderArchive(manifest: Manifest): string {
  const entries = Object.entries(manifest.periods).sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  const rows = entries.map(
    ([id, entry]) =>
      html`<tr><th scope="row"><a href="/stats/${manifest.agency.id}/${id}/index.html">${periodLabel(entry)}</a></th><td>${thaiDay(entry.publishedOn)}</td><td>${entry.revision}</td><td><a href="/stats/${manifest.agency.id}/${id}/complaints.csv">CSV</a> · <a href="/stats/${manifest.agency.id}/${id}/stats.json">JSON</a></td></tr>`,
  );
  return html`<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>สถิติย้อนหลัง – ${manifest.agency.nameTh}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
</head>
<body>
<header>
<p class="agency">${manifest.agency.nameTh}</p>
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: ทุกช่วงเวลา</h1>
</header>
<main>
<table class="data"><thead><tr><th scope="col">ช่วงเวลา</th><th scope="col">ปรับปรุงล่าสุด</th><th scope="col">ฉบับที่</th><th scope="col">ข้อมูลเปิด</th></tr></thead><tbody>
${joinHtml(rows, '\n')}
</tbody></table>
<p class="note">ตัวเลขของแต่ละไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง ยอดสะสมตั้งแต่ต้นปีงบประมาณปรับปรุงทุกไตรมาสเป็นผลรวมของไตรมาสที่เผยแพร่แล้ว</p>
</main>
</body>
</html>
`.markup;
}

export const STATS_STYLESHEET = `/* Published statistics: readable on a phone, printable on A4, no external assets. */
:root { color: #1a1a1a; background: #fff; font-family: "Sarabun", "Noto Sans Thai", "Leelawadee UI", "Thonburi", Tahoma, sans-serif; line-height: 1.6; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #0b5394; }
.agency, .period, .revision { margin: 0.2rem 0; }
.period { font-size: 1.15rem; font-weight: bold; }
.totals, .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; }
.totals div, .facts div { border: 1px solid #999; border-radius: 6px; padding: 0.75rem; }
.totals dd { font-size: 2rem; font-weight: bold; margin: 0; }
.facts dd { font-size: 1.25rem; margin: 0; }
table.data { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
table.data th, table.data td { border: 1px solid #999; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.data td { text-align: right; }
caption { text-align: left; font-weight: bold; }
.chart svg { max-width: 40rem; }
.chart-bar { fill: #0b5394; }
.chart-label, .chart-value { font-size: 13px; fill: #1a1a1a; }
a { color: #0b5394; }
a:focus { outline: 3px solid #ffbf47; }
.note { font-size: 0.9rem; color: #444; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  section { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
