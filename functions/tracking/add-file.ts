// You are here: POST /api/tracking/files, an upload slot for one evidence file (a presigned POST into
// the quarantine prefix), for a reporter who proves the case is theirs with the reference and secret.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { typeOfMediaType } from '../../shared/domain/evidence';
import { requestUpload } from '../../shared/domain/use-cases/evidence-files';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { mediaTypeSchema, uploadSlotSchema } from '../evidence/schemas';
import { credentialsSchema } from './track';

export const addFileSchema = z.strictObject({
  ...credentialsSchema.shape,
  name: z.string().check(z.minLength(1), z.maxLength(255), z.meta({ description: 'the file\'s name on the reporter\'s device' })),
  mediaType: mediaTypeSchema,
  size: z.int().check(z.positive(), z.meta({ description: 'bytes, as the browser reports them' })),
});

export const contract: Contract<typeof addFileSchema> = {
  access: PUBLIC,
  summary: 'Get an upload slot for one evidence file (PDF, JPEG, PNG or DOCX)',
  description:
    'Needs an Idempotency-Key: a retry with the same key gets a fresh policy for the same slot. The browser then POSTs the file to upload.url with upload.fields. The file is checked and stripped of metadata after it arrives; tracking shows it as received or rejected.',
  body: addFileSchema,
  idempotent: 'required',
  responses: {
    201: { description: 'The slot and its presigned POST', schema: uploadSlotSchema },
    400: { description: 'Invalid request, a file over the size limit, or no Idempotency-Key' },
    401: { description: 'The reference or the secret is not correct' },
    409: { description: 'file-limit-reached: the case has as many files as allowed; file-already-uploaded: this key\'s file has arrived' },
    422: { description: 'The Idempotency-Key was used for a different file' },
    429: { description: 'A wrong secret after the reference\'s failure budget for this window is spent; see Retry-After' },
  },
};

export const makeHandler = (context: AppContext) => {
  const request = requestUpload(context);
  return httpHandler(contract, async ({ body, idempotencyKey }) => {
    const { mediaType, ...rest } = body;
    // The contract requires the key: without it a retry could not find its slot and would take another.
    return json(201, await request({ ...rest, type: typeOfMediaType(mediaType)! }, idempotencyKey!));
  });
};
