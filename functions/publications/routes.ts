import type { RouteGroup } from '../route';
import { route } from '../route';
import { PUBLICATION_NEEDS } from '../event-needs';
import * as publish from './publish';

export const publicationsGroup: RouteGroup = {
  name: 'publications',
  needs: PUBLICATION_NEEDS,
  routes: [route('POST', '/api/publications', publish)],
};
