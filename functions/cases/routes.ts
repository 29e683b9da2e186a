import type { RouteGroup } from '../route';
import { route } from '../route';
import * as agencyAudit from './agency-audit';
import * as audit from './case-audit';
import * as downloadFile from './download-file';
import * as getCase from './get-case';
import * as listCases from './list-cases';
import * as message from './message-reporter';
import * as transition from './transition-case';
import * as verifyAudit from './verify-audit';

export const casesGroup: RouteGroup = {
  name: 'cases',
  needs: { complaints: 'read-write', audit: 'append-read', evidence: 'download', agencies: 'read' },
  routes: [
    route('GET', '/api/cases', listCases),
    route('GET', '/api/cases/{reference}', getCase),
    route('POST', '/api/cases/{reference}/transitions', transition),
    route('POST', '/api/cases/{reference}/messages', message),
    route('GET', '/api/cases/{reference}/audit', audit),
    route('POST', '/api/cases/{reference}/files/{fileId}/downloads', downloadFile),
    route('GET', '/api/audit/verification', verifyAudit),
    route('GET', '/api/audit', agencyAudit),
  ],
};
