// The executive loop over HTTP against DynamoDB Local: the agency's admin turns on "publish only after
// an executive has approved"; the quarter's publication then prepares the figures and publishes
// nothing, the executive is mailed once over SMTP with the quarter and a console link; the approval
// (PUT /api/reports/{period}/approval) publishes the quarter with the approval's Bangkok day and the
// analysis, once, and no one else can approve it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailHeader } from '../../infra/local/mail-server';
import { decodedBodies } from '../support/captured-mail';
import { get, post, referenceComplaint } from '../support/http';
import { checkResponse } from '../support/openapi-check';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let admin: string;
let executive: string;
let secondExecutive: string;
let medicalExecutive: string;
let officer: string;

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, notifications: true });
  await stack.context.staffDirectory.create({ email: 'director@example.org', name: 'ผู้อำนวยการ', agency: 'bma-health', roles: ['executive'] });
  await stack.context.staffDirectory.create({ email: 'officer@example.org', name: 'เจ้าหน้าที่', agency: 'bma-health', roles: ['officer'] });
  await stack.context.staffDirectory.create({ email: 'medical-director@example.org', name: 'ผู้อำนวยการอื่น', agency: 'bma-medical', roles: ['executive'] });
  admin = await stack.issuer.issue({ sub: 'admin-1', roles: ['admin'], agency: 'bma-health' });
  executive = await stack.issuer.issue({ sub: 'director-1', roles: ['executive'], agency: 'bma-health' });
  secondExecutive = await stack.issuer.issue({ sub: 'director-2', roles: ['executive'], agency: 'bma-health' });
  medicalExecutive = await stack.issuer.issue({ sub: 'medical-director', roles: ['executive'], agency: 'bma-medical' });
  officer = await stack.issuer.issue({ sub: 'officer-1', roles: ['officer'], agency: 'bma-health' });
});
afterAll(() => stack.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function call(method: 'PUT' | 'PATCH', path: string, token: string, body: unknown) {
  const response = await fetch(`${stack.url}${path}`, { method, headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });
  await checkResponse(stack.url, method, new URL(`${stack.url}${path}`), response);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The quarter of today in Bangkok, which the complaints filed now fall in. */
const currentQuarter = () => {
  const bangkok = new Date(Date.now() + 7 * 3600_000);
  const month = bangkok.getUTCMonth() + 1;
  const fiscalYear = bangkok.getUTCFullYear() + 543 + (month >= 10 ? 1 : 0);
  return `${fiscalYear}-Q${Math.floor(((month + 2) % 12) / 3) + 1}`;
};

async function executiveMail() {
  await stack.notificationsSettled();
  const names = (await readdir(stack.mailDir)).filter((name) => name.endsWith('.eml'));
  const messages = await Promise.all(names.map(async (name) => (await readFile(join(stack.mailDir, name))).toString('utf8')));
  return messages.filter((raw) => mailHeader(raw, 'subject').includes('รอการพิจารณาอนุมัติ'));
}

const ANALYSIS = 'ปัญหา: ตอบรับเรื่องล่าช้าในเดือนแรก <b>ด่วน</b>\nแนวทางแก้ไข: เพิ่มเวรรับเรื่อง & ทบทวนทุกสัปดาห์';

describe('the executive loop over HTTP', () => {
  it('prepares without publishing, tells the executive once, and publishes at the approval with its date and analysis', async () => {
    const period = currentQuarter();
    // The agency's own admin turns the setting on (audited with the change).
    const turnedOn = await call('PATCH', '/api/agencies/bma-health', admin, { publishAfterApproval: true });
    expect([turnedOn.status, turnedOn.body.publishAfterApproval]).toEqual([200, true]);
    expect((await get(stack.url, '/api/agencies/bma-health')).body.publishAfterApproval).toBe(true);
    for (let index = 0; index < 6; index += 1) expect((await post(stack.url, '/api/complaints', referenceComplaint())).status).toBe(201);

    const realClock = stack.context.clock;
    const [fiscalYear, quarter] = [Number(period.slice(0, 4)), Number(period.slice(-1))];
    const nextStart = Date.UTC(fiscalYear - 544 + Math.floor((9 + quarter * 3) / 12), (9 + quarter * 3) % 12, 1) - 7 * 3600_000;
    // The quarter ends at Bangkok midnight (17:00 UTC); 23:30 UTC that evening is already 06:30 of the next day in Bangkok.
    const signOff = new Date(nextStart + 6.5 * 3600_000);
    stack.context.clock = { now: () => signOff };
    try {
      for (let run = 0; run < 2; run += 1) {
        const prepared = await post(stack.url, '/api/publications', { period, agency: 'bma-health' }, bearer(admin));
        expect(prepared.status).toBe(200);
        expect(prepared.body.results).toEqual([{ agency: 'bma-health', periods: [], written: [], awaitingApproval: true }]);
      }
      expect((await fetch(`${stack.url}/stats/bma-health/${period}/stats.json`)).status).toBe(404);

      const mail = await executiveMail();
      expect(mail.map((raw) => mailHeader(raw, 'to'))).toEqual(['director@example.org']);
      expect(decodedBodies(mail[0]!)).toContain(`http://localhost:3000/staff/report.html?period=${period}`);

      // Only an executive of the agency, with an analysis that fits.
      expect((await call('PUT', `/api/reports/${period}/approval`, officer, { analysis: ANALYSIS })).status).toBe(403);
      expect((await call('PUT', `/api/reports/${period}/approval`, admin, { analysis: ANALYSIS })).status).toBe(403);
      const empty = await call('PUT', `/api/reports/${period}/approval`, executive, { analysis: '   ' });
      expect([empty.status, Object.keys(empty.body.error.fields)]).toEqual([400, ['body.analysis']]);
      const long = await call('PUT', `/api/reports/${period}/approval`, executive, { analysis: 'ก'.repeat(4001) });
      expect([long.status, Object.keys(long.body.error.fields)]).toEqual([400, ['body.analysis']]);
      expect((await call('PUT', `/api/reports/${period}/approval`, executive, { analysis: 'ก\u0000' })).status).toBe(400);
      // Another agency's executive approves their own agency's quarter; this one's stays unpublished.
      expect((await call('PUT', `/api/reports/${period}/approval`, medicalExecutive, { analysis: 'ของหน่วยงานอื่น' })).status).toBe(200);
      expect((await fetch(`${stack.url}/stats/bma-health/${period}/stats.json`)).status).toBe(404);

      const approved = await call('PUT', `/api/reports/${period}/approval`, executive, { analysis: ANALYSIS });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ period, approvedBy: 'director-1', approvedAt: signOff.toISOString(), analysis: ANALYSIS, created: true });
      const bangkokDay = new Date(signOff.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
      expect(approved.body.approvedOn).toBe(bangkokDay);
      expect(bangkokDay).not.toBe(signOff.toISOString().slice(0, 10));

      // A retry signs nothing twice; a second executive is refused.
      const retry = await call('PUT', `/api/reports/${period}/approval`, executive, { analysis: ANALYSIS });
      expect([retry.status, retry.body.created, retry.body.approvedAt]).toEqual([200, false, signOff.toISOString()]);
      const second = await call('PUT', `/api/reports/${period}/approval`, secondExecutive, { analysis: ANALYSIS });
      expect([second.status, second.body.error.code]).toEqual([409, 'report-approved']);
      const entries = await stack.context.audit.list({ agency: 'bma-health', report: period });
      expect(entries.filter((entry) => entry.action === 'report.approve').map((entry) => entry.actor)).toEqual(['director-1']);
    } finally {
      stack.context.clock = realClock;
    }

    const stats = await get(stack.url, `/stats/bma-health/${period}/stats.json`);
    expect(stats.body.schema).toBe('integrity-statistics/v5');
    expect(stats.body.approval).toEqual({ approvedOn: new Date(signOff.getTime() + 7 * 3600_000).toISOString().slice(0, 10), analysis: ANALYSIS });
    const page = await (await fetch(`${stack.url}/stats/bma-health/${period}/`)).text();
    expect(page).toContain('<p>ปัญหา: ตอบรับเรื่องล่าช้าในเดือนแรก &lt;b&gt;ด่วน&lt;/b&gt;</p>');
    expect(page).toContain('ผู้บริหารพิจารณาและอนุมัติให้เผยแพร่เมื่อ');
    const csv = await (await fetch(`${stack.url}/stats/bma-health/${period}/complaints.csv`)).text();
    expect(csv).toContain(`,approval,approvedOn,`);
    // Approved and told: nothing more is mailed to the executive.
    expect(await executiveMail()).toHaveLength(1);
  });
});
