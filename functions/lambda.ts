// You are here: how a route group runs on Lambda. The AWS context is built once per container on
// the first invoke (so a missing variable fails that invoke loudly), then each request is dispatched
// by API Gateway's route key to the route's handler, once the request has shown it came through
// CloudFront (infra/constructs/origin-verification.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { AppContext } from '../shared/config/context';
import { scopeContext, UndeclaredNeedError } from '../shared/config/needs';
import type { HttpEvent, HttpHandler, HttpResult } from '../shared/http/handler';
import { json } from '../shared/http/handler';
import { routeKey, type Needs, type RouteGroup } from './route';

/** How errors name a group: 'cases group did not declare complaints'. */
export const groupOwner = (group: Pick<RouteGroup, 'name'>) => `${group.name} group`;

/**
 * For a group whose routes use no adapter (meta): it then bundles no AWS SDK client, and any use of the
 * context is a bug that fails loudly.
 */
export const noAdapters = (owner: string): AppContext =>
  new Proxy({} as AppContext, {
    get: (_target, name) => {
      throw new UndeclaredNeedError(owner, String(name));
    },
  });

/** The header CloudFront adds and the variable with its expected value (infra/constructs/origin-verification.ts). */
export const ORIGIN_VERIFY = { header: 'x-origin-verify', variable: 'ORIGIN_VERIFY_SECRET' } as const;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the request carries CloudFront's secret, compared in constant time; always true where none is set (locally). */
export function cameThroughCloudFront(event: HttpEvent, expected: string | undefined): boolean {
  if (!expected) return true;
  const given = event.headers?.[ORIGIN_VERIFY.header];
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/**
 * `contextOf` is shared/config/aws-context's awsContext, given the wirings of the group's SDK clients,
 * for every group that touches AWS. Whatever it returns, the handlers see only the ports the group's
 * needs declare (shared/config/needs.ts).
 */
export function lambdaForGroup(group: RouteGroup, contextOf: (owner: string, needs: Needs) => AppContext) {
  const owner = groupOwner(group);
  let handlers: Map<string, HttpHandler> | undefined;
  return async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    // Before anything else, and the same answer for every route: the API is only reached through CloudFront.
    if (!cameThroughCloudFront(event, process.env[ORIGIN_VERIFY.variable])) {
      return json(403, { error: { code: 'forbidden', message: 'Use the site address; this endpoint is not served directly', requestId: event.requestContext.requestId } });
    }
    handlers ??= new Map(group.routes.map((route) => [routeKey(route), route.module.makeHandler(scopeContext(owner, group.needs, contextOf(owner, group.needs)))]));
    const handler = handlers.get(event.routeKey);
    if (!handler) {
      return json(404, { error: { code: 'not-found', message: 'No such route', requestId: event.requestContext.requestId } });
    }
    return handler(event, context);
  };
}
