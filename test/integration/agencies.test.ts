// The registry's routes over HTTP against DynamoDB Local: onboarding an agency, changing and retiring
// it, its staff accounts, and intake naming an agency and a unit. The authorization matrix covers the
// platform admin, each agency role, and another agency's admin; every answer is checked against the
// OpenAPI document the stack serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/staff';
import { referenceComplaint, type Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const token = (roles: StaffRole[], agency = 'bma-health', sub = `staff-${roles.join('-')}-${agency}`) => stack.issuer.issue({ sub, roles, agency });

async function call(method: string, path: string, bearer?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const TAMBON = {
  id: 'tambon-example',
  nameTh: 'องค์การบริหารส่วนตำบลตัวอย่าง',
  nameEn: 'Tambon Example SAO',
  units: [
    { id: 'finance', nameTh: 'กองคลัง', nameEn: 'Finance Division' },
    { id: 'public-works', nameTh: 'กองช่าง', nameEn: 'Public Works Division' },
  ],
  contact: { responsibleUnit: 'สำนักปลัด', phone: '02 111 1111' },
};

describe('onboarding an agency', () => {
  it('lets a platform admin create it once, however often the same request is retried with its key', async () => {
    const admin = await token(['platform-admin']);
    const first = await call('POST', '/api/agencies', admin, TAMBON, { 'idempotency-key': 'onboard-tambon-1' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ ...TAMBON, status: 'active', retentionYears: 5, deadlines: { acknowledgeDays: 15 } });
    const retry = await call('POST', '/api/agencies', admin, TAMBON, { 'idempotency-key': 'onboard-tambon-1' });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    // Someone else's request for the id, or the same one without a key, finds it taken.
    expect((await call('POST', '/api/agencies', admin, { ...TAMBON, nameEn: 'Another' }, { 'idempotency-key': 'onboard-tambon-2' })).status).toBe(409);
    expect((await call('POST', '/api/agencies', admin, TAMBON)).body.error.code).toBe('agency-exists');
    const found = await call('GET', `/api/agencies?q=${encodeURIComponent('อบต. ตัวอย่าง')}`);
    expect(found.body.agencies).toEqual([{ id: 'tambon-example', nameTh: TAMBON.nameTh, nameEn: TAMBON.nameEn }]);
    expect((await call('GET', '/api/agencies/tambon-example')).body).toEqual({
      id: TAMBON.id,
      nameTh: TAMBON.nameTh,
      nameEn: TAMBON.nameEn,
      units: TAMBON.units,
      deadlines: { acknowledgeDays: 15, progressDays: 15, conclusionDays: 90 },
      retentionYears: 5,
      contact: TAMBON.contact,
      // The limits a page checks files against before sending them; the server checks them again.
      evidence: { maxFiles: 5, maxBytes: 10 * 1024 * 1024 },
      // A new agency's statistics wait for its executive's approval.
      publishAfterApproval: true,
    });
    const trail = await stack.context.audit.chain('tambon-example');
    expect(trail.entries.filter((entry) => entry.action === 'agency.create')).toHaveLength(1);
  });

  it('writes an agency and its audit entry as one: a failed audit write leaves no agency, and the retry creates both once', async () => {
    const admin = await token(['platform-admin']);
    const atomic = { ...TAMBON, id: 'tambon-atomic', nameTh: 'เทศบาลตำบลทดลอง', nameEn: 'Trial Subdistrict Municipality' };
    const actions = async (action: string) => (await stack.context.audit.chain(atomic.id)).entries.filter((entry) => entry.action === action);

    stack.failAuditWrites(1);
    const failed = await call('POST', '/api/agencies', admin, atomic, { 'idempotency-key': 'onboard-atomic-1' });
    expect(failed.status).toBe(503);
    expect((await call('GET', `/api/agencies/${atomic.id}`)).status).toBe(404);
    expect(await stack.context.agencies.get(atomic.id)).toBeUndefined();
    expect(await actions('agency.create')).toHaveLength(0);

    const retried = await call('POST', '/api/agencies', admin, atomic, { 'idempotency-key': 'onboard-atomic-1' });
    expect(retried.status).toBe(201);
    expect((await call('POST', '/api/agencies', admin, atomic, { 'idempotency-key': 'onboard-atomic-1' })).body).toEqual(retried.body);
    expect((await call('GET', `/api/agencies/${atomic.id}`)).status).toBe(200);
    expect(await actions('agency.create')).toHaveLength(1);

    // A change too: refused with its entry, made with it.
    stack.failAuditWrites(1);
    const change = { contact: { ...atomic.contact, phone: '02 999 9999' } };
    expect((await call('PATCH', `/api/agencies/${atomic.id}`, admin, change)).status).toBe(503);
    expect((await call('GET', `/api/agencies/${atomic.id}`)).body.contact.phone).toBe('02 111 1111');
    expect(await actions('agency.update')).toHaveLength(0);
    const changed = await call('PATCH', `/api/agencies/${atomic.id}`, admin, change);
    expect(changed.status).toBe(200);
    expect(changed.body.contact.phone).toBe('02 999 9999');
    expect(await actions('agency.update')).toHaveLength(1);
  });

  it('refuses bad input, naming the field', async () => {
    const admin = await token(['platform-admin']);
    const cases: [unknown, string][] = [
      [{ ...TAMBON, id: 'Tambon Example' }, 'body.id'],
      [{ ...TAMBON, id: 'x' }, 'body.id'],
      [{ ...TAMBON, id: 'dup-units', units: [TAMBON.units[0], TAMBON.units[0]] }, 'body.units'],
      [{ ...TAMBON, id: 'bad-unit', units: [{ id: 'Finance!', nameTh: 'ก', nameEn: 'F' }] }, 'body.units.0.id'],
      [{ ...TAMBON, id: 'long-keep', retentionYears: 50 }, 'body.retentionYears'],
      [{ ...TAMBON, id: 'big-files', evidence: { maxFiles: 5, maxBytes: 100 * 1024 * 1024, uploadSeconds: 900, downloadSeconds: 300 } }, 'body.evidence.maxBytes'],
      [{ ...TAMBON, id: 'extra', owner: 'me' }, 'body'],
      [{ id: 'no-names' }, 'body.nameTh'],
    ];
    for (const [body, field] of cases) {
      const answer = await call('POST', '/api/agencies', admin, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.body.error.fields).some((name) => name.startsWith(field)), `${field} in ${JSON.stringify(answer.body.error.fields)}`).toBe(true);
    }
    expect((await call('GET', '/api/agencies/NOT_AN_ID')).status).toBe(400);
    expect((await call('GET', '/api/agencies/never-onboarded')).status).toBe(404);
    expect((await call('GET', `/api/agencies?cursor=${'z'.repeat(41)}`)).status).toBe(400);
  });
});

describe('who may do what', () => {
  const roles: StaffRole[] = ['officer', 'custodian', 'executive'];

  it('refuses every write and the staff list to officers, custodians and executives, and everything to nobody', async () => {
    for (const role of roles) {
      const bearer = await token([role]);
      expect((await call('POST', '/api/agencies', bearer, { ...TAMBON, id: `by-${role}` })).status, role).toBe(403);
      expect((await call('PATCH', '/api/agencies/bma-health', bearer, { contact: {} })).status, role).toBe(403);
      expect((await call('POST', '/api/agencies/bma-health/staff', bearer, { email: `x-${role}@example.org`, name: 'ใคร', roles: ['officer'] })).status, role).toBe(403);
      expect((await call('GET', '/api/agencies/bma-health/staff', bearer)).status, role).toBe(403);
    }
    expect((await call('POST', '/api/agencies', undefined, TAMBON)).status).toBe(401);
    expect((await call('GET', '/api/agencies/bma-health/staff')).status).toBe(401);
  });

  it("lets an agency's admin keep its own units, contact and staff, and nothing else", async () => {
    const admin = await token(['admin'], 'bma-medical');
    const units = [{ id: 'secretariat', nameTh: 'สำนักงานเลขานุการ', nameEn: 'Office of the Secretary' }, { id: 'er', nameTh: 'ศูนย์เอราวัณ', nameEn: 'Erawan Centre' }];
    const changed = await call('PATCH', '/api/agencies/bma-medical', admin, { units, contact: { phone: '02 000 1669' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ units, contact: { phone: '02 000 1669' }, status: 'active' });
    expect((await call('PATCH', '/api/agencies/bma-medical', admin, { nameTh: 'ชื่อใหม่' })).status).toBe(403);
    expect((await call('PATCH', '/api/agencies/bma-medical', admin, { status: 'retired' })).status).toBe(403);
    expect((await call('POST', '/api/agencies', admin, { ...TAMBON, id: 'by-admin' })).status).toBe(403);

    const officer = await call('POST', '/api/agencies/bma-medical/staff', admin, { email: 'nurse@example.org', name: 'สมหญิง ใจดี', roles: ['officer'], unit: 'er' });
    expect(officer.status).toBe(201);
    expect(officer.body).toMatchObject({ email: 'nurse@example.org', agency: 'bma-medical', unit: 'er', roles: ['officer'], status: 'invited' });
    expect((await call('POST', '/api/agencies/bma-medical/staff', admin, { email: 'NURSE@example.org', name: 'ซ้ำ', roles: ['officer'] })).status).toBe(409);
    expect((await call('POST', '/api/agencies/bma-medical/staff', admin, { email: 'boss@example.org', name: 'ใคร', roles: ['platform-admin'] })).status).toBe(403);
    const badUnit = await call('POST', '/api/agencies/bma-medical/staff', admin, { email: 'who@example.org', name: 'ใคร', roles: ['officer'], unit: 'health-centre-1' });
    expect(badUnit.status).toBe(400);
    expect(badUnit.body.error.fields).toHaveProperty(['body.unit']);
    const listed = await call('GET', '/api/agencies/bma-medical/staff', admin);
    expect(listed.body.staff.map((account: { email: string }) => account.email)).toEqual(['nurse@example.org']);
  });

  it("answers another agency's admin as if the agency did not exist", async () => {
    const stranger = await token(['admin'], 'bma-health');
    expect((await call('PATCH', '/api/agencies/bma-medical', stranger, { contact: {} })).status).toBe(404);
    expect((await call('POST', '/api/agencies/bma-medical/staff', stranger, { email: 'spy@example.org', name: 'ใคร', roles: ['officer'] })).status).toBe(404);
    expect((await call('GET', '/api/agencies/bma-medical/staff', stranger)).status).toBe(404);
  });

  it('lets a platform admin do all of it for any agency, platform-admin accounts included', async () => {
    const platform = await token(['platform-admin'], 'bma-health');
    expect((await call('PATCH', '/api/agencies/bma-medical', platform, { nameEn: 'Medical Service Department, BMA' })).status).toBe(200);
    const made = await call('POST', '/api/agencies/tambon-example/staff', platform, { email: 'palat@example.org', name: 'ปลัด ตัวอย่าง', roles: ['admin', 'platform-admin'] });
    expect(made.status).toBe(201);
    expect((await call('GET', '/api/agencies/tambon-example/staff', platform)).body.staff).toHaveLength(1);
    const trail = await stack.context.audit.chain('tambon-example');
    expect(trail.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['agency.create', 'staff.create', 'staff.list']));
    // The audit names the account by its subject, never by its address or name.
    expect(JSON.stringify(trail.entries)).not.toContain('palat@example.org');
  });

  it('makes no staff account whose request it could not put on record first', async () => {
    const platform = await token(['platform-admin'], 'bma-health');
    const request = { email: 'unrecorded@example.org', name: 'ไม่มีบันทึก', roles: ['officer'] };
    stack.failAuditWrites(1);
    expect((await call('POST', '/api/agencies/tambon-example/staff', platform, request)).status).toBe(503);
    const accounts = (await (await fetch(`${stack.url}/local-issuer/accounts`)).json()) as { accounts: { email: string }[] };
    expect(accounts.accounts.map((account) => account.email)).not.toContain(request.email);
    expect((await call('POST', '/api/agencies/tambon-example/staff', platform, request)).status).toBe(201);
    const trail = await stack.context.audit.chain('tambon-example');
    const made = trail.entries.filter((entry) => entry.action === 'staff.create' && String(entry.detail).endsWith(' officer'));
    expect(made).toHaveLength(1);
    expect(trail.entries.filter((entry) => entry.action === 'staff.invite' && entry.detail === 'officer')).toHaveLength(1);
  });

  it('lists an agency\'s staff a page at a time, with a cursor for the next page, and refuses a cursor it did not give', async () => {
    const platform = await token(['platform-admin'], 'bma-health');
    const admin = { id: 'tambon-paged', nameTh: 'เทศบาลตำบลหลายคน', nameEn: 'Many Staff Subdistrict Municipality' };
    expect((await call('POST', '/api/agencies', platform, admin)).status).toBe(201);
    const emails = Array.from({ length: 27 }, (_unused, index) => `paged-${String(index).padStart(2, '0')}@example.org`);
    for (const email of emails) expect((await call('POST', `/api/agencies/${admin.id}/staff`, platform, { email, name: 'เจ้าหน้าที่', roles: ['officer'] })).status).toBe(201);
    const first = await call('GET', `/api/agencies/${admin.id}/staff`, platform);
    expect(first.body.staff).toHaveLength(25);
    expect(typeof first.body.cursor).toBe('string');
    const second = await call('GET', `/api/agencies/${admin.id}/staff?cursor=${encodeURIComponent(first.body.cursor)}`, platform);
    expect(second.body.cursor).toBeUndefined();
    expect([...first.body.staff, ...second.body.staff].map((account: { email: string }) => account.email).sort()).toEqual(emails);
    const forged = await call('GET', `/api/agencies/${admin.id}/staff?cursor=not-a-cursor`, platform);
    expect(forged.status).toBe(400);
    expect(Object.keys(forged.body.error.fields)).toEqual(['query.cursor']);
    expect((await call('GET', `/api/agencies/${admin.id}/staff?cursor=${'x'.repeat(5000)}`, platform)).status).toBe(400);
  });

  it('lists the accounts made on the local sign-in and signs in as one, with its unit and address in the token', async () => {
    const accounts = (await (await fetch(`${stack.url}/local-issuer/accounts`)).json()) as { accounts: { id: string; email: string }[] };
    const nurse = accounts.accounts.find((account) => account.email === 'nurse@example.org');
    expect(nurse).toBeDefined();
    const signedIn = await fetch(`${stack.url}/local-issuer/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: nurse?.id }) });
    const { token: issued } = (await signedIn.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(issued.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: nurse?.id, 'custom:agency': 'bma-medical', 'custom:unit': 'er', email: 'nurse@example.org', 'cognito:groups': ['officer'] });
  });
});

describe('intake into an agency and a unit', () => {
  it('files into the named agency and stores the unit concerned', async () => {
    const filed = await call('POST', '/api/complaints', undefined, { ...referenceComplaint(), agency: 'tambon-example', unit: 'public-works' });
    expect(filed.status).toBe(201);
    const caseFile = await stack.context.complaints.loadCaseFile(filed.body.reference, { system: 'repository' });
    expect(caseFile?.complaint).toMatchObject({ agency: 'tambon-example', unit: 'public-works' });
  });

  it('refuses an unknown agency, an unknown unit and a malformed id, naming the field', async () => {
    const refusals: [Record<string, string>, string][] = [
      [{ agency: 'no-such-agency' }, 'body.agency'],
      [{ agency: 'tambon-example', unit: 'health-centre-1' }, 'body.unit'],
      [{ agency: 'Tambon Example' }, 'body.agency'],
      [{ agency: 'tambon-example', unit: 'Public Works' }, 'body.unit'],
    ];
    for (const [fields, field] of refusals) {
      const answer = await call('POST', '/api/complaints', undefined, { ...referenceComplaint(), ...fields });
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect(answer.body.error.fields, JSON.stringify(fields)).toHaveProperty([field]);
    }
  });

  it('stops taking complaints for a retired agency and keeps everything else', async () => {
    const filed = await call('POST', '/api/complaints', undefined, { ...referenceComplaint(), agency: 'tambon-example' });
    expect(filed.status).toBe(201);
    const platform = await token(['platform-admin']);
    expect((await call('PATCH', '/api/agencies/tambon-example', platform, { status: 'retired' })).body.status).toBe('retired');
    const refused = await call('POST', '/api/complaints', undefined, { ...referenceComplaint(), agency: 'tambon-example' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty(['body.agency']);
    expect((await call('GET', `/api/agencies?q=${encodeURIComponent('ตัวอย่าง')}`)).body.agencies).toEqual([]);
    // Its cases stay with its staff.
    const officer = await token(['officer'], 'tambon-example');
    expect((await call('GET', `/api/cases/${filed.body.reference}`, officer)).status).toBe(200);
  });
});
