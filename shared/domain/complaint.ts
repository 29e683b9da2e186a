// You are here: the complaint and what a reporter may send. Codes match docs/glossary.md; bounds are
// documented in the OpenAPI contract because each schema carries its own.
import * as z from 'zod/mini';
import { boundedText, calendarDay, printableText, utf8Bytes } from './text';
import { AGENCY_ID, UNIT_ID } from './agencies';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, isThaiNationalId, PHONE_PATTERN } from '../rules/contact';
import { TEXT_BOUNDS } from '../rules/text';
import { LANGUAGES } from '../rules/languages';

// The rules the report form applies too live in shared/rules, imported by the domain and the pages alike.
export { isThaiNationalId, TEXT_BOUNDS };

export const CATEGORIES = ['bribery', 'procurement', 'abuse-of-power', 'salary-promotion', 'misconduct', 'other'] as const;
export const STATUSES = ['received', 'acknowledged', 'investigating', 'referred', 'closed'] as const;
export const OUTCOMES = ['substantiated', 'unsubstantiated', 'insufficient-evidence', 'not-in-jurisdiction'] as const;

/**
 * How a complaint reached the agency. `online` is the public intake's own; every other channel is
 * recorded by an officer: a letter, a phone call, a walk-in, the general complaint channels (such as
 * the BMA's Traffy Fondue and 1555) or a referral from another body (NACC, PACC, 1567, the Ombudsman).
 */
export const CHANNELS = ['online', 'letter', 'phone', 'walk-in', 'general-channel', 'referral'] as const;
/** The channels an officer records; `online` is set by the public intake alone. */
export const RECORDED_CHANNELS = ['letter', 'phone', 'walk-in', 'general-channel', 'referral'] as const;
/** A complaint (the reporter asks for action) or a tip (the reporter passes on information). */
export const KINDS = ['complaint', 'tip'] as const;
/** Whether the reporter said they are a member of the public or of the agency's staff. */
export const REPORTER_TYPES = ['public', 'staff', 'unknown'] as const;

export type Channel = (typeof CHANNELS)[number];
export type RecordedChannel = (typeof RECORDED_CHANNELS)[number];
export type Kind = (typeof KINDS)[number];
export type ReporterType = (typeof REPORTER_TYPES)[number];

export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type Outcome = (typeof OUTCOMES)[number];

/**
 * KMS encrypts at most 4,096 bytes of plaintext. The identity's bounds keep its JSON near 3.2 KB even
 * when every character takes four bytes (unprintable characters, which JSON escapes in six, are
 * refused); the check below holds the line in bytes whatever the bounds become.
 */
export const IDENTITY_MAX_JSON_BYTES = 4_000;

// The schemas are z.lazy, built on first use: most Lambdas import this module only for its constants
// and rules, and should not build the intake's schemas when they start.
const reporterIdentityShape = () => ({
  name: printableText(TEXT_BOUNDS.name, 'full name'),
  phone: z.optional(z.string().check(z.trim(), z.regex(PHONE_PATTERN, 'must be a phone number of digits, spaces or dashes'))),
  email: z.optional(z.email({ pattern: EMAIL_PATTERN, error: 'must be an e-mail address' }).check(z.maxLength(EMAIL_MAX_LENGTH))),
  nationalId: z.optional(
    z.string().check(z.trim(), z.refine(isThaiNationalId, 'must be a valid 13-digit Thai national ID'), z.meta({ description: '13 digits with a valid check digit' })),
  ),
  address: z.optional(printableText(TEXT_BOUNDS.address, 'postal address')),
});

const fitsTheKey = z.refine(
  (identity: unknown) => {
    const { mode: _mode, ...sealed } = identity as Record<string, unknown>;
    return utf8Bytes(JSON.stringify(sealed)) <= IDENTITY_MAX_JSON_BYTES;
  },
  `the identity must take at most ${IDENTITY_MAX_JSON_BYTES} bytes`,
);

export const reporterIdentitySchema = z.lazy(() => z.strictObject(reporterIdentityShape()).check(fitsTheKey));

export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;

export const reporterSchema = z.lazy(() =>
  z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('anonymous') }),
    z.strictObject({ ...reporterIdentityShape(), mode: z.literal('identified') }).check(fitsTheKey),
  ]),
);

export const agencyIdSchema = z.lazy(() => z.string().check(z.regex(AGENCY_ID, 'must be an agency id such as bma-health')));

export const unitIdSchema = z.lazy(() =>
  z.string().check(z.regex(UNIT_ID, 'must be a unit id of the agency, such as health-centre-1'), z.meta({ description: 'the unit of the agency the complaint concerns (GET /api/agencies/{id} lists them)' })),
);

/** What every complaint says, whichever channel it came by: the text, the reporter and the unit it concerns. */
const complaintShape = () => ({
  category: z.enum(CATEGORIES),
  subject: boundedText(TEXT_BOUNDS.subject, 'short subject'),
  description: boundedText(TEXT_BOUNDS.description, 'what happened: who, what, when, where'),
  incidentDate: z.optional(calendarDay),
  location: z.optional(boundedText(TEXT_BOUNDS.location, 'where it happened')),
  accused: z.optional(boundedText(TEXT_BOUNDS.accused, 'who is involved (names or positions)')),
  reporter: reporterSchema,
  unit: z.optional(unitIdSchema),
  concernsHandlers: z.optional(
    z.boolean().check(z.meta({ description: 'the complaint concerns the agency\'s own complaint handlers: only custodians see it (an officer recording it loses sight of it too), and may refer it to an outside body' })),
  ),
});

export const newComplaintSchema = z.lazy(() =>
  z.strictObject({
    ...complaintShape(),
    agency: z.optional(agencyIdSchema),
    kind: z.optional(z.enum(KINDS).check(z.meta({ description: 'a complaint or a tip; complaint when not given' }))),
    reporterType: z.optional(z.enum(REPORTER_TYPES).check(z.meta({ description: 'whether the reporter is a member of the public or staff; unknown when not given' }))),
    notifyEmail: z.optional(
      z.email({ pattern: EMAIL_PATTERN, error: 'must be an e-mail address' }).check(
        z.maxLength(EMAIL_MAX_LENGTH),
        z.meta({
          description:
            'where to be told "there is news on your report" (an officer\'s message, a change of status), and nothing more: never the content or the status. Sealed for the notifier alone, never shown to staff; every message has a stop link. An anonymous reporter must also send acceptsEmailRisk: true',
        }),
      ),
    ),
    acceptsEmailRisk: z.optional(
      z.boolean().check(z.meta({ description: 'an anonymous reporter read the warning that an e-mail address can reveal who they are, and leaves one anyway' })),
    ),
    language: z.optional(
      z.enum(LANGUAGES).check(
        z.meta({
          description:
            'the language of the page the reporter used (th when not given): the news e-mails are written in it and link to the stop page in it. Sealed with notifyEmail, never stored in the clear nor shown to staff; ignored without notifyEmail',
        }),
      ),
    ),
  }),
);

export type NewComplaint = z.infer<typeof newComplaintSchema>;

/**
 * A complaint that reached the agency by another channel, recorded by an officer. The channel is
 * any but `online` (a 400 names body.channel); receivedOn is the Bangkok day it arrived, checked
 * against today and the agency's joining day by the use case.
 */
export const recordedComplaintSchema = z.lazy(() =>
  z.strictObject({
    channel: z.enum(CHANNELS).check(
      z.refine((channel) => channel !== 'online', 'online complaints come only through the public form; choose letter, phone, walk-in, general-channel or referral'),
      z.meta({ description: 'how the complaint arrived; online is set only by the public intake' }),
    ),
    receivedOn: calendarDay,
    kind: z.enum(KINDS),
    reporterType: z.enum(REPORTER_TYPES),
    ...complaintShape(),
  }),
);

export type RecordedComplaint = z.infer<typeof recordedComplaintSchema>;

/** The complaint text kept for officers; identity is never part of it. */
export interface ComplaintContent {
  subject: string;
  description: string;
  incidentDate?: string;
  location?: string;
  accused?: string;
}

export const messageBodySchema = z.lazy(() => boundedText(TEXT_BOUNDS.message, 'message text'));
