// You are here: the ObjectStore port's adapters. S3 in AWS (the stats bucket, versioned, so every
// revision stays); a folder under LOCAL_DATA_DIR locally, served by the local server under /stats/;
// and memory for unit tests.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DependencyUnavailableError } from '../domain/errors';
import type { ObjectStore } from '../domain/ports';

export function s3ObjectStore(s3: S3Client, bucket: string, prefix = ''): ObjectStore {
  return {
    async get(key) {
      try {
        const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${key}` }));
        return Buffer.from(await output.Body!.transformToByteArray());
      } catch (error) {
        if ((error as Error).name === 'NoSuchKey') return undefined;
        throw new DependencyUnavailableError('S3', { cause: error });
      }
    },
    async put(key, body, contentType) {
      try {
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${key}`, Body: body, ContentType: contentType, CacheControl: 'public, max-age=300' }));
      } catch (error) {
        throw new DependencyUnavailableError('S3', { cause: error });
      }
    },
  };
}

/** The file of a key under a folder; a key that would climb out of the folder is refused. */
export function folderPaths(root: string) {
  const base = resolve(root);
  return (key: string) => {
    const path = normalize(join(base, key));
    if (!path.startsWith(base + sep)) throw new Error(`Key outside the store: ${key}`);
    return path;
  };
}

export function folderObjectStore(root: string): ObjectStore {
  const pathOf = folderPaths(root);
  return {
    async get(key) {
      return readFile(pathOf(key)).catch(() => undefined);
    },
    async put(key, body) {
      await mkdir(dirname(pathOf(key)), { recursive: true });
      await writeFile(pathOf(key), body);
    },
  };
}

export function memoryObjectStore(): ObjectStore & { objects: Map<string, { body: Buffer; contentType: string }>; puts: string[] } {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const puts: string[] = [];
  return {
    objects,
    puts,
    async get(key) {
      return objects.get(key)?.body;
    },
    async put(key, body, contentType) {
      puts.push(key);
      objects.set(key, { body: Buffer.from(body), contentType });
    },
  };
}
