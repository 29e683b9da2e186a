// You are here: the evidence bucket's event target. For each object created under quarantine/, S3's
// event (through EventBridge on AWS, as a notification locally) runs the processing use case. A failure
// throws, so the invoke is retried and finally dead-lettered; processing is idempotent. The event is
// never logged: S3 puts the uploader's IP address in it.
import * as z from 'zod/mini';
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { eventEntry } from '../event-entry';
import { PROCESSING_NEEDS } from '../event-needs';
import type { AppContext } from '../../shared/config/context';
import { processUpload } from '../../shared/domain/use-cases/process-upload';
import { logger } from '../../shared/observability/logger';

/** S3's notification (keys URL-encoded, '+' for spaces) or EventBridge's "Object Created" (keys as they are). */
const objectCreated = z.union([
  z.object({ Records: z.array(z.object({ s3: z.object({ object: z.object({ key: z.string(), versionId: z.optional(z.string()) }) }) })) }),
  z.object({ 'detail-type': z.literal('Object Created'), detail: z.object({ object: z.object({ key: z.string(), 'version-id': z.optional(z.string()) }) }) }),
]);

/** Each object with the version the event is about: that version, not whatever is newest, is processed. */
function objectsOf(event: unknown): { key: string; versionId?: string }[] {
  const parsed = objectCreated.parse(event);
  if ('Records' in parsed) {
    return parsed.Records.map(({ s3: { object } }) => ({ key: decodeURIComponent(object.key.replace(/\+/g, ' ')), ...(object.versionId ? { versionId: object.versionId } : {}) }));
  }
  const { key, 'version-id': versionId } = parsed.detail.object;
  return [{ key, ...(versionId ? { versionId } : {}) }];
}

export function makeUploadHandler(context: AppContext) {
  const process = processUpload(context);
  return async (event: unknown) => {
    const results = [];
    for (const { key, versionId } of objectsOf(event)) {
      const result = await process(key, versionId);
      // The outcome only: the key names a case, and logs never tie a reference to anything else.
      logger.info('evidence processed', { component: 'evidence', detail: result });
      results.push(result);
    }
    return results;
  };
}

export const handler = eventEntry('evidence processing', PROCESSING_NEEDS, makeUploadHandler, awsContext(dynamoDbWiring, s3Wiring));
