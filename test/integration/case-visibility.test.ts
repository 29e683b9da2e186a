// Who sees which case, over HTTP against DynamoDB Local: every case route × every kind of staff
// member × a case with a unit, one without, and one about the complaint handlers. A case a member
// may not see answers exactly as one that does not exist (404), in the queue and by reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/staff';
import { routes } from '../../functions/routes';
import { post, referenceComplaint, type Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';
import { jpegWithGps } from '../support/evidence-fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const UNIT = 'health-centre-1';
const REASON = 'ผู้ถูกร้องเรียนเป็นญาติใกล้ชิดของข้าพเจ้า จึงไม่ควรรับผิดชอบเรื่องนี้';

async function call(method: string, path: string, bearer: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
}

interface Member {
  name: string;
  roles: StaffRole[];
  unit?: string;
  agency?: string;
  id: string;
  token: string;
}

/** A staff account made through the API (so the directory knows it), and a token for it. */
async function member(name: string, roles: StaffRole[], unit?: string, agency = 'bma-health'): Promise<Member> {
  const admin = await stack.issuer.issue({ sub: 'platform', roles: ['platform-admin'], agency: 'bma-health' });
  const made = await call('POST', `/api/agencies/${agency}/staff`, admin, { email: `${name}@example.org`, name, roles, ...(unit ? { unit } : {}) });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const id = made.body.id as string;
  return { name, roles, ...(unit ? { unit } : {}), agency, id, token: await stack.issuer.issue({ sub: id, roles, agency, ...(unit ? { unit } : {}) }) };
}

/** A filed case with one received photo. */
async function fileCase(extra: Record<string, unknown>) {
  const filed = await post(stack.url, '/api/complaints', { ...referenceComplaint(), ...extra });
  expect(filed.status).toBe(201);
  const { reference, secret } = filed.body as { reference: string; secret: string };
  const photo = jpegWithGps();
  const slot = await post(stack.url, '/api/tracking/files', { reference, secret, name: 'photo.jpg', mediaType: 'image/jpeg', size: photo.length }, { 'idempotency-key': `visibility-${reference}` });
  const form = new FormData();
  for (const [name, value] of Object.entries(slot.body.upload.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(photo)]));
  expect((await fetch(new URL(slot.body.upload.url, stack.url), { method: 'POST', body: form })).status).toBe(204);
  await stack.evidenceBucket.settled();
  return { reference, fileId: slot.body.file.id as string };
}

type Kind = 'with unit' | 'without unit' | 'about the handlers';

describe('case visibility over HTTP', () => {
  it('answers every case route × every member × every kind of case exactly as specified', { timeout: 300_000 }, async () => {
    const m = {
      insider: await member('insider', ['officer'], UNIT),
      declarer: await member('declarer', ['officer']),
      assignee: await member('assignee', ['officer'], 'secretariat'),
      other: await member('other', ['officer']),
      supervisor: await member('supervisor', ['supervisor']),
      custodian: await member('custodian', ['custodian']),
      executive: await member('executive', ['executive']),
      admin: await member('admin', ['admin']),
      outsider: await member('outsider', ['officer', 'supervisor', 'custodian', 'executive', 'admin'], undefined, 'bma-medical'),
    };
    const cases: Record<Kind, { reference: string; fileId: string }> = {
      'with unit': await fileCase({ unit: UNIT }),
      'without unit': await fileCase({}),
      'about the handlers': await fileCase({ concernsHandlers: true }),
    };
    // The declarer steps away from the two cases it can see; the supervisor assigns them.
    for (const kind of ['with unit', 'without unit'] as const) {
      const { reference } = cases[kind];
      expect((await call('POST', `/api/cases/${reference}/conflicts`, m.declarer.token, { reason: REASON })).status).toBe(201);
      expect((await call('POST', `/api/cases/${reference}/assignment`, m.supervisor.token, { assignee: m.assignee.id })).status).toBe(200);
    }
    expect((await call('POST', `/api/cases/${cases['about the handlers'].reference}/conflicts`, m.declarer.token, { reason: REASON })).status).toBe(404);

    const sees = (who: keyof typeof m, kind: Kind) => {
      if (who === 'outsider' || who === 'declarer') return false;
      if (kind === 'with unit' && who === 'insider') return false;
      if (kind === 'about the handlers') return who === 'custodian';
      return true;
    };
    const routeRoles = (method: string, path: string) => {
      const found = routes.find((candidate) => candidate.method === method && candidate.path === path);
      if (found?.access.kind !== 'staff') throw new Error(`${method} ${path} is no staff route`);
      return found.access.roles;
    };
    // Each probe: the route, its request, and what a member who may act on a visible case gets.
    const probes: { method: string; path: string; body?: (kind: Kind) => unknown; ok: (kind: Kind) => number; file?: true }[] = [
      { method: 'GET', path: '/api/cases/{reference}', ok: () => 200 },
      // received → investigating is no transition: reaching the case answers 409 and changes nothing.
      { method: 'POST', path: '/api/cases/{reference}/transitions', body: () => ({ to: 'investigating' }), ok: () => 409 },
      { method: 'POST', path: '/api/cases/{reference}/messages', body: () => ({ body: 'ขอเอกสารเพิ่มเติม' }), ok: () => 201 },
      { method: 'GET', path: '/api/cases/{reference}/audit', ok: () => 200 },
      { method: 'POST', path: '/api/cases/{reference}/files/{fileId}/downloads', ok: () => 201, file: true },
      { method: 'POST', path: '/api/cases/{reference}/identity-reveals', body: () => ({ reason: REASON }), ok: () => 200 },
      { method: 'PUT', path: '/api/cases/{reference}/legal-hold', body: () => ({ hold: true, reason: REASON }), ok: () => 200 },
      { method: 'POST', path: '/api/cases/{reference}/exports', body: () => ({ reason: REASON }), ok: () => 201 },
      // Already assigned to this member (nothing changes); the handlers' case cannot go to an officer.
      { method: 'POST', path: '/api/cases/{reference}/assignment', body: () => ({ assignee: m.assignee.id }), ok: (kind) => (kind === 'about the handlers' ? 409 : 200) },
      // Last: a declaration hides the case from its declarer.
      { method: 'POST', path: '/api/cases/{reference}/conflicts', body: () => ({ reason: REASON }), ok: () => 201 },
    ];
    const caseRoutes = routes.filter((candidate) => candidate.access.kind === 'staff' && candidate.path.startsWith('/api/cases/{reference}'));
    expect(probes.map((probe) => `${probe.method} ${probe.path}`).sort()).toEqual(caseRoutes.map((candidate) => `${candidate.method} ${candidate.path}`).sort());

    const wrong: string[] = [];
    const queueRoles = routeRoles('GET', '/api/cases');
    for (const [who, staff] of Object.entries(m) as [keyof typeof m, Member][]) {
      const queue = await call('GET', '/api/cases', staff.token);
      const listed = new Set(queue.status === 200 ? (queue.body.items as { reference: string }[]).map((item) => item.reference) : []);
      const queueAllowed = staff.roles.some((role) => queueRoles.includes(role));
      if (queue.status !== (queueAllowed ? 200 : 403)) wrong.push(`GET /api/cases ${who}: ${queue.status}`);
      for (const [kind, { reference }] of Object.entries(cases) as [Kind, { reference: string }][]) {
        if (queueAllowed && listed.has(reference) !== sees(who, kind)) wrong.push(`queue of ${who} ${listed.has(reference) ? 'lists' : 'misses'} the case ${kind}`);
      }
    }
    for (const probe of probes) {
      const allowed = routeRoles(probe.method, probe.path);
      for (const [who, staff] of Object.entries(m) as [keyof typeof m, Member][]) {
        for (const [kind, { reference, fileId }] of Object.entries(cases) as [Kind, { reference: string; fileId: string }][]) {
          const path = probe.path.replace('{reference}', reference).replace('{fileId}', fileId);
          const answer = await call(probe.method, path, staff.token, probe.body?.(kind));
          const expected = !staff.roles.some((role) => allowed.includes(role)) ? 403 : sees(who, kind) ? probe.ok(kind) : 404;
          if (answer.status !== expected) wrong.push(`${probe.method} ${probe.path} ${who} on the case ${kind}: ${answer.status}, expected ${expected}`);
          if (expected === 404) expect(JSON.stringify(answer.body)).not.toMatch(/health-centre|concernsHandlers|subject/);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('filters the queue by assignee and unassigned, shows the assignee on the case and the declarations to custodians only', async () => {
    const officer = await member('queue-officer', ['officer', 'supervisor']);
    const keeper = await member('queue-custodian', ['custodian']);
    const colleague = await member('queue-colleague', ['officer']);
    const { reference } = await fileCase({});
    const path = `/api/cases/${reference}`;
    const unassigned = await call('GET', '/api/cases?assignee=unassigned', officer.token);
    expect(unassigned.body.items.map((item: { reference: string }) => item.reference)).toContain(reference);
    expect((await call('POST', `${path}/assignment`, officer.token, { assignee: 'no-such-member' })).body.error.fields).toEqual({ 'body.assignee': expect.any(String) });
    expect((await call('POST', `${path}/assignment`, officer.token, { assignee: officer.id })).status).toBe(200);
    expect((await call('POST', `${path}/assignment`, officer.token, { assignee: colleague.id })).body.error.fields).toEqual({ 'body.reason': expect.any(String) });
    const mine = await call('GET', '/api/cases?assignee=me', officer.token);
    expect(mine.body.items.map((item: { reference: string; assignee: string }) => [item.reference, item.assignee])).toEqual([[reference, officer.id]]);
    expect((await call('GET', '/api/cases?assignee=unassigned', officer.token)).body.items.map((item: { reference: string }) => item.reference)).not.toContain(reference);
    expect((await call('GET', '/api/cases?assignee=me&overdue=true', officer.token)).body.items).toEqual([]);
    expect((await call('POST', `${path}/conflicts`, colleague.token, { reason: REASON })).status).toBe(201);
    expect((await call('POST', `${path}/assignment`, officer.token, { assignee: colleague.id, reason: 'มอบให้ผู้มีประสบการณ์ด้านพัสดุ' })).status).toBe(409);
    const asCustodian = await call('GET', path, keeper.token);
    expect(asCustodian.body).toMatchObject({ assignment: { assignee: officer.id }, conflicts: [{ staff: colleague.id, reason: REASON }] });
    const asOfficer = await call('GET', path, officer.token);
    expect(asOfficer.body.assignment.assignee).toBe(officer.id);
    expect(asOfficer.body.conflicts).toBeUndefined();
    const trail = await call('GET', `${path}/audit`, keeper.token);
    expect(trail.body.entries.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['case.assign', 'case.conflict']));
  });
});
