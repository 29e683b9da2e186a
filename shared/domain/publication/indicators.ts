// You are here: the plan's indicators as data. Each names its plan item, its target and where its
// actual value comes from; adding an indicator is adding a row here and its name in each catalogue
// (words/th.ts, words/en.ts: indicators.names), not code.
import type { InformationCentreFigures } from '../use-cases/information-centre';
import type { ReporterType } from '../complaint';
import type { Cell } from './disclosure';
import { words } from './words/th';

const NAMES = words.indicators.names;

export type Measure =
  | { kind: 'complaints'; field: 'received' | 'completed' | 'inProgress' }
  /** Complaints and tips (every kind) from one type of reporter, by every channel: the published cell of that reporter type. */
  | { kind: 'complaints-from'; reporterType: ReporterType }
  | { kind: 'survey'; surveyId: string; field: 'satisfactionPercent' | 'passRatePercent' | 'meanScorePercent' }
  | { kind: 'salary-promotion-trend' }
  | { kind: 'information-centre'; field: keyof InformationCentreFigures };

export interface Indicator {
  id: string;
  planItem: string;
  labelTh: string;
  /** Met when actual ≥ atLeast, or ≤ atMost; no target means the value is reported as it is. */
  target?: { atLeast?: number; atMost?: number; unit: '%' | 'เรื่อง' | 'ช่องทาง' };
  measure: Measure;
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'complaints-received', planItem: '4.3.2', labelTh: NAMES['complaints-received'], measure: { kind: 'complaints', field: 'received' } },
  {
    // The plan's outcome for 4.3.2: complaints and tips from the public, whichever channel they came by.
    id: 'complaints-and-tips-from-public',
    planItem: '4.3.2',
    labelTh: NAMES['complaints-and-tips-from-public'],
    measure: { kind: 'complaints-from', reporterType: 'public' },
  },
  { id: 'complaints-completed', planItem: '4.3.2', labelTh: NAMES['complaints-completed'], measure: { kind: 'complaints', field: 'completed' } },
  {
    // The plan's output for 4.3.2: reporters of concluded cases say the channel was convenient, fast and safe.
    id: 'channel-experience',
    planItem: '4.3.2',
    labelTh: NAMES['channel-experience'],
    target: { atLeast: 80, unit: '%' },
    measure: { kind: 'survey', surveyId: 'channel-experience', field: 'satisfactionPercent' },
  },
  {
    id: 'info-centre-satisfaction',
    planItem: '2.1.1',
    labelTh: NAMES['info-centre-satisfaction'],
    target: { atLeast: 80, unit: '%' },
    measure: { kind: 'survey', surveyId: 'info-center-satisfaction', field: 'satisfactionPercent' },
  },
  {
    id: 'promotion-satisfaction',
    planItem: '2.2.2',
    labelTh: NAMES['promotion-satisfaction'],
    target: { atLeast: 80, unit: '%' },
    measure: { kind: 'survey', surveyId: 'promotion-satisfaction', field: 'satisfactionPercent' },
  },
  {
    id: 'promotion-complaints-trend',
    planItem: '2.2.2',
    labelTh: NAMES['promotion-complaints-trend'],
    target: { atMost: 0, unit: 'เรื่อง' },
    measure: { kind: 'salary-promotion-trend' },
  },
  {
    id: 'knowledge-topics',
    planItem: '1.1.3',
    labelTh: NAMES['knowledge-topics'],
    target: { atLeast: 5, unit: 'เรื่อง' },
    measure: { kind: 'information-centre', field: 'knowledgeTopicsPublished' },
  },
  {
    id: 'pr-channels',
    planItem: '2.1.1',
    labelTh: NAMES['pr-channels'],
    target: { atLeast: 5, unit: 'ช่องทาง' },
    measure: { kind: 'information-centre', field: 'activeChannels' },
  },
  {
    id: 'info-centre-requests',
    planItem: '2.1.1',
    labelTh: NAMES['info-centre-requests'],
    measure: { kind: 'information-centre', field: 'serviceRequests' },
  },
  {
    id: 'info-centre-fulfilled',
    planItem: '2.1.1',
    labelTh: NAMES['info-centre-fulfilled'],
    measure: { kind: 'information-centre', field: 'fulfilledPercent' },
  },
  {
    id: 'suggestions',
    planItem: '2.1.1',
    labelTh: NAMES.suggestions,
    measure: { kind: 'information-centre', field: 'suggestionsReceived' },
  },
  {
    id: 'knowledge-pass-rate',
    planItem: '1.1.3',
    labelTh: NAMES['knowledge-pass-rate'],
    measure: { kind: 'survey', surveyId: 'knowledge-test', field: 'passRatePercent' },
  },
  {
    id: 'vigilance-followup',
    planItem: '1.1.3',
    labelTh: NAMES['vigilance-followup'],
    target: { atLeast: 80, unit: '%' },
    measure: { kind: 'survey', surveyId: 'vigilance-followup', field: 'satisfactionPercent' },
  },
];

export interface IndicatorValue {
  id: string;
  planItem: string;
  labelTh: string;
  target?: Indicator['target'];
  actual: number | Cell | null;
  met: boolean | null;
}

/**
 * Judges an indicator. `actual` is what is published of its value: a number, or a marker when the
 * value could reveal a small count. `met` is given when it is already implied by the published
 * numbers; otherwise it is judged on a published number, and is null when none is published.
 */
export function evaluateIndicator(indicator: Indicator, actual: number | Cell | null, met?: boolean | null): IndicatorValue {
  const target = indicator.target;
  const judged =
    met !== undefined
      ? met
      : typeof actual !== 'number' || !target
        ? null
        : (target.atLeast === undefined || actual >= target.atLeast) && (target.atMost === undefined || actual <= target.atMost);
  return { id: indicator.id, planItem: indicator.planItem, labelTh: indicator.labelTh, ...(target ? { target } : {}), actual, met: target ? judged : null };
}
