// You are here: GET /api/indicators?period=2570-Q1, the plan's indicators, target beside actual.
import { z } from 'zod';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { indicatorsFor, INDICATOR_ROLES } from '../../shared/domain/use-cases/indicators';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../cases/schemas';

const periodQuery = z.object({ period: z.string().regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1') }).strict();
const contract: Contract<undefined, typeof periodQuery> = {
  access: staffOnly(INDICATOR_ROLES),
  summary: 'The plan\'s indicators for a quarter and its fiscal year to date',
  query: periodQuery,
  responses: { 200: { description: 'Indicators', schema: z.object({ quarter: z.object({}).loose(), yearToDate: z.object({}).loose() }) }, 400: { description: 'Not a quarter' }, ...STAFF_ERRORS },
};

export const indicators: RouteModule = {
  contract: contract as Contract,
  makeHandler: (context: AppContext) => {
    const compute = indicatorsFor(context);
    return httpHandler(contract, async (request) => json(200, await compute(principalOf(request), request.query.period)));
  },
};
