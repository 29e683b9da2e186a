// You are here: the quarterly publication. For each agency: one streaming pass over the statistics
// index computes the quarter and the fiscal year to date; the documents, pages and CSVs are written
// only when their bytes change, and a changed period gets a new revision date while S3 versioning
// keeps the old files.
import { createHash } from 'node:crypto';
import type { Agency } from '../../config/agencies';
import { ValidationError } from '../errors';
import { bangkokDay, fiscalYearToDate, parsePeriod, previousQuarter, quarterOf, type Period } from '../fiscal';
import { actingRole, type StaffPrincipal } from '../staff';
import { auditEntry } from '../audit';
import { statisticsDocument, type StatisticsDocument } from '../publication/document';
import { renderArchive, renderCsv, renderPeriodPage, STATS_STYLESHEET, type Manifest } from '../publication/render';
import { statisticsAccumulator } from '../publication/statistics';
import { SURVEY_IDS, currentInstrument } from '../surveys/instrument';
import { surveyResults } from '../surveys/results';
import { canonicalJson } from '../text';
import type { PublicationDeps } from './deps';
import { informationCentreFigures } from './information-centre';

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function surveysFor(deps: PublicationDeps, agency: string, period: Period) {
  return Promise.all(
    SURVEY_IDS.map(async (id) => {
      const instrument = currentInstrument(id)!;
      const responses = await deps.surveys.listResponses(id, agency, period.firstDay, period.lastDay);
      return surveyResults(instrument, responses, { includeComments: false });
    }),
  );
}

/** Computes the quarter's and the fiscal year's documents for one agency, without revision data. */
export async function computeDocuments(deps: PublicationDeps, agency: Agency, quarter: Period) {
  const threshold = deps.config.suppressionThreshold;
  const year = fiscalYearToDate(quarter);
  const now = deps.clock.now();
  const quarterStats = statisticsAccumulator(quarter, now);
  const yearStats = statisticsAccumulator(year, now);
  for await (const row of deps.statistics.rows(agency.id, year.start.toISOString(), quarter.end.toISOString())) {
    quarterStats.add(row);
    yearStats.add(row);
  }
  const before = previousQuarter(quarter);
  const beforeStats = statisticsAccumulator(before, now);
  for await (const row of deps.statistics.rows(agency.id, before.start.toISOString(), before.end.toISOString())) beforeStats.add(row);
  const previousSalaryPromotion = beforeStats.result().byCategory['salary-promotion'];

  return [
    statisticsDocument({
      agency,
      period: quarter,
      complaints: quarterStats.result(),
      previousSalaryPromotion,
      surveys: await surveysFor(deps, agency.id, quarter),
      informationCentre: await informationCentreFigures(deps, agency.id, quarter, year.firstDay),
      threshold,
    }),
    statisticsDocument({
      agency,
      period: year,
      complaints: yearStats.result(),
      surveys: await surveysFor(deps, agency.id, year),
      informationCentre: await informationCentreFigures(deps, agency.id, year, year.firstDay),
      threshold,
    }),
  ];
}

export interface PublicationResult {
  agency: string;
  periods: { id: string; revision: number; changed: boolean }[];
  written: string[];
}

export function publishStatistics(deps: PublicationDeps) {
  return async (periodId: string): Promise<PublicationResult[]> => {
    const quarter = parsePeriod(periodId);
    if (quarter.kind !== 'quarter') {
      throw new ValidationError('Publish a quarter; its fiscal year to date is published with it', { period: 'write a quarter like 2570-Q1' });
    }
    const results: PublicationResult[] = [];
    for (const agency of deps.config.agencies) results.push(await publishAgency(deps, agency, quarter));
    return results;
  };
}

async function publishAgency(deps: PublicationDeps, agency: Agency, quarter: Period): Promise<PublicationResult> {
  const written: string[] = [];
  const write = async (key: string, body: Buffer, contentType: string) => {
    const existing = await deps.statsStore.get(key);
    if (existing && existing.equals(body)) return;
    await deps.statsStore.put(key, body, contentType);
    written.push(key);
  };
  const manifestKey = `${agency.id}/manifest.json`;
  const stored = await deps.statsStore.get(manifestKey);
  const manifest: Manifest = stored ? JSON.parse(stored.toString('utf8')) : { agency: { id: agency.id, nameTh: agency.nameTh, nameEn: agency.nameEn }, periods: {} };
  const today = bangkokDay(deps.clock.now());

  const periods: PublicationResult['periods'] = [];
  for (const document of await computeDocuments(deps, agency, quarter)) {
    const hash = sha256(canonicalJson(document));
    const previous = manifest.periods[document.period.id];
    const changed = previous?.hash !== hash;
    const entry = changed
      ? { ...document.period, hash, publishedOn: today, revision: (previous?.revision ?? 0) + 1 }
      : previous!;
    manifest.periods[document.period.id] = entry;
    const published: StatisticsDocument = { ...document, revision: { publishedOn: entry.publishedOn, number: entry.revision } };
    const folder = `${agency.id}/${document.period.id}`;
    await write(`${folder}/stats.json`, json(published), 'application/json; charset=utf-8');
    await write(`${folder}/complaints.csv`, renderCsv(published), 'text/csv; charset=utf-8');
    await write(`${folder}/index.html`, Buffer.from(renderPeriodPage(published), 'utf8'), 'text/html; charset=utf-8');
    periods.push({ id: document.period.id, revision: entry.revision, changed });
  }

  // The agency's front page is its latest quarter.
  const latest = Object.entries(manifest.periods)
    .filter(([, entry]) => entry.kind === 'quarter')
    .sort(([a], [b]) => (a < b ? 1 : -1))[0]![0];
  const latestPage = await deps.statsStore.get(`${agency.id}/${latest}/index.html`);
  if (latestPage) await write(`${agency.id}/index.html`, latestPage, 'text/html; charset=utf-8');
  await write(`${agency.id}/archive.html`, Buffer.from(renderArchive(manifest), 'utf8'), 'text/html; charset=utf-8');
  await write(manifestKey, json(manifest), 'application/json; charset=utf-8');
  await write('stats.css', Buffer.from(STATS_STYLESHEET, 'utf8'), 'text/css; charset=utf-8');
  return { agency: agency.id, periods, written };
}

/** On-demand re-publication by an administrator (POST /api/publications); audited. */
export function requestPublication(deps: PublicationDeps) {
  const publish = publishStatistics(deps);
  return async (principal: StaffPrincipal, periodId: string) => {
    const role = actingRole(principal, ['admin']);
    const results = await publish(periodId);
    await deps.audit.append(auditEntry(deps, principal, role, 'publication.publish', { detail: periodId }));
    return { period: periodId, results };
  };
}

/** The quarter a scheduled run publishes: the one that ended just before the run (Bangkok time). */
export function quarterJustEnded(runAt: Date): string {
  return previousQuarter(quarterOf(runAt)).id;
}
