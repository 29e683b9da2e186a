// You are here: the complaint and what a reporter may send. Codes match GLOSSARY.md; bounds are
// documented in the OpenAPI contract because each schema carries its own.
import { z } from 'zod';
import { boundedText } from './text';

export const CATEGORIES = ['bribery', 'procurement', 'abuse-of-power', 'salary-promotion', 'misconduct', 'other'] as const;
export const STATUSES = ['received', 'acknowledged', 'investigating', 'referred', 'closed'] as const;
export const OUTCOMES = ['substantiated', 'unsubstantiated', 'insufficient-evidence', 'not-in-jurisdiction'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type Outcome = (typeof OUTCOMES)[number];

export const TEXT_BOUNDS = {
  subject: 200,
  description: 10_000,
  location: 500,
  accused: 500,
  name: 200,
  address: 500,
  message: 5_000,
} as const;

/** Thai national ID: 13 digits whose last is a mod-11 check digit over the first twelve. */
export function isThaiNationalId(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (13 - index), 0);
  return (11 - (sum % 11)) % 10 === digits[12];
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'must be a real calendar date');

export const reporterIdentitySchema = z
  .object({
    name: boundedText(TEXT_BOUNDS.name, 'full name'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 -]{5,20}$/, 'must be a phone number of digits, spaces or dashes')
      .optional(),
    email: z.email('must be an e-mail address').max(254).optional(),
    nationalId: z
      .string()
      .trim()
      .refine(isThaiNationalId, 'must be a valid 13-digit Thai national ID')
      .meta({ description: '13 digits with a valid check digit' })
      .optional(),
    address: boundedText(TEXT_BOUNDS.address, 'postal address').optional(),
  })
  .strict();

export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;

export const reporterSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('anonymous') }).strict(),
  reporterIdentitySchema.extend({ mode: z.literal('identified') }).strict(),
]);

export const agencyIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be an agency id such as bma-health');

export const newComplaintSchema = z
  .object({
    category: z.enum(CATEGORIES),
    subject: boundedText(TEXT_BOUNDS.subject, 'short subject'),
    description: boundedText(TEXT_BOUNDS.description, 'what happened: who, what, when, where'),
    incidentDate: isoDate.optional(),
    location: boundedText(TEXT_BOUNDS.location, 'where it happened').optional(),
    accused: boundedText(TEXT_BOUNDS.accused, 'who is involved (names or positions)').optional(),
    reporter: reporterSchema,
    agency: agencyIdSchema.optional(),
  })
  .strict();

export type NewComplaint = z.infer<typeof newComplaintSchema>;

/** The complaint text kept for officers; identity is never part of it. */
export interface ComplaintContent {
  subject: string;
  description: string;
  incidentDate?: string;
  location?: string;
  accused?: string;
}

export const messageBodySchema = boundedText(TEXT_BOUNDS.message, 'message text');
