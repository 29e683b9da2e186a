// You are here: POST /api/cases/{reference}/identity-reveals, the only way a reporter's identity is opened.
import { z } from 'zod';
import { reporterIdentitySchema } from '../../shared/domain/complaint';
import { CASE_ROLES, revealIdentity } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, revealSchema, STAFF_ERRORS } from '../cases/schemas';

export const contract: Contract<typeof revealSchema> = {
  access: staffOnly(CASE_ROLES.reveal),
  summary: 'Open the reporter\'s identity (custodian only, with a written reason, audited)',
  body: revealSchema,
  responses: {
    200: { description: 'The identity', schema: z.object({ identity: reporterIdentitySchema }) },
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
