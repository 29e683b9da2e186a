// You are here: the shape of the route table. A route names its method, path, who may call it and
// the module that handles it; a group is what becomes one Lambda function, with the grants it needs.
import type { AppContext } from '../shared/config/context';
import type { Contract, HttpHandler } from '../shared/http/handler';

export type StaffRole = 'officer' | 'custodian' | 'executive' | 'admin';
export type Access = { kind: 'public' } | { kind: 'staff'; roles: StaffRole[] };

export const PUBLIC: Access = { kind: 'public' };

export interface RouteModule {
  contract: Contract;
  makeHandler(context: AppContext): HttpHandler;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway path syntax, e.g. /api/cases/{reference}. */
  path: string;
  access: Access;
  module: RouteModule;
}

/** What a group's function may touch; CDK turns this into IAM grants and nothing more. */
export interface Needs {
  complaints?: 'read' | 'read-write';
  identityKey?: 'encrypt' | 'decrypt';
}

export interface RouteGroup {
  /** Names the Lambda function and its folder under functions/. */
  name: string;
  needs: Needs;
  routes: Route[];
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
