import type { RouteGroup } from '../route';
import { route } from '../route';
import * as exportCase from './export-case';
import * as legalHold from './legal-hold';

/** The custodian's whole-case actions; apart because an export may open the reporter's identity. */
export const custodyGroup: RouteGroup = {
  name: 'custody',
  needs: { complaints: 'read-write', audit: 'append-read', identityKey: 'decrypt', evidence: 'export', agencies: 'read' },
  // An export reads and zips up to five files of 10 MB each.
  sizing: { memoryMB: 1024, timeoutSeconds: 29 },
  routes: [
    route('PUT', '/api/cases/{reference}/legal-hold', legalHold),
    route('POST', '/api/cases/{reference}/exports', exportCase),
  ],
};
