// The quarterly publication for every agency of the registry: the schedule's fan-out (one job per
// active agency, in batches, then the index job), the worker's jobs (idempotent, one agency's failure
// its own), the index of /stats/ with its search, and the national roll-up's files.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { memoryPublicationQueue } from '../../shared/adapters/memory/memory-publication-queue';
import { searchableName } from '../../shared/domain/agencies';
import { INDEX_SCRIPT } from '../../shared/domain/publication/index-render';
import { fanOutPublication, INDEX_DELAY_SECONDS, INDEX_ROUNDS, runPublicationJob } from '../../shared/domain/use-cases/publication-fan-out';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { makeWorkerHandler } from '../../functions/publications/worker';
import { makeScheduledHandler } from '../../functions/publications/scheduled';
import { agencyWorld, rowsOf, testAgency } from '../support/agency-world';

const bigRows = () => [...rowsOf(12, 'bribery'), ...rowsOf(6, 'procurement', 'unsubstantiated')];

describe('the schedule\'s fan-out', () => {
  it('queues one job per active agency, a page of the registry at a time, then the index job held back', async () => {
    const agencies = [
      ...Array.from({ length: 250 }, (_unused, index) => testAgency(`lao-${String(index).padStart(3, '0')}`, `องค์การบริหารส่วนตำบลทดสอบ ${index}`)),
      testAgency('old-office', 'สำนักงานที่ยุบแล้ว', 'retired'),
    ];
    const world = agencyWorld(agencies, {});
    const queue = memoryPublicationQueue();
    const queued = await makeScheduledHandler(world.context, queue)({});
    expect(queued).toEqual({ period: '2570-Q1', agencies: 250 });
    const jobs = queue.sent.map((entry) => entry.job);
    expect(jobs.filter((job) => job.kind === 'agency').map((job) => job.kind === 'agency' && job.agency).sort()).toEqual(agencies.filter((a) => a.status === 'active').map((a) => a.id));
    expect(jobs.every((job) => job.period === '2570-Q1')).toBe(true);
    expect(queue.sent.at(-1)).toEqual({ job: { kind: 'index', period: '2570-Q1', round: 0 }, delaySeconds: INDEX_DELAY_SECONDS });
    // Three pages of agency jobs and the index job; nothing was published by the fan-out itself.
    expect(queue.batches).toBe(4);
    expect(world.statsStore.puts).toEqual([]);
  });

  it('refuses a quarter that has not ended, queuing nothing', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก')], {});
    const queue = memoryPublicationQueue();
    await expect(fanOutPublication(world.context, queue)('2570-Q2')).rejects.toMatchObject({ name: 'ValidationError' });
    expect(queue.sent).toEqual([]);
  });
});

describe('a publication job', () => {
  it('is idempotent: publishing the same agency and quarter twice writes nothing the second time', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก')], { 'lao-a': bigRows() });
    const run = runPublicationJob(world.context, memoryPublicationQueue());
    const first = await run({ kind: 'agency', agency: 'lao-a', period: '2570-Q1' });
    expect(first.kind === 'agency' && first.result.written).toContain('lao-a/2570-Q1/stats.json');
    const files = new Map([...world.statsStore.objects].map(([key, object]) => [key, Buffer.from(object.body)]));
    world.statsStore.puts.length = 0;
    world.advance(7 * 86_400);
    const again = await run({ kind: 'agency', agency: 'lao-a', period: '2570-Q1' });
    expect(again).toMatchObject({ kind: 'agency', result: { written: [], periods: [{ id: '2570-Q1', revision: 1, changed: false }, { id: '2570', revision: 1, changed: false }] } });
    expect(world.statsStore.puts).toEqual([]);
    for (const [key, body] of files) expect(world.statsStore.objects.get(key)!.body.equals(body), key).toBe(true);
    // The index job too: a second run over the same files writes nothing.
    await run({ kind: 'index', period: '2570-Q1', round: 0 });
    world.statsStore.puts.length = 0;
    await run({ kind: 'index', period: '2570-Q1', round: 0 });
    expect(world.statsStore.puts).toEqual([]);
  });

  it('fails alone: the worker throws for that agency, so the queue retries it, and every other agency publishes', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก'), testAgency('lao-b', 'ข'), testAgency('lao-c', 'ค')], { 'lao-a': bigRows(), 'lao-b': bigRows(), 'lao-c': bigRows() });
    world.broken.add('lao-b');
    const queue = memoryPublicationQueue();
    const worker = makeWorkerHandler(world.context, queue);
    const event = (body: unknown) => ({ Records: [{ messageId: 'm-1', body: JSON.stringify(body) }] });
    await worker(event({ kind: 'agency', agency: 'lao-a', period: '2570-Q1' }));
    await expect(worker(event({ kind: 'agency', agency: 'lao-b', period: '2570-Q1' }))).rejects.toThrow(/lao-b/);
    await worker(event({ kind: 'agency', agency: 'lao-c', period: '2570-Q1' }));
    expect(world.read('lao-a/2570-Q1/stats.json').complaints.received).toBe(18);
    expect(world.read('lao-c/2570-Q1/stats.json').complaints.received).toBe(18);
    expect(world.read('lao-b/2570-Q1/stats.json')).toBeUndefined();

    // The index job publishes what there is and comes back later while lao-b is still missing …
    await worker(event({ kind: 'index', period: '2570-Q1', round: 0 }));
    expect(world.read('index.json').agencies.map((entry: { id: string }) => entry.id)).toEqual(['lao-a', 'lao-c']);
    expect(queue.sent).toEqual([{ job: { kind: 'index', period: '2570-Q1', round: 1 }, delaySeconds: INDEX_DELAY_SECONDS }]);
    // … and stops waiting after its last round.
    await worker(event({ kind: 'index', period: '2570-Q1', round: INDEX_ROUNDS }));
    expect(queue.sent).toHaveLength(1);

    // The retry, once the cause is gone, publishes lao-b; the next index job completes the index and waits no more.
    world.broken.clear();
    await worker(event({ kind: 'agency', agency: 'lao-b', period: '2570-Q1' }));
    await worker(event({ kind: 'index', period: '2570-Q1', round: 1 }));
    expect(world.read('index.json').agencies.map((entry: { id: string }) => entry.id)).toEqual(['lao-a', 'lao-b', 'lao-c']);
    expect(world.read('all/2570-Q1/stats.json').agencies).toBe(3);
    expect(queue.sent).toHaveLength(1);
  });

  it('refuses a job that is not one, an unknown agency, and the national roll-up\'s id', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก')], {});
    const run = runPublicationJob(world.context, memoryPublicationQueue());
    await expect(run({ kind: 'agency', agency: 'lao-a' })).rejects.toThrow();
    await expect(run({ kind: 'agency', agency: '../etc', period: '2570-Q1' })).rejects.toThrow();
    await expect(run({ kind: 'agency', agency: 'nobody', period: '2570-Q1' })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(run({ kind: 'agency', agency: 'all', period: '2570-Q1' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(world.statsStore.puts).toEqual([]);
  });
});

describe('a local or on-demand run over every agency', () => {
  it('reports the agency that failed and publishes the others, then the index and the national roll-up', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก'), testAgency('lao-b', 'ข'), testAgency('lao-c', 'ค')], { 'lao-a': bigRows(), 'lao-b': bigRows(), 'lao-c': bigRows() });
    world.broken.add('lao-a');
    const run = await publishStatistics(world.context)('2570-Q1', { concurrency: 2 });
    expect(run.results.map((result) => result.agency)).toEqual(['lao-b', 'lao-c']);
    expect(run.failed).toEqual([{ agency: 'lao-a', error: 'Error', message: expect.stringContaining('unavailable') }]);
    expect(world.read('index.json').agencies.map((entry: { id: string }) => entry.id)).toEqual(['lao-b', 'lao-c']);
    // One agency: the others are not touched.
    world.broken.clear();
    world.statsStore.puts.length = 0;
    const one = await publishStatistics(world.context)('2570-Q1', { agency: 'lao-a' });
    expect(one.results.map((result) => result.agency)).toEqual(['lao-a']);
    expect(world.statsStore.puts.filter((key) => key.startsWith('lao-b/') || key.startsWith('lao-c/'))).toEqual([]);
    expect(world.read('index.json').agencies).toHaveLength(3);
    await expect(publishStatistics(world.context)('2570-Q1', { agency: 'nobody' })).rejects.toMatchObject({ name: 'ValidationError', fields: { agency: 'unknown agency' } });
  });

  it('never writes an agency into a language\'s folder: an agency with the id "en" is refused, and /stats/en/ stays the English index', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก'), testAgency('en', 'ข')], { 'lao-a': bigRows(), en: bigRows() });
    const run = await publishStatistics(world.context)('2570-Q1');
    expect(run.results.map((result) => result.agency)).toEqual(['lao-a']);
    expect(run.failed).toEqual([{ agency: 'en', error: 'ValidationError', message: expect.stringContaining('language') }]);
    expect(world.statsStore.puts.filter((key) => key.startsWith('en/') && key !== 'en/index.html')).toEqual([]);
    const english = world.statsStore.objects.get('en/index.html')!.body.toString('utf8');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<a href="/stats/lao-a/en/">Agency lao-a</a>');
    expect(world.read('index.json').agencies.map((entry: { id: string }) => entry.id)).toEqual(['lao-a']);
  });
});

describe('the index of /stats/', () => {
  it('lists every agency with published statistics, retired ones included, by Thai name, as a page and as JSON', async () => {
    const agencies = [
      testAgency('bang-phli', 'องค์การบริหารส่วนตำบลบางพลี'),
      testAgency('khon-kaen', 'เทศบาลนครขอนแก่น'),
      testAgency('never-published', 'เทศบาลตำบลใหม่'),
    ];
    const world = agencyWorld(agencies, { 'bang-phli': bigRows(), 'khon-kaen': bigRows() });
    await publishStatistics(world.context)('2570-Q1', { agency: 'bang-phli' });
    await publishStatistics(world.context)('2570-Q1', { agency: 'khon-kaen' });
    await world.agencies.update('khon-kaen', { status: 'retired' });
    await publishStatistics(world.context)('2570-Q1', { agency: 'bang-phli' });

    const index = world.read('index.json');
    expect(index.agencies).toEqual([
      { id: 'khon-kaen', nameTh: 'เทศบาลนครขอนแก่น', nameEn: 'Agency khon-kaen', latest: '2570-Q1', periods: ['2570', '2570-Q1'] },
      { id: 'bang-phli', nameTh: 'องค์การบริหารส่วนตำบลบางพลี', nameEn: 'Agency bang-phli', latest: '2570-Q1', periods: ['2570', '2570-Q1'] },
    ]);
    const page = world.statsStore.objects.get('index.html')!.body.toString('utf8');
    expect(page).toContain('<a href="/stats/bang-phli/">องค์การบริหารส่วนตำบลบางพลี</a>');
    expect(page).toContain('<a href="/stats/all/">');
    expect(page).not.toContain('never-published');
    expect(page).toContain('<script src="/stats/index.js" defer></script>');
    expect(world.statsStore.objects.get('index.js')!.contentType).toMatch(/^text\/javascript/);
  });

  it('searches in the browser by the same rule as the agency search of the API', () => {
    const normalise = runInNewContext(`${INDEX_SCRIPT.slice(0, INDEX_SCRIPT.indexOf('const form'))}; normalise`) as (text: string) => string;
    for (const text of ['อบต. บางพลี', 'องค์การบริหารส่วนตำบลบางพลี', 'ทน.ขอนแก่น', 'KHON Kaen', 'สำนัก อนามัย', 'กทม.', 'ศบส. 1', 'a\u200bb']) {
      expect(normalise(text), text).toBe(searchableName(text));
    }
  });
});

describe('the national roll-up\'s files', () => {
  it('publishes each quarter and the fiscal year to date under /stats/all/, exact where every agency is, ranges otherwise', async () => {
    const world = agencyWorld([testAgency('lao-a', 'ก'), testAgency('lao-b', 'ข')], { 'lao-a': bigRows(), 'lao-b': rowsOf(2, 'bribery') });
    await publishStatistics(world.context)('2570-Q1');
    const quarter = world.read('all/2570-Q1/stats.json');
    expect(quarter).toMatchObject({ schema: 'integrity-statistics-national/v1', agencies: 2, revision: { number: 1 } });
    // lao-b's received "<5" adds 0 … 4 to lao-a's exact 18.
    expect(quarter.complaints.received).toEqual({ low: 18, high: 22 });
    const year = world.read('all/2570/stats.json');
    expect(year.complaints.received).toEqual(quarter.complaints.received);
    const page = world.statsStore.objects.get('all/index.html')!.body.toString('utf8');
    expect(page).toContain('ภาพรวมทุกหน่วยงาน');
    expect(page).toMatch(/data-field="received">18–22</);
    expect(world.statsStore.objects.get('all/2570-Q1/complaints.csv')!.body.toString('utf8')).toContain('all,2570-Q1,complaints,received,เรื่องที่ได้รับ,18,22');
    expect(world.statsStore.objects.get('all/archive.html')!.body.toString('utf8')).toContain('/stats/all/2570-Q1/index.html');
  });
});
