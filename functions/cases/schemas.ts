// You are here: what the officers' routes accept and answer, shared by their handlers.
import { z } from 'zod';
import { CATEGORIES, OUTCOMES, STATUSES, TEXT_BOUNDS } from '../../shared/domain/complaint';
import { normalizeReference } from '../../shared/domain/credentials';
import { NotFoundError } from '../../shared/domain/errors';
import { boundedText } from '../../shared/domain/text';

export const queueQuerySchema = z
  .object({
    status: z.enum(STATUSES).optional(),
    category: z.enum(CATEGORIES).optional(),
    overdue: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export const transitionSchema = z
  .object({
    to: z.enum(STATUSES),
    outcome: z.enum(OUTCOMES).optional(),
    publicNote: boundedText(2000, 'note the reporter sees on tracking').optional(),
    internalNote: boundedText(TEXT_BOUNDS.message, 'note for staff only').optional(),
  })
  .strict();

export const officerMessageSchema = z.object({ body: boundedText(TEXT_BOUNDS.message, 'message the reporter sees, signed เจ้าหน้าที่') }).strict();

export const revealSchema = z
  .object({ reason: boundedText(1000, 'why the identity must be opened (at least 20 characters)').refine((reason) => [...reason].length >= 20, 'must be at least 20 characters') })
  .strict();

const overdueSchema = z.object({ acknowledgement: z.boolean(), progress: z.boolean(), conclusion: z.boolean() });

export const caseSummarySchema = z.object({
  reference: z.string(),
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  subject: z.string(),
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  acknowledgeBy: z.iso.datetime(),
  nextUpdateBy: z.iso.datetime().optional(),
  concludeBy: z.iso.datetime(),
  overdue: overdueSchema,
});

export const queuePageSchema = z.object({ items: z.array(caseSummarySchema), cursor: z.string().optional() });

export const staffCaseSchema = z.object({
  reference: z.string(),
  agency: z.string(),
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  outcome: z.enum(OUTCOMES).optional(),
  reporterMode: z.enum(['anonymous', 'identified']),
  content: z.object({
    subject: z.string(),
    description: z.string(),
    incidentDate: z.string().optional(),
    location: z.string().optional(),
    accused: z.string().optional(),
  }),
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deadlines: z.object({ acknowledgeBy: z.iso.datetime(), nextUpdateBy: z.iso.datetime().optional(), concludeBy: z.iso.datetime() }),
  overdue: overdueSchema,
  allowedTransitions: z.array(z.enum(STATUSES)),
  timeline: z.array(
    z.object({ at: z.iso.datetime(), status: z.enum(STATUSES), outcome: z.enum(OUTCOMES).optional(), publicNote: z.string().optional(), internalNote: z.string().optional() }),
  ),
  messages: z.array(z.object({ at: z.iso.datetime(), from: z.enum(['reporter', 'officer']), body: z.string() })),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  agency: z.string(),
  reference: z.string().optional(),
  reason: z.string().optional(),
  detail: z.string().optional(),
});

/** The case reference from the path; a malformed one cannot exist, so it is simply not found. */
export function referenceFromPath(pathParameters: Record<string, string>): string {
  const reference = normalizeReference(pathParameters.reference ?? '');
  if (!reference) throw new NotFoundError('No case with this reference in your agency');
  return reference;
}

export const STAFF_ERRORS = {
  401: { description: 'No valid staff token' },
  403: { description: 'The token lacks a role this needs' },
  404: { description: 'No case with this reference in your agency' },
} as const;
