import { createHash } from 'node:crypto';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { IdempotencyMismatchError, NotFoundError, UnauthorizedError, ValidationError } from '../../shared/domain/errors';
import { fileLabel, objectKeys } from '../../shared/domain/evidence';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { getCase } from '../../shared/domain/use-cases/case-handling';
import { fileDownload, requestUpload } from '../../shared/domain/use-cases/evidence-files';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { processUpload } from '../../shared/domain/use-cases/process-upload';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { jpegWithGps, MARKERS, pngWithText } from '../support/evidence-fixtures';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const otherAgency: StaffPrincipal = { id: 'officer-9', roles: ['officer'], agency: 'bma-medical' };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

async function setup() {
  const memory = memoryContext();
  const receipt = await fileComplaint(memory.context)(anonymousComplaint());
  const credentials = { reference: receipt.reference, secret: receipt.secret };
  let key = 0;
  /** Asks for a slot and "uploads" into it, as the browser would through the presigned POST. */
  const upload = async (bytes: Uint8Array, file: { name: string; type: 'jpeg' | 'png' | 'pdf' | 'docx' }) => {
    const slot = await requestUpload(memory.context)({ ...credentials, ...file, size: bytes.length }, `upload-key-${(key += 1)}`);
    await memory.evidence.write(slot.upload.fields.key!, bytes, 'application/octet-stream');
    return { slot, result: await processUpload(memory.context)(slot.upload.fields.key!) };
  };
  return { ...memory, receipt, credentials, reference: receipt.reference, upload };
}

describe('upload slots', () => {
  it('hold the upload to one quarantine key, the declared type and the agency limit', async () => {
    const { context, evidence, credentials, reference } = await setup();
    const slot = await requestUpload(context)({ ...credentials, name: 'ใบเสร็จ.jpg', type: 'jpeg', size: 2048 }, 'key-aaaaaaaa');
    expect(slot.file).toMatchObject({ name: 'ใบเสร็จ.jpg', type: 'jpeg', status: 'awaiting-upload' });
    expect(evidence.slots).toEqual([
      { key: objectKeys.quarantine({ agency: 'bma-health', reference, fileId: slot.file.id }), contentType: 'image/jpeg', maxBytes: 10 * 1024 * 1024, expiresInSeconds: 900 },
    ]);
  });

  it('refuses a wrong secret, a file over the limit and a sixth file', async () => {
    const { context, credentials } = await setup();
    const ask = requestUpload(context);
    await expect(ask({ ...credentials, secret: 'WRONG-SECRET', name: 'a.pdf', type: 'pdf', size: 10 }, 'key-bbbbbbbb')).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(ask({ ...credentials, name: 'a.pdf', type: 'pdf', size: 10 * 1024 * 1024 + 1 }, 'key-cccccccc')).rejects.toBeInstanceOf(ValidationError);
    for (let index = 0; index < 5; index += 1) await ask({ ...credentials, name: `${index}.pdf`, type: 'pdf', size: 10 }, `key-file-${index}`);
    await expect(ask({ ...credentials, name: '6.pdf', type: 'pdf', size: 10 }, 'key-file-6')).rejects.toMatchObject({ code: 'file-limit-reached' });
  });

  it('give a retry with the same Idempotency-Key the same slot, and refuse the key for another file', async () => {
    const { context, credentials, complaints, reference } = await setup();
    const ask = requestUpload(context);
    const first = await ask({ ...credentials, name: 'a.pdf', type: 'pdf', size: 10 }, 'key-dddddddd');
    const again = await ask({ ...credentials, name: 'a.pdf', type: 'pdf', size: 10 }, 'key-dddddddd');
    expect(again.file.id).toBe(first.file.id);
    expect((await complaints.loadCaseFile(reference, { system: 'repository' })).files).toHaveLength(1);
    await expect(ask({ ...credentials, name: 'b.pdf', type: 'pdf', size: 10 }, 'key-dddddddd')).rejects.toBeInstanceOf(IdempotencyMismatchError);
  });

  it('tell a retry whose file has already arrived that it has, with its own code', async () => {
    const { context, credentials, upload } = await setup();
    await upload(jpegWithGps(), { name: 'photo.jpg', type: 'jpeg' });
    const retry = requestUpload(context)({ ...credentials, name: 'photo.jpg', type: 'jpeg', size: jpegWithGps().length }, 'upload-key-1');
    await expect(retry).rejects.toMatchObject({ code: 'file-already-uploaded' });
  });

  it('no longer count once their time has run out with nothing uploaded', async () => {
    const { context, credentials, advance } = await setup();
    const ask = requestUpload(context);
    for (let index = 0; index < 5; index += 1) await ask({ ...credentials, name: `${index}.pdf`, type: 'pdf', size: 10 }, `key-slot-${index}`);
    advance(901);
    await expect(ask({ ...credentials, name: 'late.pdf', type: 'pdf', size: 10 }, 'key-slot-late')).resolves.toBeTruthy();
    expect((await trackComplaint(context)(credentials)).files.map((file) => file.name)).toEqual(['late.pdf']);
  });

  it('keep the reporter\'s label without folders or control characters', () => {
    expect(fileLabel('C:\\Users\\me\\รูป\u202e.jpg')).toBe('รูป.jpg');
    expect(fileLabel('a/b/c.pdf')).toBe('c.pdf');
    expect(() => fileLabel('\u0000')).toThrow(ValidationError);
  });
});

describe('processing an upload', () => {
  it('keeps a cleaned copy under evidence/, destroys the upload and tells the reporter', async () => {
    const { evidence, upload, context, credentials, reference } = await setup();
    const original = jpegWithGps();
    expect((await exifr.parse(Buffer.from(original), { gps: true }))?.latitude).toBeCloseTo(13.7563, 3);
    const { slot, result } = await upload(original, { name: 'photo.jpg', type: 'jpeg' });
    expect(result).toBe('received');
    expect(evidence.objects.has(slot.upload.fields.key!)).toBe(false);
    const clean = evidence.objects.get(objectKeys.evidence({ agency: 'bma-health', reference, fileId: slot.file.id }))!;
    expect(clean.contentType).toBe('image/jpeg');
    expect(await exifr.parse(Buffer.from(clean.body), { gps: true }).catch(() => undefined)).toBeUndefined();
    for (const marker of [MARKERS.jpeg.serial, MARKERS.jpeg.make, MARKERS.jpeg.comment]) expect(latin1(clean.body)).not.toContain(marker);
    const [file] = (await trackComplaint(context)(credentials)).files;
    expect(file).toMatchObject({ name: 'photo.jpg', status: 'received', size: clean.body.length });
  });

  it('rejects a renamed file with a reason, and nothing reaches evidence/', async () => {
    const { evidence, upload, context, credentials } = await setup();
    const { result } = await upload(pngWithText(), { name: 'photo.jpg', type: 'jpeg' });
    expect(result).toBe('rejected');
    expect([...evidence.objects.keys()]).toEqual([]);
    expect((await trackComplaint(context)(credentials)).files[0]).toMatchObject({ status: 'rejected', rejection: 'type-mismatch' });
  });

  it('destroys an object that belongs to no open slot, and a second delivery changes nothing', async () => {
    const { evidence, upload, context, complaints, reference } = await setup();
    const { slot } = await upload(jpegWithGps(), { name: 'photo.jpg', type: 'jpeg' });
    const before = (await complaints.loadCaseFile(reference, { system: 'repository' })).files;
    // The same policy used again after processing, and a key nobody issued.
    await evidence.write(slot.upload.fields.key!, pngWithText(), 'image/png');
    await evidence.write('quarantine/bma-health/NOT-A-CASE/0123456789abcdef', pngWithText(), 'image/png');
    expect(await processUpload(context)(slot.upload.fields.key!)).toBe('ignored');
    expect(await processUpload(context)('quarantine/bma-health/NOT-A-CASE/0123456789abcdef')).toBe('ignored');
    expect([...evidence.objects.keys()].filter((key) => key.startsWith('quarantine/'))).toEqual([]);
    expect((await complaints.loadCaseFile(reference, { system: 'repository' })).files).toEqual(before);
  });

  it('leaves a slot claimed for another upload alone, and lets a retry of the claimed one finish the job', async () => {
    const { evidence, context, complaints, credentials, reference } = await setup();
    const slot = await requestUpload(context)({ ...credentials, name: 'photo.jpg', type: 'jpeg', size: 100 }, 'claim-key-1');
    const key = slot.upload.fields.key!;
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    // An earlier delivery claimed the slot for this photo, then stopped before writing anything.
    const photo = jpegWithGps();
    expect(await complaints.claimUpload(reference, slot.file.id, `sha256:${sha256(photo)}`)).toBe(true);
    // Another upload to the same slot is not processed, and destroys nothing the claimer still needs.
    await evidence.write(key, pngWithText(), 'image/png');
    expect(await processUpload(context)(key)).toBe('ignored');
    expect(evidence.objects.has(key)).toBe(true);
    expect(evidence.objects.has(objectKeys.evidence({ agency: 'bma-health', reference, fileId: slot.file.id }))).toBe(false);
    // The claimed photo delivered again: cleaned, stored, recorded with the stored copy's hash.
    await evidence.write(key, photo, 'image/jpeg');
    expect(await processUpload(context)(key)).toBe('received');
    const stored = evidence.objects.get(objectKeys.evidence({ agency: 'bma-health', reference, fileId: slot.file.id }))!.body;
    expect((await complaints.loadCaseFile(reference, { system: 'repository' })).files[0]).toMatchObject({ status: 'received', sha256: sha256(stored), removed: ['metadata'] });
  });
});

describe('officers\' downloads', () => {
  it('are short-lived links to the cleaned copy, each one audited first', async () => {
    const { context, evidence, upload, reference, audit } = await setup();
    const { slot } = await upload(jpegWithGps(), { name: 'photo.jpg', type: 'jpeg' });
    const staffView = await getCase(context)(officer, reference);
    expect(staffView.files).toEqual([expect.objectContaining({ id: slot.file.id, status: 'received', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const link = await fileDownload(context)(officer, reference, slot.file.id);
    expect(link.fileName).toBe(`${reference}-1.jpg`);
    expect(evidence.links.at(-1)).toEqual({ key: objectKeys.evidence({ agency: 'bma-health', reference, fileId: slot.file.id }), fileName: link.fileName, contentType: 'image/jpeg', expiresInSeconds: 300 });
    expect(audit.entries.at(-1)).toMatchObject({ action: 'file.download', actor: 'officer-1', reference, detail: expect.stringContaining(staffView.files[0]!.sha256!) });
  });

  it('never reach another agency\'s case or a file that was not received', async () => {
    const { context, upload, reference } = await setup();
    const { slot } = await upload(pngWithText(), { name: 'photo.jpg', type: 'jpeg' });
    await expect(fileDownload(context)(officer, reference, slot.file.id)).rejects.toBeInstanceOf(NotFoundError);
    const good = await upload(jpegWithGps(), { name: 'photo.jpg', type: 'jpeg' });
    await expect(fileDownload(context)(otherAgency, reference, good.slot.file.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
