import type { RouteGroup } from '../route';
import { route } from '../route';
import * as createAgency from './create-agency';
import * as getAgency from './get-agency';
import * as listAgencies from './list-agencies';
import * as mailSuppressions from './mail-suppressions';
import * as staffAccounts from './staff-accounts';
import * as updateAgency from './update-agency';

/**
 * The agency registry: the public finds agencies, platform and agency admins keep them and their
 * staff. The only group that writes the registry and the only one that touches the staff directory.
 */
export const agenciesGroup: RouteGroup = {
  name: 'agencies',
  // The stats bucket only for a new agency's statistics page before its first publication.
  needs: { agencies: 'read-write', audit: 'append-read', staffDirectory: 'manage', statsBucket: 'read-write' },
  routes: [
    route('GET', '/api/agencies', listAgencies),
    route('POST', '/api/agencies', createAgency),
    route('GET', '/api/agencies/{id}', getAgency),
    route('PATCH', '/api/agencies/{id}', updateAgency),
    route('POST', '/api/agencies/{id}/staff', staffAccounts.create),
    route('GET', '/api/agencies/{id}/staff', staffAccounts.list),
    route('GET', '/api/agencies/{id}/mail-suppressions', mailSuppressions.list),
    route('POST', '/api/agencies/{id}/mail-suppressions/lifts', mailSuppressions.lift),
  ],
};
