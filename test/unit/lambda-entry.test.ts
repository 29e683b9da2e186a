import { describe, expect, it } from 'vitest';
import { handler as metaHandler } from '../../functions/meta/lambda';
import { handler as trackingHandler } from '../../functions/tracking/lambda';
import { marshall } from '@aws-sdk/util-dynamodb';
import { archiveObjects } from '../../functions/audit/archive-entries';
import { makeUploadHandler } from '../../functions/evidence/process-upload';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { requestUpload } from '../../shared/domain/use-cases/evidence-files';
import { jpegWithGps } from '../support/evidence-fixtures';
import { bodyOf, eventSample, httpEvent, lambdaContext } from '../support/events';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

describe('a route group on Lambda', () => {
  it('fails its first invoke loudly when a variable is missing', async () => {
    delete process.env.COMPLAINTS_TABLE;
    await expect(trackingHandler(httpEvent('post-tracking'), lambdaContext)).rejects.toThrow(/COMPLAINTS_TABLE/);
  });

  it('dispatches by route key and answers 404 for a route of another group', async () => {
    process.env.COMPLAINTS_TABLE = 'complaints';
    process.env.AUDIT_TABLE = 'audit';
    process.env.SURVEYS_TABLE = 'surveys';
    process.env.STATS_BUCKET = 'stats';
    process.env.INFORMATION_CENTRE_TABLE = 'information-centre';
    process.env.IDENTITY_KEY_ARN = 'arn:aws:kms:ap-southeast-7:111111111111:key/00000000-0000-0000-0000-000000000000';
    process.env.EVIDENCE_BUCKET = 'evidence';
    const health = { ...httpEvent('post-tracking'), routeKey: 'GET /api/health', body: undefined };
    expect(bodyOf(await metaHandler(health, lambdaContext))).toEqual({ ok: true });
    const elsewhere = await metaHandler(httpEvent('post-tracking'), lambdaContext);
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('the API reached around CloudFront', () => {
  it('answers 403 to every route without the origin header CloudFront adds, and serves it with the header', async () => {
    process.env.ORIGIN_VERIFY_SECRET = 'cloudfront-origin-secret-0123456789';
    try {
      const health = { ...httpEvent('post-tracking'), routeKey: 'GET /api/health', body: undefined };
      const direct = await metaHandler(health, lambdaContext);
      expect(direct.statusCode).toBe(403);
      expect(bodyOf(direct)).toMatchObject({ error: { code: 'forbidden' } });
      // A wrong value, and one that only starts right, are refused as well; tracking never reaches its handler.
      for (const value of ['guess', 'cloudfront-origin-secret']) {
        expect((await metaHandler({ ...health, headers: { ...health.headers, 'x-origin-verify': value } }, lambdaContext)).statusCode).toBe(403);
      }
      expect((await trackingHandler(httpEvent('post-tracking'), lambdaContext)).statusCode).toBe(403);
      const viaCloudFront = { ...health, headers: { ...health.headers, 'x-origin-verify': 'cloudfront-origin-secret-0123456789' } };
      expect(bodyOf(await metaHandler(viaCloudFront, lambdaContext))).toEqual({ ok: true });
    } finally {
      delete process.env.ORIGIN_VERIFY_SECRET;
    }
  });
});

describe('the audit archive function', () => {
  const marshalled = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true });
  const entry = { PK: 'CASE#ABC', SK: '2026-11-27T03:00:00.000Z#1', GSI1PK: 'CHAIN#bma-health', GSI1SK: '000000000007', id: '1', at: '2026-11-27T03:00:00.000Z', actor: 'o', role: 'officer', action: 'case.read', agency: 'bma-health', seq: 7, prevHash: 'a'.repeat(64), hash: 'b'.repeat(64) };

  it('copies each new entry as written (without storage keys), skips the chain head, and copies any change to an entry with before and after', () => {
    const objects = archiveObjects([
      { eventID: 'e1', eventName: 'INSERT', dynamodb: { NewImage: marshalled(entry) } },
      { eventID: 'e2', eventName: 'INSERT', dynamodb: { NewImage: marshalled({ PK: 'CHAIN#bma-health', SK: 'HEAD', seq: 7, hash: 'b'.repeat(64) }) } },
      { eventID: 'e3', eventName: 'MODIFY', dynamodb: { OldImage: marshalled(entry), NewImage: marshalled({ ...entry, actor: 'someone-else' }) } },
      { eventID: 'e4', eventName: 'REMOVE', dynamodb: { OldImage: marshalled(entry) } },
    ]);
    expect(objects.map((object) => object.key)).toEqual([`entries/bma-health/000000000007-${'b'.repeat(64)}.json`, 'changes/bma-health/000000000007-e3.json', 'changes/bma-health/000000000007-e4.json']);
    const { PK: _pk, SK: _sk, GSI1PK: _g, GSI1SK: _s, ...stored } = entry;
    expect(JSON.parse(objects[0]!.body)).toEqual(stored);
    expect(JSON.parse(objects[1]!.body)).toMatchObject({ event: 'MODIFY', before: { actor: 'o' }, after: { actor: 'someone-else' } });
    expect(JSON.parse(objects[2]!.body)).toMatchObject({ event: 'REMOVE', after: null });
  });
});

describe('the evidence processing function', () => {
  it('takes EventBridge\'s "Object Created" and S3\'s own notification alike', async () => {
    const { context, evidence } = memoryContext();
    const { reference, secret } = await fileComplaint(context)(anonymousComplaint());
    const keys = [];
    for (const key of ['evidence-key-1', 'evidence-key-2']) {
      const slot = await requestUpload(context)({ reference, secret, name: 'photo.jpg', type: 'jpeg', size: 100 }, key);
      await evidence.write(slot.upload.fields.key!, jpegWithGps(), 'image/jpeg');
      keys.push(slot.upload.fields.key!);
    }
    const bridged = eventSample('evidence-object-created') as { detail: { object: { key: string } } };
    bridged.detail.object.key = keys[0]!;
    const notified = { Records: [{ eventSource: 'aws:s3', s3: { bucket: { name: 'evidence' }, object: { key: encodeURIComponent(keys[1]!).replace(/%2F/g, '/'), size: 100 } } }] };
    const process = makeUploadHandler(context);
    expect(await process(bridged)).toEqual(['received']);
    expect(await process(notified)).toEqual(['received']);
    await expect(process({ detail: {} })).rejects.toThrow();
  });

  it('reads the very version the event names, from either kind of event', async () => {
    const { context, evidence } = memoryContext();
    const read = evidence.read.bind(evidence);
    const versions: (string | undefined)[] = [];
    context.evidence = { ...evidence, read: (key, versionId) => (versions.push(versionId), read(key, versionId)) };
    const bridged = eventSample('evidence-object-created') as { detail: { object: { key: string } } };
    const notified = { Records: [{ s3: { object: { key: 'quarantine/bma-health/NOPE/0', versionId: 'S3-NOTIFIED-VERSION' } } }] };
    const process = makeUploadHandler(context);
    expect(await process(bridged)).toEqual(['ignored']);
    expect(await process(notified)).toEqual(['ignored']);
    expect(versions).toEqual(['IYV3p45BT0ac8hjHg1houSdS1a.Mro8e', 'S3-NOTIFIED-VERSION']);
  });
});
