// You are here: POST /api/publications, re-publishing a quarter on demand.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { requestPublication } from '../../shared/domain/use-cases/publish-statistics';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

const publicationSchema = z.strictObject({ period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1')) });

export const contract: Contract<typeof publicationSchema> = {
  access: staffOnly(['admin']),
  summary: 'Publish a quarter and its fiscal year to date for every agency of the deployment',
  description:
    'The same use case the quarterly schedule runs. A quarter is published once, after its last day, with any earlier quarter of its fiscal year not yet published; published quarters are frozen, and the fiscal year to date is the sum of the published quarters. Unchanged files are not rewritten.',
  body: publicationSchema,
  responses: {
    200: {
      description: 'What was published',
      schema: z.lazy(() => z.strictObject({ period: z.string(), results: z.array(z.strictObject({ agency: z.string(), periods: z.array(z.strictObject({ id: z.string(), revision: z.number(), changed: z.boolean() })), written: z.array(z.string()) })) })),
    },
    400: { description: 'Not a quarter, or a quarter that has not ended yet' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const publish = requestPublication(context);
  return httpHandler(contract, async (request) => json(200, await publish(principalOf(request), request.body.period)));
};
