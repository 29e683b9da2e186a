// You are here: the Cognito client and the staff directory on it, for a Lambda entry whose needs name
// the staff directory (shared/config/aws-wiring.ts): the agencies group only.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoStaffDirectory } from '../../adapters/cognito/staff-directory';
import type { AwsWiring } from '../aws-wiring';

export const cognitoWiring: AwsWiring = {
  client: 'cognito',
  ports: (needs, env) => (needs.staffDirectory ? { staffDirectory: cognitoStaffDirectory(new CognitoIdentityProviderClient({ maxAttempts: 3 }), env.STAFF_USER_POOL_ID!) } : {}),
};
