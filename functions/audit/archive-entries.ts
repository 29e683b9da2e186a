// You are here: the audit table's stream target. Each new audit entry is copied, as written, into the
// archive bucket, where Object Lock in compliance mode keeps it unchanged for years; any later change
// or removal of an entry item (which the application never makes) is copied there as well, with the
// item before and after, so a rewrite of the table cannot go unrecorded. A failure throws: the stream
// retries the batch, and a batch that keeps failing goes to the dead-letter queue, which alarms.
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod/mini';
import { parseEnv } from '../../shared/config/app-config';
import { logger } from '../../shared/observability/logger';

const env = z.object({ AUDIT_ARCHIVE_BUCKET: z.string().check(z.minLength(1)) });

interface StreamRecord {
  eventID?: string;
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  dynamodb?: { NewImage?: Record<string, unknown>; OldImage?: Record<string, unknown>; ApproximateCreationDateTime?: number };
}

/** The attributes of the storage, not of the entry (shared/adapters/dynamodb/audit-log.ts). */
const STORAGE = new Set(['PK', 'SK', 'GSI1PK', 'GSI1SK']);
const image = (raw: Record<string, unknown> | undefined) =>
  raw ? Object.fromEntries(Object.entries(unmarshall(raw as Parameters<typeof unmarshall>[0])).filter(([name]) => !STORAGE.has(name))) : undefined;
/** The chain's head items move with every entry; only entries are archived. */
const isEntry = (raw: Record<string, unknown> | undefined) => {
  const item = raw ? unmarshall(raw as Parameters<typeof unmarshall>[0]) : undefined;
  return item !== undefined && typeof item.hash === 'string' && item.SK !== 'HEAD';
};
const safe = (value: unknown) => String(value).replace(/[^A-Za-z0-9._-]/g, '_');

/** The objects a batch of stream records becomes: one per new entry, one per change to an entry. */
export function archiveObjects(records: readonly StreamRecord[]): { key: string; body: string }[] {
  const objects: { key: string; body: string }[] = [];
  for (const record of records) {
    const { NewImage, OldImage } = record.dynamodb ?? {};
    if (record.eventName === 'INSERT' && isEntry(NewImage)) {
      const entry = image(NewImage)!;
      objects.push({ key: `entries/${safe(entry.agency)}/${String(entry.seq).padStart(12, '0')}-${safe(entry.hash)}.json`, body: JSON.stringify(entry) });
    } else if ((record.eventName === 'MODIFY' || record.eventName === 'REMOVE') && isEntry(OldImage)) {
      const before = image(OldImage)!;
      objects.push({
        key: `changes/${safe(before.agency)}/${String(before.seq).padStart(12, '0')}-${safe(record.eventID ?? Date.now())}.json`,
        body: JSON.stringify({ event: record.eventName, at: record.dynamodb?.ApproximateCreationDateTime, before, after: image(NewImage) ?? null }),
      });
    }
  }
  return objects;
}

export function makeArchiveHandler(s3: S3Client, bucket: string) {
  return async (event: { Records?: StreamRecord[] }) => {
    const objects = archiveObjects(event.Records ?? []);
    for (const object of objects) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: object.key, Body: object.body, ContentType: 'application/json', ChecksumAlgorithm: 'SHA256' }));
    }
    const changes = objects.filter((object) => object.key.startsWith('changes/')).length;
    // A change to an entry is never the application's doing: say so loudly (the copy is already kept).
    (changes > 0 ? logger.warn : logger.info)('audit archived', { component: 'audit-archive', detail: `${objects.length - changes} entries, ${changes} changes to entries` });
  };
}

let handle: ReturnType<typeof makeArchiveHandler> | undefined;
export const handler = async (event: { Records?: StreamRecord[] }) => {
  handle ??= makeArchiveHandler(new S3Client({ maxAttempts: 3 }), parseEnv(env, process.env).AUDIT_ARCHIVE_BUCKET);
  return handle(event);
};
