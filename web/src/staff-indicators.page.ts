// You are here: the plan's indicators for executives (staff/indicators.html): each target beside
// its measured value and whether it was met, for a quarter and for the fiscal year to date. The
// numbers are the ones the quarterly publication computes, read fresh from the API.
import { INDICATORS, type Indicator } from '../../shared/domain/publication/indicators';
import type { InformationCentreFigures } from '../../shared/domain/use-cases/information-centre';
import { getIndicators, type IndicatorRow, type IndicatorsView } from './api';
import { announce, byId, element } from './form-ui';
import { formatNumber, periodLabel, TARGET_LABELS, targetLabel } from './labels';
import { requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, periodPage } from './staff-ui';

type Unit = NonNullable<Indicator['target']>['unit'] | 'ครั้ง' | 'วัน';

/** The unit each indicator is counted in: its target's, or what its measure counts. */
function unitOf(id: string): Unit {
  const indicator = INDICATORS.find((candidate) => candidate.id === id);
  if (!indicator) return 'เรื่อง';
  if (indicator.target) return indicator.target.unit;
  const { measure } = indicator;
  if (measure.kind === 'survey' || (measure.kind === 'information-centre' && measure.field === 'fulfilledPercent')) return '%';
  if (measure.kind === 'information-centre' && measure.field === 'serviceRequests') return 'ครั้ง';
  return 'เรื่อง';
}

const TREND = 'promotion-complaints-trend';

const amount = (value: number, unit: Unit) => (unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`);

function actualText(row: IndicatorRow): string {
  const unit = unitOf(row.id);
  if (row.actual === null) return row.id === TREND ? 'ยังไม่มีข้อมูลไตรมาสก่อนให้เปรียบเทียบ' : 'ยังไม่มีข้อมูล';
  // A small count is published only as "fewer than n", and a count that would let one be worked out
  // from the totals is withheld ("x"), so no one can be picked out from them.
  if (row.actual === 'x') return row.id === TREND ? 'ไม่เปิดเผย (จำนวนน้อย)' : 'ไม่เปิดเผย';
  if (typeof row.actual === 'string') return `น้อยกว่า ${row.actual.slice(1)} ${unit}`;
  if (row.id === TREND) return row.actual === 0 ? 'เท่าเดิม' : row.actual > 0 ? `เพิ่มขึ้น ${amount(row.actual, unit)}` : `ลดลง ${amount(-row.actual, unit)}`;
  return amount(row.actual, unit);
}

function targetText(row: IndicatorRow): string {
  const target = row.target;
  if (!target) return 'รายงานผล (ไม่มีเป้าหมาย)';
  if (row.id === TREND && target.atMost === 0) return 'ไม่เพิ่มขึ้นจากไตรมาสก่อน';
  const parts = [
    ...(target.atLeast !== undefined ? [`อย่างน้อย ${amount(target.atLeast, target.unit)}`] : []),
    ...(target.atMost !== undefined ? [`ไม่เกิน ${amount(target.atMost, target.unit)}`] : []),
  ];
  return parts.join(' และ ');
}

/** Met or not, in words; the tag's colour only repeats it. */
function metTag(row: IndicatorRow): HTMLElement {
  if (!row.target) return element('span', 'met met--none', '—');
  // The icon is drawn by the stylesheet, silent for screen readers: the words say it all.
  return element('span', row.met === null ? 'met met--unknown' : row.met ? 'met met--yes' : 'met met--no', targetLabel(row.met));
}

const CENTRE_FACTS: [keyof InformationCentreFigures, string, (value: number) => string][] = [
  ['serviceRequests', 'ผู้ขอรับบริการ', (value) => `${formatNumber(value)} ครั้ง`],
  ['fulfilledPercent', 'คำขอที่ได้รับการตอบสนอง', (value) => `${formatNumber(value)}%`],
  ['medianDaysToFulfil', 'เวลาที่ใช้ตอบสนอง (ค่ามัธยฐาน)', (value) => (value === 0 ? 'ภายในวันเดียวกัน' : `${formatNumber(value)} วัน`)],
  ['suggestionsReceived', 'ข้อเสนอแนะจากประชาชนที่ได้รับ', (value) => `${formatNumber(value)} เรื่อง`],
];

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['executive', 'admin'], pageProblem, 'ดูตัวชี้วัดตามแผน')) return;

  const status = byId('indicators-status');

  function show(view: IndicatorsView, _period: string, moveFocus: boolean) {
    render(view);
    const met = view.quarter.indicators.filter((row) => row.met === true).length;
    const judged = view.quarter.indicators.filter((row) => row.met !== null).length;
    announce(status, `${periodLabel(view.quarter.period)}: ${TARGET_LABELS.met} ${formatNumber(met)} จาก ${formatNumber(judged)} ตัวชี้วัดที่มีเป้าหมายและมีข้อมูล`);
    if (moveFocus) byId('quarter-section').focus();
  }

  function render(view: IndicatorsView) {
    byId('quarter-title').textContent = periodLabel(view.quarter.period);
    byId('year-title').textContent = `สะสมตั้งแต่ต้นปีงบประมาณ: ${periodLabel(view.yearToDate.period)}`;
    for (const [prefix, part] of [['quarter', view.quarter], ['year', view.yearToDate]] as const) {
      byId(`${prefix}-rows`).replaceChildren(...part.indicators.map(indicatorRow));
      byId(`${prefix}-centre`).replaceChildren(
        ...CENTRE_FACTS.map(([field, label, format]) => {
          const item = element('div', 'facts__item');
          const value = part.informationCentre[field];
          // A percentage or median over too few requests is withheld ("x"), as the publication does.
          item.append(element('dt', undefined, label), element('dd', undefined, value === 'x' ? 'ไม่เปิดเผย (จำนวนน้อย)' : format(value)));
          return item;
        }),
      );
      byId(`${prefix}-section`).hidden = false;
    }
  }

  function indicatorRow(row: IndicatorRow): HTMLTableRowElement {
    const tr = element('tr', row.met === false ? 'indicator-row indicator-row--missed' : 'indicator-row');
    tr.dataset.indicator = row.id;
    const actual = element('span', 'indicator-actual', actualText(row));
    tr.append(
      labelledCell('ตัวชี้วัด', element('span', 'indicator-label', row.labelTh)),
      labelledCell('แผนข้อ', row.planItem),
      labelledCell('เป้าหมาย', targetText(row)),
      labelledCell('ผลการดำเนินงาน', actual),
      labelledCell('ผลเทียบเป้าหมาย', metTag(row)),
    );
    return tr;
  }

  periodPage({
    session,
    pageProblem,
    select: byId<HTMLSelectElement>('indicators-period'),
    years: false,
    status,
    loadingText: 'กำลังคำนวณตัวชี้วัด…',
    retryText: 'กด “แสดงตัวชี้วัด” อีกครั้ง',
    fetch: getIndicators,
    show,
  });
}
