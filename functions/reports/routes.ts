import type { RouteGroup } from '../route';
import { route } from '../route';
import * as acknowledge from './acknowledge-report';
import * as getReport from './get-report';
import * as approve from './approve-report';

export const reportsGroup: RouteGroup = {
  name: 'reports',
  // The report reads the quarter's figures, which include the information centre's. The approval is
  // written in the complaints table and publishes the quarter: the publication's own needs, and the write.
  needs: { complaints: 'read-write', surveys: 'read', informationCentre: 'read', audit: 'append-read', agencies: 'read', statsBucket: 'read-write' },
  routes: [
    route('GET', '/api/reports/{period}', getReport),
    route('POST', '/api/reports/{period}/acknowledgements', acknowledge),
    route('PUT', '/api/reports/{period}/approval', approve),
  ],
};
