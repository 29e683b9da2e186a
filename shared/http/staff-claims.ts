// You are here: reading a staff member from verified JWT claims. Cognito puts groups in
// `cognito:groups` and the agency in the `custom:agency` attribute (the member's unit in `custom:unit`, where the account has one); API Gateway's HTTP API hands
// list claims to Lambda as one string like "[officer custodian]", so both shapes are read.
import * as z from 'zod/mini';
import { STAFF_ROLES, type StaffPrincipal } from '../domain/staff';

// Built on first use: the Lambdas that serve only public routes never read claims.
const claimsSchema = z.lazy(() =>
  z.object({
    sub: z.string().check(z.minLength(1)),
    'cognito:groups': z._default(
      z.pipe(
        z.transform((value: unknown) => (typeof value === 'string' ? value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean) : value)),
        z.array(z.string()),
      ),
      [],
    ),
    'custom:agency': z.string().check(z.minLength(1)),
    'custom:unit': z.optional(z.string().check(z.minLength(1))),
    email: z.optional(z.string().check(z.minLength(1))),
  }),
);

export function principalFromClaims(claims: Record<string, unknown>): StaffPrincipal | undefined {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  const roles = STAFF_ROLES.filter((role) => parsed.data['cognito:groups'].includes(role));
  const { sub, 'custom:agency': agency, 'custom:unit': unit, email } = parsed.data;
  return { id: sub, roles, agency, ...(unit ? { unit } : {}), ...(email ? { email } : {}) };
}
