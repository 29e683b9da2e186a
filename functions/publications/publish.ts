// You are here: POST /api/publications, re-publishing a quarter on demand.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { AGENCY_ID } from '../../shared/domain/agencies';
import { PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { requestPublication } from '../../shared/domain/use-cases/publish-statistics';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

const publicationSchema = z.strictObject({
  period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1')),
  agency: z.optional(z.string().check(z.regex(AGENCY_ID, 'write an agency id like bma-health'))),
});

export const contract: Contract<typeof publicationSchema> = {
  access: staffOnly(['admin']),
  summary: 'Publish a quarter and its fiscal year to date for every active agency, or for the one named',
  description:
    'The same per-agency job the quarterly schedule queues, run here one agency after another, then the index of /stats/ and the national roll-up. A quarter is published once, after its last day, with any earlier quarter of its fiscal year not yet published; published quarters are frozen, and the fiscal year to date is the sum of the published quarters. Unchanged files are not rewritten. An agency that fails is named in `failed` (by the class of its error) and the others are still published. With `agency`, one agency is published (the remedy for a job in the dead-letter queue); a deployment of thousands of agencies publishes them all through the schedule\'s queue.',
  body: publicationSchema,
  responses: {
    200: {
      description: 'What was published',
      schema: z.lazy(() =>
        z.strictObject({
          period: z.string(),
          results: z.array(z.strictObject({ agency: z.string(), periods: z.array(z.strictObject({ id: z.string(), revision: z.number(), changed: z.boolean() })), written: z.array(z.string()), awaitingApproval: z.optional(z.literal(true).check(z.meta({ description: 'the agency publishes only after an executive has approved the quarter, and it has not been yet: prepared, not published' }))) })),
          failed: z.array(z.strictObject({ agency: z.string(), error: z.string() })),
        }),
      ),
    },
    400: { description: 'Not a quarter, a quarter that has not ended yet, or an agency id not written as one' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const publish = requestPublication(context);
  return httpHandler(contract, async (request) => json(200, await publish(principalOf(request), request.body.period, request.body.agency)));
};
