// You are here: POST /api/cases, an officer recording a complaint that arrived by letter, phone,
// walk-in, a general complaint channel or a referral. It takes the intake's own path (this group is
// the only one that seals identities), so the answer is a receipt like the public one, to print.
import { recordedComplaintSchema } from '../../shared/domain/complaint';
import { recordComplaint, RECORD_ROLES } from '../../shared/domain/use-cases/file-complaint';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';
import { receiptSchema } from './file-complaint';

export const contract: Contract<typeof recordedComplaintSchema> = {
  access: staffOnly(RECORD_ROLES),
  summary: 'Record a complaint that arrived by another channel',
  description:
    'For letters, phone calls, walk-ins, the general complaint channels and referrals (never online: that is the public form\'s). receivedOn is the Bangkok day it arrived, not in the future and not before the agency joined; the deadlines count from it. The identity is sealed as on the public form and the record is audited with the case. The answer carries the reference and the secret once, for the slip the officer prints for the reporter. With an Idempotency-Key (the staff page always sends one), a retry by the same officer with the same key and body returns the same reference with a fresh secret; a different body answers 422.',
  body: recordedComplaintSchema,
  idempotent: true,
  responses: {
    201: { description: 'Recorded: print the reference and the secret for the reporter', schema: receiptSchema },
    400: { description: 'Missing or invalid fields, named in error.fields (body.channel online, body.receivedOn in the future or before the agency joined, body.unit not a unit of the agency)' },
    409: { description: 'The agency is retired, or the Idempotency-Key expired' },
    413: { description: 'Body over 64 KB' },
    415: { description: 'Body is not JSON' },
    422: { description: 'Idempotency-Key reused with a different complaint' },
    503: { description: 'A dependency failed; nothing was stored, retry with the same Idempotency-Key' },
    ...STAFF_ERRORS,
  },
};

export const makeHandler = (context: AppContext) => {
  const record = recordComplaint(context);
  return httpHandler(contract, async (request) => json(201, await record(principalOf(request), request.body, request.idempotencyKey)));
};
