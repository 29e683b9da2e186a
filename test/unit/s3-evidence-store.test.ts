// The presigned POST that guards the real evidence bucket. The browser uploads straight to S3, so the
// policy inside it is the only thing that holds an upload to one quarantine key, one content type, the
// agency's size limit and the upload time: this test decodes the policy the S3 adapter signs for a real
// upload request and checks each condition, then recomputes the SigV4 signature from the same static
// credentials, so a change to the adapter or the SDK that loosens the policy fails here, not on AWS.
import { createHmac } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { s3EvidenceStore } from '../../shared/adapters/s3/evidence-store';
import { agencySettings } from '../../shared/domain/agencies';
import { objectKeys } from '../../shared/domain/evidence';
import { requestUpload } from '../../shared/domain/use-cases/evidence-files';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const NOW = new Date('2026-11-27T03:00:00.000Z');
const REGION = 'ap-southeast-7';
const BUCKET = 'integrity-evidence-test';
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

type Condition = Record<string, string> | [string, string | number, string | number];

/** A real S3 client with static credentials: signing happens locally, nothing is sent. */
const s3 = () => new S3Client({ region: REGION, credentials: CREDENTIALS });

function sigV4SigningKey(secret: string, date: string, region: string, service: string) {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

async function slotForUpload() {
  const memory = memoryContext(NOW);
  const context = { ...memory.context, evidence: s3EvidenceStore(s3(), BUCKET) };
  const receipt = await fileComplaint(context)(anonymousComplaint());
  const { file, upload } = await requestUpload(context)(
    { reference: receipt.reference, secret: receipt.secret, name: 'ใบเสร็จ.pdf', type: 'pdf', size: 200_000 },
    'upload-key-1',
  );
  const key = objectKeys.quarantine({ agency: memory.context.config.defaultAgency, reference: receipt.reference, fileId: file.id });
  const policy = JSON.parse(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8')) as { expiration: string; conditions: Condition[] };
  const limits = (await agencySettings(memory.context.agencies, memory.context.config.defaultAgency)).evidence;
  return { upload, key, policy, limits };
}

describe('S3 evidence store: the presigned POST of an upload slot', () => {
  beforeEach(() => {
    // The SDK reads Date.now() for the signing date and the policy's expiry; only Date is frozen.
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the agency limits are the ones the policy must carry: 10 MB and 15 minutes', async () => {
    const { limits } = await slotForUpload();
    expect(limits.maxBytes).toBe(10 * 1024 * 1024);
    expect(limits.uploadSeconds).toBe(15 * 60);
  });

  it('posts to the evidence bucket and fixes the key to one object under quarantine/', async () => {
    const { upload, key, policy } = await slotForUpload();
    expect(key).toMatch(/^quarantine\/[a-z-]+\/[^/]+\/[^/]+$/);
    expect(new URL(upload.url).hostname).toBe(`${BUCKET}.s3.${REGION}.amazonaws.com`);
    expect(upload.fields.key).toBe(key);
    expect(upload.fields.bucket).toBe(BUCKET);
    expect(policy.conditions).toContainEqual({ key });
    expect(policy.conditions).toContainEqual({ bucket: BUCKET });
    // No starts-with on the key: a prefix condition would let the browser choose any key below it.
    expect(policy.conditions.filter((condition) => Array.isArray(condition) && condition[1] === '$key')).toEqual([]);
  });

  it('holds the content type and a size range of one byte to the agency limit', async () => {
    const { upload, policy } = await slotForUpload();
    expect(upload.fields['Content-Type']).toBe('application/pdf');
    expect(policy.conditions).toContainEqual(['eq', '$Content-Type', 'application/pdf']);
    expect(policy.conditions).toContainEqual({ 'Content-Type': 'application/pdf' });
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 10 * 1024 * 1024]);
    expect(policy.conditions.filter((condition) => Array.isArray(condition) && condition[0] === 'content-length-range')).toHaveLength(1);
  });

  it('expires 15 minutes after signing', async () => {
    const { policy } = await slotForUpload();
    expect(policy.expiration).toBe('2026-11-27T03:15:00Z');
  });

  it('carries the SigV4 fields in the form and in the policy, with the scope region/s3/aws4_request', async () => {
    const { upload, policy } = await slotForUpload();
    const fields = upload.fields;
    expect(fields['X-Amz-Algorithm']).toBe('AWS4-HMAC-SHA256');
    expect(fields['X-Amz-Credential']).toBe(`${CREDENTIALS.accessKeyId}/20261127/${REGION}/s3/aws4_request`);
    expect(fields['X-Amz-Date']).toBe('20261127T030000Z');
    expect(fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
    expect(policy.conditions).toContainEqual({ 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' });
    expect(policy.conditions).toContainEqual({ 'X-Amz-Credential': fields['X-Amz-Credential'] });
    expect(policy.conditions).toContainEqual({ 'X-Amz-Date': '20261127T030000Z' });
    // Static credentials carry no session token; a Lambda role's would be signed into the policy too.
    expect(fields['X-Amz-Security-Token']).toBeUndefined();
  });

  it('signs the policy with the SigV4 key of the credentials, date, region and s3', async () => {
    const { upload } = await slotForUpload();
    const signingKey = sigV4SigningKey(CREDENTIALS.secretAccessKey, '20261127', REGION, 's3');
    const expected = createHmac('sha256', signingKey).update(upload.fields.Policy!, 'utf8').digest('hex');
    expect(upload.fields['X-Amz-Signature']).toBe(expected);
    const otherSecret = sigV4SigningKey('not-the-secret', '20261127', REGION, 's3');
    expect(upload.fields['X-Amz-Signature']).not.toBe(createHmac('sha256', otherSecret).update(upload.fields.Policy!, 'utf8').digest('hex'));
  });

  it('has no condition beyond the ones checked above', async () => {
    const { policy } = await slotForUpload();
    expect(policy.conditions).toHaveLength(8);
  });
});
