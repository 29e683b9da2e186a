// You are here: fault injection for the local stack, used by tests and the load run to prove that a
// failing DynamoDB or KMS call loses nothing and half-writes nothing. Off unless asked for.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DependencyUnavailableError } from '../../shared/domain/errors';
import type { IdentityVault } from '../../shared/domain/ports';

export interface Faults {
  /** Asked before every DynamoDB request (which a test may look at); true makes it fail as a 500 from the service would. */
  failDynamo?: (request: DynamoRequest) => boolean;
  /** Asked before every vault call; true makes it fail as an unavailable KMS would. */
  failVault?: () => boolean;
}

/** A DynamoDB request as the fault injection sees it: the command's name and its input. */
export interface DynamoRequest {
  command: string;
  input: Record<string, unknown>;
}

export function injectDynamoFaults(client: DynamoDBClient, shouldFail: (request: DynamoRequest) => boolean): DynamoDBClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (shouldFail({ command: context.commandName ?? '', input: args.input as Record<string, unknown> })) throw Object.assign(new Error('Injected DynamoDB failure'), { name: 'InternalServerError' });
      return next(args);
    },
    // Before the retry step, so one injected failure fails the whole call.
    { step: 'initialize', name: 'injectedFaults' },
  );
  return client;
}

export function injectVaultFaults(vault: IdentityVault, shouldFail: () => boolean): IdentityVault {
  const guard = () => {
    if (shouldFail()) throw new DependencyUnavailableError('KMS');
  };
  return {
    seal: async (identity, context) => (guard(), vault.seal(identity, context)),
    open: async (sealed, context) => (guard(), vault.open(sealed, context)),
  };
}
