// Complaints from every channel over HTTP against DynamoDB Local: an officer records a letter, a
// phone call or a referral with POST /api/cases, gets a reference and a secret to print, and the case
// is written with its audit entry in one transaction; the reporter tracks it like any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffCaseSchema } from '../../functions/cases/schemas';
import { bangkokDate } from '../../shared/domain/calendar';
import type { StaffRole } from '../../shared/domain/staff';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const bearer = async (roles: StaffRole[] = ['officer'], sub = 'officer-channels', agency = 'bma-health') => ({ authorization: `Bearer ${await stack.issuer.issue({ sub, roles, agency })}` });

const letter = (overrides: Record<string, unknown> = {}) => ({
  channel: 'letter',
  receivedOn: '2026-11-02',
  kind: 'complaint',
  reporterType: 'public',
  category: 'procurement',
  subject: 'หนังสือร้องเรียนการจัดซื้อครุภัณฑ์',
  description: 'ได้รับหนังสือร้องเรียนว่าการจัดซื้อเครื่องวัดความดันมีราคาสูงกว่าราคากลาง',
  unit: 'health-centre-4',
  reporter: { mode: 'identified', name: 'นายผู้ส่ง หนังสือ', address: 'เขตบางรัก กรุงเทพฯ' },
  ...overrides,
});

describe('POST /api/cases', () => {
  it('records a letter: 201 with a receipt, the case stored with its channel, deadlines from the day received, and its audit entry', async () => {
    const key = { 'idempotency-key': `letter-${Date.now()}` };
    const answer = await post(stack.url, '/api/cases', letter(), { ...(await bearer()), ...key });
    expect(answer.status).toBe(201);
    const { reference, secret, acknowledgeBy } = answer.body as { reference: string; secret: string; acknowledgeBy: string };
    expect(secret).toMatch(/\S{20,}/);
    // 15 days from 2 November (Bangkok).
    expect(acknowledgeBy).toBe('2026-11-17T16:59:59.999Z');
    expect(stack.vaultCalls.seal).toBeGreaterThanOrEqual(1);

    const tracked = await post(stack.url, '/api/tracking', { reference, secret });
    expect(tracked.status).toBe(200);
    expect(tracked.body.status).toBe('received');

    // Read back through the DynamoDB adapters: the case as stored, and the trail written with it.
    const { complaint } = await stack.context.complaints.loadCaseFile(reference, { system: 'repository' });
    expect(complaint).toMatchObject({ channel: 'letter', kind: 'complaint', reporterType: 'public', receivedOn: '2026-11-02', unit: 'health-centre-4' });
    expect(Buffer.from(JSON.stringify(complaint)).includes('ผู้ส่ง')).toBe(false);
    const trail = await stack.context.audit.list({ reference });
    expect(trail.map((entry) => [entry.action, entry.actor, entry.detail])).toEqual([['case.record', 'officer-channels', 'letter']]);

    // Officers see how it arrived, what it is, who sent it and the day it came.
    const read = await fetch(`${stack.url}/api/cases/${reference}`, { headers: await bearer() });
    expect(read.status).toBe(200);
    expect(staffCaseSchema.parse(await read.json())).toMatchObject({ channel: 'letter', kind: 'complaint', reporterType: 'public', receivedOn: '2026-11-02' });

    // A faithful retry finds the same case, with a fresh secret; another body under the key is 422.
    const again = await post(stack.url, '/api/cases', letter(), { ...(await bearer()), ...key });
    expect([again.status, again.body.reference]).toEqual([201, reference]);
    expect((await post(stack.url, '/api/tracking', { reference, secret: again.body.secret })).status).toBe(200);
    expect((await post(stack.url, '/api/cases', letter({ subject: 'อีกเรื่อง' }), { ...(await bearer()), ...key })).status).toBe(422);
  });

  it('answers 400 naming the field for online, a future day, a day before the agency joined, an unknown unit and an unknown channel', async () => {
    const tomorrow = bangkokDate(new Date(Date.now() + 86_400_000));
    const refusals: [Record<string, unknown>, string][] = [
      [{ channel: 'online' }, 'body.channel'],
      [{ channel: 'fax' }, 'body.channel'],
      [{ receivedOn: tomorrow }, 'body.receivedOn'],
      [{ receivedOn: '2025-09-30' }, 'body.receivedOn'],
      [{ receivedOn: '2026-02-30' }, 'body.receivedOn'],
      [{ unit: 'no-such-unit' }, 'body.unit'],
      [{ kind: 'rumour' }, 'body.kind'],
      [{ reporterType: undefined }, 'body.reporterType'],
    ];
    for (const [change, field] of refusals) {
      const answer = await post(stack.url, '/api/cases', letter(change), await bearer());
      expect([answer.status, Object.keys(answer.body.error.fields ?? {})], JSON.stringify(change)).toEqual([400, [field]]);
    }
  });

  it('is for officers: a custodian, an executive or an admin gets 403, no token 401', async () => {
    for (const role of ['custodian', 'executive', 'admin'] as const) {
      expect((await post(stack.url, '/api/cases', letter(), await bearer([role], `someone-${role}`))).status, role).toBe(403);
    }
    expect((await post(stack.url, '/api/cases', letter())).status).toBe(401);
  });

  it('files a public complaint as online, with the reporter type and kind the form asked', async () => {
    const filed = await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'แจ้งเบาะแส', description: 'มีการเรียกรับเงิน', kind: 'tip', reporterType: 'staff', reporter: { mode: 'anonymous' } });
    expect(filed.status).toBe(201);
    const { complaint } = await stack.context.complaints.loadCaseFile(filed.body.reference, { system: 'repository' });
    expect(complaint).toMatchObject({ channel: 'online', kind: 'tip', reporterType: 'staff' });
    const read = await fetch(`${stack.url}/api/cases/${filed.body.reference as string}`, { headers: await bearer() });
    const view = staffCaseSchema.parse(await read.json());
    expect(view).toMatchObject({ channel: 'online', kind: 'tip', reporterType: 'staff' });
    expect(view.receivedOn).toBeUndefined();
    expect((await post(stack.url, '/api/complaints', { category: 'bribery', subject: 'x', description: 'y', channel: 'phone', reporter: { mode: 'anonymous' } })).status).toBe(400);
  });
});
