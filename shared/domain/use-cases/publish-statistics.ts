// You are here: the quarterly publication. For each agency, a quarter is published once, after it
// has ended, and is then frozen: later runs read its published file back and never change it. One
// streaming pass over the statistics index computes every quarter of the fiscal year so far; each
// quarter not yet published is put under disclosure control on its own, and the fiscal year to date
// is the sum of the published quarters, so no combination of files says more than the quarters do.
// Files are written only when their bytes change, and S3 versioning keeps any earlier ones.
import { createHash } from 'node:crypto';
import type { Agency } from '../agencies';
import { ValidationError } from '../errors';
import { fiscalYearToDate, parsePeriod, previousQuarter, quarterOf, type Period } from '../fiscal';
import { bangkokDate } from '../calendar';
import { actingRole, type StaffPrincipal } from '../staff';
import { auditEntry } from '../audit';
import { protectQuarter, sumOfQuarters, type Cell, type PublishedCounts } from '../publication/disclosure';
import { DOCUMENT_SCHEMA, FROZEN_SCHEMAS, statisticsDocument, type StatisticsDocument } from '../publication/document';
import { latestQuarter, renderArchive, renderCsv, renderPeriodPage, STATS_STYLESHEET, type Manifest } from '../publication/render';
import { statisticsAccumulator, Timeliness } from '../publication/statistics';
import { SURVEY_IDS, currentInstrument } from '../surveys/instrument';
import { surveyResults } from '../surveys/results';
import { canonicalJson } from '../text';
import type { PublicationDeps } from './deps';
import { informationCentreFigures } from './information-centre';
import { eachLimited } from '../limited';
import { NATIONAL_ID, publishIndex } from './publication-index';
import { agencySummaries, publishesAfterApproval } from '../agencies';
import { LANGUAGES } from '../../rules/languages';
import { STATS_LANGUAGE_FOLDERS, statsKey } from '../../rules/stats-path';

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUARTER_KEYS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

async function surveysFor(deps: PublicationDeps, agency: string, period: Period) {
  return Promise.all(
    SURVEY_IDS.map(async (id) => {
      const instrument = currentInstrument(id)!;
      const responses = await deps.surveys.listResponses(id, agency, period.firstDay, period.lastDay);
      return surveyResults(instrument, responses, { includeComments: false });
    }),
  );
}

/** The published (frozen) document of a period, if one was published under the current rules. */
async function publishedDocument(deps: PublicationDeps, agency: string, periodId: string): Promise<StatisticsDocument | undefined> {
  const stored = await deps.statsStore.get(`${agency}/${periodId}/stats.json`);
  if (!stored) return undefined;
  const document = JSON.parse(stored.toString('utf8')) as StatisticsDocument;
  if (!FROZEN_SCHEMAS.includes(document.schema)) return undefined;
  const { revision: _revision, ...figures } = document;
  return { ...figures, schema: DOCUMENT_SCHEMA };
}

const countsOf = (document: StatisticsDocument): PublishedCounts => {
  const { received, completed, inProgress, byCategory, byOutcome, referred, byChannel, byKind, byReporterType } = document.complaints;
  return { received, completed, inProgress, byCategory: byCategory, byOutcome: byOutcome, referred, byChannel, byKind, byReporterType };
};

export interface ComputedDocuments {
  /** Every quarter of the fiscal year up to the one asked for, in order. */
  quarters: StatisticsDocument[];
  /** The fiscal year to date. */
  year: StatisticsDocument;
}

/**
 * Computes the quarter's and the fiscal year's documents for one agency, without revision data.
 * With `published`, quarters already published are taken as published (the publication itself);
 * otherwise every quarter is computed as of now and put under disclosure control: the staff views
 * (indicators, executive report) do that, as their functions have no access to the stats bucket.
 * A closed quarter computes to the same numbers either way, its cohort being counted at its end.
 */
export async function computeDocuments(deps: PublicationDeps, agency: Agency, quarter: Period, options: { published?: boolean } = {}): Promise<ComputedDocuments> {
  const frozenDocument = options.published ? publishedDocument : async () => undefined;
  const threshold = deps.config.suppressionThreshold;
  const year = fiscalYearToDate(quarter);
  const now = deps.clock.now();
  const periods = QUARTER_KEYS.slice(0, quarter.quarter).map((key) => parsePeriod(`${quarter.fiscalYear}-${key}`));
  const accumulators = periods.map((period) => statisticsAccumulator(period, now));
  for await (const row of deps.statistics.rows(agency.id, year.start.toISOString(), quarter.end.toISOString())) {
    for (const accumulator of accumulators) accumulator.add(row);
  }

  // The trend of the year's first quarter compares with the last quarter of the year before.
  const before = previousQuarter(periods[0]!);
  let previousSalaryPromotion: Cell | undefined = (await frozenDocument(deps, agency.id, before.id))?.complaints.byCategory['salary-promotion'];
  if (previousSalaryPromotion === undefined) {
    const beforeStats = statisticsAccumulator(before, now);
    for await (const row of deps.statistics.rows(agency.id, before.start.toISOString(), before.end.toISOString())) beforeStats.add(row);
    previousSalaryPromotion = protectQuarter(beforeStats.result(), threshold).byCategory['salary-promotion'];
  }

  const quarters: ComputedDocuments['quarters'] = [];
  const salaryPromotionByQuarter: Record<(typeof QUARTER_KEYS)[number], Cell | null> = { Q1: null, Q2: null, Q3: null, Q4: null };
  for (const [index, period] of periods.entries()) {
    const frozen = await frozenDocument(deps, agency.id, period.id);
    const counts = frozen ? countsOf(frozen) : protectQuarter(accumulators[index]!.result(), threshold);
    salaryPromotionByQuarter[QUARTER_KEYS[index]!] = counts.byCategory['salary-promotion'];
    const document =
      frozen ??
      statisticsDocument({
        agency,
        period,
        counts,
        timeliness: accumulators[index]!.timeliness,
        salaryPromotionByQuarter: { ...salaryPromotionByQuarter },
        previousSalaryPromotion,
        surveys: await surveysFor(deps, agency.id, period),
        informationCentre: await informationCentreFigures(deps, agency.id, period, year.firstDay),
        threshold,
      });
    // The publication carries an executive's approval beside the frozen figures, from the day it is given.
    const approval = options.published && !document.approval ? await deps.reportApprovals.approval(agency.id, period.id) : undefined;
    quarters.push(approval ? { ...document, approval: { approvedOn: bangkokDate(new Date(approval.approvedAt)), analysis: approval.analysis } } : document);
    previousSalaryPromotion = counts.byCategory['salary-promotion'];
  }

  const yearDocument = statisticsDocument({
    agency,
    period: year,
    counts: sumOfQuarters(quarters.map(countsOf), threshold),
    timeliness: accumulators.reduce((merged, accumulator) => merged.merge(accumulator.timeliness), new Timeliness()),
    salaryPromotionByQuarter,
    surveys: await surveysFor(deps, agency.id, year),
    quarterSurveys: quarters.map((document) => document.surveys),
    informationCentre: await informationCentreFigures(deps, agency.id, year, year.firstDay),
    threshold,
  });
  return { quarters, year: yearDocument };
}

export interface PublicationResult {
  agency: string;
  periods: { id: string; revision: number; changed: boolean }[];
  written: string[];
  /**
   * True when the agency publishes only after an executive's approval and the quarter has none yet:
   * its figures were prepared, nothing was published, and its executives are told it awaits them.
   */
  awaitingApproval?: true;
}

/** A run over many agencies: what each published, and which failed (the others were published all the same). */
export interface PublicationRun {
  period: string;
  results: PublicationResult[];
  /** `error` is the error's class; `message` its text, for the operator's console only. */
  failed: { agency: string; error: string; message: string }[];
}

/** The quarter of `periodId`, refused unless it is a quarter that has ended. */
export function endedQuarter(deps: Pick<PublicationDeps, 'clock'>, periodId: string): Period {
  const quarter = parsePeriod(periodId);
  if (quarter.kind !== 'quarter') {
    throw new ValidationError('Publish a quarter; its fiscal year to date is published with it', { period: 'write a quarter like 2570-Q1' });
  }
  // Figures of a running quarter would change with each new complaint, and two versions of them
  // would point at that complaint: a quarter is published once, after its last day.
  if (deps.clock.now() < quarter.end) {
    throw new ValidationError('The quarter has not ended yet; it is published once, after its last day', { period: `${quarter.id} ends on ${quarter.lastDay}` });
  }
  return quarter;
}

/**
 * One job of the quarterly fan-out: one agency, one quarter. Idempotent: quarters already published
 * are read back frozen and files are written only when their bytes change, so running it again for
 * the same agency and quarter writes nothing.
 */
export function publishAgencyQuarter(deps: PublicationDeps) {
  return async (agencyId: string, periodId: string): Promise<PublicationResult> => {
    const quarter = endedQuarter(deps, periodId);
    if (agencyId === NATIONAL_ID) throw new ValidationError('This id is where the national roll-up is published', { agency: `"${NATIONAL_ID}" is not an agency` });
    if (STATS_LANGUAGE_FOLDERS.includes(agencyId)) throw new ValidationError('This id is where a language of /stats/ is published', { agency: `"${agencyId}" is not an agency` });
    const agency = await deps.agencies.get(agencyId);
    if (!agency) throw new ValidationError('No agency with this id', { agency: 'unknown agency' });
    return publishAgency(deps, agency, quarter);
  };
}

/**
 * Publishes a quarter for every active agency (or the one named), `concurrency` agencies at a time, then
 * rebuilds the index of /stats/ and the national roll-up from what is published. One agency's
 * failure is recorded and the others are still published. The local `npm run publish-stats` and
 * POST /api/publications run this; on AWS the quarterly schedule runs the same per-agency job from
 * a queue, one message per agency (functions/publications/).
 */
export function publishStatistics(deps: PublicationDeps) {
  const publishOne = publishAgencyQuarter(deps);
  return async (periodId: string, options: { agency?: string; concurrency?: number } = {}): Promise<PublicationRun> => {
    const quarter = endedQuarter(deps, periodId);
    const ids: string[] = [];
    if (options.agency) {
      if (!(await deps.agencies.get(options.agency))) throw new ValidationError('No agency with this id', { agency: 'unknown agency' });
      ids.push(options.agency);
    } else {
      for await (const agency of agencySummaries(deps.agencies, 'active')) ids.push(agency.id);
    }
    const results: PublicationResult[] = [];
    const failed: PublicationRun['failed'] = [];
    await eachLimited(ids, options.concurrency ?? 1, async (id) => {
      try {
        results.push(await publishOne(id, quarter.id));
      } catch (error) {
        failed.push({ agency: id, error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
      }
    });
    await publishIndex(deps)(quarter.id);
    const byId = (a: { agency: string }, b: { agency: string }) => (a.agency < b.agency ? -1 : 1);
    return { period: quarter.id, results: results.sort(byId), failed: failed.sort(byId) };
  };
}

async function publishAgency(deps: PublicationDeps, agency: Agency, quarter: Period): Promise<PublicationResult> {
  if (publishesAfterApproval(agency) && !(await deps.reportApprovals.approval(agency.id, quarter.id))) {
    // Prepared, not published: computing the figures now makes a failure the job's (retried, then
    // parked with an alarm) before anyone is told. The awaiting record is written once, and its
    // write is what tells the agency's executives (the complaints table's stream, the notifier).
    await computeDocuments(deps, agency, quarter, { published: true });
    await deps.reportApprovals.markAwaiting(agency.id, quarter.id, deps.clock.now().toISOString());
    return { agency: agency.id, periods: [], written: [], awaitingApproval: true };
  }
  const written: string[] = [];
  const write = async (key: string, body: Buffer, contentType: string) => {
    const existing = await deps.statsStore.get(key);
    if (existing && existing.equals(body)) return;
    await deps.statsStore.put(key, body, contentType);
    written.push(key);
  };
  const manifestKey = `${agency.id}/manifest.json`;
  const stored = await deps.statsStore.get(manifestKey);
  const manifest: Manifest = stored ? (JSON.parse(stored.toString('utf8')) as Manifest) : { agency: { id: agency.id, nameTh: agency.nameTh, nameEn: agency.nameEn }, periods: {} };
  const today = bangkokDate(deps.clock.now());

  const computed = await computeDocuments(deps, agency, quarter, { published: true });
  const periods: PublicationResult['periods'] = [];
  for (const document of [...computed.quarters, computed.year]) {
    const hash = sha256(canonicalJson(document));
    const previous = manifest.periods[document.period.id];
    const changed = previous?.hash !== hash;
    const entry = changed
      ? { ...document.period, hash, publishedOn: today, revision: (previous?.revision ?? 0) + 1 }
      : previous;
    manifest.periods[document.period.id] = entry;
    const published: StatisticsDocument = { ...document, revision: { publishedOn: entry.publishedOn, number: entry.revision } };
    const folder = `${agency.id}/${document.period.id}`;
    await write(`${folder}/stats.json`, json(published), 'application/json; charset=utf-8');
    await write(`${folder}/complaints.csv`, renderCsv(published), 'text/csv; charset=utf-8');
    // The page in every language (Thai at its folder, English at /stats/{id}/en/{period}/); the data files are one for all.
    for (const language of LANGUAGES) await write(statsKey(language, agency.id, `${document.period.id}/`), Buffer.from(renderPeriodPage(published, language), 'utf8'), 'text/html; charset=utf-8');
    periods.push({ id: document.period.id, revision: entry.revision, changed });
  }

  // The agency's front page is its latest quarter, in each language.
  const latest = latestQuarter(manifest)!;
  for (const language of LANGUAGES) {
    const latestPage = await deps.statsStore.get(statsKey(language, agency.id, `${latest}/`));
    if (latestPage) await write(statsKey(language, agency.id), latestPage, 'text/html; charset=utf-8');
    await write(statsKey(language, agency.id, 'archive.html'), Buffer.from(renderArchive(manifest, language), 'utf8'), 'text/html; charset=utf-8');
  }
  await write(manifestKey, json(manifest), 'application/json; charset=utf-8');
  await write('stats.css', Buffer.from(STATS_STYLESHEET, 'utf8'), 'text/css; charset=utf-8');
  return { agency: agency.id, periods, written };
}

/** On-demand re-publication by an administrator (POST /api/publications); audited. */
export function requestPublication(deps: PublicationDeps) {
  const publish = publishStatistics(deps);
  return async (principal: StaffPrincipal, periodId: string, agency?: string) => {
    const role = actingRole(principal, ['admin']);
    const run = await publish(periodId, agency ? { agency } : {});
    await deps.audit.append(auditEntry(deps, principal, role, 'publication.publish', { detail: agency ? `${periodId} ${agency}` : periodId }));
    // The answer names a failure by its class only: the message may describe the infrastructure.
    return { ...run, failed: run.failed.map(({ agency: id, error }) => ({ agency: id, error })) };
  };
}

/** The quarter a scheduled run publishes: the one that ended just before the run (Bangkok time). */
export function quarterJustEnded(runAt: Date): string {
  return previousQuarter(quarterOf(runAt)).id;
}
