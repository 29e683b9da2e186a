import type { RouteGroup } from '../route';
import { PUBLIC } from '../route';
import * as fileComplaint from './file-complaint';

export const complaintsGroup: RouteGroup = {
  name: 'complaints',
  needs: { complaints: 'read-write', identityKey: 'encrypt' },
  routes: [{ method: 'POST', path: '/api/complaints', access: PUBLIC, module: fileComplaint }],
};
