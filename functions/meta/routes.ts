import type { RouteGroup } from '../route';
import { PUBLIC } from '../route';
import * as health from './health';
import * as openapi from './openapi';

export const metaGroup: RouteGroup = {
  name: 'meta',
  needs: {},
  routes: [
    { method: 'GET', path: '/api/health', access: PUBLIC, module: health },
    { method: 'GET', path: '/api/openapi.json', access: PUBLIC, module: openapi },
  ],
};
