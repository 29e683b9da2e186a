// You are here: the EvidenceStore on S3. The bucket is private, KMS-encrypted and versioned; browsers
// reach it only through presigned requests made here, and destroying an object removes every
// version of it (a versioned bucket would otherwise keep the original upload, metadata and all).
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type ListObjectVersionsCommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { DependencyUnavailableError } from '../../domain/errors';
import type { EvidenceStore } from '../../domain/ports';

async function s3Call<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw new DependencyUnavailableError('S3', { cause: error });
  }
}

export function s3EvidenceStore(s3: S3Client, bucket: string): EvidenceStore {
  /** Deletes every version and delete marker under the prefix; `exact` limits it to one key. */
  async function destroyVersions(prefix: string, exact: boolean) {
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const page: ListObjectVersionsCommandOutput = await s3Call(() =>
        s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker })),
      );
      const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
        .filter((version) => !exact || version.Key === prefix)
        .map((version) => ({ Key: version.Key!, VersionId: version.VersionId! }));
      if (objects.length > 0) {
        const output = await s3Call(() => s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } })));
        if (output.Errors?.length) throw new DependencyUnavailableError('S3', { cause: new Error(`${output.Errors.length} versions could not be deleted`) });
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker);
  }

  return {
    uploadSlot: ({ key, contentType, maxBytes, expiresInSeconds }) =>
      s3Call(() =>
        createPresignedPost(s3, {
          Bucket: bucket,
          Key: key,
          // The policy fits one object: this key, this type, between one byte and the limit.
          Conditions: [['content-length-range', 1, maxBytes], ['eq', '$Content-Type', contentType]],
          Fields: { 'Content-Type': contentType },
          Expires: expiresInSeconds,
        }),
      ),

    async read(key, versionId) {
      try {
        const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
        const body = await output.Body!.transformToByteArray();
        return { body, ...(output.VersionId ? { versionId: output.VersionId } : {}) };
      } catch (error) {
        // A version already destroyed (processing of another upload to the slot) reads as absent.
        if (['NoSuchKey', 'NoSuchVersion'].includes((error as Error).name)) return undefined;
        throw new DependencyUnavailableError('S3', { cause: error });
      }
    },

    async write(key, body, contentType) {
      await s3Call(() => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType })));
    },

    destroy: (key) => destroyVersions(key, true),
    destroyFolder: (prefix) => destroyVersions(prefix, false),

    downloadLink: ({ key, fileName, contentType, expiresInSeconds }) =>
      s3Call(() =>
        getSignedUrl(
          s3,
          new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: `attachment; filename="${fileName}"`, ResponseContentType: contentType }),
          { expiresIn: expiresInSeconds },
        ),
      ),
  };
}
