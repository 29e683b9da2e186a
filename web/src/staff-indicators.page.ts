// You are here: the plan's indicators for executives (staff/indicators.html): each target beside
// its measured value and whether it was met, for a quarter and for the fiscal year to date. The
// numbers are the ones the quarterly publication computes, read fresh from the API.
import { INDICATORS } from '../../shared/domain/publication/indicators';
import type { InformationCentreFigures } from '../../shared/domain/use-cases/information-centre';
import { getIndicators, type IndicatorRow, type IndicatorsView } from './api';
import { announce, byId, element } from './form-ui';
import { formatNumber, periodLabel, TARGET_LABELS, targetLabel } from './labels';
import { fillRegistryText } from './page-agency';
import { requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, periodPage } from './staff-ui';
import { STAFF_WORDS } from './staff-words';

const SAY = STAFF_WORDS.indicators;

type Unit = keyof typeof SAY.amounts;

/** The unit each indicator is counted in: its target's, or what its measure counts. */
function unitOf(id: string): Unit {
  const indicator = INDICATORS.find((candidate) => candidate.id === id);
  if (!indicator) return 'complaints';
  const { measure } = indicator;
  if (indicator.target?.unit === '%' || measure.kind === 'survey') return 'percent';
  if (measure.kind !== 'information-centre') return 'complaints';
  switch (measure.field) {
    case 'fulfilledPercent':
      return 'percent';
    case 'serviceRequests':
      return 'requests';
    case 'activeChannels':
      return 'channels';
    case 'knowledgeTopicsPublished':
      return 'topics';
    case 'suggestionsReceived':
      return 'suggestions';
    default:
      return 'complaints';
  }
}

const TREND = 'promotion-complaints-trend';

const amount = (value: number, unit: Unit) => SAY.amounts[unit](value);

function actualText(row: IndicatorRow): string {
  const unit = unitOf(row.id);
  if (row.actual === null) return row.id === TREND ? SAY.noEarlierQuarter : SAY.noData;
  // A small count is published only as "fewer than n", and a count that would let one be worked out
  // from the totals is withheld ("x"), so no one can be picked out from them.
  if (row.actual === 'x') return row.id === TREND ? SAY.withheldFew : SAY.withheld;
  if (typeof row.actual === 'string') return SAY.fewerThan(amount(Number(row.actual.slice(1)), unit));
  if (row.id === TREND) return row.actual === 0 ? SAY.unchanged : row.actual > 0 ? SAY.rose(amount(row.actual, unit)) : SAY.fell(amount(-row.actual, unit));
  return amount(row.actual, unit);
}

function targetText(row: IndicatorRow): string {
  const target = row.target;
  if (!target) return SAY.noTarget;
  if (row.id === TREND && target.atMost === 0) return SAY.noRise;
  const unit = unitOf(row.id);
  const parts = [
    ...(target.atLeast !== undefined ? [SAY.atLeast(amount(target.atLeast, unit))] : []),
    ...(target.atMost !== undefined ? [SAY.atMost(amount(target.atMost, unit))] : []),
  ];
  return parts.join(SAY.and);
}

/** Met or not, in words; the tag's colour only repeats it. */
function metTag(row: IndicatorRow): HTMLElement {
  if (!row.target) return element('span', 'met met--none', '—');
  // The icon is drawn by the stylesheet, silent for screen readers: the words say it all.
  return element('span', row.met === null ? 'met met--unknown' : row.met ? 'met met--yes' : 'met met--no', targetLabel(row.met));
}

/** An indicator's name in the page's language; one the catalogue does not know yet keeps the plan's Thai, marked so. */
function indicatorName(row: IndicatorRow): HTMLElement {
  const name = element('span', 'indicator-label');
  fillRegistryText(name, (SAY.names as Partial<Record<string, string>>)[row.id] ?? row.labelTh);
  return name;
}

const CENTRE_FACTS: [keyof InformationCentreFigures & keyof typeof SAY.centre, (value: number) => string][] = [
  ['serviceRequests', (value) => SAY.amounts.requests(value)],
  ['fulfilledPercent', (value) => SAY.amounts.percent(value)],
  ['medianDaysToFulfil', (value) => (value === 0 ? SAY.sameDay : SAY.amounts.days(value))],
  ['suggestionsReceived', (value) => SAY.amounts.suggestions(value)],
];

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['executive', 'admin'], pageProblem, SAY.what)) return;

  const status = byId('indicators-status');

  function show(view: IndicatorsView, _period: string, moveFocus: boolean) {
    render(view);
    const met = view.quarter.indicators.filter((row) => row.met === true).length;
    const judged = view.quarter.indicators.filter((row) => row.met !== null).length;
    announce(status, SAY.summary(periodLabel(view.quarter.period), TARGET_LABELS.met, formatNumber(met), formatNumber(judged)));
    if (moveFocus) byId('quarter-section').focus();
  }

  function render(view: IndicatorsView) {
    byId('quarter-title').textContent = periodLabel(view.quarter.period);
    byId('year-title').textContent = SAY.yearTitle(periodLabel(view.yearToDate.period));
    for (const [prefix, part] of [['quarter', view.quarter], ['year', view.yearToDate]] as const) {
      byId(`${prefix}-rows`).replaceChildren(...part.indicators.map(indicatorRow));
      byId(`${prefix}-centre`).replaceChildren(
        ...CENTRE_FACTS.map(([field, format]) => {
          const item = element('div', 'facts__item');
          const value = part.informationCentre[field];
          // A percentage or median over too few requests is withheld ("x"), as the publication does.
          item.append(element('dt', undefined, SAY.centre[field]), element('dd', undefined, value === 'x' ? SAY.withheldFew : format(value)));
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
      labelledCell(SAY.indicator, indicatorName(row)),
      labelledCell(SAY.planItem, row.planItem),
      labelledCell(SAY.target, targetText(row)),
      labelledCell(SAY.actual, actual),
      labelledCell(SAY.result, metTag(row)),
    );
    return tr;
  }

  periodPage({
    session,
    pageProblem,
    select: byId<HTMLSelectElement>('indicators-period'),
    years: false,
    status,
    loadingText: SAY.loading,
    retryText: SAY.retry,
    fetch: getIndicators,
    show,
  });
}
