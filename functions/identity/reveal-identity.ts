// You are here: POST /api/cases/{reference}/identity-reveals, the only way a reporter's identity is opened.
import * as z from 'zod/mini';
import { reporterIdentitySchema } from '../../shared/domain/complaint';
import { CASE_ROLES, revealIdentity } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS, writtenReason } from '../staff';

const revealSchema = z.strictObject({
  reason: writtenReason('why the identity must be opened (at least 20 characters)'),
});

export const contract: Contract<typeof revealSchema> = {
  access: staffOnly(CASE_ROLES.reveal),
  summary: 'Open the reporter\'s identity (custodian only, with a written reason, audited)',
  body: revealSchema,
  responses: {
    200: { description: 'The identity', schema: z.lazy(() => z.strictObject({ identity: reporterIdentitySchema })) },
    400: { description: 'Reason missing or shorter than 20 characters' },
    409: { description: 'The complaint is anonymous' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const reveal = revealIdentity(context);
  return httpHandler(contract, async (request) =>
    json(200, await reveal(principalOf(request), referenceFromPath(request.pathParameters), request.body.reason)),
  );
};
