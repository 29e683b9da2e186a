import type { RouteGroup } from '../route';
import { route } from '../route';
import * as publish from './publish';

export const publicationsGroup: RouteGroup = {
  name: 'publications',
  needs: { complaints: 'read', surveys: 'read', audit: 'append-read', statsBucket: 'read-write' },
  routes: [route('POST', '/api/publications', publish)],
};
