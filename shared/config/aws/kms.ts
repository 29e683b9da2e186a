// You are here: the KMS client and the identity vault on it, for a Lambda entry whose needs name the
// identity key (shared/config/aws-wiring.ts).
import { KMSClient } from '@aws-sdk/client-kms';
import { kmsContactVault } from '../../adapters/kms/kms-contact-vault';
import { kmsIdentityVault } from '../../adapters/kms/kms-identity-vault';
import type { AwsWiring } from '../aws-wiring';

export const kmsWiring: AwsWiring = {
  client: 'kms',
  ports: (needs, env) => {
    if (!needs.identityKey) return {};
    const kms = new KMSClient({ maxAttempts: 3 });
    return { vault: kmsIdentityVault(kms, env.IDENTITY_KEY_ARN!), contactVault: kmsContactVault(kms, env.IDENTITY_KEY_ARN!) };
  },
};
