// You are here: the settings every use case reads, parsed once from the environment with zod so a
// wrong value fails the first invoke instead of misbehaving later.
import * as z from 'zod/mini';
import './zod-locale';
import { AGENCY_ID } from '../domain/agencies';
import type { LockoutPolicy } from '../domain/ports';

export interface AppConfig {
  /**
   * The agency a request that names none is filed into (the pages that predate per-agency addresses
   * send no agency). One id, never a list: which agencies exist is the registry's business.
   */
  defaultAgency: string;
  lockout: LockoutPolicy;
  /** How long a repeated Idempotency-Key may re-issue the receipt of the complaint it created. */
  idempotencyWindowSeconds: number;
  /** Published breakdown cells from 1 to this minus one appear as "<threshold". */
  suppressionThreshold: number;
  /** A survey's results for a quarter are withheld until it holds at least this many responses. */
  surveyMinimumResponses: number;
}

const appEnv = z.object({
  DEFAULT_AGENCY: z._default(z.string().check(z.regex(AGENCY_ID, 'must be an agency id such as bma-health')), 'bma-health'),
  LOCKOUT_MAX_FAILURES: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 5),
  LOCKOUT_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 15 * 60),
  TRACKING_FAILURE_FLOOR_MS: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(5_000)), 100),
  IDEMPOTENCY_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 24 * 60 * 60),
  STATS_SUPPRESSION_THRESHOLD: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(100)), 5),
  SURVEY_MIN_RESPONSES: z._default(z.coerce.number().check(z.int(), z.minimum(2), z.maximum(100)), 5),
});

export function appConfigFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = parseEnv(appEnv, env);
  return {
    defaultAgency: parsed.DEFAULT_AGENCY,
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
