// You are here: the last step of a quarter's publication: /stats/ (the index of every agency with
// published statistics, as a page and as JSON) and the national roll-up under /stats/all/. Both are
// rebuilt from what the agencies' own jobs have written (each agency's manifest.json and stats.json),
// never from a list the jobs append to, so jobs running in parallel cannot race on a shared file: the
// index job only reads their files and writes its own. Running it again, or after a late agency's
// job, gives the complete picture; files are written only when their bytes change.
import { createHash } from 'node:crypto';
import { agencySummaries, searchableName, type AgencyRegistry, type AgencyStatus, type AgencySummary } from '../agencies';
import { bangkokDate } from '../calendar';
import { parsePeriod, type Period } from '../fiscal';
import { mapLimited } from '../limited';
import { FROZEN_SCHEMAS, type StatisticsDocument } from '../publication/document';
import { INDEX_SCHEMA, INDEX_SCRIPT, NATIONAL_ID, renderIndexPage, renderNationalCsv, renderNationalPage, renderPendingPage, type IndexEntry, type StatisticsIndex } from '../publication/index-render';
import { nationalQuarter, nationalYear, publishedBounds, type NationalDocument } from '../publication/national';
import { latestQuarter, renderArchive, STATS_STYLESHEET, type Manifest } from '../publication/render';
import type { ObjectStore } from '../ports';
import { canonicalJson } from '../text';
import type { PublicationDeps } from './deps';
import { LANGUAGES } from '../../rules/languages';
import { STATS_LANGUAGE_FOLDERS, statsKey } from '../../rules/stats-path';

export { NATIONAL_ID } from '../publication/index-render';

/** Reads of the stats bucket in flight at once: thousands of small files, each a round trip. */
const READS_IN_FLIGHT = 32;

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An id whose folder under /stats/ is an agency's: not the national roll-up's, nor a language's (/stats/en/). */
const isAgencyFolder = (id: string) => id !== NATIONAL_ID && !STATS_LANGUAGE_FOLDERS.includes(id);

async function listed(registry: AgencyRegistry, status: AgencyStatus | 'all'): Promise<AgencySummary[]> {
  const agencies: AgencySummary[] = [];
  for await (const agency of agencySummaries(registry, status)) agencies.push(agency);
  return agencies;
}

export interface IndexResult {
  /** Agencies listed on /stats/. */
  agencies: number;
  /** Active agencies that have not published the quarter (yet). */
  pending: number;
  national: string[];
  written: string[];
}

/**
 * Rebuilds /stats/index.{html,json} and the national roll-up of `quarterId`'s fiscal year up to that
 * quarter. The national figures are sums of the agencies' published figures (publication/national.ts).
 */
export function publishIndex(deps: PublicationDeps) {
  return async (quarterId: string): Promise<IndexResult> => {
    const quarter = parsePeriod(quarterId);
    const written: string[] = [];
    const write = async (key: string, body: Buffer, contentType: string) => {
      const existing = await deps.statsStore.get(key);
      if (existing && existing.equals(body)) return;
      await deps.statsStore.put(key, body, contentType);
      written.push(key);
    };

    // Active and retired: a retired agency's statistics stay listed (registry order: Thai names).
    const agencies = (await listed(deps.agencies, 'all')).filter((agency) => isAgencyFolder(agency.id));
    const manifests = await mapLimited(agencies, READS_IN_FLIGHT, async (agency) => {
      const stored = await deps.statsStore.get(`${agency.id}/manifest.json`);
      return stored ? { agency, manifest: JSON.parse(stored.toString('utf8')) as Manifest } : undefined;
    });
    const entries: IndexEntry[] = [];
    for (const found of manifests) {
      if (!found) continue;
      const periods = Object.keys(found.manifest.periods).sort();
      const quarters = periods.filter((id) => found.manifest.periods[id]!.kind === 'quarter');
      if (!quarters.length) continue;
      const { id, nameTh, nameEn } = found.agency;
      entries.push({ id, nameTh, nameEn, latest: quarters.at(-1)!, periods, search: [searchableName(nameTh), searchableName(nameEn), id].join(' ') });
    }

    const national = await publishNational(deps, quarter, manifests.flatMap((found) => (found ? [found] : [])), write);

    const index: StatisticsIndex = { schema: INDEX_SCHEMA, agencies: entries.map(({ search: _search, ...entry }) => entry) };
    await write('index.json', json(index), 'application/json; charset=utf-8');
    for (const language of LANGUAGES) await write(statsKey(language), Buffer.from(renderIndexPage(entries, national.latest, language), 'utf8'), 'text/html; charset=utf-8');
    await write('index.js', Buffer.from(INDEX_SCRIPT, 'utf8'), 'text/javascript; charset=utf-8');
    const active = await listed(deps.agencies, 'active');
    // Agencies onboarded before their folder had a page of its own get one here.
    const withStatistics = new Set(manifests.flatMap((found) => (found ? [found.agency.id] : [])));
    for (const agency of active.filter((candidate) => !withStatistics.has(candidate.id) && isAgencyFolder(candidate.id))) {
      written.push(...(await ensureStatisticsFolder(deps.statsStore, agency)));
    }
    const published = new Set(manifests.flatMap((found) => (found?.manifest.periods[quarter.id] ? [found.agency.id] : [])));
    const pending = active.filter((agency) => !published.has(agency.id)).length;
    return { agencies: entries.length, pending, national: national.periods, written };
  };
}

/**
 * Gives an agency's statistics folder a page before its first publication (renderPendingPage), and
 * /stats/ its page while nothing is published anywhere, so every public page's statistics link
 * answers 200. Onboarding calls it, the local seed, and the index job for active agencies without
 * statistics. A first publication that finishes meanwhile (its job writes the manifest last) gets its
 * front page back. The one race left: /stats/ written empty in the seconds of the deployment's very
 * first index job stays empty until that job's next round.
 */
export async function ensureStatisticsFolder(store: ObjectStore, agency: { id: string; nameTh: string; nameEn?: string }): Promise<string[]> {
  const written: string[] = [];
  const putIfAbsent = async (key: string, body: string, contentType: string) => {
    if (await store.get(key)) return;
    await store.put(key, Buffer.from(body, 'utf8'), contentType);
    written.push(key);
  };
  const manifestKey = `${agency.id}/manifest.json`;
  // An id that is no agency's folder (the roll-up's, a language's) gets no page of its own there.
  for (const language of isAgencyFolder(agency.id) ? LANGUAGES : []) {
    if (await store.get(manifestKey)) break;
    const frontKey = statsKey(language, agency.id);
    const pending = Buffer.from(renderPendingPage(agency, language), 'utf8');
    if (!(await store.get(frontKey))?.equals(pending)) {
      await store.put(frontKey, pending, 'text/html; charset=utf-8');
      written.push(frontKey);
      const manifest = await store.get(manifestKey);
      const latest = manifest && latestQuarter(JSON.parse(manifest.toString('utf8')) as Manifest);
      const page = latest && (await store.get(statsKey(language, agency.id, `${latest}/`)));
      if (page) await store.put(frontKey, page, 'text/html; charset=utf-8');
    }
  }
  await putIfAbsent('stats.css', STATS_STYLESHEET, 'text/css; charset=utf-8');
  if (!(await store.get('index.json'))) {
    await putIfAbsent('index.js', INDEX_SCRIPT, 'text/javascript; charset=utf-8');
    for (const language of LANGUAGES) await putIfAbsent(statsKey(language), renderIndexPage([], undefined, language), 'text/html; charset=utf-8');
  }
  return written;
}

async function publishNational(
  deps: PublicationDeps,
  quarter: Period,
  published: { agency: AgencySummary; manifest: Manifest }[],
  write: (key: string, body: Buffer, contentType: string) => Promise<void>,
): Promise<{ periods: string[]; latest?: string }> {
  const threshold = deps.config.suppressionThreshold;
  const manifestKey = `${NATIONAL_ID}/manifest.json`;
  const stored = await deps.statsStore.get(manifestKey);
  const manifest: Manifest = stored ? (JSON.parse(stored.toString('utf8')) as Manifest) : { agency: { id: NATIONAL_ID, nameTh: 'ภาพรวมทุกหน่วยงาน', nameEn: 'All agencies' }, periods: {} };
  const today = bangkokDate(deps.clock.now());

  const quarters: NationalDocument[] = [];
  for (let number = 1; number <= (quarter.quarter ?? 4); number += 1) {
    const period = parsePeriod(`${quarter.fiscalYear}-Q${number}`);
    const holders = published.filter((found) => found.manifest.periods[period.id]);
    // Only each file's bounds are kept, never thousands of parsed documents at once.
    const bounds = (
      await mapLimited(holders, READS_IN_FLIGHT, async (found) => {
        const file = await deps.statsStore.get(`${found.agency.id}/${period.id}/stats.json`);
        const document = file ? (JSON.parse(file.toString('utf8')) as StatisticsDocument) : undefined;
        return document && FROZEN_SCHEMAS.includes(document.schema) ? publishedBounds(document) : undefined;
      })
    ).flatMap((bound) => (bound ? [bound] : []));
    if (bounds.length) quarters.push(nationalQuarter(periodOf(period), bounds, threshold));
  }
  if (!quarters.length) return { periods: [] };
  const year = parsePeriod(String(quarter.fiscalYear));
  const documents = [...quarters, nationalYear(periodOf(year), quarters, threshold)];

  for (const document of documents) {
    const hash = sha256(canonicalJson(document));
    const previous = manifest.periods[document.period.id];
    const entry = previous?.hash === hash ? previous : { ...document.period, hash, publishedOn: today, revision: (previous?.revision ?? 0) + 1 };
    manifest.periods[document.period.id] = entry;
    const publishedDocument: NationalDocument = { ...document, revision: { publishedOn: entry.publishedOn, number: entry.revision } };
    const folder = `${NATIONAL_ID}/${document.period.id}`;
    await write(`${folder}/stats.json`, json(publishedDocument), 'application/json; charset=utf-8');
    await write(`${folder}/complaints.csv`, renderNationalCsv(publishedDocument), 'text/csv; charset=utf-8');
    for (const language of LANGUAGES) await write(statsKey(language, NATIONAL_ID, `${document.period.id}/`), Buffer.from(renderNationalPage(publishedDocument, language), 'utf8'), 'text/html; charset=utf-8');
  }
  const latest = Object.keys(manifest.periods)
    .filter((id) => manifest.periods[id]!.kind === 'quarter')
    .sort()
    .at(-1)!;
  for (const language of LANGUAGES) {
    const latestPage = await deps.statsStore.get(statsKey(language, NATIONAL_ID, `${latest}/`));
    if (latestPage) await write(statsKey(language, NATIONAL_ID), latestPage, 'text/html; charset=utf-8');
    await write(statsKey(language, NATIONAL_ID, 'archive.html'), Buffer.from(renderArchive(manifest, language), 'utf8'), 'text/html; charset=utf-8');
  }
  await write(manifestKey, json(manifest), 'application/json; charset=utf-8');
  return { periods: documents.map((document) => document.period.id), latest };
}

const periodOf = (period: Period): StatisticsDocument['period'] => ({
  id: period.id,
  kind: period.kind,
  fiscalYear: period.fiscalYear,
  ...(period.quarter ? { quarter: period.quarter } : {}),
  firstDay: period.firstDay,
  lastDay: period.lastDay,
});
