import type { RouteGroup } from '../route';
import { route } from '../route';
import * as acknowledge from './acknowledge-report';
import * as getReport from './get-report';

export const reportsGroup: RouteGroup = {
  name: 'reports',
  needs: { complaints: 'read', surveys: 'read', audit: 'append-read' },
  routes: [route('GET', '/api/reports/{period}', getReport), route('POST', '/api/reports/{period}/acknowledgements', acknowledge)],
};
