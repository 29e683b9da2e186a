// The officers' routes over HTTP against DynamoDB Local: who gets in, what they can do, and the trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema, queuePageSchema, staffCaseSchema } from '../../functions/cases/schemas';
import { routes } from '../../functions/routes';
import { STAFF_ROLES, type StaffRole } from '../../shared/domain/staff';
import { get, post, referenceComplaint, type Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';
import { hostileTokens } from '../support/tokens';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false, env: { AGENCIES: 'bma-health,bma-medical' } });
});
afterAll(() => stack.close());

const staffRoutes = routes.filter((route) => route.access.kind === 'staff');
const token = (roles: StaffRole[], agency = 'bma-health', sub = `staff-${roles.join('-')}`) => stack.issuer.issue({ sub, roles, agency });

async function call(method: string, path: string, bearer?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  if (method === 'GET') {
    const response = await fetch(`${stack.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }
  return post(stack.url, path, body ?? {}, headers);
}

async function fileIdentified(marker = 'ผู้แจ้งทดสอบ') {
  const filed = await post(stack.url, '/api/complaints', referenceComplaint(marker));
  expect(filed.status).toBe(201);
  return filed.body as { reference: string; secret: string };
}

const REASON = 'ต้องติดต่อผู้ร้องเรียนเพื่อขอพยานหลักฐานเพิ่มเติมตามระเบียบ';
const bodyFor = (path: string) =>
  path.endsWith('/transitions') ? { to: 'acknowledged' } : path.endsWith('/messages') ? { body: 'ขอข้อมูลเพิ่มเติม' } : path.endsWith('/identity-reveals') ? { reason: REASON } : undefined;

describe('the staff authorization matrix', () => {
  it('answers every staff route × every credential as specified', { timeout: 60_000 }, async () => {
    const hostile = await hostileTokens(stack);
    const rows: string[] = [];
    for (const route of staffRoutes) {
      const allowed = route.access.kind === 'staff' ? route.access.roles : [];
      const cases: [string, string | undefined, number[]][] = [
        ...Object.entries(hostile).map(([name, bearer]): [string, string | undefined, number[]] => [name, bearer, [401]]),
        ...(await Promise.all(
          STAFF_ROLES.map(async (role): Promise<[string, string, number[]]> => [role, await token([role]), allowed.includes(role) ? [200, 201] : [403]]),
        )),
      ];
      for (const [name, bearer, expected] of cases) {
        // A fresh case for every call, so an allowed action never meets a case another call changed.
        const { reference } = await fileIdentified();
        const path = route.path.replace('{reference}', reference);
        const answer = await call(route.method, path, bearer, bodyFor(route.path));
        if (!expected.includes(answer.status)) rows.push(`${route.method} ${route.path} with ${name}: ${answer.status}, expected ${expected.join('/')}`);
      }
    }
    expect(rows).toEqual([]);
  });

  it('never lets a role reach another agency\'s case', async () => {
    const { reference } = await fileIdentified();
    const outsider = await token(['officer', 'custodian', 'admin'], 'bma-medical');
    for (const route of staffRoutes.filter((candidate) => candidate.path.includes('{reference}'))) {
      const answer = await call(route.method, route.path.replace('{reference}', reference), outsider, bodyFor(route.path));
      expect(answer.status, `${route.method} ${route.path}`).toBe(404);
    }
    const queue = await call('GET', '/api/cases', outsider);
    expect(queue.body.items.map((item: { reference: string }) => item.reference)).not.toContain(reference);
  });
});

describe('handling a case over HTTP', () => {
  it('lets an officer acknowledge and reply, the reporter see both, and a custodian reveal with an audit trail', async () => {
    const receipt = await fileIdentified('นายผู้แจ้ง เปิดเผย');
    const officer = await token(['officer'], 'bma-health', 'officer-somchai');
    const custodian = await token(['custodian'], 'bma-health', 'custodian-malee');
    const casePath = `/api/cases/${receipt.reference}`;

    const queue = await call('GET', '/api/cases?status=received', officer);
    expect(queue.status).toBe(200);
    expect(queuePageSchema.parse(queue.body).items.map((item) => item.reference)).toContain(receipt.reference);

    const read = await call('GET', casePath, officer);
    const view = staffCaseSchema.parse(read.body);
    expect(view).toMatchObject({ status: 'received', reporterMode: 'identified', allowedTransitions: ['acknowledged'] });
    expect(JSON.stringify(read.body)).not.toContain('เปิดเผย');

    const acknowledged = await call('POST', `${casePath}/transitions`, officer, { to: 'acknowledged', publicNote: 'รับเรื่องแล้ว กำลังตรวจสอบเบื้องต้น', internalNote: 'ส่งกลุ่มงานวินัย' });
    expect(acknowledged).toMatchObject({ status: 200, body: { status: 'acknowledged' } });
    expect((await call('POST', `${casePath}/transitions`, officer, { to: 'acknowledged' })).status).toBe(409);
    expect((await call('POST', `${casePath}/transitions`, officer, { to: 'closed' })).status).toBe(409);
    expect((await call('POST', `${casePath}/messages`, officer, { body: 'โปรดส่งสำเนาใบเสร็จ' })).status).toBe(201);

    const tracked = await post(stack.url, '/api/tracking', { reference: receipt.reference, secret: receipt.secret });
    expect(tracked.body.status).toBe('acknowledged');
    expect(tracked.body.timeline.at(-1)).toMatchObject({ status: 'acknowledged', note: 'รับเรื่องแล้ว กำลังตรวจสอบเบื้องต้น' });
    expect(tracked.body.messages).toEqual([{ at: expect.any(String), from: 'officer', body: 'โปรดส่งสำเนาใบเสร็จ' }]);
    expect(JSON.stringify(tracked.body)).not.toMatch(/somchai|ส่งกลุ่มงานวินัย/);
    expect(tracked.body.nextUpdateBy).toBeDefined();

    const opensBefore = stack.vaultCalls.open;
    expect((await call('POST', `${casePath}/identity-reveals`, custodian, { reason: 'สั้นไป' })).status).toBe(400);
    const revealed = await call('POST', `${casePath}/identity-reveals`, custodian, { reason: REASON });
    expect(revealed).toMatchObject({ status: 200, body: { identity: { name: 'นายผู้แจ้ง เปิดเผย ทดสอบ', phone: '081-234-5678' } } });
    expect(stack.vaultCalls.open - opensBefore).toBe(1);

    const audit = await call('GET', `${casePath}/audit`, custodian);
    const entries = audit.body.entries.map((entry: unknown) => auditEntrySchema.parse(entry));
    expect(entries.map((entry: { action: string; actor: string }) => [entry.action, entry.actor])).toEqual([
      ['case.read', 'officer-somchai'],
      ['case.transition', 'officer-somchai'],
      ['case.message', 'officer-somchai'],
      ['identity.reveal', 'custodian-malee'],
      ['audit.read', 'custodian-malee'],
    ]);
    expect(entries[3]).toMatchObject({ role: 'custodian', reason: REASON, reference: receipt.reference });
  });

  it('answers 409 for revealing an anonymous reporter', async () => {
    const filed = await post(stack.url, '/api/complaints', { ...referenceComplaint(), reporter: { mode: 'anonymous' } });
    const custodian = await token(['custodian']);
    expect((await call('POST', `/api/cases/${filed.body.reference}/identity-reveals`, custodian, { reason: REASON })).status).toBe(409);
  });

  it('pages the queue with a cursor and refuses a forged one', async () => {
    for (let index = 0; index < 3; index += 1) await fileIdentified();
    const officer = await token(['officer']);
    const all = (await call('GET', '/api/cases', officer)).body.items.length;
    expect(all).toBeGreaterThanOrEqual(3);
    const forged = Buffer.from(JSON.stringify({ GSI1PK: 'AGENCY#bma-medical', GSI1SK: 'x', PK: 'x', SK: 'x' })).toString('base64url');
    expect((await call('GET', `/api/cases?cursor=${forged}`, officer)).status).toBe(400);
    expect((await call('GET', '/api/cases?status=lost', officer)).status).toBe(400);
  });
});
