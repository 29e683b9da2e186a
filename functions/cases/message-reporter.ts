// You are here: POST /api/cases/{reference}/messages, an officer writes to the reporter.
import * as z from 'zod/mini';
import { CASE_ROLES, messageReporter } from '../../shared/domain/use-cases/case-handling';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { officerMessageSchema } from './schemas';

export const contract: Contract<typeof officerMessageSchema> = {
  access: staffOnly(CASE_ROLES.act),
  summary: 'Send the reporter a message (signed เจ้าหน้าที่, never with a name)',
  body: officerMessageSchema,
  idempotent: true,
  responses: {
    201: { description: 'Message stored', schema: z.lazy(() => z.strictObject({ at: z.iso.datetime(), from: z.literal('officer'), body: z.string() })) },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const send = messageReporter(context);
  return httpHandler(contract, async (request) =>
    json(201, await send(principalOf(request), referenceFromPath(request.pathParameters), request.body.body, request.idempotencyKey)),
  );
};
