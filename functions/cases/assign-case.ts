// You are here: POST /api/cases/{reference}/assignment, a supervisor or custodian gives the case to
// one member of the agency who may handle it.
import * as z from 'zod/mini';
import { assignCase, CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { assignmentSchema } from './schemas';

export const contract: Contract<typeof assignmentSchema> = {
  access: staffOnly(CASE_ROLES.assign),
  summary: 'Assign the case to one member (supervisor or custodian, audited)',
  description:
    'One assignee at a time. Assigning the current assignee again changes nothing; a reassignment needs a reason. The assignee must be a member of the agency who handles cases (an officer, or a custodian) and may see this one.',
  body: assignmentSchema,
  responses: {
    200: { description: 'The assignee', schema: z.lazy(() => z.strictObject({ reference: z.string(), assignee: z.string(), assignedAt: z.iso.datetime() })) },
    400: { description: 'Unknown staff member (body.assignee), or a reassignment without a reason (body.reason)' },
    409: { description: 'The member is of the unit concerned, declared a conflict, does not handle cases, or the case changed meanwhile' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const assign = assignCase(context);
  return httpHandler(contract, async (request) =>
    json(200, await assign(principalOf(request), referenceFromPath(request.pathParameters), request.body)),
  );
};
