// The suppression list over the local stack: an SES bounce for a staff address (handed to the same
// handler as on AWS) keeps the notifier from mailing it over SMTP while the other officers are mailed;
// the agency's admin reads the address, the reason and the day over HTTP, and a reporter's suppressed
// address only as a count; another agency's admin and an officer read nothing; lifting is audited and
// the address is mailed again.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMailEventsHandler } from '../../functions/notifications/mail-events';
import { mailHeader } from '../../infra/local/mail-server';
import type { StaffRole } from '../../shared/domain/staff';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
const token = (roles: StaffRole[], agency = 'bma-health') => stack.issuer.issue({ sub: `staff-${roles.join('-')}-${agency}`, roles, agency });

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, notifications: true });
  await stack.context.staffDirectory.create({ email: 'Bounced.Officer@example.org', name: 'เจ้าหน้าที่ ก', agency: 'bma-health', roles: ['officer'] });
  await stack.context.staffDirectory.create({ email: 'working-officer@example.org', name: 'เจ้าหน้าที่ ข', agency: 'bma-health', roles: ['officer'] });
});
afterAll(() => stack.close());

async function recipients(): Promise<string[]> {
  await stack.notificationsSettled();
  const names = (await readdir(stack.mailDir)).filter((name) => name.endsWith('.eml'));
  return Promise.all(names.map(async (name) => mailHeader(await readFile(join(stack.mailDir, name), 'utf8'), 'to')));
}

const sesEvent = (event: Record<string, unknown>) => ({ Records: [{ Sns: { Message: JSON.stringify(event) } }] });
const call = async (method: string, path: string, bearer: string, body?: unknown) => {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const file = (key: string) => post(stack.url, '/api/complaints', { category: 'bribery', subject: 'เรียกรับเงิน', description: 'เจ้าหน้าที่เรียกเงินเพื่อเร่งงาน', reporter: { mode: 'anonymous' } }, { 'Idempotency-Key': key });

describe('the mail suppression list over the local stack', () => {
  it('does not mail a staff address SES reported as bounced; the other officer is mailed', async () => {
    const handle = makeMailEventsHandler({ suppressions: stack.context.mailSuppressions });
    await handle(
      sesEvent({
        eventType: 'Bounce',
        mail: { tags: { audience: ['staff'], agency: ['bma-health'] } },
        bounce: { bounceType: 'Permanent', timestamp: '2026-12-01T02:00:00.000Z', bouncedRecipients: [{ emailAddress: 'bounced.officer@example.org' }] },
      }),
    );
    // A reporter's contact that complained: suppressed, counted, never shown.
    await handle(
      sesEvent({
        eventType: 'Complaint',
        mail: { tags: { agency: ['bma-health'] } },
        complaint: { timestamp: '2026-12-02T02:00:00.000Z', complainedRecipients: [{ emailAddress: 'qx-reporter-marker@example.net' }] },
      }),
    );
    expect((await file('suppression-test-complaint-0001')).status).toBe(201);
    expect(await recipients()).toEqual(['working-officer@example.org']);
  });

  it("shows the agency's admin which staff address, why and since when, and others only as a count", async () => {
    const answer = await call('GET', '/api/agencies/bma-health/mail-suppressions', await token(['admin']));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ staff: [{ address: 'bounced.officer@example.org', reason: 'bounce', since: '2026-12-01T02:00:00.000Z' }], others: 1 });
    expect(JSON.stringify(answer.body)).not.toContain('marker');
    const audit = await call('GET', '/api/audit?action=mail.suppressions', await token(['admin']));
    expect(audit.status).toBe(200);
    expect((audit.body.entries as unknown[]).length).toBe(1);
  });

  it("answers another agency's admin 404 and an officer 403, for reading and for lifting", async () => {
    expect((await call('GET', '/api/agencies/bma-health/mail-suppressions', await token(['admin'], 'bma-medical'))).status).toBe(404);
    expect((await call('GET', '/api/agencies/bma-health/mail-suppressions', await token(['officer']))).status).toBe(403);
    expect((await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', await token(['admin'], 'bma-medical'), { address: 'bounced.officer@example.org' })).status).toBe(404);
    expect((await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', await token(['officer']), { address: 'bounced.officer@example.org' })).status).toBe(403);
  });

  it("cannot lift a reporter's suppression, nor confirm that an address is on the list by trying", async () => {
    const admin = await token(['admin']);
    const reporter = await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', admin, { address: 'qx-reporter-marker@example.net' });
    const unknown = await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', admin, { address: 'nobody@example.net' });
    expect(reporter.status).toBe(404);
    expect(reporter.body.error).toEqual({ ...(unknown.body.error as object), requestId: expect.any(String) });
    expect(await stack.context.mailSuppressions.find('qx-reporter-marker@example.net')).toBeDefined();
    const invalid = await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', admin, { address: 'not an address' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ fields: { 'body.address': expect.any(String) } });
  });

  it('lifts a staff suppression on record, and the address is mailed again', async () => {
    const admin = await token(['admin']);
    const lifted = await call('POST', '/api/agencies/bma-health/mail-suppressions/lifts', admin, { address: 'Bounced.Officer@example.org' });
    expect(lifted).toEqual({ status: 200, body: { lifted: 'Bounced.Officer@example.org' } });
    const audit = await call('GET', '/api/audit?action=mail.unsuppress', admin);
    const entries = audit.body.entries as { detail?: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).not.toMatch(/officer|example/i);
    expect((await file('suppression-test-complaint-0002')).status).toBe(201);
    expect((await recipients()).sort()).toEqual(['Bounced.Officer@example.org', 'working-officer@example.org', 'working-officer@example.org']);
  });
});
