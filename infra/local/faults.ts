// You are here: fault injection for the local stack, used by tests and the load run to prove that a
// failing DynamoDB or KMS call loses nothing and half-writes nothing. Off unless asked for.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DependencyUnavailableError } from '../../shared/domain/errors';
import type { IdentityVault } from '../../shared/domain/ports';

export interface Faults {
  /** Asked before every DynamoDB request; true makes it fail as a 500 from the service would. */
  failDynamo?: () => boolean;
  /** Asked before every vault call; true makes it fail as an unavailable KMS would. */
  failVault?: () => boolean;
}

export function injectDynamoFaults(client: DynamoDBClient, shouldFail: () => boolean): DynamoDBClient {
  client.middlewareStack.add(
    (next) => async (args) => {
      if (shouldFail()) throw Object.assign(new Error('Injected DynamoDB failure'), { name: 'InternalServerError' });
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
