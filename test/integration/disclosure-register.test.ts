// The disclosure register over real HTTP against DynamoDB Local and the local evidence bucket: an
// agency's admin adds entries with a link and with a hostile PDF, the PDF goes up through its
// presigned form and is rebuilt on arrival, the public list and the served bytes carry none of its
// metadata, every write is in the agency's audit chain, and no one else may read or write it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/staff';
import { HOSTILE_MARKERS, MARKERS, pdfWithAttachment, pdfWithJavaScript, pdfWithProperties } from '../support/evidence-fixtures';
import type { Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const token = (roles: StaffRole[], agency = 'bma-health', sub = `disclosure-${roles.join('-')}-${agency}`) => stack.issuer.issue({ sub, roles, agency });

async function call(method: string, path: string, bearer?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { ...headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** The browser's form POST: the policy's fields first, the file last, as S3 requires. */
async function postForm(upload: { url: string; fields: Record<string, string> }, bytes: Uint8Array) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), 'upload.pdf');
  return (await fetch(new URL(upload.url, stack.url), { method: 'POST', body: form })).status;
}

const LINKED = {
  title: 'โครงสร้างและอำนาจหน้าที่ของหน่วยงาน',
  category: 'structure-personnel',
  publishedOn: '2026-10-01',
  nextUpdateDue: '2027-09-30',
  link: 'https://www.example.go.th/about/structure',
};
const DOCUMENT = { title: 'ประกาศราคากลางงานจ้างปรับปรุงอาคาร', category: 'reference-prices', publishedOn: '2026-10-20', nextUpdateDue: '2026-11-01' };

describe('the disclosure register', () => {
  it('takes a link and a hostile PDF, and serves the PDF without its author, producer, XMP, attachment or script', async () => {
    const admin = await token(['admin']);
    const linked = await call('POST', '/api/agencies/bma-health/disclosures', admin, LINKED, { 'idempotency-key': 'disclosure-linked-1' });
    expect(linked.status).toBe(201);
    expect(linked.body.upload).toBeUndefined();
    const retry = await call('POST', '/api/agencies/bma-health/disclosures', admin, LINKED, { 'idempotency-key': 'disclosure-linked-1' });
    expect(retry.status).toBe(200);
    expect(retry.body.entry.id).toBe(linked.body.entry.id);
    expect((await call('POST', '/api/agencies/bma-health/disclosures', admin, { ...LINKED, title: 'อื่น' }, { 'idempotency-key': 'disclosure-linked-1' })).status).toBe(422);

    const hostile = [await pdfWithProperties(), pdfWithJavaScript(), pdfWithAttachment()];
    const ids: string[] = [];
    for (const [index, bytes] of hostile.entries()) {
      const made = await call('POST', '/api/agencies/bma-health/disclosures', admin, { ...DOCUMENT, title: `${DOCUMENT.title} ${index + 1}`, document: { size: bytes.length } });
      expect(made.status).toBe(201);
      expect(made.body.entry.document).toMatchObject({ status: 'awaiting-upload' });
      expect(await postForm(made.body.upload, bytes)).toBe(204);
      ids.push(made.body.entry.id);
    }
    await stack.evidenceBucket.settled();

    const published = await call('GET', '/api/disclosures?agency=bma-health');
    expect(published.status).toBe(200);
    expect(published.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: linked.body.entry.id, category: 'structure-personnel', link: LINKED.link, publishedOn: '2026-10-01', nextUpdateDue: '2027-09-30' }),
        ...ids.map((id) => expect.objectContaining({ id, category: 'reference-prices', document: { size: expect.any(Number) } })),
      ]),
    );
    // The public list holds nothing of the storage: no object key, no hash, no fingerprint.
    expect(JSON.stringify(published.body)).not.toMatch(/disclosures\/|sha256|requestHash|fileId/);

    const markers = [...Object.values(MARKERS.pdf), HOSTILE_MARKERS.javascript, HOSTILE_MARKERS.attachment];
    for (const id of ids) {
      const redirect = await call('GET', `/api/disclosures/${id}/document?agency=bma-health`);
      expect(redirect.status).toBe(302);
      const served = await fetch(new URL(redirect.headers.get('location')!, stack.url));
      expect(served.status).toBe(200);
      const text = Buffer.from(await served.arrayBuffer()).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      for (const marker of markers) expect(text, marker).not.toContain(marker);
      expect(text).not.toMatch(/\/JavaScript|\/EmbeddedFiles|\/OpenAction|\/Metadata/);
    }
    // The raw uploads are gone from quarantine.
    const list = await call('GET', '/api/agencies/bma-health/disclosures', admin);
    for (const item of list.body.items.filter((entry: { id: string }) => ids.includes(entry.id))) {
      expect(item.document.status).toBe('received');
      expect(await stack.context.evidence.read(`quarantine/bma-health/disclosures/${item.id}/${item.document.fileId}`)).toBeUndefined();
    }
  });

  it('refuses a javascript: or http: link with 400 naming body.link', async () => {
    const admin = await token(['admin']);
    for (const link of ['javascript:alert(document.cookie)', 'http://www.example.go.th/plan.pdf', 'data:text/html,hi']) {
      const answer = await call('POST', '/api/agencies/bma-health/disclosures', admin, { ...LINKED, link });
      expect(answer.status, link).toBe(400);
      expect(Object.keys(answer.body.error.fields)).toEqual(['body.link']);
    }
    const neither = await call('POST', '/api/agencies/bma-health/disclosures', admin, DOCUMENT);
    expect(neither.status).toBe(400);
    expect(Object.keys(neither.body.error.fields)).toEqual(['body.link']);
  });

  it('is its own agency\'s admins\' alone: another agency\'s admin gets 404, other roles 403, no token 401', async () => {
    const admin = await token(['admin']);
    const made = await call('POST', '/api/agencies/bma-health/disclosures', admin, { ...LINKED, title: 'แผนปฏิบัติราชการประจำปี' });
    const id = made.body.entry.id as string;
    const other = await token(['admin'], 'bma-medical');
    expect((await call('GET', '/api/agencies/bma-health/disclosures', other)).status).toBe(404);
    expect((await call('POST', '/api/agencies/bma-health/disclosures', other, LINKED)).status).toBe(404);
    expect((await call('PUT', `/api/agencies/bma-health/disclosures/${id}`, other, LINKED)).status).toBe(404);
    expect((await call('DELETE', `/api/agencies/bma-health/disclosures/${id}`, other)).status).toBe(404);
    // Its own register is empty of bma-health's entries.
    expect((await call('GET', '/api/agencies/bma-medical/disclosures', other)).body.items).toEqual([]);
    for (const role of ['officer', 'supervisor', 'custodian', 'executive'] as const) {
      expect((await call('GET', '/api/agencies/bma-health/disclosures', await token([role]))).status, role).toBe(403);
      expect((await call('POST', '/api/agencies/bma-health/disclosures', await token([role]), LINKED)).status, role).toBe(403);
    }
    expect((await call('GET', '/api/agencies/bma-health/disclosures')).status).toBe(401);
    expect((await call('DELETE', `/api/agencies/bma-health/disclosures/${id}`)).status).toBe(401);
  });

  it('writes every change into the agency\'s audit chain, and the chain still verifies', async () => {
    const admin = await token(['admin'], 'bma-health', 'disclosure-auditor');
    const made = await call('POST', '/api/agencies/bma-health/disclosures', admin, { ...LINKED, title: 'รายงานผลการดำเนินงานประจำปี', category: 'performance' });
    const id = made.body.entry.id as string;
    const changed = await call('PUT', `/api/agencies/bma-health/disclosures/${id}`, admin, { ...LINKED, title: 'รายงานผลการดำเนินงานประจำปี (ฉบับปรับปรุง)', category: 'performance' });
    expect(changed.status).toBe(200);
    expect(changed.body.entry).toMatchObject({ link: LINKED.link, title: 'รายงานผลการดำเนินงานประจำปี (ฉบับปรับปรุง)' });
    expect((await call('DELETE', `/api/agencies/bma-health/disclosures/${id}`, admin)).status).toBe(200);
    expect((await call('DELETE', `/api/agencies/bma-health/disclosures/${id}`, admin)).status).toBe(404);
    expect((await call('GET', `/api/disclosures/${id}/document?agency=bma-health`)).status).toBe(404);

    const trail = await call('GET', '/api/audit?actor=disclosure-auditor', await token(['custodian']));
    expect(trail.body.entries.map((entry: { action: string; detail?: string }) => entry.action).reverse()).toEqual(['disclosure.create', 'disclosure.update', 'disclosure.delete']);
    expect(trail.body.entries.every((entry: { detail?: string }) => entry.detail?.includes(id))).toBe(true);
    const verified = await call('GET', '/api/audit/verification', admin);
    expect(verified.body).toMatchObject({ intact: true });
  });

  it('marks the entries whose next update is past due for the admin', async () => {
    const admin = await token(['admin'], 'bma-medical');
    await call('POST', '/api/agencies/bma-medical/disclosures', admin, { ...LINKED, publishedOn: '2020-01-01', nextUpdateDue: '2020-06-30' });
    await call('POST', '/api/agencies/bma-medical/disclosures', admin, { ...LINKED, title: 'ยังทันสมัย', publishedOn: '2020-01-01', nextUpdateDue: '2099-12-31' });
    const list = await call('GET', '/api/agencies/bma-medical/disclosures', admin);
    expect(list.body.items.map((item: { nextUpdateDue: string; overdue: boolean }) => [item.nextUpdateDue, item.overdue]).sort()).toEqual([
      ['2020-06-30', true],
      ['2099-12-31', false],
    ]);
  });
});
