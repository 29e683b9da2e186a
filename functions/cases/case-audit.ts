// You are here: GET /api/cases/{reference}/audit, who did what to a case.
import * as z from 'zod/mini';
import { caseAudit, CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { auditEntrySchema } from './schemas';

export const contract: Contract = {
  access: staffOnly(CASE_ROLES.audit),
  summary: 'The audit trail of a case, oldest first',
  responses: { 200: { description: 'Entries', schema: z.lazy(() => z.strictObject({ reference: z.string(), entries: z.array(auditEntrySchema) })) }, ...STAFF_ERRORS },
};

export const makeHandler = (context: AppContext) => {
  const audit = caseAudit(context);
  return httpHandler(contract, async (request) => json(200, await audit(principalOf(request), referenceFromPath(request.pathParameters))));
};
