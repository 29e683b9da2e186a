// You are here: POST and GET /api/agencies/{id}/staff: an agency's staff accounts, made by the
// server with the agency (and unit) fixed in the account, never chosen by the member.
import type { AppContext } from '../../shared/config/context';
import { AGENCY_ADMIN_ROLES, createStaffAccount, listStaffAccounts } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';
import { agencyIdFromPath, newStaffSchema, staffAccountSchema, staffListSchema, staffQuerySchema } from './schemas';

const createContract: Contract<typeof newStaffSchema> = {
  access: staffOnly(AGENCY_ADMIN_ROLES),
  summary: 'Create a staff account of the agency (its admin or a platform admin, audited)',
  description:
    'The directory e-mails the member a temporary password. An agency admin may grant officer, supervisor, custodian, executive and admin; platform-admin only a platform admin may grant. unit must be one of the agency\'s units.',
  body: newStaffSchema,
  responses: {
    201: { description: 'The account', schema: staffAccountSchema },
    400: { description: 'Invalid fields, named in error.fields (body.unit: not a unit of the agency)' },
    ...STAFF_ERRORS,
    404: { description: 'No agency with this id (an agency admin: not its own agency)' },
    409: { description: 'staff-exists: an account with this e-mail address exists' },
  },
};

export const create: RouteModule = {
  contract: createContract,
  makeHandler: (context: AppContext) => {
    const createAccount = createStaffAccount(context);
    return httpHandler(createContract, async (request) => json(201, await createAccount(principalOf(request), agencyIdFromPath(request.pathParameters), request.body)));
  },
};

const listContract: Contract<undefined, typeof staffQuerySchema> = {
  access: staffOnly(AGENCY_ADMIN_ROLES),
  summary: 'The agency\'s staff accounts (its admin or a platform admin, audited)',
  description:
    'At most 25 accounts a page, in the directory\'s order, read from the agency\'s own group of the directory, so a page costs the same however many agencies and members there are. Pass cursor back for the next page.',
  query: staffQuerySchema,
  responses: {
    200: { description: 'A page of accounts; cursor, when present, asks for the next', schema: staffListSchema },
    400: { description: 'The id is not an agency id (path.id), or a cursor this list did not give (query.cursor)' },
    ...STAFF_ERRORS,
    404: { description: 'No agency with this id (an agency admin: not its own agency)' },
  },
};

export const list: RouteModule = {
  contract: listContract,
  makeHandler: (context: AppContext) => {
    const listAccounts = listStaffAccounts(context);
    return httpHandler(listContract, async (request) => json(200, await listAccounts(principalOf(request), agencyIdFromPath(request.pathParameters), request.query.cursor)));
  },
};
