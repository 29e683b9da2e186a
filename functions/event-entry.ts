// You are here: how a function that no HTTP route reaches runs on Lambda (the quarterly publication,
// the daily retention, the evidence bucket's events). Apart from functions/lambda.ts so that these
// functions do not carry the HTTP middleware.
import type { AppContext } from '../shared/config/context';

/**
 * The entry of a function that no HTTP route reaches (a schedule's or a bucket event's target): its
 * handler is made from the context on the first invoke, so a missing variable fails that invoke loudly.
 */
export function eventEntry<Result>(makeHandler: (context: AppContext) => (event: unknown) => Promise<Result>, contextOf: () => AppContext) {
  let handle: ((event: unknown) => Promise<Result>) | undefined;
  return async (event: unknown) => {
    handle ??= makeHandler(contextOf());
    return handle(event);
  };
}
