// You are here: GET /api/indicators?period=2570-Q1, the plan's indicators, target beside actual.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { WITHHELD } from '../../shared/domain/publication/disclosure';
import { indicatorsFor, INDICATOR_ROLES } from '../../shared/domain/use-cases/indicators';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

/** A quarter's or its year's indicators as the statistics document holds them (shared/domain/publication/document.ts). */
const indicatorsSchema = z.lazy(() => {
  const statistic = z.union([z.number(), z.literal(WITHHELD)]);
  const cell = z.union([z.number(), z.string().check(z.regex(/^<\d+$/)), z.literal(WITHHELD)]);
  const view = z.strictObject({
    period: z.strictObject({ id: z.string(), kind: z.enum(['quarter', 'year']), fiscalYear: z.number(), quarter: z.optional(z.number()), firstDay: z.string(), lastDay: z.string() }),
    informationCentre: z.strictObject({
      knowledgeTopicsPublished: z.number(),
      activeChannels: z.number(),
      serviceRequests: z.number(),
      fulfilledPercent: statistic,
      medianDaysToFulfil: statistic,
      suggestionsReceived: z.number(),
    }),
    indicators: z.array(
      z.strictObject({
        id: z.string(),
        planItem: z.string(),
        labelTh: z.string(),
        target: z.optional(z.strictObject({ atLeast: z.optional(z.number()), atMost: z.optional(z.number()), unit: z.enum(['%', 'เรื่อง', 'ช่องทาง']) })),
        actual: z.nullable(cell).check(z.meta({ description: `a number, "<t" for a count below the threshold, or "${WITHHELD}" when withheld` })),
        met: z.nullable(z.boolean()),
      }),
    ),
  });
  return z.strictObject({ quarter: view, yearToDate: view });
});

const periodQuery = z.strictObject({ period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1')) });
const contract: Contract<undefined, typeof periodQuery> = {
  access: staffOnly(INDICATOR_ROLES),
  summary: 'The plan\'s indicators for a quarter and its fiscal year to date',
  query: periodQuery,
  responses: { 200: { description: 'Indicators', schema: indicatorsSchema }, 400: { description: 'Not a quarter' }, ...STAFF_ERRORS },
};

export const indicators: RouteModule = {
  contract: contract,
  makeHandler: (context: AppContext) => {
    const compute = indicatorsFor(context);
    return httpHandler(contract, async (request) => json(200, await compute(principalOf(request), request.query.period)));
  },
};
