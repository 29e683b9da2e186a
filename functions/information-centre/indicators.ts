// You are here: GET /api/indicators?period=2570-Q1, the plan's indicators, target beside actual.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { indicatorsFor, INDICATOR_ROLES } from '../../shared/domain/use-cases/indicators';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

const periodQuery = z.strictObject({ period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1')) });
const contract: Contract<undefined, typeof periodQuery> = {
  access: staffOnly(INDICATOR_ROLES),
  summary: 'The plan\'s indicators for a quarter and its fiscal year to date',
  query: periodQuery,
  responses: { 200: { description: 'Indicators', schema: z.lazy(() => z.object({ quarter: z.looseObject({}), yearToDate: z.looseObject({}) })) }, 400: { description: 'Not a quarter' }, ...STAFF_ERRORS },
};

export const indicators: RouteModule = {
  contract: contract,
  makeHandler: (context: AppContext) => {
    const compute = indicatorsFor(context);
    return httpHandler(contract, async (request) => json(200, await compute(principalOf(request), request.query.period)));
  },
};
