// You are here: the shape of the route table. A route names its method, path, who may call it and
// the module that handles it; a group is what becomes one Lambda function, with the grants it needs.
import type { AppContext } from '../shared/config/context';
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

/** What a group's function may touch; CDK turns this into IAM grants and nothing more. */
export interface Needs {
  complaints?: 'read' | 'read-write';
  /** Audit entries can only ever be appended and read: no grant allows update or delete. */
  audit?: 'append-read';
  surveys?: 'read' | 'read-write';
  informationCentre?: 'read-write';
  /** The public statistics bucket, for the publication only. */
  statsBucket?: 'read-write';
  identityKey?: 'encrypt' | 'decrypt';
  /**
   * The evidence bucket: 'upload' signs reporters' POSTs into quarantine/; 'download' reads evidence/
   * to sign officers' links; 'export' also writes and reads exports/; 'process' reads and destroys
   * quarantine/ and writes evidence/; 'destroy' deletes every version of anything.
   */
  evidence?: 'upload' | 'download' | 'export' | 'process' | 'destroy';
}

export interface RouteGroup {
  /** Names the Lambda function and its folder under functions/. */
  name: string;
  needs: Needs;
  /** More than the default 512 MB and 10 s, for a group whose work is heavy (at most 29 s: API Gateway waits 30). */
  sizing?: { memoryMB: number; timeoutSeconds: number };
  routes: Route[];
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
