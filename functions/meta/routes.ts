import type { RouteGroup } from '../route';
import { route } from '../route';
import * as health from './health';
import * as openapi from './openapi';

export const metaGroup: RouteGroup = {
  name: 'meta',
  needs: {},
  routes: [
    route('GET', '/api/health', health),
    route('GET', '/api/openapi.json', openapi),
  ],
};
