import type { RouteGroup } from '../route';
import { route } from '../route';
import * as disclosures from './disclosures';
import { indicators } from './indicators';
import { registerModules } from './registers';
import { recordRequest } from './service-log';
import * as suggestions from './suggestions';

const topics = registerModules('topics');
const channels = registerModules('channels');

export const informationCentreGroup: RouteGroup = {
  name: 'information-centre',
  needs: { informationCentre: 'read-write', complaints: 'read', surveys: 'read', audit: 'append-read', agencies: 'read', evidence: 'disclosures' },
  routes: [
    route('GET', '/api/topics', topics.listPublic),
    route('GET', '/api/registers/topics', topics.listAll),
    route('POST', '/api/registers/topics', topics.create),
    route('PUT', '/api/registers/topics/{id}', topics.update),
    route('POST', '/api/registers/topics/{id}/retirement', topics.retire),
    route('GET', '/api/channels', channels.listPublic),
    route('GET', '/api/registers/channels', channels.listAll),
    route('POST', '/api/registers/channels', channels.create),
    route('PUT', '/api/registers/channels/{id}', channels.update),
    route('POST', '/api/registers/channels/{id}/retirement', channels.retire),
    route('POST', '/api/service-log', recordRequest),
    route('POST', '/api/suggestions', suggestions.submit),
    route('GET', '/api/suggestions', suggestions.list),
    route('POST', '/api/suggestions/{id}/answer', suggestions.answer),
    route('GET', '/api/indicators', indicators),
    route('GET', '/api/disclosures', disclosures.publicList),
    route('GET', '/api/disclosures/{entryId}/document', disclosures.document),
    route('GET', '/api/agencies/{id}/disclosures', disclosures.list),
    route('POST', '/api/agencies/{id}/disclosures', disclosures.create),
    route('PUT', '/api/agencies/{id}/disclosures/{entryId}', disclosures.update),
    route('DELETE', '/api/agencies/{id}/disclosures/{entryId}', disclosures.remove),
  ],
};
