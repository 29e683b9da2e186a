// You are here: the public files of a publication, rendered from the statistics document alone:
// the page (Thai, no JavaScript, the site's header and a way back to the agency's channel, SVG charts
// each with its data table, fits a 390 px phone, A4 print), the CSV (UTF-8 with a BOM so Excel shows
// Thai) and the archive. Pure functions: the same document gives the same bytes.
import { BUCKET_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, periodLabel, RECEIVED_BREAKDOWNS, targetLabel, thaiDay } from '../labels-th';
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

/** Whether a cell is held back, and so needs its meaning said beside it. */
const isSmall = (cell: unknown): boolean => typeof cell === 'string' && cell.startsWith('<');
const isWithheld = (cell: unknown): boolean => cell === WITHHELD;

/**
 * What "น้อยกว่า 5" and "ไม่เปิดเผย" mean, said right under the table or chart that shows them (and only
 * there): a reader should not have to find the explanation at the bottom of the page.
 */
export function suppressionNote(cells: readonly unknown[], threshold: number): SafeHtml | '' {
  const small = cells.some(isSmall);
  const withheld = cells.some(isWithheld);
  if (!small && !withheld) return '';
  const parts = [
    ...(small ? [`“น้อยกว่า ${threshold}” หมายถึงมี 0 ถึง ${threshold - 1} เรื่อง ไม่แสดงตัวเลขจริงเพื่อไม่ให้ระบุตัวผู้ร้องเรียนได้`] : []),
    ...(withheld ? ['“ไม่เปิดเผย” หมายถึงปิดตัวเลขช่องนี้ไว้ด้วย เพื่อไม่ให้นำยอดรวมไปหักแล้วได้ตัวเลขที่ปิดไว้'] : []),
  ];
  return html`<p class="cell-note">${parts.join(' ')}</p>`;
}

/**
 * A bar chart built for a phone: each row's label on its own line, its bar beneath. A count under
 * the threshold ("<5") is drawn as a hatched range from 0 to threshold-1 with a dashed outline, so a
 * small number looks uncertain rather than missing; a withheld cell has no bar and says so. The scale
 * always reaches the threshold, so a chart of a few complaints does not blow one of them up to the
 * full width. The numbers are in the table beneath, for people and screen readers alike.
 */
function barChart(id: string, title: string, rows: { label: string; value: Cell | null }[], threshold: number): SafeHtml {
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
    const valueAt = (x: number) => html`<text x="${Math.round(x + 6)}" y="${barTop + 12}" class="chart-value">${cellText(row.value)}</text>`;
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
  const table = rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${cellText(row.value)}</td></tr>`);
  return html`<figure class="chart" aria-labelledby="${id}-title">
<figcaption id="${id}-title">${title}</figcaption>
<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${rows.length * rowHeight}" width="100%" preserveAspectRatio="xMinYMin meet">
${joinHtml(bars, '\n')}
</svg>
<table class="data data--pairs"><caption>ข้อมูลของแผนภูมิ: ${title}</caption><thead><tr><th scope="col">รายการ</th><th scope="col">จำนวน (เรื่อง)</th></tr></thead><tbody>
${joinHtml(table, '\n')}
</tbody></table>
${suppressionNote(rows.map((row) => row.value), threshold)}
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

/** A target in plain words: "อย่างน้อย 80 %", "ไม่เกิน 0 เรื่อง". */
const targetText = (target: { atLeast?: number; atMost?: number; unit: string }) =>
  [
    ...(target.atLeast !== undefined ? [`อย่างน้อย ${target.atLeast} ${target.unit}`] : []),
    ...(target.atMost !== undefined ? [`ไม่เกิน ${target.atMost} ${target.unit}`] : []),
  ].join(' และ ');

/** Where the national roll-up is published: /stats/all/. The registry keeps this id from any agency; it has no channel to link back to. */
export const NATIONAL_ID = 'all';

/** The links every statistics page carries back to the channel: its site header and the agency's pages. */
export function statsHeader(agency: { id: string; nameTh: string } | undefined): SafeHtml {
  const home = agency ? `/a/${agency.id}/` : '/';
  const agencyLine = agency ? html`\n<p class="site-agency">${agency.nameTh}</p>` : '';
  const links = agency
    ? html`<li><a href="${home}">กลับไปที่ช่องทางร้องเรียนของ${agency.nameTh}</a></li>
<li><a href="${home}guide.html">คู่มือการร้องเรียน</a></li>
<li><a href="/stats/">สถิติของหน่วยงานอื่น</a></li>`
    : html`<li><a href="/">ค้นหาหน่วยงานเพื่อร้องเรียน</a></li>
<li><a href="/stats/">สถิติทุกหน่วยงาน</a></li>`;
  return html`<a class="skip-link" href="#main">ข้ามไปยังเนื้อหาหลัก</a>
<header class="site-header">
<div class="site-header__inner">
<a class="site-name" href="${home}">ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ</a>${agencyLine}
</div>
</header>
<nav class="page-links" aria-label="ลิงก์ของช่องทางร้องเรียน">
<ul>
${links}
</ul>
</nav>`;
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

/** An executive's analysis as written: a paragraph per line, blank lines dropped, every character escaped. */
export const analysisParagraphs = (analysis: string): SafeHtml =>
  html`<div class="analysis">${joinHtml(analysis.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => html`<p>${line}</p>`), '\n')}</div>`;

/**
 * The executive's approval of a quarter: its Bangkok day (Buddhist era) and the analysis of problems
 * and remedies, a paragraph per line as written, every character escaped by html`…`.
 */
export function approvalSection(approval: StatisticsDocument['approval']): SafeHtml | '' {
  if (!approval) return '';
  return html`<section aria-labelledby="approval">
<h2 id="approval">การพิจารณาของผู้บริหาร</h2>
<p class="approved-on">ผู้บริหารพิจารณาและอนุมัติให้เผยแพร่เมื่อ ${thaiDay(approval.approvedOn)}</p>
<h3>การวิเคราะห์ปัญหาและแนวทางแก้ไข</h3>
${analysisParagraphs(approval.analysis)}
</section>`;
}

export function periodPage(document: StatisticsDocument): SafeHtml {
  const { complaints } = document;
  const label = periodLabel(document.period);
  const here = `${base(document)}/${document.period.id}`;
  const categoryRows = Object.entries(complaints.byCategory).map(([code, value]) => ({ label: CATEGORY_LABELS[code as keyof typeof CATEGORY_LABELS], value }));
  const outcomeRows = [
    ...Object.entries(complaints.byOutcome).map(([code, value]) => ({ label: `ยุติเรื่อง: ${OUTCOME_LABELS[code as keyof typeof OUTCOME_LABELS]}`, value })),
    { label: 'ส่งต่อหน่วยงานที่มีอำนาจหน้าที่', value: complaints.referred },
  ];
  const threshold = document.suppressionThreshold;
  const breakdowns = RECEIVED_BREAKDOWNS.map(({ field, heading, labels }) => {
    const rows = Object.entries(complaints[field]).map(([code, value]) => ({ label: (labels as Record<string, string>)[code] ?? code, value }));
    return html`<section aria-labelledby="${field}">
<h2 id="${field}">${heading}</h2>
${barChart(field, heading, rows, threshold)}
</section>`;
  });
  const salaryRows = Object.entries(complaints.salaryPromotionByQuarter).map(([quarter, value]) => ({ label: `ไตรมาสที่ ${quarter.slice(1)}`, value }));
  const surveys = document.surveys.map((survey) => {
    const result = survey.withheld
      ? // A year is withheld, whatever its own count, when one of its quarters was.
        typeof survey.n === 'number' && survey.n >= threshold
        ? `ไม่เปิดเผย (มีไตรมาสที่ผู้ตอบน้อยกว่า ${threshold} คน)`
        : `ไม่เปิดเผย (ผู้ตอบน้อยกว่า ${threshold} คน)`
      : survey.satisfactionPercent !== undefined
        ? cellText(survey.satisfactionPercent, ' %')
        : survey.passRatePercent !== undefined
          ? `ผ่านเกณฑ์ ${cellText(survey.passRatePercent, ' %')}`
          : 'ยังไม่มีข้อมูล';
    // The questions published on their own (the channel's convenient, fast, safe) follow the overall result.
    const items = survey.items?.length
      ? html`<ul class="survey-items">${joinHtml(survey.items.map((item) => html`<li>${item.label} ${cellText(item.satisfactionPercent, ' %')}</li>`), '')}</ul>`
      : '';
    const target = survey.targetPercent !== undefined ? `อย่างน้อย ${survey.targetPercent} %` : '–';
    return html`<tr id="survey-${survey.id}"><th scope="row">${survey.title}</th><td data-label="จำนวนผู้ตอบ">${cellText(survey.n)} คน</td><td data-label="ผล">${result}${items}</td><td data-label="เป้าหมาย">${target}</td><td data-label="ผลเทียบเป้าหมาย">${survey.targetPercent !== undefined ? targetLabel(survey.targetMet) : '–'}</td></tr>`;
  });
  const fewAnswered = document.surveys.some((survey) => survey.withheld || typeof survey.n !== 'number');
  const indicators = document.indicators.map((indicator) => {
    const target = indicator.target ? targetText(indicator.target) : 'รายงานผล';
    const unit = indicator.target?.unit === '%' ? ' %' : '';
    const actual = indicator.actual === WITHHELD ? 'ไม่เปิดเผย (จำนวนน้อย)' : cellText(indicator.actual, unit);
    // The plan's clause is a reference for those who check against the plan, not the indicator's name.
    return html`<tr><th scope="row">${indicator.labelTh} <small class="ref">(แผนข้อ ${indicator.planItem})</small></th><td data-label="เป้าหมาย">${target}</td><td data-label="ผล">${actual}</td><td data-label="ผลเทียบเป้าหมาย">${indicator.target ? targetLabel(indicator.met) : '–'}</td></tr>`;
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
${statsHeader(document.agency)}
<main id="main">
<div class="page-title">
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<p class="period">${label}</p>
${revision}
</div>
<section aria-labelledby="summary">
<h2 id="summary">สรุปภาพรวม</h2>
${totalsList(complaints, (cell) => cellText(cell))}
${suppressionNote([complaints.received, complaints.completed, complaints.inProgress], threshold)}
<p>นับเรื่องที่ได้รับในช่วงเวลานี้ และสถานะ ณ วันสุดท้ายของช่วงเวลา</p>
</section>
${approvalSection(document.approval)}
<section aria-labelledby="categories">
<h2 id="categories">เรื่องที่ได้รับ แยกตามประเภท</h2>
${barChart('by-category', 'เรื่องที่ได้รับ แยกตามประเภท', categoryRows, threshold)}
</section>
${joinHtml(breakdowns, '\n')}
<section aria-labelledby="outcomes">
<h2 id="outcomes">ผลการดำเนินการของเรื่องที่แล้วเสร็จ</h2>
${barChart('by-outcome', 'ผลการดำเนินการของเรื่องที่แล้วเสร็จ', outcomeRows, threshold)}
</section>
<section aria-labelledby="timeliness">
<h2 id="timeliness">ความรวดเร็วในการดำเนินการ</h2>
<dl class="facts">
<div><dt>ระยะเวลาตอบรับเรื่อง (มัธยฐาน)</dt><dd>${statisticText(complaints.medianDaysToAcknowledge, ' วัน', threshold)}</dd></div>
<div><dt>ระยะเวลาดำเนินการจนแล้วเสร็จ (มัธยฐาน)</dt><dd>${statisticText(complaints.medianDaysToClose, ' วัน', threshold)}</dd></div>
<div><dt>ตอบรับเรื่องภายในกำหนด</dt><dd>${statisticText(complaints.acknowledgedWithinDeadlinePercent, ' %', threshold)}</dd></div>
</dl>
</section>
<section aria-labelledby="salary">
<h2 id="salary">เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส ปีงบประมาณ พ.ศ. ${document.period.fiscalYear}</h2>
${barChart('salary', 'เรื่องร้องเรียนเกี่ยวกับการเลื่อนขั้นเงินเดือน รายไตรมาส', salaryRows, threshold)}
</section>
<section aria-labelledby="surveys">
<h2 id="surveys">ผลการสำรวจตามแผน</h2>
<table class="data data--stack"><caption class="visually-hidden">ผลการสำรวจตามแผน</caption><thead><tr><th scope="col">แบบสำรวจ</th><th scope="col">จำนวนผู้ตอบ</th><th scope="col">ผล</th><th scope="col">เป้าหมาย</th><th scope="col">ผลเทียบเป้าหมาย</th></tr></thead><tbody>
${joinHtml(surveys, '\n')}
</tbody></table>
${fewAnswered ? html`<p class="note">ผลของแบบสำรวจที่มีผู้ตอบน้อยกว่า ${threshold} คนไม่เปิดเผย และจำนวนผู้ตอบแสดงเป็น “น้อยกว่า ${threshold}” (0 ถึง ${threshold - 1} คน) เพื่อไม่ให้ระบุคำตอบของผู้ใดได้</p>` : ''}
</section>
<section aria-labelledby="indicators">
<h2 id="indicators">ตัวชี้วัดตามแผนปฏิบัติการ</h2>
<table class="data data--stack"><caption class="visually-hidden">ตัวชี้วัดตามแผนปฏิบัติการ</caption><thead><tr><th scope="col">ตัวชี้วัด</th><th scope="col">เป้าหมาย</th><th scope="col">ผล</th><th scope="col">ผลเทียบเป้าหมาย</th></tr></thead><tbody>
${joinHtml(indicators, '\n')}
</tbody></table>
${suppressionNote(document.indicators.map((indicator) => indicator.actual), threshold)}
</section>
<section aria-labelledby="data">
<h2 id="data">ข้อมูลเปิด</h2>
<ul>
<li><a href="${here}/complaints.csv">ดาวน์โหลดข้อมูล CSV</a></li>
<li><a href="${here}/stats.json">ดาวน์โหลดข้อมูล JSON</a></li>
<li><a href="${base(document)}/archive.html">สถิติย้อนหลังทุกช่วงเวลา</a></li>
</ul>
<p class="note">เพื่อคุ้มครองผู้ร้องเรียน ตัวเลขที่มีค่าตั้งแต่ 0 ถึง ${threshold - 1} แสดงเป็น “น้อยกว่า ${threshold}” ตัวเลขบางช่องแสดงเป็น “ไม่เปิดเผย” เพื่อไม่ให้คำนวณย้อนกลับจากยอดรวมได้ ค่ามัธยฐานและร้อยละแสดงเมื่อคำนวณจากอย่างน้อย ${threshold} เรื่อง ${document.period.kind === 'year' ? 'ยอดสะสมตั้งแต่ต้นปีงบประมาณเป็นผลรวมของตัวเลขรายไตรมาสที่เผยแพร่แล้ว (นับแต่ละเรื่องตามสถานะ ณ สิ้นไตรมาสที่ได้รับเรื่อง) ' : ''}ตัวเลขของไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง และไม่มีการเผยแพร่รายละเอียดของเรื่องใดเรื่องหนึ่ง</p>
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

export function renderArchive(manifest: Manifest): string {
  const entries = Object.entries(manifest.periods).sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  const rows = entries.map(
    ([id, entry]) =>
      html`<tr><th scope="row"><a href="/stats/${manifest.agency.id}/${id}/index.html">${periodLabel(entry)}</a></th><td data-label="ปรับปรุงล่าสุด">${thaiDay(entry.publishedOn)}</td><td data-label="ฉบับที่">${entry.revision}</td><td data-label="ข้อมูลเปิด"><a href="/stats/${manifest.agency.id}/${id}/complaints.csv">CSV</a> · <a href="/stats/${manifest.agency.id}/${id}/stats.json">JSON</a></td></tr>`,
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
${statsHeader(manifest.agency.id === NATIONAL_ID ? undefined : manifest.agency)}
<main id="main">
<h1>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: ทุกช่วงเวลา</h1>
<table class="data data--stack"><caption class="visually-hidden">สถิติที่เผยแพร่แล้วทุกช่วงเวลา</caption><thead><tr><th scope="col">ช่วงเวลา</th><th scope="col">ปรับปรุงล่าสุด</th><th scope="col">ฉบับที่</th><th scope="col">ข้อมูลเปิด</th></tr></thead><tbody>
${joinHtml(rows, '\n')}
</tbody></table>
<p class="note">ตัวเลขของแต่ละไตรมาสเผยแพร่ครั้งเดียวหลังสิ้นไตรมาสและไม่แก้ไขภายหลัง ยอดสะสมตั้งแต่ต้นปีงบประมาณปรับปรุงทุกไตรมาสเป็นผลรวมของไตรมาสที่เผยแพร่แล้ว</p>
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
  .skip-link, .page-links, #agency-search-form { display: none; }
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
