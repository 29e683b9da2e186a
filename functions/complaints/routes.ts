import type { RouteGroup } from '../route';
import { route } from '../route';
import * as fileComplaint from './file-complaint';
import * as recordComplaint from './record-complaint';

export const complaintsGroup: RouteGroup = {
  name: 'complaints',
  // The audit log for the complaints officers record from other channels, written with the case.
  needs: { complaints: 'read-write', identityKey: 'encrypt', agencies: 'read', audit: 'append-read' },
  routes: [route('POST', '/api/complaints', fileComplaint), route('POST', '/api/cases', recordComplaint)],
};
