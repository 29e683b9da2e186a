// Publication and the executive report over HTTP against DynamoDB Local, and the published page in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, post, referenceComplaint } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';
import { launchBrowser } from '../support/browser';

let stack: TestStack;
let admin: string;
let executive: string;
let officer: string;
beforeAll(async () => {
  stack = await startTestStack();
  // One active agency in this registry: the seed catalogue's other agency is retired, so it is not published.
  await stack.context.agencies.update('bma-medical', { status: 'retired' });
  admin = await stack.issuer.issue({ sub: 'admin-1', roles: ['admin'], agency: 'bma-health' });
  executive = await stack.issuer.issue({ sub: 'director-1', roles: ['executive'], agency: 'bma-health' });
  officer = await stack.issuer.issue({ sub: 'officer-1', roles: ['officer'], agency: 'bma-health' });
});
afterAll(() => stack.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
// Complaints are received now, so the quarter of today is the one with data.
const currentQuarter = () => {
  const bangkok = new Date(Date.now() + 7 * 3600_000);
  const month = bangkok.getUTCMonth() + 1;
  const fiscalYear = bangkok.getUTCFullYear() + 543 + (month >= 10 ? 1 : 0);
  return `${fiscalYear}-Q${Math.floor(((month + 2) % 12) / 3) + 1}`;
};

describe('quarterly publication', () => {
  it('publishes a quarter once it has ended, under disclosure control, serves it under /stats/, and renders it in a browser', async () => {
    const period = currentQuarter();
    for (let index = 0; index < 13; index += 1) {
      const category = index < 12 ? 'bribery' : 'salary-promotion';
      expect((await post(stack.url, '/api/complaints', { ...referenceComplaint(), category, reporter: { mode: 'anonymous' } })).status).toBe(201);
    }
    const filed = await post(stack.url, '/api/complaints', referenceComplaint());
    const casePath = `/api/cases/${filed.body.reference}/transitions`;
    for (const to of ['acknowledged', 'investigating']) expect((await post(stack.url, casePath, { to }, bearer(officer))).status).toBe(200);
    expect((await post(stack.url, casePath, { to: 'closed', outcome: 'unsubstantiated' }, bearer(officer))).status).toBe(200);

    expect((await post(stack.url, '/api/publications', { period }, bearer(officer))).status).toBe(403);
    // The quarter is still running: its numbers would change with the next complaint.
    const early = await post(stack.url, '/api/publications', { period }, bearer(admin));
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.body)).toContain('has not ended');

    // The day after the quarter's last day (the clock of the stack only; tokens keep real time).
    const realClock = stack.context.clock;
    const [fiscalYear, quarter] = [Number(period.slice(0, 4)), Number(period.slice(-1))];
    const nextStart = Date.UTC(fiscalYear - 544 + Math.floor((9 + quarter * 3) / 12), (9 + quarter * 3) % 12, 1) - 7 * 3600_000;
    stack.context.clock = { now: () => new Date(nextStart + 86_400_000) };
    try {
      const published = await post(stack.url, '/api/publications', { period }, bearer(admin));
      expect(published.status).toBe(200);
      expect(published.body.results[0].periods.map((entry: { id: string }) => entry.id)).toEqual([...Array.from({ length: quarter - 1 }, (_unused, index) => `${fiscalYear}-Q${index + 1}`), period, period.slice(0, 4)]);
      const again = await post(stack.url, '/api/publications', { period }, bearer(admin));
      expect(again.body.results[0].written).toEqual([]);
      expect(again.body.failed).toEqual([]);
      // One agency at a time (the remedy for a job in the dead-letter queue); an unknown one is refused.
      const one = await post(stack.url, '/api/publications', { period, agency: 'bma-health' }, bearer(admin));
      expect([one.status, one.body.results.map((result: { agency: string }) => result.agency)]).toEqual([200, ['bma-health']]);
      const unknown = await post(stack.url, '/api/publications', { period, agency: 'nobody' }, bearer(admin));
      expect([unknown.status, unknown.body.error.fields]).toEqual([400, { 'body.agency': 'unknown agency' }]);
      const malformed = await post(stack.url, '/api/publications', { period, agency: '../etc' }, bearer(admin));
      expect([malformed.status, Object.keys(malformed.body.error.fields)]).toEqual([400, ['body.agency']]);
    } finally {
      stack.context.clock = realClock;
    }

    const stats = await get(stack.url, `/stats/bma-health/${period}/stats.json`);
    // bribery 12 beside four small categories and two zeros: the small ones hide each other only with
    // bribery withheld; one completed case beside 13 running: completed "<5", in progress withheld.
    expect(stats.body.complaints).toMatchObject({
      received: 14,
      completed: '<5',
      inProgress: 'x',
      byCategory: { bribery: 'x', 'salary-promotion': '<5', procurement: '<5', other: '<5' },
      byOutcome: { unsubstantiated: '<5', substantiated: '<5' },
      medianDaysToClose: 'x',
    });
    expect(JSON.stringify(stats.body)).not.toContain('ผู้ร้องเรียนอ้างอิง');
    expect(JSON.stringify(stats.body)).not.toContain(filed.body.reference);
    const index = await get(stack.url, '/stats/index.json');
    expect(index.body.agencies).toEqual([expect.objectContaining({ id: 'bma-health', latest: period })]);
    // A folder named without its "/" is sent to it, as CloudFront's function does.
    const bare = await fetch(`${stack.url}/stats/bma-health`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/stats/bma-health/']);

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${stack.url}/stats/bma-health/`);
      expect(await page.locator('h1').textContent()).toBe('สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
      expect(await page.locator('[data-field="received"]').textContent()).toBe('14');
      expect(await page.locator('[data-field="completed"]').textContent()).toBe('น้อยกว่า 5');
      expect(await page.locator('[data-field="inProgress"]').textContent()).toBe('ไม่เปิดเผย');
      expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('figure table').count()).toBe(await page.locator('figure svg').count());
      expect(await page.locator('script').count()).toBe(0);
      await Promise.all([page.waitForURL('**/archive.html'), page.getByRole('link', { name: 'สถิติย้อนหลังทุกช่วงเวลา' }).click()]);
      expect(await page.locator('h1').textContent()).toContain('ทุกช่วงเวลา');

      // /stats/ is the index of every agency with published statistics, searchable as a person types.
      await page.goto(`${stack.url}/stats/`);
      const listed = page.locator('#agencies li:not([hidden])');
      expect(await listed.count()).toBe(1);
      expect(await listed.locator('a').getAttribute('href')).toBe('/stats/bma-health/');
      await page.getByLabel('ค้นหาหน่วยงาน').fill('สนอ.');
      expect(await listed.count()).toBe(1);
      await page.getByLabel('ค้นหาหน่วยงาน').fill('เทศบาลนคร');
      expect(await listed.count()).toBe(0);
      expect(await page.locator('#agency-count').textContent()).toContain('0');
      // The national roll-up: one agency, so its exact figures are the national ones, its small cells ranges.
      await Promise.all([page.waitForURL('**/stats/all/'), page.getByRole('link', { name: 'ภาพรวมทุกหน่วยงาน' }).click()]);
      expect(await page.locator('[data-field="received"]').textContent()).toBe('14');
      expect(await page.locator('[data-field="completed"]').textContent()).toBe('0–4');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('gives executives a private report with overdue cases and records their sign-off', async () => {
    const period = currentQuarter();
    const response = await fetch(`${stack.url}/api/reports/${period}`, { headers: bearer(executive) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const report = await response.text();
    expect(report).toContain('รายงานผลการดำเนินงานต่อผู้บริหาร');
    expect(report).toContain('ยังไม่มีผู้บริหารรับทราบรายงานนี้');

    const acknowledged = await post(stack.url, `/api/reports/${period}/acknowledgements`, { note: 'รับทราบ ให้เร่งรัดเรื่องที่เกินกำหนด' }, bearer(executive));
    expect(acknowledged).toMatchObject({ status: 201, body: { acknowledgedBy: 'director-1' } });
    const signed = await (await fetch(`${stack.url}/api/reports/${period}`, { headers: bearer(executive) })).text();
    expect(signed).toContain('director-1 รับทราบเมื่อ');
    expect(signed).toContain('ให้เร่งรัดเรื่องที่เกินกำหนด');
    expect((await fetch(`${stack.url}/api/reports/${period}`, { headers: bearer(officer) })).status).toBe(403);
    expect((await fetch(`${stack.url}/api/reports/2570-Q9`, { headers: bearer(executive) })).status).toBe(400);
  });
});
