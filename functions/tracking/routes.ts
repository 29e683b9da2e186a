import type { RouteGroup } from '../route';
import { PUBLIC } from '../route';
import * as reply from './reply';
import * as track from './track';

export const trackingGroup: RouteGroup = {
  name: 'tracking',
  needs: { complaints: 'read-write' },
  routes: [
    { method: 'POST', path: '/api/tracking', access: PUBLIC, module: track },
    { method: 'POST', path: '/api/tracking/messages', access: PUBLIC, module: reply },
  ],
};
