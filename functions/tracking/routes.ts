import type { RouteGroup } from '../route';
import { route } from '../route';
import * as addFile from './add-file';
import * as reply from './reply';
import * as stopNews from './stop-news';
import * as survey from './survey';
import * as track from './track';

export const trackingGroup: RouteGroup = {
  name: 'tracking',
  needs: { complaints: 'read-write', evidence: 'upload', agencies: 'read', surveys: 'read-write' },
  routes: [
    route('POST', '/api/tracking', track),
    route('POST', '/api/tracking/messages', reply),
    route('POST', '/api/tracking/files', addFile),
    // The reporter's own: a stop link needs no credentials, and this group may already write to the case.
    route('POST', '/api/notifications/stop', stopNews),
    route('POST', '/api/tracking/survey', survey),
  ],
};
