import type { RouteGroup } from '../route';
import { route } from '../route';
import * as agencyAudit from './agency-audit';
import * as assign from './assign-case';
import * as audit from './case-audit';
import * as conflicts from './declare-conflict';
import * as downloadFile from './download-file';
import * as getCase from './get-case';
import * as listCases from './list-cases';
import * as message from './message-reporter';
import { readPreferences, replacePreferences } from './notification-preferences';
import * as transition from './transition-case';
import * as verifyAudit from './verify-audit';

export const casesGroup: RouteGroup = {
  name: 'cases',
  // The staff directory: an assignment checks that its assignee is a member of the agency.
  needs: { complaints: 'read-write', audit: 'append-read', evidence: 'download', agencies: 'read', staffDirectory: 'lookup' },
  routes: [
    route('GET', '/api/cases', listCases),
    route('GET', '/api/cases/{reference}', getCase),
    route('POST', '/api/cases/{reference}/transitions', transition),
    route('POST', '/api/cases/{reference}/messages', message),
    route('GET', '/api/cases/{reference}/audit', audit),
    route('POST', '/api/cases/{reference}/conflicts', conflicts),
    route('POST', '/api/cases/{reference}/assignment', assign),
    route('POST', '/api/cases/{reference}/files/{fileId}/downloads', downloadFile),
    route('GET', '/api/audit/verification', verifyAudit),
    route('GET', '/api/audit', agencyAudit),
    // A member's own notification preferences, kept in the complaints table beside the delivery records.
    route('GET', '/api/me/notification-preferences', readPreferences),
    route('PUT', '/api/me/notification-preferences', replacePreferences),
  ],
};
