// You are here: reading a staff member from verified JWT claims. Cognito puts groups in
// `cognito:groups` and the agency in the `custom:agency` attribute; API Gateway's HTTP API hands
// list claims to Lambda as one string like "[officer custodian]", so both shapes are read.
import { z } from 'zod';
import { STAFF_ROLES, type StaffPrincipal } from '../domain/staff';

const groups = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean) : value),
  z.array(z.string()),
);

const claimsSchema = z.object({
  sub: z.string().min(1),
  'cognito:groups': groups.default([]),
  'custom:agency': z.string().min(1),
});

export function principalFromClaims(claims: Record<string, unknown>): StaffPrincipal | undefined {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  const roles = STAFF_ROLES.filter((role) => parsed.data['cognito:groups'].includes(role));
  return { id: parsed.data.sub, roles, agency: parsed.data['custom:agency'] };
}
