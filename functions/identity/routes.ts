import type { RouteGroup } from '../route';
import { route } from '../route';
import * as reveal from './reveal-identity';

/** Apart from the other case routes so that only this function may decrypt identities. */
export const identityGroup: RouteGroup = {
  name: 'identity',
  needs: { complaints: 'read', audit: 'append-read', identityKey: 'decrypt' },
  routes: [route('POST', '/api/cases/{reference}/identity-reveals', reveal)],
};
