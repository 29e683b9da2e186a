// You are here: what the officers' routes accept and answer, shared by their handlers.
import * as z from 'zod/mini';
import { CATEGORIES, CHANNELS, KINDS, OUTCOMES, REPORTER_TYPES, STATUSES, TEXT_BOUNDS } from '../../shared/domain/complaint';
import { boundedText } from '../../shared/domain/text';
import { staffFileSchema } from '../evidence/schemas';
import { PUBLIC_NOTE_MAX } from '../../shared/rules/text';
import { WRITTEN_REASON } from '../../shared/domain/staff';
import { writtenReason } from '../staff';

/** A staff id as tokens carry it (`sub`): letters, digits and a few separators, never quotes. */
export const STAFF_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/;

// The case and custody routes import these from here; they live in ../staff so that other groups can
// use them without building the schemas below.

export const queueQuerySchema = z.strictObject({
  status: z.optional(z.enum(STATUSES)),
  category: z.optional(z.enum(CATEGORIES)),
  overdue: z.optional(z.pipe(z.enum(['true', 'false']), z.transform((value) => value === 'true'))),
  assignee: z.optional(
    z.string().check(
      z.regex(STAFF_ID_PATTERN, 'must be me, unassigned or a staff id'),
      z.meta({ description: '`me` (cases assigned to the caller), `unassigned`, or a staff id' }),
    ),
  ),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

export const conflictSchema = z.strictObject({
  reason: writtenReason(`why you may not handle this case (at least ${WRITTEN_REASON.min} characters)`),
});

export const assignmentSchema = z.strictObject({
  assignee: z.string().check(z.regex(STAFF_ID_PATTERN, 'must be a staff id'), z.meta({ description: 'the staff id (the tokens\' sub) of a member of the agency who handles cases' })),
  reason: z.optional(boundedText(WRITTEN_REASON.max, 'why the case goes to this member; required when it had an assignee')),
});

export const transitionSchema = z.strictObject({
  to: z.enum(STATUSES),
  outcome: z.optional(z.enum(OUTCOMES)),
  publicNote: z.optional(boundedText(PUBLIC_NOTE_MAX, 'note the reporter sees on tracking')),
  internalNote: z.optional(boundedText(TEXT_BOUNDS.message, 'note for staff only')),
});

export const officerMessageSchema = z.strictObject({ body: boundedText(TEXT_BOUNDS.message, 'message the reporter sees, signed เจ้าหน้าที่') });

// Response schemas only document the API (the OpenAPI document, and tests), so they are z.lazy and no
// Lambda builds them when it starts.
const overdueSchema = z.lazy(() => z.strictObject({ acknowledgement: z.boolean(), progress: z.boolean(), conclusion: z.boolean() }));

export const caseSummarySchema = z.lazy(() =>
  z.strictObject({
    reference: z.string(),
    agency: z.string(),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    subject: z.string(),
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    acknowledgeBy: z.iso.datetime(),
    nextUpdateBy: z.optional(z.iso.datetime()),
    concludeBy: z.iso.datetime(),
    overdue: overdueSchema,
    unit: z.optional(z.string().check(z.meta({ description: 'the unit the complaint concerns' }))),
    assignee: z.optional(z.string().check(z.meta({ description: 'the staff id the case is assigned to' }))),
    concernsHandlers: z.optional(z.literal(true).check(z.meta({ description: 'the complaint concerns the agency\'s complaint handlers (custodians only)' }))),
  }),
);

export const queuePageSchema = z.lazy(() => z.strictObject({ items: z.array(caseSummarySchema), cursor: z.optional(z.string()) }));

export const staffCaseSchema = z.lazy(() =>
  z.strictObject({
    reference: z.string(),
    agency: z.string(),
    unit: z.optional(z.string().check(z.meta({ description: 'the unit the complaint concerns; its staff never see the case' }))),
    concernsHandlers: z.optional(z.literal(true).check(z.meta({ description: 'the complaint concerns the agency\'s complaint handlers: custodians alone see it' }))),
    assignment: z.optional(z.strictObject({ assignee: z.string(), since: z.iso.datetime() })),
    conflicts: z.optional(
      z.array(z.strictObject({ staff: z.string(), at: z.iso.datetime(), reason: z.string() })).check(z.meta({ description: 'declared conflicts of interest; shown to custodians only' })),
    ),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    outcome: z.optional(z.enum(OUTCOMES)),
    reporterMode: z.enum(['anonymous', 'identified']),
    channel: z.enum(CHANNELS).check(z.meta({ description: 'how the complaint reached the agency; online for the public form' })),
    kind: z.enum(KINDS),
    reporterType: z.enum(REPORTER_TYPES),
    receivedOn: z.optional(z.iso.date().check(z.meta({ description: 'the Bangkok day a complaint from another channel arrived; its deadlines count from it' }))),
    content: z.strictObject({
      subject: z.string(),
      description: z.string(),
      incidentDate: z.optional(z.string()),
      location: z.optional(z.string()),
      accused: z.optional(z.string()),
    }),
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deadlines: z.strictObject({ acknowledgeBy: z.iso.datetime(), nextUpdateBy: z.optional(z.iso.datetime()), concludeBy: z.iso.datetime() }),
    overdue: overdueSchema,
    allowedTransitions: z.array(z.enum(STATUSES)),
    timeline: z.array(
      z.strictObject({ at: z.iso.datetime(), status: z.enum(STATUSES), outcome: z.optional(z.enum(OUTCOMES)), publicNote: z.optional(z.string()), internalNote: z.optional(z.string()) }),
    ),
    messages: z.array(z.strictObject({ at: z.iso.datetime(), from: z.enum(['reporter', 'officer']), body: z.string() })),
    files: z.array(staffFileSchema),
    legalHold: z.optional(z.strictObject({ since: z.iso.datetime() }).check(z.meta({ description: 'set by a custodian: retention never destroys the case while it is held' }))),
  }),
);

export const auditEntrySchema = z.lazy(() =>
  z.strictObject({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.string(),
    role: z.string(),
    action: z.string(),
    agency: z.string(),
    reference: z.optional(z.string()),
    report: z.optional(z.string().check(z.meta({ description: 'the period of the executive report the entry is about' }))),
    reason: z.optional(z.string()),
    detail: z.optional(z.string()),
  }),
);
