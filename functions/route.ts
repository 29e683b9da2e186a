// You are here: the shape of the route table. A route names its method, path, who may call it and
// the module that handles it; a group is what becomes one Lambda function, with the grants it needs.
import type { AppContext } from '../shared/config/context';
import type { Needs } from '../shared/config/needs';
import type { Access, Contract, HttpHandler } from '../shared/http/handler';

export type { Access } from '../shared/http/handler';

export interface RouteModule {
  contract: Contract;
  makeHandler(context: AppContext): HttpHandler;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway path syntax, e.g. /api/cases/{reference}. */
  path: string;
  /** Who may call it: the module's contract says, the route table repeats it for CDK and the local server. */
  access: Access;
  module: RouteModule;
}

/** A route table row; its access comes from the module's contract, so the two never disagree. */
export const route = (method: Route['method'], path: string, module: RouteModule): Route => ({
  method,
  path,
  access: module.contract.access,
  module,
});

export type { Needs } from '../shared/config/needs';

export interface RouteGroup {
  /** Names the Lambda function and its folder under functions/. */
  name: string;
  needs: Needs;
  /** More than the default 512 MB and 10 s, for a group whose work is heavy (at most 29 s: API Gateway waits 30). */
  sizing?: { memoryMB: number; timeoutSeconds: number };
  routes: Route[];
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
