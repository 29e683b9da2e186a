// You are here: GET /api/agencies/{id}/mail-suppressions and POST …/mail-suppressions/lifts: the
// agency's staff addresses that notifications are not mailed to, and why (shared/domain/notifications/
// suppressions.ts), for its admin; reporters' addresses only as a count. Both audited.
import type { AppContext } from '../../shared/config/context';
import { AGENCY_ADMIN_ROLES, liftMailSuppression, listMailSuppressions } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';
import { agencyIdFromPath, liftedSchema, liftSuppressionSchema, mailSuppressionsSchema } from './schemas';

const listContract: Contract = {
  access: staffOnly(AGENCY_ADMIN_ROLES),
  summary: 'Staff addresses of the agency that no notification is mailed to, and why (its admin or a platform admin, audited)',
  description:
    'An address goes on the list when Amazon SES reports that a message to it bounced for good or that its owner marked it as spam; notifications to it are then recorded and not sent. Staff addresses are listed with the reason and the day; any other suppressed address of the agency\'s mail is only counted.',
  responses: {
    200: { description: 'The staff entries, oldest first, and the count of the others', schema: mailSuppressionsSchema },
    400: { description: 'The id is not an agency id (path.id)' },
    ...STAFF_ERRORS,
    404: { description: 'No agency with this id (an agency admin: not its own agency)' },
  },
};

export const list: RouteModule = {
  contract: listContract,
  makeHandler: (context: AppContext) => {
    const listSuppressions = listMailSuppressions(context);
    return httpHandler(listContract, async (request) => json(200, await listSuppressions(principalOf(request), agencyIdFromPath(request.pathParameters))));
  },
};

const liftContract: Contract<typeof liftSuppressionSchema> = {
  access: staffOnly(AGENCY_ADMIN_ROLES),
  summary: 'Mail a suppressed staff address of the agency again (its admin or a platform admin, audited)',
  description: 'Only a staff address the list shows for this agency can be lifted. Mail that was not sent while it was suppressed is not sent afterwards.',
  body: liftSuppressionSchema,
  responses: {
    200: { description: 'Lifted: the next notification to the address is mailed', schema: liftedSchema },
    400: { description: 'Invalid fields, named in error.fields' },
    ...STAFF_ERRORS,
    404: { description: 'No agency with this id, or no suppressed staff address of it is this one' },
  },
};

export const lift: RouteModule = {
  contract: liftContract,
  makeHandler: (context: AppContext) => {
    const liftSuppression = liftMailSuppression(context);
    return httpHandler(liftContract, async (request) => {
      await liftSuppression(principalOf(request), agencyIdFromPath(request.pathParameters), request.body.address);
      return json(200, { lifted: request.body.address });
    });
  },
};
