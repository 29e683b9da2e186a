// You are here: POST /api/cases/{reference}/exports, the referral package (ZIP) for another authority.
import type { AppContext } from '../../shared/config/context';
import { CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import { exportCase } from '../../shared/domain/use-cases/custody';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { referenceFromPath, STAFF_ERRORS } from '../staff';
import { exportLinkSchema, exportSchema } from './schemas';

export const contract: Contract<typeof exportSchema> = {
  access: staffOnly(CASE_ROLES.custody),
  summary: 'Export a case as a ZIP for referral (custodian only, with a reason, audited)',
  description:
    'The ZIP holds case.json (text, timeline with notes, messages, file list), the cleaned files and SHA256SUMS. The reporter\'s identity is included only with includeIdentity: true.',
  body: exportSchema,
  responses: {
    201: { description: 'A short-lived link to the ZIP', schema: exportLinkSchema },
    400: { description: 'Reason missing or shorter than 20 characters' },
    ...STAFF_ERRORS,
    409: { description: 'anonymous-complaint: identity asked for on an anonymous complaint; evidence-missing: a received file is not in the store' },
  },
};

export const makeHandler = (context: AppContext) => {
  const exportZip = exportCase(context);
  return httpHandler(contract, async (request) => json(201, await exportZip(principalOf(request), referenceFromPath(request.pathParameters), request.body)));
};
