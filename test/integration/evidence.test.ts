// Evidence files over real HTTP against the local stack: the upload slot, the browser's form POST to
// the bucket, processing on arrival, tracking, an officer's audited download, the referral ZIP, and
// retention with legal hold on DynamoDB Local under a fake clock.
import { createHash } from 'node:crypto';
import exifr from 'exifr';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectKeys } from '../../shared/domain/evidence';
import { applyRetention } from '../../shared/domain/use-cases/custody';
import { jpegWithGps, MARKERS, pngWithText } from '../support/evidence-fixtures';
import { post, referenceComplaint } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const JPEG = 'image/jpeg';
const REASON = 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือขอข้อมูลที่ ปช 0001/2570';
let keys = 0;
const nextKey = () => `evidence-test-${(keys += 1)}-${Date.now()}`;

async function fileComplaint() {
  const filed = await post(stack.url, '/api/complaints', referenceComplaint('ผู้แนบหลักฐาน'));
  expect(filed.status).toBe(201);
  const { reference, secret } = filed.body as { reference: string; secret: string };
  return { reference, secret };
}

async function slotFor(credentials: { reference: string; secret: string }, file: { name: string; mediaType: string; size: number }, key = nextKey()) {
  return post(stack.url, '/api/tracking/files', { ...credentials, ...file }, { 'idempotency-key': key });
}

/** The browser's form POST: the policy's fields first, the file last, as S3 requires. */
async function postForm(upload: { url: string; fields: Record<string, string> }, bytes: Uint8Array, fields: Record<string, string> = upload.fields) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), 'upload.bin');
  const response = await fetch(new URL(upload.url, stack.url), { method: 'POST', body: form });
  return { status: response.status, text: await response.text() };
}

async function uploadAndProcess(credentials: { reference: string; secret: string }, bytes: Uint8Array, name = 'photo.jpg', mediaType = JPEG) {
  const slot = await slotFor(credentials, { name, mediaType, size: bytes.length });
  expect(slot.status).toBe(201);
  expect((await postForm(slot.body.upload, bytes)).status).toBe(204);
  await stack.evidenceBucket.settled();
  return slot.body.file as { id: string };
}

const staff = (roles: ('officer' | 'custodian')[]) => stack.issuer.issue({ sub: `evidence-${roles.join('-')}`, roles, agency: 'bma-health' });
const staffGet = async (path: string, roles: ('officer' | 'custodian')[]) => {
  const response = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${await staff(roles)}` } });
  return { status: response.status, body: await response.json() };
};
const staffPost = async (path: string, roles: ('officer' | 'custodian')[], body: unknown = {}, method = 'POST') => {
  const response = await fetch(`${stack.url}${path}`, { method, headers: { authorization: `Bearer ${await staff(roles)}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};

describe('a reporter\'s evidence', () => {
  it('goes up through a presigned form, comes out stripped, and the officer\'s audited download has no GPS', async () => {
    const credentials = await fileComplaint();
    const photo = jpegWithGps();
    const file = await uploadAndProcess(credentials, photo);

    const tracking = await post(stack.url, '/api/tracking', credentials);
    expect(tracking.body.files).toEqual([expect.objectContaining({ id: file.id, name: 'photo.jpg', status: 'received', type: 'jpeg' })]);

    const link = await staffPost(`/api/cases/${credentials.reference}/files/${file.id}/downloads`, ['officer']);
    expect(link.status).toBe(201);
    const download = await fetch(new URL(link.body.url, stack.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${credentials.reference}-1.jpg"`);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect(await exifr.parse(Buffer.from(bytes), { gps: true }).catch(() => undefined)).toBeUndefined();
    for (const marker of Object.values(MARKERS.jpeg)) expect(Buffer.from(bytes).toString('latin1')).not.toContain(marker);

    const trail = await fetch(`${stack.url}/api/cases/${credentials.reference}/audit`, { headers: { authorization: `Bearer ${await staff(['custodian'])}` } }).then((response) => response.json());
    expect(trail.entries.map((entry: { action: string }) => entry.action)).toContain('file.download');
    // Nothing of the raw upload is left in quarantine.
    expect(await stack.context.evidence.read(objectKeys.quarantine({ agency: 'bma-health', reference: credentials.reference, fileId: file.id }))).toBeUndefined();
  });

  it('is refused when renamed, too large, of another type than the policy, or sent twice to one policy', async () => {
    const credentials = await fileComplaint();
    const renamed = await uploadAndProcess(credentials, pngWithText(), 'scan.jpg');
    const tracking = await post(stack.url, '/api/tracking', credentials);
    expect(tracking.body.files.find((file: { id: string }) => file.id === renamed.id)).toMatchObject({ status: 'rejected', rejection: 'type-mismatch' });
    expect(await stack.context.evidence.read(objectKeys.evidence({ agency: 'bma-health', reference: credentials.reference, fileId: renamed.id }))).toBeUndefined();

    const tooLargeDeclared = await slotFor(credentials, { name: 'big.pdf', mediaType: 'application/pdf', size: 10 * 1024 * 1024 + 1 });
    expect(tooLargeDeclared.status).toBe(400);
    expect(tooLargeDeclared.body.error.fields['body.size']).toMatch(/10 MB/);
    const wrongType = await slotFor(credentials, { name: 'notes.txt', mediaType: 'text/plain', size: 10 });
    expect(wrongType.status).toBe(400);
    const noKey = await post(stack.url, '/api/tracking/files', { ...credentials, name: 'a.pdf', mediaType: 'application/pdf', size: 10 });
    expect(noKey.status).toBe(400);

    // A slot for a small JPEG: the policy refuses more than the agency's limit, and another content type.
    const slot = await slotFor(credentials, { name: 'ok.jpg', mediaType: JPEG, size: 100 });
    const oversize = await postForm(slot.body.upload, new Uint8Array(10 * 1024 * 1024 + 1));
    expect(oversize.status).toBe(400);
    expect(oversize.text).toContain('EntityTooLarge');
    const otherType = await postForm(slot.body.upload, jpegWithGps(), { ...slot.body.upload.fields, 'Content-Type': 'application/pdf' });
    expect(otherType.status).toBe(403);
    const otherKey = await postForm(slot.body.upload, jpegWithGps(), { ...slot.body.upload.fields, key: `${slot.body.upload.fields.key}x` });
    expect(otherKey.status).toBe(403);
    const notAForm = await fetch(new URL(slot.body.upload.url, stack.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(notAForm.status).toBe(400);
    expect(await notAForm.text()).toContain('MalformedPOSTRequest');
    const noPolicy = await postForm(slot.body.upload, jpegWithGps(), { key: slot.body.upload.fields.key, 'Content-Type': JPEG });
    expect(noPolicy.status).toBe(403);
    expect((await postForm(slot.body.upload, jpegWithGps())).status).toBe(204);
    await stack.evidenceBucket.settled();
    // The same policy again after processing: the object is destroyed unread and the record stays.
    expect((await postForm(slot.body.upload, pngWithText())).status).toBe(204);
    await stack.evidenceBucket.settled();
    const after = await post(stack.url, '/api/tracking', credentials);
    expect(after.body.files.find((file: { id: string }) => file.id === slot.body.file.id)).toMatchObject({ status: 'received' });
    expect(await stack.context.evidence.read(slot.body.upload.fields.key)).toBeUndefined();
  });

  it('has one outcome per slot: simultaneous uploads of two different files leave a record whose hash is the stored clean copy\'s, every time', async () => {
    const [first, second] = [jpegWithGps(), pngWithText()];
    const photo = jpegWithGps({ orientation: 6 }); // another JPEG, so both may be received
    for (let trial = 0; trial < 3; trial += 1) {
      const credentials = await fileComplaint();
      for (let slotIndex = 0; slotIndex < 2; slotIndex += 1) {
        const slot = await slotFor(credentials, { name: `race-${trial}-${slotIndex}.jpg`, mediaType: JPEG, size: first.length });
        const statuses = await Promise.all([first, photo, first, photo, second, photo].map((bytes) => postForm(slot.body.upload, bytes).then((response) => response.status)));
        expect(statuses).toEqual(Array(6).fill(204));
        await stack.evidenceBucket.settled();
        const view = await staffGet(`/api/cases/${credentials.reference}`, ['officer']);
        const file = view.body.files.find((candidate: { id: string }) => candidate.id === slot.body.file.id);
        const stored = await stack.context.evidence.read(objectKeys.evidence({ agency: 'bma-health', reference: credentials.reference, fileId: file.id }));
        if (file.status === 'received') {
          expect(createHash('sha256').update(stored!.body).digest('hex')).toBe(file.sha256);
          expect(stored!.body.length).toBe(file.size);
        } else {
          // The PNG won the claim: refused as not the JPEG the slot was for, and nothing is kept.
          expect(file).toMatchObject({ status: 'rejected', rejection: 'type-mismatch' });
          expect(stored).toBeUndefined();
        }
        expect(await stack.context.evidence.read(slot.body.upload.fields.key)).toBeUndefined();
      }
    }
  }, 120_000);

  it('is limited to five files a case', async () => {
    const credentials = await fileComplaint();
    for (let index = 0; index < 5; index += 1) expect((await slotFor(credentials, { name: `${index}.pdf`, mediaType: 'application/pdf', size: 10 })).status).toBe(201);
    const sixth = await slotFor(credentials, { name: '6.pdf', mediaType: 'application/pdf', size: 10 });
    expect(sixth.status).toBe(409);
    expect(sixth.body.error.code).toBe('file-limit-reached');
  });
});

describe('custody', () => {
  it('exports a referral ZIP with the cleaned file and its checksum, through an audited link', async () => {
    const credentials = await fileComplaint();
    await uploadAndProcess(credentials, jpegWithGps());
    const exported = await staffPost(`/api/cases/${credentials.reference}/exports`, ['custodian'], { reason: REASON });
    expect(exported.status).toBe(201);
    expect(exported.body).toMatchObject({ files: 1, includesIdentity: false });
    const zip = new Uint8Array(await (await fetch(new URL(exported.body.url, stack.url))).arrayBuffer());
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['SHA256SUMS', 'case.json', `files/${credentials.reference}-1.jpg`]);
    expect(strFromU8(entries['case.json']!)).not.toContain('ผู้แนบหลักฐาน');
    // The cleaning report travels with the file: what the receiver's copy no longer holds.
    expect(JSON.parse(strFromU8(entries['case.json']!)).files).toEqual([expect.objectContaining({ removed: ['metadata'] })]);
    expect((await staffPost(`/api/cases/${credentials.reference}/exports`, ['officer'], { reason: REASON })).status).toBe(403);
    expect((await staffPost(`/api/cases/${credentials.reference}/exports`, ['custodian'], { reason: 'สั้นไป' })).status).toBe(400);
  });

  it('destroys expired cases on DynamoDB Local but passes over one on legal hold', async () => {
    const [kept, expired] = [await fileComplaint(), await fileComplaint()];
    const officerToken = await staff(['officer']);
    for (const { reference } of [kept, expired]) {
      await uploadAndProcess({ reference, secret: reference === kept.reference ? kept.secret : expired.secret }, jpegWithGps());
      for (const to of ['acknowledged', 'investigating', 'referred']) {
        const moved = await fetch(`${stack.url}/api/cases/${reference}/transitions`, { method: 'POST', headers: { authorization: `Bearer ${officerToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ to }) });
        expect(moved.status).toBe(200);
      }
    }
    const held = await staffPost(`/api/cases/${kept.reference}/legal-hold`, ['custodian'], { hold: true, reason: REASON }, 'PUT');
    expect(held.status).toBe(200);

    const sixYearsOn = new Date(Date.now() + 6 * 366 * 24 * 3600 * 1000);
    const run = await applyRetention({ ...stack.context, clock: { now: () => sixYearsOn } })();
    const mine = run.destroyed.filter((entry) => [kept.reference, expired.reference].includes(entry.reference));
    expect(mine).toEqual([{ agency: 'bma-health', reference: expired.reference }]);
    expect(run.failed).toEqual([]);

    const destroyed = await stack.context.complaints.loadCaseFile(expired.reference, { system: 'repository' });
    expect(destroyed.complaint).toMatchObject({ status: 'referred', destroyedAt: sixYearsOn.toISOString(), content: { subject: '', description: '' } });
    expect(destroyed.complaint?.sealedIdentity).toBeUndefined();
    expect([destroyed.events.length, destroyed.messages.length, destroyed.files.length]).toEqual([0, 0, 0]);
    expect((await post(stack.url, '/api/tracking', expired)).status).toBe(401);
    expect((await stack.context.complaints.loadCaseFile(kept.reference, { system: 'repository' })).files).toHaveLength(1);
    // The destroyed case leaves the retention index: a second run finds nothing of it.
    const again = await applyRetention({ ...stack.context, clock: { now: () => sixYearsOn } })();
    expect(again.destroyed.map((entry) => entry.reference)).not.toContain(expired.reference);
  });
});
