import { describe, expect, it } from 'vitest';
import { handler as metaHandler } from '../../functions/meta/lambda';
import { handler as trackingHandler } from '../../functions/tracking/lambda';
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
