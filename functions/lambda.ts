// You are here: how a route group runs on Lambda. The AWS context is built once per container on
// the first invoke (so a missing variable fails that invoke loudly), then each request is dispatched
// by API Gateway's route key to the route's handler.
import type { Context } from 'aws-lambda';
import type { AppContext } from '../shared/config/context';
import type { HttpEvent, HttpHandler, HttpResult } from '../shared/http/handler';
import { json } from '../shared/http/handler';
import { routeKey, type RouteGroup } from './route';

/**
 * For a group whose routes use no adapter (meta): it then bundles no AWS SDK client, and any use of the
 * context is a bug that fails loudly.
 */
export const noAdapters = (): AppContext =>
  new Proxy({} as AppContext, {
    get: (_target, name) => {
      throw new Error(`This group's routes have no adapters; something asked for "${String(name)}"`);
    },
  });

/** `contextOf` is shared/config/aws-context's awsContext for every group that touches AWS. */
export function lambdaForGroup(group: RouteGroup, contextOf: () => AppContext) {
  let handlers: Map<string, HttpHandler> | undefined;
  return async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    handlers ??= new Map(group.routes.map((route) => [routeKey(route), route.module.makeHandler(contextOf())]));
    const handler = handlers.get(event.routeKey);
    if (!handler) {
      return json(404, { error: { code: 'not-found', message: 'No such route', requestId: event.requestContext.requestId } });
    }
    return handler(event, context);
  };
}
