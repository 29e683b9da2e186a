// You are here: what the registry's routes accept and answer. Bounds are the registry's: a name fits
// a page heading, a unit list fits one DynamoDB item with room to spare (400 KB).
import * as z from 'zod/mini';
import { AGENCY_ID, MAX_RETENTION_YEARS, UNIT_ID } from '../../shared/domain/agencies';
import { ValidationError } from '../../shared/domain/errors';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { boundedText, printableText } from '../../shared/domain/text';

/** The most units one agency lists: a district office's sections and communities, a department's centres. */
export const MAX_UNITS = 300;


const agencyId = z.string().check(z.regex(AGENCY_ID, 'must be 2–41 lower-case letters, digits or hyphens, starting with a letter, e.g. bma-health'));
const unitId = z.string().check(z.regex(UNIT_ID, 'must be 1–41 lower-case letters, digits or hyphens, e.g. health-centre-1'));
const name = (description: string) => printableText(200, description);

const unitSchema = z.strictObject({ id: unitId, nameTh: name('the unit\'s Thai name'), nameEn: name('the unit\'s English name') });

const unitsSchema = z.array(unitSchema).check(
  z.maxLength(MAX_UNITS, `at most ${MAX_UNITS} units`),
  z.refine((units) => new Set(units.map((unit) => unit.id)).size === units.length, 'each unit id may appear once'),
);

const days = (max: number) => z.int().check(z.minimum(1), z.maximum(max));
const deadlinesSchema = z.strictObject({ acknowledgeDays: days(60), progressDays: days(90), conclusionDays: days(730) });

const evidenceSchema = z.strictObject({
  maxFiles: z.int().check(z.minimum(0), z.maximum(10)),
  // API Gateway and the processing function are sized for files of at most 10 MB.
  maxBytes: z.int().check(z.minimum(1024), z.maximum(10 * 1024 * 1024)),
  uploadSeconds: z.int().check(z.minimum(60), z.maximum(60 * 60)),
  downloadSeconds: z.int().check(z.minimum(60), z.maximum(60 * 60)),
});

const contactSchema = z.strictObject({
  responsibleUnit: z.optional(printableText(200, 'the unit that receives and examines complaints')),
  phone: z.optional(printableText(50, 'telephone')),
  email: z.optional(z.email('must be an e-mail address').check(z.maxLength(254))),
  address: z.optional(printableText(500, 'postal address')),
  dataProtectionContact: z.optional(printableText(300, 'who answers questions about personal data')),
});

const publishAfterApproval = z.boolean().check(
  z.meta({ description: 'true: a quarter\'s statistics are published only once an executive of the agency has approved them (default for a new agency); false: the quarterly job publishes them at once' }),
);

const retentionYears = z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_YEARS));

export const agencyQuerySchema = z.strictObject({
  q: z.optional(boundedText(100, 'part of the agency\'s Thai or English name, short forms such as อบต. included')),
  cursor: z.optional(z.string().check(z.maxLength(40))),
});

/**
 * A page of an agency's staff: the cursor is the directory's own (Cognito's pagination token, a few
 * hundred characters), handed back as it was given.
 */
export const staffQuerySchema = z.strictObject({
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(4096), z.regex(/^\S+$/, 'a cursor given by this list'))),
});

export const newAgencySchema = z.strictObject({
  id: agencyId.check(z.meta({ description: 'fixed for ever: it is in every page address, object key and encryption context of the agency' })),
  nameTh: name('the agency\'s Thai name'),
  nameEn: name('the agency\'s English name'),
  units: z.optional(unitsSchema),
  deadlines: z.optional(deadlinesSchema),
  retentionYears: z.optional(retentionYears),
  evidence: z.optional(evidenceSchema),
  contact: z.optional(contactSchema),
  publishAfterApproval: z.optional(publishAfterApproval),
});

export const agencyChangeSchema = z.strictObject({
  nameTh: z.optional(name('the agency\'s Thai name')),
  nameEn: z.optional(name('the agency\'s English name')),
  status: z.optional(z.enum(['active', 'retired']).check(z.meta({ description: 'retired: takes no new complaints; cases, files, statistics and audit stay' }))),
  units: z.optional(unitsSchema),
  deadlines: z.optional(deadlinesSchema),
  retentionYears: z.optional(retentionYears),
  evidence: z.optional(evidenceSchema),
  contact: z.optional(contactSchema),
  publishAfterApproval: z.optional(publishAfterApproval),
});

export const newStaffSchema = z.strictObject({
  email: z.email('must be an e-mail address').check(z.maxLength(254)),
  name: printableText(100, 'the member\'s full name'),
  roles: z.array(z.enum(STAFF_ROLES)).check(
    z.minLength(1, 'give at least one role'),
    z.maxLength(STAFF_ROLES.length),
    z.refine((roles) => new Set(roles).size === roles.length, 'each role may appear once'),
  ),
  unit: z.optional(unitId.check(z.meta({ description: 'one of the agency\'s units; a member of a unit never sees a case concerning it' }))),
});

/** The agency id of the path; one that cannot be an id is refused, naming the path. */
export function agencyIdFromPath(pathParameters: Record<string, string>): string {
  const id = pathParameters.id ?? '';
  if (!AGENCY_ID.test(id)) throw new ValidationError('The agency id is not valid', { 'path.id': 'must be an agency id such as bma-health' });
  return id;
}

// Response schemas only document the API, so they are z.lazy: no function builds them at start.
const unitOut = () => z.strictObject({ id: z.string(), nameTh: z.string(), nameEn: z.string() });
const deadlinesOut = () => z.strictObject({ acknowledgeDays: z.int(), progressDays: z.int(), conclusionDays: z.int() });
const contactOut = () =>
  z.strictObject({ responsibleUnit: z.optional(z.string()), phone: z.optional(z.string()), email: z.optional(z.string()), address: z.optional(z.string()), dataProtectionContact: z.optional(z.string()) });

export const agencyPageSchema = z.lazy(() =>
  z.strictObject({ agencies: z.array(z.strictObject({ id: z.string(), nameTh: z.string(), nameEn: z.string() })), cursor: z.optional(z.string()) }),
);

export const publicAgencySchema = z.lazy(() =>
  z.strictObject({
    id: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    units: z.array(unitOut()),
    deadlines: deadlinesOut(),
    retentionYears: z.int().check(z.meta({ description: 'years a concluded case is kept before it is destroyed (the privacy notice states it)' })),
    contact: contactOut(),
    evidence: z.strictObject({ maxFiles: z.int(), maxBytes: z.int() }).check(z.meta({ description: 'the most files a case takes and the largest file, for a page to check before sending' })),
    publishAfterApproval: z.boolean().check(z.meta({ description: 'whether the statistics are published only after an executive has approved them' })),
  }),
);

export const agencySchema = z.lazy(() =>
  z.strictObject({
    id: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    status: z.enum(['active', 'retired']),
    units: z.array(unitOut()),
    deadlines: deadlinesOut(),
    evidence: z.strictObject({ maxFiles: z.int(), maxBytes: z.int(), uploadSeconds: z.int(), downloadSeconds: z.int() }),
    retentionYears: z.int(),
    contact: contactOut(),
    joinedOn: z.iso.date(),
    publishAfterApproval: z.optional(z.boolean()),
  }),
);

const staffAccountOut = () =>
  z.strictObject({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    agency: z.string(),
    unit: z.optional(z.string()),
    roles: z.array(z.enum(STAFF_ROLES)),
    status: z.enum(['invited', 'active', 'disabled']),
    createdAt: z.iso.datetime(),
  });

export const staffAccountSchema = z.lazy(staffAccountOut);
export const staffListSchema = z.lazy(() => z.strictObject({ staff: z.array(staffAccountOut()), cursor: z.optional(z.string()) }));

/** The staff address whose suppression an agency's admin lifts. */
export const liftSuppressionSchema = z.strictObject({
  address: z.email('must be an e-mail address').check(z.maxLength(254)),
});

export const liftedSchema = z.lazy(() => z.strictObject({ lifted: z.string().check(z.meta({ description: 'the address, mailed again from now on' })) }));

export const mailSuppressionsSchema = z.lazy(() =>
  z.strictObject({
    staff: z.array(
      z.strictObject({
        address: z.string(),
        reason: z.enum(['bounce', 'complaint']).check(z.meta({ description: 'bounce: the address does not exist or refuses mail for good; complaint: its owner marked a message as spam' })),
        since: z.iso.datetime(),
      }),
    ),
    others: z.int().check(z.meta({ description: 'suppressed addresses of this agency\'s mail that are not staff addresses (reporters\' contact): counted, never shown' })),
  }),
);
