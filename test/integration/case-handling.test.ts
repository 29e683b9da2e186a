// The officers' routes over HTTP against DynamoDB Local: who gets in, what they can do, and the trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema, queuePageSchema, staffCaseSchema } from '../../functions/cases/schemas';
import { routes } from '../../functions/routes';
import { STAFF_ROLES, type StaffRole } from '../../shared/domain/staff';
import { post, referenceComplaint, type Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';
import { hostileTokens } from '../support/tokens';
import { jpegWithGps } from '../support/evidence-fixtures';
import { previousQuarter, quarterOf } from '../../shared/rules/fiscal';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const staffRoutes = routes.filter((route) => route.access.kind === 'staff');
const token = (roles: StaffRole[], agency = 'bma-health', sub = `staff-${roles.join('-')}`) => stack.issuer.issue({ sub, roles, agency });

async function call(method: string, path: string, bearer?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
}

async function fileIdentified(marker = 'ผู้แจ้งทดสอบ') {
  const filed = await post(stack.url, '/api/complaints', referenceComplaint(marker));
  expect(filed.status).toBe(201);
  return filed.body as { reference: string; secret: string };
}

const REASON = 'ต้องติดต่อผู้ร้องเรียนเพื่อขอพยานหลักฐานเพิ่มเติมตามระเบียบ';
const TOPIC = { title: 'การรับของขวัญ', summary: 'หลักเกณฑ์การรับของขวัญ', mediaType: 'leaflet', channel: 'อินทราเน็ต', publishedOn: '2026-10-05' };
const CHANNEL = { name: 'เว็บไซต์', kind: 'website', contact: 'https://example.org', activeSince: '2026-10-01' };

let assignee: string | undefined;
/** An officer of the agency in the directory, made once through the API. */
async function anAssignee() {
  if (!assignee) {
    const made = await call('POST', '/api/agencies/bma-health/staff', await token(['admin']), { email: 'matrix-assignee@example.org', name: 'ผู้รับมอบหมาย', roles: ['officer'] });
    expect(made.status).toBe(201);
    assignee = made.body.id as string;
  }
  return assignee;
}

async function adminCreates(register: 'topics' | 'channels') {
  const created = await call('POST', `/api/registers/${register}`, await token(['admin']), register === 'topics' ? TOPIC : CHANNEL);
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function aSuggestionId() {
  expect((await post(stack.url, '/api/suggestions', { text: 'ควรมีข้อมูลงบประมาณมากขึ้น' })).status).toBe(201);
  const listed = await call('GET', '/api/suggestions?period=2570', await token(['admin']));
  return listed.body.items.at(-1).id as string;
}

/** A case with one received photo: the slot, the browser's form POST, and processing on arrival. */
async function aReceivedFile() {
  const { reference, secret } = await fileIdentified();
  const photo = jpegWithGps();
  const slot = await post(stack.url, '/api/tracking/files', { reference, secret, name: 'photo.jpg', mediaType: 'image/jpeg', size: photo.length }, { 'idempotency-key': `sample-${reference}` });
  const form = new FormData();
  for (const [name, value] of Object.entries(slot.body.upload.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(photo)]));
  expect((await fetch(new URL(slot.body.upload.url, stack.url), { method: 'POST', body: form })).status).toBe(204);
  await stack.evidenceBucket.settled();
  return { reference, fileId: slot.body.file.id as string };
}

/** A request each staff route should accept from an allowed role; every staff route must have one. */
const SAMPLES: Record<string, () => Promise<{ path: string; body?: unknown }>> = {
  'GET /api/cases': async () => ({ path: '/api/cases' }),
  'GET /api/cases/{reference}': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}` }),
  'POST /api/cases/{reference}/transitions': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/transitions`, body: { to: 'acknowledged' } }),
  'POST /api/cases/{reference}/messages': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/messages`, body: { body: 'ขอข้อมูลเพิ่มเติม' } }),
  'GET /api/cases/{reference}/audit': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/audit` }),
  'POST /api/cases/{reference}/conflicts': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/conflicts`, body: { reason: REASON } }),
  'POST /api/cases/{reference}/assignment': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/assignment`, body: { assignee: await anAssignee() } }),
  'GET /api/audit/verification': async () => ({ path: '/api/audit/verification' }),
  'GET /api/audit': async () => ({ path: '/api/audit?action=case.read' }),
  'POST /api/cases': async () => ({
    path: '/api/cases',
    body: { channel: 'letter', receivedOn: '2026-10-05', kind: 'complaint', reporterType: 'public', category: 'other', subject: 'หนังสือร้องเรียน', description: 'ได้รับหนังสือร้องเรียนทางไปรษณีย์', reporter: { mode: 'anonymous' } },
  }),
  'POST /api/cases/{reference}/identity-reveals': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/identity-reveals`, body: { reason: REASON } }),
  'POST /api/cases/{reference}/files/{fileId}/downloads': async () => {
    const { reference, fileId } = await aReceivedFile();
    return { path: `/api/cases/${reference}/files/${fileId}/downloads` };
  },
  'PUT /api/cases/{reference}/legal-hold': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/legal-hold`, body: { hold: true, reason: REASON } }),
  'POST /api/cases/{reference}/exports': async () => ({ path: `/api/cases/${(await fileIdentified()).reference}/exports`, body: { reason: REASON } }),
  'POST /api/surveys/{surveyId}/tokens': async () => ({ path: '/api/surveys/promotion-satisfaction/tokens', body: { count: 1 } }),
  'GET /api/surveys/{surveyId}/results': async () => ({ path: '/api/surveys/info-center-satisfaction/results?period=2570-Q1' }),
  // A quarter that has ended: a running one is refused with 400.
  'POST /api/publications': async () => ({ path: '/api/publications', body: { period: '2569-Q4' } }),
  'GET /api/reports/{period}': async () => ({ path: '/api/reports/2570-Q1' }),
  'POST /api/reports/{period}/acknowledgements': async () => ({ path: '/api/reports/2570-Q1/acknowledgements', body: {} }),
  // Only an ended quarter can be approved (and published): the one before today's.
  'PUT /api/reports/{period}/approval': async () => ({ path: `/api/reports/${previousQuarter(quarterOf(new Date())).id}/approval`, body: { analysis: 'ผลการดำเนินงานเป็นไปตามแผน' } }),
  'GET /api/registers/topics': async () => ({ path: '/api/registers/topics' }),
  'POST /api/registers/topics': async () => ({ path: '/api/registers/topics', body: TOPIC }),
  'PUT /api/registers/topics/{id}': async () => ({ path: `/api/registers/topics/${await adminCreates('topics')}`, body: TOPIC }),
  'POST /api/registers/topics/{id}/retirement': async () => ({ path: `/api/registers/topics/${await adminCreates('topics')}/retirement`, body: {} }),
  'GET /api/registers/channels': async () => ({ path: '/api/registers/channels' }),
  'POST /api/registers/channels': async () => ({ path: '/api/registers/channels', body: CHANNEL }),
  'PUT /api/registers/channels/{id}': async () => ({ path: `/api/registers/channels/${await adminCreates('channels')}`, body: CHANNEL }),
  'POST /api/registers/channels/{id}/retirement': async () => ({ path: `/api/registers/channels/${await adminCreates('channels')}/retirement`, body: {} }),
  'POST /api/service-log': async () => ({ path: '/api/service-log', body: { date: '2026-10-20', channel: 'phone', requestKind: 'ขอข้อมูล', fulfilled: false } }),
  'GET /api/suggestions': async () => ({ path: '/api/suggestions?period=2570-Q1' }),
  'POST /api/suggestions/{id}/answer': async () => ({ path: `/api/suggestions/${await aSuggestionId()}/answer`, body: { answer: 'ขอบคุณสำหรับข้อเสนอแนะ' } }),
  'GET /api/indicators': async () => ({ path: '/api/indicators?period=2570-Q1' }),
  'POST /api/agencies': async () => ({ path: '/api/agencies', body: { id: `matrix-${++made}`, nameTh: 'องค์การบริหารส่วนตำบลทดสอบ', nameEn: 'Test SAO' } }),
  'PATCH /api/agencies/{id}': async () => ({ path: '/api/agencies/bma-health', body: { contact: { phone: '02 203 2887' } } }),
  'POST /api/agencies/{id}/staff': async () => ({ path: '/api/agencies/bma-health/staff', body: { email: `matrix-${++made}@example.org`, name: 'ทดสอบ', roles: ['officer'] } }),
  'GET /api/agencies/{id}/staff': async () => ({ path: '/api/agencies/bma-health/staff' }),
  'GET /api/me/notification-preferences': async () => ({ path: '/api/me/notification-preferences' }),
  'PUT /api/me/notification-preferences': async () => ({ path: '/api/me/notification-preferences', body: { 'case-new': 'digest', 'reporter-activity': 'immediate', 'report-sign-off': 'digest' } }),
  'GET /api/agencies/{id}/mail-suppressions': async () => ({ path: '/api/agencies/bma-health/mail-suppressions' }),
  'POST /api/agencies/{id}/mail-suppressions/lifts': async () => {
    const address = `bounced-${++made}@example.org`;
    await stack.context.mailSuppressions.add(address, { reason: 'bounce', since: '2026-12-01T02:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    return { path: '/api/agencies/bma-health/mail-suppressions/lifts', body: { address } };
  },
  'GET /api/agencies/{id}/disclosures': async () => ({ path: '/api/agencies/bma-health/disclosures' }),
  'POST /api/agencies/{id}/disclosures': async () => ({ path: '/api/agencies/bma-health/disclosures', body: DISCLOSURE }),
  'PUT /api/agencies/{id}/disclosures/{entryId}': async () => ({ path: `/api/agencies/bma-health/disclosures/${await disclosureEntry()}`, body: { ...DISCLOSURE, title: 'โครงสร้างหน่วยงาน (ปรับปรุง)' } }),
  'DELETE /api/agencies/{id}/disclosures/{entryId}': async () => ({ path: `/api/agencies/bma-health/disclosures/${await disclosureEntry()}` }),
};
let made = 0;

const DISCLOSURE = { title: 'โครงสร้างหน่วยงาน', category: 'structure-personnel', publishedOn: '2026-10-01', nextUpdateDue: '2027-09-30', link: 'https://www.example.go.th/about' };
/** An entry of the register for the update and delete samples, made by the agency's admin. */
async function disclosureEntry(): Promise<string> {
  const made = await call('POST', '/api/agencies/bma-health/disclosures', await token(['admin']), DISCLOSURE);
  return String(made.body.entry.id);
}

describe('the staff authorization matrix', () => {
  it('has a sample request for every staff route', () => {
    expect(staffRoutes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('answers every staff route × every credential as specified', { timeout: 120_000 }, async () => {
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
        // A fresh sample for every call, so an allowed action never meets state another call changed.
        const { path, body } = await SAMPLES[`${route.method} ${route.path}`]!();
        const answer = await call(route.method, path, bearer, body ?? (route.method === 'GET' ? undefined : {}));
        if (!expected.includes(answer.status)) rows.push(`${route.method} ${route.path} with ${name}: ${answer.status}, expected ${expected.join('/')}`);
      }
    }
    expect(rows).toEqual([]);
  });

  it('never lets a role reach another agency\'s case', async () => {
    const { reference } = await fileIdentified();
    const outsider = await token(['officer', 'custodian', 'admin'], 'bma-medical');
    for (const route of staffRoutes.filter((candidate) => candidate.path.includes('{reference}'))) {
      const { body } = await SAMPLES[`${route.method} ${route.path}`]!();
      const answer = await call(route.method, route.path.replace('{reference}', reference), outsider, body);
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
