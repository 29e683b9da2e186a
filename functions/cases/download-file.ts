// You are here: POST /api/cases/{reference}/files/{fileId}/downloads, a short-lived link to one
// cleaned evidence file. Each link is an audit entry, written before the link exists.
import type { AppContext } from '../../shared/config/context';
import { NotFoundError } from '../../shared/domain/errors';
import { CASE_ROLES } from '../../shared/domain/use-cases/case-handling';
import { fileDownload } from '../../shared/domain/use-cases/evidence-files';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { downloadLinkSchema } from '../evidence/schemas';
import { referenceFromPath, STAFF_ERRORS } from '../staff';

export const contract: Contract = {
  access: staffOnly(CASE_ROLES.read),
  summary: 'A presigned link to download one received evidence file (audited)',
  responses: { 201: { description: 'The link, valid for a few minutes', schema: downloadLinkSchema }, ...STAFF_ERRORS },
};

const fileIdFromPath = (pathParameters: Record<string, string>) => {
  const fileId = pathParameters.fileId ?? '';
  if (!/^[a-f0-9]{32}$/.test(fileId)) throw new NotFoundError('This case has no received file with that id');
  return fileId;
};

export const makeHandler = (context: AppContext) => {
  const download = fileDownload(context);
  return httpHandler(contract, async (request) =>
    json(201, await download(principalOf(request), referenceFromPath(request.pathParameters), fileIdFromPath(request.pathParameters))),
  );
};
