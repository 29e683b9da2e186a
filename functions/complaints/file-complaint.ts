// You are here: POST /api/complaints, the confidential intake.
import * as z from 'zod/mini';
import { newComplaintSchema, STATUSES } from '../../shared/domain/complaint';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';

export const receiptSchema = z.lazy(() =>
  z.strictObject({
    reference: z.string().check(z.meta({ description: 'เลขที่เรื่อง: not secret, quote it when you contact the agency' })),
    secret: z.string().check(z.meta({ description: 'รหัสลับสำหรับติดตามเรื่อง: shown once, cannot be recovered' })),
    status: z.enum(STATUSES),
    receivedAt: z.iso.datetime(),
    acknowledgeBy: z.iso.datetime(),
  }),
);

export const contract: Contract<typeof newComplaintSchema> = {
  access: PUBLIC,
  summary: 'File a corruption complaint',
  description:
    'Anonymous or identified. An identified reporter\'s identity is sealed before it is stored. Send an Idempotency-Key to retry safely: the same key and body return the same reference (with a fresh secret that replaces the previous one); a different body answers 422.',
  body: newComplaintSchema,
  idempotent: true,
  responses: {
    201: { description: 'Received: keep the reference and the secret', schema: receiptSchema },
    400: { description: 'Missing or invalid fields, named in error.fields' },
    413: { description: 'Body over 64 KB' },
    415: { description: 'Body is not JSON' },
    422: { description: 'Idempotency-Key reused with a different complaint' },
    503: { description: 'A dependency failed; nothing was stored, retry with the same Idempotency-Key' },
  },
};

export const makeHandler = (context: AppContext) => {
  const file = fileComplaint(context);
  return httpHandler(contract, async ({ body, idempotencyKey }) => json(201, await file(body, idempotencyKey)));
};
