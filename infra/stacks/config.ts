// You are here: what one deployment is, read from CDK context (`cdk synth -c stage=prod -c agencies=…`).
// Every value is checked at synth time, so a typo fails `cdk synth` instead of the first request.
import type { Node } from 'constructs';
import { appConfigFromEnv } from '../../shared/config/app-config';

export interface ApiThrottle {
  /** Steady-state requests per second across the whole API. */
  rateLimit: number;
  /** Requests allowed in a short burst above the rate. */
  burstLimit: number;
}

export interface DeploymentConfig {
  /** Names the stacks and resources of one environment, e.g. `dev`, `prod`. */
  stage: string;
  account: string;
  region: string;
  /** Agency ids this deployment serves; the first is the default agency. */
  agencies: string[];
  /**
   * Application settings handed to every function as environment variables. Only the ones given in
   * context are set: the defaults live once, in shared/config/app-config.ts, not here as well.
   */
  appSettings: Record<string, string>;
  apiThrottle: ApiThrottle;
  /** A CLOUDFRONT-scope WAF web ACL (created in us-east-1) to attach to the distribution, if any. */
  webAclArn?: string;
}

// A placeholder that lets `cdk synth` run offline without credentials; a deploy with it fails at once.
export const OFFLINE_ACCOUNT = '111111111111';
// Asia Pacific (Thailand): the data of Bangkok's reporters stays in Thailand. CDK_DEFAULT_REGION is not
// consulted, because the CLI falls back to us-east-1 when no region is configured, which would move
// the data abroad without anyone deciding so; another region is chosen explicitly with `-c region=…`.
export const DEFAULT_REGION = 'ap-southeast-7';

/** Complaint traffic for one department is a few requests a minute; this leaves wide headroom. */
const DEFAULT_THROTTLE: ApiThrottle = { rateLimit: 25, burstLimit: 50 };

/** Context key → environment variable, for the settings app-config.ts reads. */
const APP_SETTING_KEYS = {
  lockoutMaxFailures: 'LOCKOUT_MAX_FAILURES',
  lockoutWindowSeconds: 'LOCKOUT_WINDOW_SECONDS',
  lockoutSeconds: 'LOCKOUT_SECONDS',
  idempotencyWindowSeconds: 'IDEMPOTENCY_WINDOW_SECONDS',
} as const;

const text = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

function positiveInteger(name: string, value: unknown, fallback: number): number {
  const raw = text(value);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`Context "${name}" must be a positive integer, got "${raw}"`);
  return parsed;
}

/** Reads the deployment from context; `env` supplies CDK_DEFAULT_ACCOUNT when the CLI has credentials. */
export function deploymentConfig(node: Node, env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  const context = (key: string): unknown => node.tryGetContext(key);

  const stage = text(context('stage')) ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) {
    throw new Error(`Context "stage" must be lower-case letters, digits and dashes (max 16), got "${stage}"`);
  }

  // `-c agencies=a,b` arrives as a string, cdk.json may hold an array.
  const rawAgencies = context('agencies');
  const agencies = (Array.isArray(rawAgencies) ? rawAgencies.map(String) : (text(rawAgencies) ?? 'bma-health').split(','))
    .map((id) => id.trim())
    .filter(Boolean);

  const appSettings: Record<string, string> = { AGENCIES: agencies.join(',') };
  for (const [key, variable] of Object.entries(APP_SETTING_KEYS)) {
    const value = text(context(key));
    if (value !== undefined) appSettings[variable] = value;
  }
  // The functions parse these with the same schema at cold start; parsing here moves the failure to synth.
  appConfigFromEnv(appSettings);

  const webAclArn = text(context('webAclArn'));
  return {
    stage,
    account: text(context('account')) ?? env.CDK_DEFAULT_ACCOUNT ?? OFFLINE_ACCOUNT,
    region: text(context('region')) ?? DEFAULT_REGION,
    agencies,
    appSettings,
    apiThrottle: {
      rateLimit: positiveInteger('apiRateLimit', context('apiRateLimit'), DEFAULT_THROTTLE.rateLimit),
      burstLimit: positiveInteger('apiBurstLimit', context('apiBurstLimit'), DEFAULT_THROTTLE.burstLimit),
    },
    ...(webAclArn ? { webAclArn } : {}),
  };
}
