// You are here: what the evidence routes accept and answer, shared by the reporter's and the staff's side.
// Response schemas only document the API, so they are z.lazy: no function builds them at start.
import * as z from 'zod/mini';
import { EVIDENCE_TYPES, MEDIA_TYPES, type RejectionReason } from '../../shared/domain/evidence';

const REJECTIONS = ['empty', 'too-large', 'unsupported-type', 'type-mismatch', 'unreadable', 'too-complex', 'unsupported-content'] as const satisfies readonly RejectionReason[];

const fileFields = () => ({
  id: z.string(),
  name: z.string().check(z.meta({ description: 'the reporter\'s own label for the file' })),
  type: z.enum(EVIDENCE_TYPES),
  status: z.enum(['awaiting-upload', 'received', 'rejected']),
  requestedAt: z.iso.datetime(),
  processedAt: z.optional(z.iso.datetime()),
  size: z.optional(z.int().check(z.meta({ description: 'bytes of the cleaned file' }))),
  rejection: z.optional(z.enum(REJECTIONS).check(z.meta({ description: 'why the file was refused; it was deleted' }))),
});

export const reporterFileSchema = z.lazy(() => z.strictObject(fileFields()));

export const staffFileSchema = z.lazy(() =>
  z.strictObject({
    ...fileFields(),
    sha256: z.optional(z.string().check(z.meta({ description: 'SHA-256 (hex) of the cleaned file' }))),
    removed: z.optional(z.array(z.string()).check(z.meta({ description: 'the cleaning report: what the cleaned file no longer holds, one key per item (author, embedded-file, location-data, …)' }))),
  }),
);

export const mediaTypeSchema = z.enum(EVIDENCE_TYPES.map((type) => MEDIA_TYPES[type]) as [string, ...string[]]);

export const uploadSlotSchema = z.lazy(() =>
  z.strictObject({
    file: reporterFileSchema,
    upload: z.strictObject({
      url: z.string().check(z.meta({ description: 'where the browser POSTs the form (multipart/form-data)' })),
      fields: z.record(z.string(), z.string()).check(z.meta({ description: 'form fields to send, in this order, before the file field named "file"' })),
      expiresAt: z.iso.datetime(),
    }),
  }),
);

export const downloadLinkSchema = z.lazy(() =>
  z.strictObject({
    url: z.string().check(z.meta({ description: 'a presigned GET, valid for a few minutes' })),
    fileName: z.string(),
    sha256: z.optional(z.string()),
    expiresAt: z.iso.datetime(),
  }),
);
