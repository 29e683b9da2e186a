// You are here: the executive report as a printable HTML page. It holds staff-only information
// (case references, comment themes), so it is only ever served to executives, never published.
import { CATEGORY_LABELS, periodLabel, STATUS_LABELS, thaiDay } from '../labels-th';
import type { ExecutiveReport } from '../use-cases/executive-report';
import { escapeHtml, renderPeriodPage } from './render';

const FLAG_LABELS: Record<string, string> = {
  acknowledgement: 'เกินกำหนดตอบรับ',
  progress: 'เกินกำหนดแจ้งความคืบหน้า',
  conclusion: 'เกินกำหนดสรุปผล',
};

/**
 * The body of a published page, reused so the report shows the same numbers the same way; its ids get
 * a prefix because the report holds two such bodies and ids must stay unique for aria-labelledby.
 */
const sectionsOf = (page: string, prefix: string) =>
  page
    .slice(page.indexOf('<main>') + '<main>'.length, page.indexOf('</main>'))
    .replace(/\b(id|aria-labelledby)="/g, `$1="${prefix}-`);

export function renderExecutiveReport(report: ExecutiveReport): string {
  const [quarter, year] = report.documents;
  const overdueRows = report.overdue.listed
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.reference)}</td><td>${escapeHtml(CATEGORY_LABELS[row.category as keyof typeof CATEGORY_LABELS] ?? row.category)}</td><td>${escapeHtml(STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status)}</td><td>${row.ageDays}</td><td>${row.flags.map((flag) => FLAG_LABELS[flag] ?? flag).join(', ')}</td></tr>`,
    )
    .join('\n');
  const themes = report.surveyComments
    .map(
      (survey) =>
        `<tr><th scope="row">${escapeHtml(survey.title)}</th><td>${survey.total}</td><td>${survey.themes
          .filter((theme) => theme.count > 0)
          .map((theme) => `${escapeHtml(theme.labelTh)} ${theme.count}`)
          .join('; ') || '–'}</td><td>${survey.unthemed}</td></tr>`,
    )
    .join('\n');
  const acknowledgements = report.acknowledgements.length
    ? `<ul>${report.acknowledgements.map((entry) => `<li>${escapeHtml(entry.actor)} รับทราบเมื่อ ${escapeHtml(entry.at)}${entry.reason ? `: ${escapeHtml(entry.reason)}` : ''}</li>`).join('')}</ul>`
    : '<p>ยังไม่มีผู้บริหารรับทราบรายงานนี้</p>';
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>รายงานผู้บริหาร ${escapeHtml(periodLabel(quarter!.period))}</title>
<link rel="stylesheet" href="/stats/stats.css">
<link rel="icon" href="/favicon.svg">
</head>
<body>
<header>
<p class="agency">${escapeHtml(quarter!.agency.nameTh)} · เอกสารภายใน ห้ามเผยแพร่</p>
<h1>รายงานผลการดำเนินงานต่อผู้บริหาร</h1>
<p class="period">${escapeHtml(periodLabel(quarter!.period))}</p>
<p class="revision">จัดทำเมื่อ ${thaiDay(report.generatedAt.slice(0, 10))}</p>
</header>
<main>
<section aria-labelledby="acknowledgements"><h2 id="acknowledgements">การรับทราบของผู้บริหาร</h2>${acknowledgements}</section>
<section aria-labelledby="overdue">
<h2 id="overdue">เรื่องที่เกินกำหนด (${report.overdue.total} เรื่อง)</h2>
<table class="data"><thead><tr><th scope="col">เลขที่เรื่อง</th><th scope="col">ประเภท</th><th scope="col">สถานะ</th><th scope="col">อายุเรื่อง (วัน)</th><th scope="col">เกินกำหนด</th></tr></thead><tbody>
${overdueRows}
</tbody></table>
</section>
<section aria-labelledby="comments">
<h2 id="comments">ประเด็นจากข้อเสนอแนะในแบบสำรวจ</h2>
<table class="data"><thead><tr><th scope="col">แบบสำรวจ</th><th scope="col">จำนวนข้อเสนอแนะ</th><th scope="col">ประเด็น</th><th scope="col">อื่น ๆ</th></tr></thead><tbody>
${themes}
</tbody></table>
</section>
<section aria-labelledby="quarter-numbers"><h2 id="quarter-numbers">ผลการดำเนินงาน ${escapeHtml(periodLabel(quarter!.period))}</h2>
${sectionsOf(renderPeriodPage(quarter!), 'quarter')}
</section>
<section aria-labelledby="year-numbers"><h2 id="year-numbers">สะสมตั้งแต่ต้น${escapeHtml(periodLabel(year!.period))}</h2>
${sectionsOf(renderPeriodPage(year!), 'year')}
</section>
</main>
</body>
</html>
`;
}
