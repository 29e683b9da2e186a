// You are here: the disclosure register's routes. Its admins keep an agency's entries under
// /api/agencies/{id}/disclosures; the public reads the published ones at /api/disclosures and opens a
// PDF through /api/disclosures/{entryId}/document, which redirects to a short-lived link to the
// cleaned copy.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { DISCLOSURE_CATEGORIES, disclosureChangeSchema as changeSchema, disclosureFields, disclosureSchema } from '../../shared/domain/disclosure-register';
import { NotFoundError, ValidationError } from '../../shared/domain/errors';
import { DISCLOSURE_ROLES, disclosureRegister } from '../../shared/domain/use-cases/disclosure-register';
import { AGENCY_ID } from '../../shared/rules/agency-ids';
import { httpHandler, json, principalOf, PUBLIC, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';
import { agencyIdFromPath } from '../agencies/schemas';

const entryIdFromPath = (pathParameters: Record<string, string>) => {
  const id = pathParameters.entryId ?? '';
  if (!/^[a-f0-9]{32}$/.test(id)) throw new NotFoundError('No entry with this id');
  return id;
};

// Response schemas only document the API, so they are z.lazy: no function builds them at start.
const documentOut = () =>
  z.strictObject({
    fileId: z.string(),
    status: z.enum(['awaiting-upload', 'received', 'rejected']),
    key: z.optional(z.string()),
    size: z.optional(z.int()),
    sha256: z.optional(z.string()),
    rejection: z.optional(z.string()),
  });
const entryOut = () => {
  const { document: _document, ...fields } = disclosureFields();
  return z.strictObject({
    id: z.string(),
    agency: z.string(),
    ...fields,
    document: z.optional(documentOut()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    overdue: z.boolean().check(z.meta({ description: 'the next update was due before today (Bangkok days)' })),
  });
};
const uploadOut = () =>
  z.strictObject({
    url: z.string().check(z.meta({ description: 'where the browser POSTs the form (multipart/form-data)' })),
    fields: z.record(z.string(), z.string()).check(z.meta({ description: 'form fields to send, in this order, before the file field named "file"' })),
    expiresAt: z.iso.datetime(),
  });
const savedSchema = z.lazy(() => z.strictObject({ entry: entryOut(), upload: z.optional(uploadOut()) }));
const listSchema = z.lazy(() => z.strictObject({ items: z.array(entryOut()) }));
const publicListSchema = z.lazy(() =>
  z.strictObject({
    items: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        category: z.enum(DISCLOSURE_CATEGORIES),
        publishedOn: z.iso.date(),
        nextUpdateDue: z.iso.date(),
        link: z.optional(z.string()),
        document: z.optional(z.strictObject({ size: z.int() }).check(z.meta({ description: 'a cleaned PDF: GET /api/disclosures/{entryId}/document?agency= opens it' }))),
      }),
    ),
  }),
);

const NOT_OWN = { 404: { description: 'No agency with this id (an admin of another agency), or no entry with this id' } } as const;

const listContract: Contract = {
  access: staffOnly(DISCLOSURE_ROLES),
  summary: 'The agency\'s disclosure register, each entry marked overdue when its next update is past due (its admins only)',
  responses: { 200: { description: 'Every entry, by category', schema: listSchema }, 400: { description: 'The id is not an agency id (path.id)' }, ...STAFF_ERRORS, ...NOT_OWN },
};

export const list: RouteModule = {
  contract: listContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(listContract, async (request) => json(200, { items: await register.list(principalOf(request), agencyIdFromPath(request.pathParameters)) }));
  },
};

const createContract: Contract<typeof disclosureSchema> = {
  access: staffOnly(DISCLOSURE_ROLES),
  summary: 'Add an entry to the disclosure register (its admins only, audited)',
  description:
    'Give either link (https:// only) or document ({size}): the answer then carries a presigned POST for the PDF, which is rebuilt from its pages before anyone can read it (author, producer, XMP, attachments and scripts do not survive). Send an Idempotency-Key: a retry with the same key and body answers with the entry it made (and a fresh upload policy while the PDF has not arrived).',
  body: disclosureSchema,
  idempotent: true,
  responses: {
    201: { description: 'The entry, and the upload for its PDF', schema: savedSchema },
    200: { description: 'A retry: the entry the key made', schema: savedSchema },
    400: { description: 'Invalid fields, named in error.fields (body.link: not an https:// link), or an id that is not an agency id (path.id)' },
    ...STAFF_ERRORS,
    ...NOT_OWN,
    422: { description: 'The Idempotency-Key was used for another entry' },
  },
};

export const create: RouteModule = {
  contract: createContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(createContract, async (request) => {
      const { created, ...saved } = await register.create(principalOf(request), agencyIdFromPath(request.pathParameters), request.body, request.idempotencyKey);
      return json(created ? 201 : 200, saved);
    });
  },
};

const updateContract: Contract<typeof changeSchema> = {
  access: staffOnly(DISCLOSURE_ROLES),
  summary: 'Replace an entry of the disclosure register (its admins only, audited)',
  description: 'A link replaces the PDF; a document asks for a new upload; neither keeps what the entry has.',
  body: changeSchema,
  responses: { 200: { description: 'The entry, and the upload for a new PDF', schema: savedSchema }, 400: { description: 'Invalid fields, named in error.fields, or an id that is not an agency id (path.id)' }, ...STAFF_ERRORS, ...NOT_OWN },
};

export const update: RouteModule = {
  contract: updateContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(updateContract, async (request) =>
      json(200, await register.update(principalOf(request), agencyIdFromPath(request.pathParameters), entryIdFromPath(request.pathParameters), request.body)),
    );
  },
};

const removeContract: Contract = {
  access: staffOnly(DISCLOSURE_ROLES),
  summary: 'Delete an entry of the disclosure register (its admins only, audited)',
  responses: { 200: { description: 'Deleted', schema: z.lazy(() => z.strictObject({ id: z.string(), deleted: z.literal(true) })) }, 400: { description: 'The id is not an agency id (path.id)' }, ...STAFF_ERRORS, ...NOT_OWN },
};

export const remove: RouteModule = {
  contract: removeContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(removeContract, async (request) =>
      json(200, await register.remove(principalOf(request), agencyIdFromPath(request.pathParameters), entryIdFromPath(request.pathParameters))),
    );
  },
};

const agencyQuery = z.strictObject({ agency: z.optional(z.string().check(z.maxLength(64))) });
const agencyOf = (context: AppContext, agency: string | undefined) => {
  const id = agency ?? context.config.defaultAgency;
  if (!AGENCY_ID.test(id)) throw new ValidationError('The agency id is not valid', { 'query.agency': 'must be an agency id such as bma-health' });
  return id;
};

const publicListContract: Contract<undefined, typeof agencyQuery> = {
  access: PUBLIC,
  summary: 'What the agency discloses: the published entries of its register, by category',
  description: 'Without agency, the deployment\'s default agency.',
  query: agencyQuery,
  responses: { 200: { description: 'The published entries', schema: publicListSchema }, 400: { description: 'Not an agency id (query.agency)' }, 404: { description: 'No agency with this id' } },
};

export const publicList: RouteModule = {
  contract: publicListContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(publicListContract, async (request) =>
      json(200, { items: await register.published(agencyOf(context, request.query.agency)) }, { 'cache-control': 'public, max-age=60' }),
    );
  },
};

const documentContract: Contract<undefined, typeof agencyQuery> = {
  access: PUBLIC,
  summary: 'Open a published entry\'s PDF (the cleaned copy)',
  description: 'Redirects to a link valid for five minutes.',
  query: agencyQuery,
  responses: { 302: { description: 'To the cleaned PDF', redirect: true }, 400: { description: 'Not an agency id (query.agency)' }, 404: { description: 'No published document with this id' } },
};

export const document: RouteModule = {
  contract: documentContract,
  makeHandler: (context: AppContext) => {
    const register = disclosureRegister(context);
    return httpHandler(documentContract, async (request) => {
      const location = await register.documentLink(agencyOf(context, request.query.agency), entryIdFromPath(request.pathParameters));
      return { statusCode: 302, headers: { location, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } };
    });
  },
};
