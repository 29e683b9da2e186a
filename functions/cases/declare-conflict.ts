// You are here: POST /api/cases/{reference}/conflicts, a member steps away from a case they may not
// handle; from then on the case is hidden from them (shared/domain/case-visibility.ts).
import * as z from 'zod/mini';
import { CASE_ROLES, declareConflict } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { conflictSchema } from './schemas';

export const contract: Contract<typeof conflictSchema> = {
  access: staffOnly(CASE_ROLES.conflict),
  summary: 'Declare a conflict of interest on a case (audited; the case is hidden from you at once)',
  description: 'Custodians see the declarations on the case. A repeat after success answers 404: the case is then hidden from you.',
  body: conflictSchema,
  responses: {
    201: { description: 'Declared', schema: z.lazy(() => z.strictObject({ reference: z.string(), declaredAt: z.iso.datetime() })) },
    400: { description: 'Reason missing or shorter than 20 characters' },
    409: { description: 'Declared meanwhile by the same member' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const declare = declareConflict(context);
  return httpHandler(contract, async (request) =>
    json(201, await declare(principalOf(request), referenceFromPath(request.pathParameters), request.body.reason)),
  );
};
