// Many agencies for the publication's unit tests: a registry the test fills, a statistics index per
// agency as plain rows (so counts are exactly what the test says), and a clock after FY 2570 Q1.
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import type { Agency } from '../../shared/domain/agencies';
import type { Category, Outcome } from '../../shared/domain/complaint';
import type { StatisticsRow } from '../../shared/domain/publication/statistics';
import { memoryContext } from './memory-context';

const DAY = 86_400_000;
/** 10 October 2026, 10:00 Bangkok: inside FY 2570 Q1. */
const IN_Q1 = Date.parse('2026-10-10T03:00:00Z');
/** 3 January 2027: Q1 has ended. */
export const AFTER_Q1 = new Date('2027-01-03T03:00:00Z');

export function testAgency(id: string, nameTh: string, status: Agency['status'] = 'active'): Agency {
  return { ...structuredClone(AGENCY_CATALOGUE[0]!), id, nameTh, nameEn: `Agency ${id}`, status, units: [] };
}

/** A complaint of Q1: received, or concluded (closed with an outcome, or referred) by the quarter's end. */
export function q1Row(category: Category, conclusion?: Outcome | 'referred', day = 0): StatisticsRow {
  const received = IN_Q1 + day * 3_600_000;
  const iso = (at: number) => new Date(at).toISOString();
  return {
    category,
    status: conclusion === undefined ? 'received' : conclusion === 'referred' ? 'referred' : 'closed',
    receivedAt: iso(received),
    acknowledgeBy: iso(received + 15 * DAY),
    ...(conclusion ? { acknowledgedAt: iso(received + DAY), concludedAt: iso(received + 20 * DAY) } : {}),
    ...(conclusion && conclusion !== 'referred' ? { outcome: conclusion } : {}),
  };
}

/** `count` rows of one category. */
export const rowsOf = (count: number, category: Category, conclusion?: Outcome | 'referred') => Array.from({ length: count }, (_unused, index) => q1Row(category, conclusion, index));

export function agencyWorld(agencies: readonly Agency[], rows: Record<string, StatisticsRow[]>, env: NodeJS.ProcessEnv = {}) {
  const memory = memoryContext(AFTER_Q1, env, agencies);
  /** Agencies whose statistics cannot be read (a failing dependency for that agency only). */
  const broken = new Set<string>();
  memory.context.statistics = {
    async *rows(agency, fromIso, toIso) {
      if (broken.has(agency)) throw new Error(`the statistics of ${agency} are unavailable`);
      for (const row of rows[agency] ?? []) if (row.receivedAt >= fromIso && row.receivedAt < toIso) yield row;
    },
  };
  const read = (key: string) => {
    const object = memory.statsStore.objects.get(key);
    return object && JSON.parse(object.body.toString('utf8'));
  };
  return { ...memory, broken, read };
}
