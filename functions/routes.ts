// You are here: the route table. CDK makes one Lambda per group and one API Gateway route per
// route from it (infra/constructs/api.ts); the local server routes with it (infra/local/server.ts).
import { agenciesGroup } from './agencies/routes';
import { casesGroup } from './cases/routes';
import { complaintsGroup } from './complaints/routes';
import { custodyGroup } from './custody/routes';
import { identityGroup } from './identity/routes';
import { metaGroup } from './meta/routes';
import type { Needs, Route, RouteGroup } from './route';
import { informationCentreGroup } from './information-centre/routes';
import { publicationsGroup } from './publications/routes';
import { reportsGroup } from './reports/routes';
import { surveysGroup } from './surveys/routes';
import { trackingGroup } from './tracking/routes';

export const routeGroups: readonly RouteGroup[] = [metaGroup, complaintsGroup, trackingGroup, casesGroup, identityGroup, custodyGroup, surveysGroup, publicationsGroup, reportsGroup, informationCentreGroup, agenciesGroup];

/** A route with its group: the local server builds the route's context from the group's needs, as Lambda does. */
export type GroupRoute = Route & { group: string; needs: Needs };

export const routes: readonly GroupRoute[] = routeGroups.flatMap((group) =>
  group.routes.map((route) => ({ ...route, group: group.name, needs: group.needs })),
);
