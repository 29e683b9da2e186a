// You are here: what the custodian's case routes accept and answer.
import * as z from 'zod/mini';
import { writtenReason } from '../staff';

export const legalHoldSchema = z.strictObject({
  hold: z.boolean().check(z.meta({ description: 'true to place the hold, false to lift it' })),
  reason: writtenReason('why (at least 20 characters), e.g. a court order or an open investigation'),
});

// Response schemas only document the API, so they are z.lazy: no function builds them at start.
export const legalHoldStateSchema = z.lazy(() =>
  z.strictObject({
    reference: z.string(),
    legalHold: z.nullable(z.strictObject({ since: z.iso.datetime() })),
  }),
);

export const exportSchema = z.strictObject({
  reason: writtenReason('to whom and why the case is handed over (at least 20 characters)'),
  includeIdentity: z._default(z.boolean(), false).check(z.meta({ description: 'include the reporter\'s identity (identified complaints only)' })),
});

export const exportLinkSchema = z.lazy(() =>
  z.strictObject({
    url: z.string().check(z.meta({ description: 'a presigned GET for the ZIP, valid for a few minutes' })),
    fileName: z.string(),
    files: z.int(),
    includesIdentity: z.boolean(),
    expiresAt: z.iso.datetime(),
  }),
);
