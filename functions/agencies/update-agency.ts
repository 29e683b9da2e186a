// You are here: PATCH /api/agencies/{id}: names, settings and retirement (platform admin); units, contact and publishAfterApproval (the agency's admin).
import type { AppContext } from '../../shared/config/context';
import { AGENCY_ADMIN_ROLES, updateAgency } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { agencyChangeSchema, agencyIdFromPath, agencySchema } from './schemas';

export const contract: Contract<typeof agencyChangeSchema> = {
  access: staffOnly(AGENCY_ADMIN_ROLES),
  summary: 'Change an agency (audited)',
  description:
    'A platform admin may change anything; status "retired" stops new complaints and keeps cases, files, statistics and audit. An agency\'s admin may change only its own units, contact and publishAfterApproval (whether its statistics wait for an executive\'s approval). Lists and objects given replace the stored ones whole.',
  body: agencyChangeSchema,
  responses: {
    200: { description: 'The agency as stored', schema: agencySchema },
    400: { description: 'Invalid fields, named in error.fields, or an id that is not an agency id (path.id)' },
    ...STAFF_ERRORS,
    404: { description: 'No agency with this id (an agency admin: not its own agency)' },
  },
};

export const makeHandler = (context: AppContext) => {
  const update = updateAgency(context);
  return httpHandler(contract, async (request) => json(200, await update(principalOf(request), agencyIdFromPath(request.pathParameters), request.body)));
};
