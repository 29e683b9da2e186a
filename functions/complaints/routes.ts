import type { RouteGroup } from '../route';
import { route } from '../route';
import * as fileComplaint from './file-complaint';

export const complaintsGroup: RouteGroup = {
  name: 'complaints',
  needs: { complaints: 'read-write', identityKey: 'encrypt', agencies: 'read' },
  routes: [route('POST', '/api/complaints', fileComplaint)],
};
