// You are here: how a function that no HTTP route reaches runs on Lambda (the quarterly publication,
// the daily retention, the evidence bucket's events). Apart from functions/lambda.ts so that these
// functions do not carry the HTTP middleware.
import type { AppContext } from '../shared/config/context';
import { scopeContext, type FunctionNeeds } from '../shared/config/needs';

/**
 * The entry of a function that no HTTP route reaches (a schedule's or a bucket event's target): its
 * handler is made on the first invoke from the context of its declared needs, so a missing variable
 * fails that invoke loudly and any undeclared port throws.
 */
export function eventEntry<Result>(
  owner: string,
  needs: FunctionNeeds,
  makeHandler: (context: AppContext) => (event: unknown) => Promise<Result>,
  contextOf: (owner: string, needs: FunctionNeeds) => AppContext,
) {
  let handle: ((event: unknown) => Promise<Result>) | undefined;
  return async (event: unknown) => {
    handle ??= makeHandler(scopeContext(owner, needs, contextOf(owner, needs)));
    return handle(event);
  };
}
