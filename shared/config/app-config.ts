// You are here: the settings every use case reads, parsed once from the environment with zod so a
// wrong value fails the first invoke instead of misbehaving later.
import * as z from 'zod/mini';
import './zod-locale';
import { ValidationError } from '../domain/errors';
import type { LockoutPolicy } from '../domain/ports';
import { AGENCY_CATALOGUE, type Agency } from './agencies';

export interface AppConfig {
  agencies: readonly Agency[];
  defaultAgency: Agency;
  lockout: LockoutPolicy;
  /** How long a repeated Idempotency-Key may re-issue the receipt of the complaint it created. */
  idempotencyWindowSeconds: number;
  /** Published breakdown cells from 1 to this minus one appear as "<threshold". */
  suppressionThreshold: number;
  /** A survey's results for a quarter are withheld until it holds at least this many responses. */
  surveyMinimumResponses: number;
}

const agencyIds = z.pipe(
  z.pipe(
    z._default(z.string(), 'bma-health'),
    z.transform((value: string) => value.split(',').map((id) => id.trim()).filter(Boolean)),
  ),
  z.array(z.enum(AGENCY_CATALOGUE.map((agency) => agency.id) as [string, ...string[]])).check(z.minLength(1, 'name at least one agency')),
);

const appEnv = z.object({
  AGENCIES: agencyIds,
  LOCKOUT_MAX_FAILURES: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 5),
  LOCKOUT_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 15 * 60),
  TRACKING_FAILURE_FLOOR_MS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(5_000)), 100),
  IDEMPOTENCY_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 24 * 60 * 60),
  STATS_SUPPRESSION_THRESHOLD: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(100)), 5),
  SURVEY_MIN_RESPONSES: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(100)), 5),
});

export function appConfigFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = parseEnv(appEnv, env);
  const agencies = parsed.AGENCIES.map((id) => AGENCY_CATALOGUE.find((agency) => agency.id === id)!);
  return {
    agencies,
    defaultAgency: agencies[0]!,
    lockout: {
      maxFailures: parsed.LOCKOUT_MAX_FAILURES,
      windowSeconds: parsed.LOCKOUT_WINDOW_SECONDS,
      failureFloorMs: parsed.TRACKING_FAILURE_FLOOR_MS,
    },
    idempotencyWindowSeconds: parsed.IDEMPOTENCY_WINDOW_SECONDS,
    suppressionThreshold: parsed.STATS_SUPPRESSION_THRESHOLD,
    surveyMinimumResponses: parsed.SURVEY_MIN_RESPONSES,
  };
}

/** Parses environment variables, naming every missing or wrong one in a single error. */
export function parseEnv<S extends z.core.$ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = z.safeParse(schema, env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The agency a request names, or the deployment's default; refuses one this deployment does not serve. */
export function requestedAgency(config: AppConfig, id?: string): Agency {
  const agency = config.agencies.find((candidate) => candidate.id === (id ?? config.defaultAgency.id));
  if (!agency) throw new ValidationError('This deployment does not serve that agency', { agency: 'unknown agency' });
  return agency;
}

/** The settings of an agency a stored record or a staff token names (the default if it is no longer served). */
export const agencySettings = (config: AppConfig, id: string): Agency =>
  config.agencies.find((candidate) => candidate.id === id) ?? config.defaultAgency;
