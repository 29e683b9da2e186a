// You are here: the information centre's service log (staff record each request).
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { serviceRecordFields, serviceRecordSchema } from '../../shared/domain/information-centre';
import { recordService, REGISTER_ROLES } from '../../shared/domain/use-cases/information-centre';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

const contract: Contract<typeof serviceRecordSchema> = {
  access: staffOnly(REGISTER_ROLES),
  summary: 'Record one request to the information centre',
  body: serviceRecordSchema,
  responses: { 201: { description: 'Recorded', schema: z.lazy(() => z.strictObject({ id: z.string(), ...serviceRecordFields() })) }, 400: { description: 'Invalid fields' }, ...STAFF_ERRORS },
};

export const recordRequest: RouteModule = {
  contract: contract,
  makeHandler: (context: AppContext) => {
    const record = recordService(context);
    return httpHandler(contract, async (request) => json(201, await record(principalOf(request), request.body)));
  },
};
