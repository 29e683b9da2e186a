// You are here: the KMS client and the identity vault on it, for a Lambda entry whose needs name the
// identity key (shared/config/aws-wiring.ts).
import { KMSClient } from '@aws-sdk/client-kms';
import { kmsIdentityVault } from '../../adapters/kms/kms-identity-vault';
import type { AwsWiring } from '../aws-wiring';

export const kmsWiring: AwsWiring = {
  client: 'kms',
  ports: (needs, env) => (needs.identityKey ? { vault: kmsIdentityVault(new KMSClient({ maxAttempts: 3 }), env.IDENTITY_KEY_ARN!) } : {}),
};
