// You are here: GET /api/cases/{reference}, a case as officers see it, never with identity.
import { CASE_ROLES, getCase } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { staffCaseSchema } from './schemas';

export const contract: Contract = {
  access: staffOnly(CASE_ROLES.read),
  summary: 'One case: text, timeline, messages, internal notes and deadlines (no identity)',
  responses: { 200: { description: 'The case', schema: staffCaseSchema }, ...STAFF_ERRORS },
};

export const makeHandler = (context: AppContext) => {
  const read = getCase(context);
  return httpHandler(contract, async (request) => json(200, await read(principalOf(request), referenceFromPath(request.pathParameters))));
};
