// You are here: POST /api/reports/{period}/acknowledgements, an executive signs the report off.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { boundedText } from '../../shared/domain/text';
import { acknowledgeReport, REPORT_ROLES } from '../../shared/domain/use-cases/executive-report';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

const acknowledgementSchema = z.strictObject({ note: z.optional(boundedText(1000, 'a note with the sign-off')) });

export const contract: Contract<typeof acknowledgementSchema> = {
  access: staffOnly(REPORT_ROLES.read),
  summary: 'Record that an executive has read and acknowledged the report (audited)',
  body: acknowledgementSchema,
  responses: {
    201: { description: 'Recorded', schema: z.lazy(() => z.strictObject({ period: z.string(), acknowledgedBy: z.string(), at: z.iso.datetime() })) },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const acknowledge = acknowledgeReport(context);
  return httpHandler(contract, async (request) => json(201, await acknowledge(principalOf(request), request.pathParameters.period ?? '', request.body.note)));
};
