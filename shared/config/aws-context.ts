// You are here: the wiring of real AWS adapters, from environment variables that CDK sets. Only what
// the function's needs declare is wired (shared/config/needs.ts): its variables are checked at cold
// start, its SDK clients created, and every other port of the context throws UndeclaredNeedError.
// The clients come from the wirings the Lambda entry names (shared/config/aws/*.ts), one per client,
// so a function's bundle holds only the clients of its own needs.
import * as z from 'zod/mini';
import { systemClock, systemRandomness } from '../adapters/system/system';
import { appConfigFromEnv, parseEnv } from './app-config';
import { clientsOf, type AwsWiring } from './aws-wiring';
import type { AppContext } from './context';
import { NEED_VARIABLES } from './need-variables';
import { scopeContext, type FunctionNeeds } from './needs';

/** By owner: one per container on Lambda, where a function is one owner; tests may build several. */
const contexts = new Map<string, AppContext>();

/**
 * How a function that declares `needs` gets its context, built once per container on the first invoke
 * from the given wirings. A missing variable of a declared need fails that invoke loudly, and so does
 * a declared need whose client the entry did not wire; a client is created only when a need uses it.
 */
export function awsContext(...wirings: AwsWiring[]) {
  return (owner: string, needs: FunctionNeeds): AppContext => {
    const built = contexts.get(owner);
    if (built) return built;
    const missing = clientsOf(needs).filter((client) => !wirings.some((wiring) => wiring.client === client));
    if (missing.length) throw new Error(`${owner} declares needs on ${missing.join(', ')}, but its Lambda entry does not wire ${missing.length > 1 ? 'these clients' : 'that client'}`);
    const shape = Object.fromEntries((Object.keys(NEED_VARIABLES) as (keyof FunctionNeeds)[]).filter((need) => needs[need] !== undefined).flatMap((need) => Object.entries(NEED_VARIABLES[need])));
    const env = parseEnv(z.object(shape), process.env) as Record<string, string>;
    const used = wirings.filter((wiring) => clientsOf(needs).includes(wiring.client));
    // Only the declared ports are ever read: scopeContext throws for the others before reaching these.
    const config = appConfigFromEnv(process.env);
    const full = Object.assign(
      {
        config,
        clock: systemClock,
        random: systemRandomness,
      },
      ...used.map((wiring) => wiring.ports(needs, env)),
    ) as AppContext;
    const context = scopeContext(owner, needs, full);
    contexts.set(owner, context);
    return context;
  };
}
