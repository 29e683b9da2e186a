// The local evidence bucket checks the presigned POST that the S3 adapter makes, as S3 does: a form
// built from the adapter's own fields is accepted, and each way an attacker could bend it (another key,
// another type, a wider size, an extra field, a late or a forged signature, another scope) is refused.
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_BUCKET_NAME, LOCAL_BUCKET_REGION, localBucket, verifyPresignedPost } from '../../infra/local/local-bucket';
import { s3EvidenceStore } from '../../shared/adapters/s3/evidence-store';

const NOW = new Date('2026-11-27T03:00:00.000Z');
const CREDENTIALS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret-for-this-test' };
const KEY = 'quarantine/bma-health/K7Q2M-X9WHT/file-1';
const expected = (now = NOW, credentials = CREDENTIALS) => ({ credentials, region: LOCAL_BUCKET_REGION, bucket: LOCAL_BUCKET_NAME, now });

async function slot(credentials = CREDENTIALS, region = LOCAL_BUCKET_REGION) {
  const s3 = new S3Client({ region, credentials, endpoint: 'http://local-bucket.invalid', forcePathStyle: true });
  const { fields } = await s3EvidenceStore(s3, LOCAL_BUCKET_NAME).uploadSlot({ key: KEY, contentType: 'image/jpeg', maxBytes: 10 * 1024 * 1024, expiresInSeconds: 15 * 60 });
  return fields;
}

/** The same policy with one condition changed and signed again with the right credentials: only the bucket's own rules can refuse it. */
async function resignedWith(change: (conditions: unknown[]) => unknown[]) {
  const fields = await slot();
  const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };
  const encoded = Buffer.from(JSON.stringify({ ...policy, conditions: change(policy.conditions) })).toString('base64');
  const { createHmac } = await import('node:crypto');
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${CREDENTIALS.secretAccessKey}`, '20261127'), LOCAL_BUCKET_REGION), 's3'), 'aws4_request');
  return { ...fields, Policy: encoded, 'X-Amz-Signature': hmac(signingKey, encoded).toString('hex') };
}

describe('the local bucket checks the S3 adapter\u2019s presigned POST', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts the form the adapter made, holding it to the key and the size range of the policy', async () => {
    expect(verifyPresignedPost(await slot(), expected())).toStrictEqual({ key: KEY, minBytes: 1, maxBytes: 10 * 1024 * 1024 });
  });

  it('accepts field names in any case, as S3 does', async () => {
    const fields = await slot();
    const shouted = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name.toUpperCase(), value]));
    expect(verifyPresignedPost(shouted, expected())).toMatchObject({ key: KEY });
  });

  it('refuses another key, another content type or another bucket than the policy names', async () => {
    const fields = await slot();
    expect(verifyPresignedPost({ ...fields, key: `${KEY}x` }, expected())).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('"key"') });
    expect(verifyPresignedPost({ ...fields, key: 'evidence/bma-health/K7Q2M-X9WHT/file-1' }, expected())).toMatchObject({ code: 'AccessDenied' });
    expect(verifyPresignedPost({ ...fields, 'Content-Type': 'text/html' }, expected())).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('Content-Type') });
    expect(verifyPresignedPost({ ...fields, bucket: 'another-bucket' }, expected())).toMatchObject({ code: 'AccessDenied' });
    expect(verifyPresignedPost(fields, { ...expected(), bucket: 'another-bucket' })).toMatchObject({ code: 'AccessDenied' });
  });

  it('refuses a form field the policy does not name, but ignores x-ignore- fields', async () => {
    const fields = await slot();
    expect(verifyPresignedPost({ ...fields, 'x-amz-meta-author': 'someone' }, expected())).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('Extra input fields') });
    expect(verifyPresignedPost({ ...fields, 'x-ignore-note': 'anything' }, expected())).toMatchObject({ key: KEY });
  });

  it('refuses the policy once expired: 15 minutes after signing', async () => {
    const fields = await slot();
    expect(verifyPresignedPost(fields, expected(new Date('2026-11-27T03:14:59.000Z')))).toMatchObject({ key: KEY });
    expect(verifyPresignedPost(fields, expected(new Date('2026-11-27T03:15:00.000Z')))).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('expired') });
  });

  it('refuses a policy changed after signing, a signature by other credentials, and another scope', async () => {
    const fields = await slot();
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[] };
    const widened = policy.conditions.map((condition) => (Array.isArray(condition) && condition[0] === 'content-length-range' ? ['content-length-range', 1, 10 ** 12] : condition));
    const tampered = { ...fields, Policy: Buffer.from(JSON.stringify({ ...policy, conditions: widened })).toString('base64') };
    expect(verifyPresignedPost(tampered, expected())).toMatchObject({ code: 'SignatureDoesNotMatch' });
    const forged = await slot({ accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: 'guessed' });
    expect(verifyPresignedPost(forged, expected())).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(verifyPresignedPost(await slot({ ...CREDENTIALS, accessKeyId: 'AKIDOTHER' }), expected())).toMatchObject({ code: 'InvalidArgument' });
    expect(verifyPresignedPost(await slot(CREDENTIALS, 'us-east-1'), expected())).toMatchObject({ code: 'InvalidArgument' });
    expect(verifyPresignedPost({ ...fields, 'X-Amz-Algorithm': 'AWS4-HMAC-SHA1' }, expected())).toMatchObject({ code: 'InvalidArgument' });
    const { Policy: _policy, ...unsigned } = fields;
    expect(verifyPresignedPost(unsigned, expected())).toMatchObject({ code: 'AccessDenied' });
  });

  it('holds a correctly signed policy to its own conditions: one it does not know, or no key condition, is refused', async () => {
    expect(verifyPresignedPost(await resignedWith((conditions) => conditions), expected())).toMatchObject({ key: KEY });
    expect(verifyPresignedPost(await resignedWith((conditions) => [...conditions, ['in', '$key', KEY]]), expected())).toMatchObject({ code: 'AccessDenied' });
    const withoutKey = await resignedWith((conditions) => conditions.filter((condition) => !(condition && typeof condition === 'object' && 'key' in condition)));
    expect(verifyPresignedPost(withoutKey, expected())).toMatchObject({ code: 'AccessDenied' });
    const prefixOnly = await resignedWith((conditions) => [
      ...conditions.filter((condition) => !(condition && typeof condition === 'object' && 'key' in condition)),
      ['starts-with', '$key', 'quarantine/'],
    ]);
    expect(verifyPresignedPost(prefixOnly, expected())).toMatchObject({ key: KEY });
  });

  it('hands out slots signed by the S3 adapter, which its own check accepts', async () => {
    const bucket = localBucket('/nonexistent-local-bucket-folder');
    const { url, fields } = await bucket.store.uploadSlot({ key: KEY, contentType: 'image/jpeg', maxBytes: 1000, expiresInSeconds: 60 });
    expect(url).toBe('/local-bucket/');
    expect(Object.keys(fields).sort()).toEqual(['Content-Type', 'Policy', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Signature', 'bucket', 'key']);
    expect(fields['X-Amz-Credential']).toMatch(new RegExp(`^[^/]+/20261127/${LOCAL_BUCKET_REGION}/s3/aws4_request$`));
    expect(JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')).conditions).toContainEqual(['content-length-range', 1, 1000]);
  });
});
