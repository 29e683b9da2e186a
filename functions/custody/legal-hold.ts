// You are here: PUT /api/cases/{reference}/legal-hold, which suspends (or resumes) retention for a case.
import type { AppContext } from '../../shared/config/context';
import { CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import { setLegalHold } from '../../shared/domain/use-cases/custody';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { legalHoldSchema, legalHoldStateSchema } from './schemas';

export const contract: Contract<typeof legalHoldSchema> = {
  access: staffOnly(CASE_ROLES.custody),
  summary: 'Place or lift a legal hold on a case (custodian only, with a reason, audited)',
  description: 'While a hold is in place, retention never destroys the case. Asking for the state the case is already in changes and records nothing.',
  body: legalHoldSchema,
  responses: {
    200: { description: 'The case\'s hold state', schema: legalHoldStateSchema },
    400: { description: 'Reason missing or shorter than 20 characters' },
    ...STAFF_ERRORS,
    409: { description: 'The case has already been destroyed' },
  },
};

export const makeHandler = (context: AppContext) => {
  const hold = setLegalHold(context);
  return httpHandler(contract, async (request) => json(200, await hold(principalOf(request), referenceFromPath(request.pathParameters), request.body)));
};
