// You are here: how a route group runs on Lambda. The AWS context is built once per container on
// the first invoke (so a missing variable fails that invoke loudly), then each request is dispatched
// by API Gateway's route key to the route's handler.
import type { Context } from 'aws-lambda';
import { awsContext } from '../shared/config/aws-context';
import type { HttpEvent, HttpHandler, HttpResult } from '../shared/http/handler';
import { json } from '../shared/http/handler';
import { routeKey, type RouteGroup } from './route';

export function lambdaForGroup(group: RouteGroup) {
  let handlers: Map<string, HttpHandler> | undefined;
  return async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    handlers ??= new Map(group.routes.map((route) => [routeKey(route), route.module.makeHandler(awsContext())]));
    const handler = handlers.get(event.routeKey);
    if (!handler) {
      return json(404, { error: { code: 'not-found', message: 'No such route', requestId: event.requestContext.requestId } });
    }
    return handler(event, context);
  };
}
