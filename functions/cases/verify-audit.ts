// You are here: GET /api/audit/verification, the agency's audit log checked against its hash chain.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { AUDIT_VERIFICATION_ROLES, verifyAuditLog } from '../../shared/domain/use-cases/audit-verification';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

const headSchema = z.strictObject({ seq: z.number(), hash: z.string() });

export const contract: Contract = {
  access: staffOnly(AUDIT_VERIFICATION_ROLES),
  summary: "Verifies the agency's audit log against its hash chain and names the first broken link (administrators)",
  responses: {
    200: {
      description: 'The verification: intact, or where the chain first breaks (an entry missing, altered, or not linked to the one before)',
      schema: z.lazy(() =>
        z.strictObject({
          agency: z.string(),
          verifiedAt: z.iso.datetime(),
          checked: z.number().check(z.meta({ description: 'entries checked, from the first to the head read at the start' })),
          intact: z.boolean(),
          head: z.optional(headSchema),
          firstBreak: z.optional(
            z.strictObject({
              seq: z.number().check(z.meta({ description: "the place in the agency's chain where it first breaks" })),
              problem: z.enum(['missing', 'altered', 'link-broken']),
              entry: z.optional(z.strictObject({ id: z.string(), at: z.string() })),
              explanation: z.string(),
            }),
          ),
        }),
      ),
    },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const verify = verifyAuditLog(context);
  return httpHandler(contract, async (request) => json(200, await verify(principalOf(request))));
};
