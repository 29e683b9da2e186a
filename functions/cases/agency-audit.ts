// You are here: GET /api/audit, the agency's audit log for custodians and administrators, newest first.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { AUDIT_ACTIONS } from '../../shared/domain/audit';
import { agencyAudit, AUDIT_PAGE, AUDIT_VIEW_ROLES } from '../../shared/domain/use-cases/audit-view';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { auditEntrySchema } from './schemas';

const day = (description: string) =>
  z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'), z.meta({ description })));

export const agencyAuditQuerySchema = z.strictObject({
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(200), z.meta({ description: "the staff member's id (the token's subject) or a scheduled job's name" }))),
  action: z.optional(z.enum(AUDIT_ACTIONS)),
  reference: z.optional(z.string().check(z.maxLength(40), z.meta({ description: 'a case reference: only the entries about that case' }))),
  from: day('first Bangkok calendar day, included'),
  to: day('last Bangkok calendar day, included'),
  cursor: z.optional(z.string().check(z.maxLength(2000), z.meta({ description: 'the cursor of the previous page, with the same filters' }))),
  limit: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, `must be a whole number from 1 to ${AUDIT_PAGE.maxSize}`)),
      z.transform((value) => Number(value)),
    ),
  ),
});

export const contract: Contract<undefined, typeof agencyAuditQuerySchema> = {
  access: staffOnly(AUDIT_VIEW_ROLES),
  summary: "The agency's audit log, newest first (custodians, administrators)",
  description:
    `Only the reader's agency. Filters: actor, action, reference, and a range of Bangkok calendar days. Up to ${AUDIT_PAGE.size} entries a page ` +
    `(limit up to ${AUDIT_PAGE.maxSize}); a page reads at most ${AUDIT_PAGE.maxRead} entries, so with an actor or action filter it may hold fewer ` +
    'and still carry a cursor: pass it back, with the same filters, for the next page. The read is itself an audit entry.',
  query: agencyAuditQuerySchema,
  responses: {
    200: {
      description: 'A page of entries',
      schema: z.lazy(() => z.strictObject({ agency: z.string(), entries: z.array(auditEntrySchema), cursor: z.optional(z.string()) })),
    },
    400: { description: 'A filter that is not valid (a day that does not exist, from after to, a malformed reference), or a cursor not given by this view to this agency' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const read = agencyAudit(context);
  return httpHandler(contract, async (request) => json(200, await read(principalOf(request), request.query)));
};
