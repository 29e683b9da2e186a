// You are here: the executive report as a printable HTML page. It holds staff-only information
// (case references, comment themes), so it is only ever served to executives, never published.
import { bangkokDate } from '../calendar';
import { CATEGORY_LABELS, periodLabel, STATUS_LABELS, thaiDay } from '../labels-th';
import { formatThaiDateTime } from '../../rules/thai-time';
import type { ExecutiveReport } from '../use-cases/executive-report';
import { html, joinHtml, trustedHtml, type SafeHtml } from './html';
import { analysisParagraphs, periodPage } from './render';

const FLAG_LABELS: Record<string, string> = {
  acknowledgement: 'เกินกำหนดตอบรับ',
  progress: 'เกินกำหนดแจ้งความคืบหน้า',
  conclusion: 'เกินกำหนดสรุปผล',
};

/**
 * The body of a published page, reused so the report shows the same numbers the same way; its ids get
 * a prefix because the report holds two such bodies and ids must stay unique for aria-labelledby.
 */
const sectionsOf = (page: SafeHtml, prefix: string) =>
  // Trusted: a cut of markup html`…` made, with a prefix of our own; escaped text holds no `="`, so only the template's own attributes match.
  trustedHtml(
    page.markup
      // From the first section: the page's own title and revision line are the report's to write.
      .slice(page.markup.indexOf('<section', page.markup.indexOf('<main')), page.markup.indexOf('</main>'))
      .replace(/\b(id|aria-labelledby)="/g, `$1="${prefix}-`),
  );

export function renderExecutiveReport(report: ExecutiveReport): string {
  const [quarter, year] = report.documents;
  if (!quarter || !year) throw new Error('An executive report needs the quarter and the fiscal year to date');
  const overdueRows = report.overdue.listed.map((row) => {
    const category = CATEGORY_LABELS[row.category as keyof typeof CATEGORY_LABELS] ?? row.category;
    const status = STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status;
    const flags = row.flags.map((flag) => FLAG_LABELS[flag] ?? flag).join(', ');
    return html`<tr><td>${row.reference}</td><td>${category}</td><td>${status}</td><td>${row.ageDays}</td><td>${flags}</td></tr>`;
  });
  const themes = report.surveyComments.map((survey) => {
    const named = survey.themes.filter((theme) => theme.count > 0).map((theme) => `${theme.labelTh} ${theme.count}`);
    return html`<tr><th scope="row">${survey.title}</th><td>${survey.total}</td><td>${named.join('; ') || '–'}</td><td>${survey.unthemed}</td></tr>`;
  });
  // Every date on the report is a Bangkok one (an ISO instant's own date is a UTC day, one behind
  // Bangkok for seven hours of each night).
  const acknowledgements = report.acknowledgements.length
    ? html`<ul>${report.acknowledgements.map((entry) => html`<li>${entry.actor} รับทราบเมื่อ ${formatThaiDateTime(entry.at)}${entry.reason ? `: ${entry.reason}` : ''}</li>`)}</ul>`
    : html`<p>ยังไม่มีผู้บริหารรับทราบรายงานนี้</p>`;
  const approval = report.approval
    ? html`<p class="approved-on" data-approved-by="${report.approval.approvedBy}" data-approved-at="${report.approval.approvedAt}">อนุมัติโดย ${report.approval.approvedBy} เมื่อ ${thaiDay(bangkokDate(new Date(report.approval.approvedAt)))} (${formatThaiDateTime(report.approval.approvedAt)})</p>
<h3 id="approval-analysis">การวิเคราะห์ปัญหาและแนวทางแก้ไข</h3>
${analysisParagraphs(report.approval.analysis)}`
    : html`<p class="approval-pending" data-publish-after-approval="${String(report.publishAfterApproval)}">ยังไม่มีผู้บริหารอนุมัติรายงานไตรมาสนี้${report.publishAfterApproval ? ' สถิติของไตรมาสนี้จะเผยแพร่เมื่อได้รับการอนุมัติ' : ''}</p>`;
  return html`<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>รายงานผู้บริหาร ${periodLabel(quarter.period)}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
</head>
<body>
<header>
<p class="agency">${quarter.agency.nameTh} · เอกสารภายใน ห้ามเผยแพร่</p>
<h1>รายงานผลการดำเนินงานต่อผู้บริหาร</h1>
<p class="period">${periodLabel(quarter.period)}</p>
<p class="revision">จัดทำเมื่อ ${thaiDay(bangkokDate(new Date(report.generatedAt)))}</p>
</header>
<main>
<section aria-labelledby="approval-status"><h2 id="approval-status">การอนุมัติของผู้บริหาร</h2>${approval}</section>
<section aria-labelledby="acknowledgements"><h2 id="acknowledgements">การรับทราบของผู้บริหาร</h2>${acknowledgements}</section>
<section aria-labelledby="overdue">
<h2 id="overdue">เรื่องที่เกินกำหนด (${report.overdue.total} เรื่อง)</h2>
<table class="data"><thead><tr><th scope="col">เลขที่เรื่อง</th><th scope="col">ประเภท</th><th scope="col">สถานะ</th><th scope="col">อายุเรื่อง (วัน)</th><th scope="col">เกินกำหนด</th></tr></thead><tbody>
${joinHtml(overdueRows, '\n')}
</tbody></table>
</section>
<section aria-labelledby="comments">
<h2 id="comments">ประเด็นจากข้อเสนอแนะในแบบสำรวจ</h2>
<table class="data"><thead><tr><th scope="col">แบบสำรวจ</th><th scope="col">จำนวนข้อเสนอแนะ</th><th scope="col">ประเด็น</th><th scope="col">อื่น ๆ</th></tr></thead><tbody>
${joinHtml(themes, '\n')}
</tbody></table>
</section>
<section aria-labelledby="quarter-numbers"><h2 id="quarter-numbers">ผลการดำเนินงาน ${periodLabel(quarter.period)}</h2>
${sectionsOf(periodPage(quarter), 'quarter')}
</section>
<section aria-labelledby="year-numbers"><h2 id="year-numbers">สะสมตั้งแต่ต้น${periodLabel(year.period)}</h2>
${sectionsOf(periodPage(year), 'year')}
</section>
</main>
</body>
</html>
`.markup;
}
