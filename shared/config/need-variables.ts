// You are here: the environment variable each need brings. CDK sets exactly these on a function
// (infra/constructs/api.ts) and the AWS wiring checks exactly these at cold start (aws-context.ts).
import * as z from 'zod/mini';
import type { FunctionNeeds } from './needs';

const name = z.string().check(z.minLength(1));

/** The variable each need brings (infra/constructs/api.ts sets exactly these). */
export const NEED_VARIABLES = {
  // The registry's table brings its variable with the registry's DynamoDB adapter; until then the
  // functions read the deployment's agencies from the settings (shared/config/aws-context.ts).
  complaints: { COMPLAINTS_TABLE: name },
  audit: { AUDIT_TABLE: name },
  surveys: { SURVEYS_TABLE: name },
  informationCentre: { INFORMATION_CENTRE_TABLE: name },
  statsBucket: { STATS_BUCKET: name },
  identityKey: { IDENTITY_KEY_ARN: z.string().check(z.startsWith('arn:')) },
  evidence: { EVIDENCE_BUCKET: name },
  agencies: { AGENCIES_TABLE: name },
  staffDirectory: { STAFF_USER_POOL_ID: name },
} as const satisfies Record<keyof FunctionNeeds, Record<string, z.ZodMiniType>>;

/** The names of the variables `needs` require, in the order NEED_VARIABLES lists them. */
export const variablesOf = (needs: FunctionNeeds): string[] =>
  (Object.keys(NEED_VARIABLES) as (keyof FunctionNeeds)[]).filter((need) => needs[need] !== undefined).flatMap((need) => Object.keys(NEED_VARIABLES[need]));
