// You are here: POST /api/cases/{reference}/transitions, moving a case along its workflow.
import * as z from 'zod/mini';
import { OUTCOMES, STATUSES } from '../../shared/domain/complaint';
import { CASE_ROLES, transitionCase } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { transitionSchema } from './schemas';

export const contract: Contract<typeof transitionSchema> = {
  access: staffOnly(CASE_ROLES.act),
  summary: 'Move a case to its next status',
  description: 'received → acknowledged → investigating → referred | closed; closing needs an outcome. The public note is shown to the reporter.',
  body: transitionSchema,
  responses: {
    200: {
      description: 'The new status',
      schema: z.lazy(() => z.strictObject({ reference: z.string(), status: z.enum(STATUSES), outcome: z.optional(z.enum(OUTCOMES)), updatedAt: z.iso.datetime(), nextUpdateBy: z.optional(z.iso.datetime()) })),
    },
    400: { description: 'Invalid body, or closing without an outcome' },
    409: { description: 'Not a possible transition from the current status' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const transition = transitionCase(context);
  return httpHandler(contract, async (request) =>
    json(200, await transition(principalOf(request), referenceFromPath(request.pathParameters), request.body)),
  );
};
