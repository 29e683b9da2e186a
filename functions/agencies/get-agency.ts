// You are here: GET /api/agencies/{id}, what the agency's pages print: its names, units, deadlines, retention and contact.
import type { AppContext } from '../../shared/config/context';
import { readAgency } from '../../shared/domain/use-cases/agencies';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { agencyIdFromPath, publicAgencySchema } from './schemas';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'One active agency: its units, deadlines, retention and contact',
  responses: {
    200: { description: 'The agency', schema: publicAgencySchema },
    400: { description: 'The id is not an agency id (path.id)' },
    404: { description: 'No active agency with this id' },
  },
};

export const makeHandler = (context: AppContext) => {
  const read = readAgency(context);
  return httpHandler(contract, async ({ pathParameters }) => json(200, await read(agencyIdFromPath(pathParameters)), { 'cache-control': 'public, max-age=60' }));
};
