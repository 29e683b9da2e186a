import type { RouteGroup } from '../route';
import { route } from '../route';
import * as acknowledge from './acknowledge-report';
import * as getReport from './get-report';

export const reportsGroup: RouteGroup = {
  name: 'reports',
  // The report reads the quarter's figures, which include the information centre's.
  needs: { complaints: 'read', surveys: 'read', informationCentre: 'read', audit: 'append-read', agencies: 'read' },
  routes: [route('GET', '/api/reports/{period}', getReport), route('POST', '/api/reports/{period}/acknowledgements', acknowledge)],
};
