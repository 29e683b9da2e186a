// You are here: POST /api/agencies, onboarding an agency into the running deployment (platform admin only).
import type { AppContext } from '../../shared/config/context';
import { createAgency } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { agencySchema, newAgencySchema } from './schemas';

export const contract: Contract<typeof newAgencySchema> = {
  access: staffOnly(['platform-admin']),
  summary: 'Onboard an agency (platform-admin only, audited)',
  description:
    'The agency takes complaints at once; every function reads it within a minute. Settings not given are the standard ones (15/15/90 days, 5 years, 5 files of 10 MB). Send an Idempotency-Key: a retry with the same key and body answers with the agency it created.',
  body: newAgencySchema,
  idempotent: true,
  responses: {
    201: { description: 'The agency as stored', schema: agencySchema },
    400: { description: 'Missing or invalid fields, named in error.fields' },
    ...STAFF_ERRORS,
    409: { description: 'agency-exists: the id is taken' },
  },
};

export const makeHandler = (context: AppContext) => {
  const create = createAgency(context);
  return httpHandler(contract, async (request) => json(201, (await create(principalOf(request), request.body, request.idempotencyKey)).agency));
};
