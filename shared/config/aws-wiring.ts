// You are here: which AWS SDK client each need rests on, and the shape of the small module that wires
// one client's adapters (shared/config/aws/*.ts). Nothing here imports the SDK: a Lambda entry names
// the wirings of its own needs, so esbuild bundles only those clients into its function.
import type { AppContext } from './context';
import type { FunctionNeeds } from './needs';

/** 'ses' rests on no need: only the notifier's entry sends mail (shared/config/aws/ses.ts). */
export type SdkClient = 'dynamodb' | 'kms' | 's3' | 'cognito' | 'ses';

/** The client each need's adapters call: the tables are DynamoDB, the buckets S3, the identity key KMS, the staff directory Cognito. */
export const CLIENT_OF_NEED: Record<keyof FunctionNeeds, SdkClient> = {
  // The registry's table; until it exists the port is the settings' agencies (aws-context.ts).
  complaints: 'dynamodb',
  audit: 'dynamodb',
  surveys: 'dynamodb',
  informationCentre: 'dynamodb',
  statsBucket: 's3',
  evidence: 's3',
  identityKey: 'kms',
  agencies: 'dynamodb',
  staffDirectory: 'cognito',
};

/** The SDK clients a function with these needs holds, in a stable order. */
export const clientsOf = (needs: FunctionNeeds): SdkClient[] =>
  (['dynamodb', 'kms', 's3', 'cognito'] as const).filter((client) =>
    (Object.keys(CLIENT_OF_NEED) as (keyof FunctionNeeds)[]).some((need) => needs[need] !== undefined && CLIENT_OF_NEED[need] === client),
  );

/** Creates one SDK client and the adapters of the declared needs that call it. */
export interface AwsWiring {
  client: SdkClient;
  /** `env` holds the checked variables of the declared needs (shared/config/need-variables.ts). */
  ports(needs: FunctionNeeds, env: Record<string, string>): Partial<AppContext>;
}
