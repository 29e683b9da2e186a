// The S3 adapters' calls, against a mocked S3 client: which bucket, which key, which parameters. The
// statistics store publishes under its prefix with the cache lifetime the pages rely on; the evidence
// store reads and writes the exact version it is told, and destroying an object deletes every version
// and delete marker of that key only (a versioned bucket would otherwise keep the original upload).
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { s3ObjectStore } from '../../shared/adapters/object-stores';
import { s3EvidenceStore } from '../../shared/adapters/s3/evidence-store';
import { DependencyUnavailableError } from '../../shared/domain/errors';

const s3 = new S3Client({ region: 'ap-southeast-7', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const s3Mock = mockClient(s3);

/** A GetObject answer whose body reads as the given bytes, as the SDK's stream does. */
const objectOf = (text: string, versionId?: string) =>
  ({
    Body: { transformToByteArray: async () => new Uint8Array(Buffer.from(text, 'utf8')) },
    ...(versionId ? { VersionId: versionId } : {}),
  }) as unknown as GetObjectCommandOutput;

const noSuchKey = () => new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });

beforeEach(() => {
  s3Mock.reset();
});

describe('s3ObjectStore (published statistics)', () => {
  it('puts under the prefix with the content type and a five-minute public cache', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    await s3ObjectStore(s3, 'stats-bucket', 'stats/').put('2569/q1.json', Buffer.from('{}'), 'application/json');
    const calls = s3Mock.commandCalls(PutObjectCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toStrictEqual({
      Bucket: 'stats-bucket',
      Key: 'stats/2569/q1.json',
      Body: Buffer.from('{}'),
      ContentType: 'application/json',
      CacheControl: 'public, max-age=300',
    });
  });

  it('gets from the bucket under the prefix; a missing key is undefined, any other failure a dependency error', async () => {
    s3Mock.on(GetObjectCommand, { Bucket: 'stats-bucket', Key: 'stats/2569/q1.json' }, true).resolves(objectOf('{"total":3}'));
    s3Mock.on(GetObjectCommand, { Bucket: 'stats-bucket', Key: 'stats/2569/q2.json' }, true).rejects(noSuchKey());
    s3Mock.on(GetObjectCommand, { Bucket: 'stats-bucket', Key: 'stats/2569/q3.json' }, true).rejects(new Error('AccessDenied'));
    const store = s3ObjectStore(s3, 'stats-bucket', 'stats/');
    expect((await store.get('2569/q1.json'))!.toString('utf8')).toBe('{"total":3}');
    await expect(store.get('2569/q2.json')).resolves.toBeUndefined();
    await expect(store.get('2569/q3.json')).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(s3Mock.commandCalls(GetObjectCommand).map((call) => call.args[0].input)).toStrictEqual([
      { Bucket: 'stats-bucket', Key: 'stats/2569/q1.json' },
      { Bucket: 'stats-bucket', Key: 'stats/2569/q2.json' },
      { Bucket: 'stats-bucket', Key: 'stats/2569/q3.json' },
    ]);
  });

  it('puts with no prefix at the key itself', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    await s3ObjectStore(s3, 'stats-bucket').put('index.json', Buffer.from('[]'), 'application/json');
    expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe('index.json');
  });
});

describe('s3EvidenceStore (evidence bucket)', () => {
  const KEY = 'quarantine/bma-health/K7Q2M-X9WHT/file-1';

  it('reads the version it is asked for, and a destroyed version or key as absent', async () => {
    s3Mock.on(GetObjectCommand, { Bucket: 'evidence', Key: KEY, VersionId: 'v1' }, true).resolves(objectOf('upload', 'v1'));
    s3Mock.on(GetObjectCommand, { Bucket: 'evidence', Key: KEY, VersionId: 'v0' }, true).rejects(Object.assign(new Error('gone'), { name: 'NoSuchVersion' }));
    s3Mock.on(GetObjectCommand, { Bucket: 'evidence', Key: KEY }, true).rejects(noSuchKey());
    const store = s3EvidenceStore(s3, 'evidence');
    const read = await store.read(KEY, 'v1');
    expect(Buffer.from(read!.body).toString('utf8')).toBe('upload');
    expect(read!.versionId).toBe('v1');
    await expect(store.read(KEY, 'v0')).resolves.toBeUndefined();
    await expect(store.read(KEY)).resolves.toBeUndefined();
    expect(s3Mock.commandCalls(GetObjectCommand)[2]!.args[0].input).toStrictEqual({ Bucket: 'evidence', Key: KEY });
  });

  it('writes the cleaned file with its content type', async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    const body = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    await s3EvidenceStore(s3, 'evidence').write('evidence/bma-health/K7Q2M-X9WHT/file-1', body, 'application/pdf');
    expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input).toStrictEqual({
      Bucket: 'evidence',
      Key: 'evidence/bma-health/K7Q2M-X9WHT/file-1',
      Body: body,
      ContentType: 'application/pdf',
    });
  });

  it('destroys every version and delete marker of the key, over every page, and nothing of a longer key', async () => {
    s3Mock.on(ListObjectVersionsCommand, { Bucket: 'evidence', Prefix: KEY, KeyMarker: undefined, VersionIdMarker: undefined }, true).resolves({
      IsTruncated: true,
      NextKeyMarker: KEY,
      NextVersionIdMarker: 'v2',
      Versions: [
        { Key: KEY, VersionId: 'v1' },
        { Key: `${KEY}-other`, VersionId: 'x1' },
        { Key: KEY, VersionId: 'v2' },
      ],
    });
    s3Mock.on(ListObjectVersionsCommand, { Bucket: 'evidence', Prefix: KEY, KeyMarker: KEY, VersionIdMarker: 'v2' }, true).resolves({
      IsTruncated: false,
      Versions: [{ Key: KEY, VersionId: 'v3' }],
      DeleteMarkers: [{ Key: KEY, VersionId: 'd1' }],
    });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    await s3EvidenceStore(s3, 'evidence').destroy(KEY);
    expect(s3Mock.commandCalls(ListObjectVersionsCommand)).toHaveLength(2);
    expect(s3Mock.commandCalls(DeleteObjectsCommand).map((call) => call.args[0].input)).toStrictEqual([
      { Bucket: 'evidence', Delete: { Objects: [{ Key: KEY, VersionId: 'v1' }, { Key: KEY, VersionId: 'v2' }], Quiet: true } },
      { Bucket: 'evidence', Delete: { Objects: [{ Key: KEY, VersionId: 'v3' }, { Key: KEY, VersionId: 'd1' }], Quiet: true } },
    ]);
  });

  it('destroys a whole folder, and fails loudly when S3 could not delete a version', async () => {
    const folder = 'evidence/bma-health/K7Q2M-X9WHT/';
    s3Mock.on(ListObjectVersionsCommand).resolves({ Versions: [{ Key: `${folder}a`, VersionId: '1' }, { Key: `${folder}b`, VersionId: '2' }] });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    await s3EvidenceStore(s3, 'evidence').destroyFolder(folder);
    expect(s3Mock.commandCalls(ListObjectVersionsCommand)[0]!.args[0].input.Prefix).toBe(folder);
    expect(s3Mock.commandCalls(DeleteObjectsCommand)[0]!.args[0].input.Delete!.Objects).toHaveLength(2);

    s3Mock.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: `${folder}a`, VersionId: '1', Code: 'AccessDenied' }] });
    await expect(s3EvidenceStore(s3, 'evidence').destroyFolder(folder)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
