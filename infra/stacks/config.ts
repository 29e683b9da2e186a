// You are here: what one deployment is, read from CDK context (`cdk synth -c stage=prod …`). Which agencies it serves is
// not among it: they are data in the registry table, and join through POST /api/agencies.
// Every value is checked at synth time, so a typo fails `cdk synth` instead of the first request.
import { createHash } from 'node:crypto';
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
  /**
   * Application settings handed to every function as environment variables. Only the ones given in
   * context are set: the defaults live once, in shared/config/app-config.ts, not here as well.
   */
  appSettings: Record<string, string>;
  apiThrottle: ApiThrottle;
  /**
   * Tighter limits for single routes, by route key (`POST /api/complaints`). Each is capped at the
   * stage limits, so lowering `apiRateLimit`/`apiBurstLimit` lowers these as well.
   */
  routeThrottles: Readonly<Record<string, ApiThrottle>>;
  /** The prefix of the staff sign-in domain, `<prefix>.auth.<region>.amazoncognito.com`. */
  authDomainPrefix: string;
  /** A CLOUDFRONT-scope WAF web ACL (created in us-east-1) to attach to the distribution, if any. */
  webAclArn?: string;
  /** An address the alarm topic mails (after its recipient confirms the subscription), if any. */
  alarmEmail?: string;
  /**
   * The site's own domain and its ACM certificate (in us-east-1, as CloudFront requires), if any; with
   * one, CloudFront serves that name and refuses viewers below TLS 1.2 (TLSv1.2_2021).
   */
  customDomain?: { domainName: string; certificateArn: string };
  /**
   * Origins whose pages may send uploads to, and fetch downloads from, the evidence bucket (its CORS
   * rule); `['*']` unless context `evidenceCorsOrigins` names them (see EVIDENCE_CORS_ORIGINS).
   */
  evidenceCorsOrigins: string[];
  /**
   * Reserved concurrent executions per function, by route group name and the names of the functions
   * outside the route table (`scheduled-publication`, `evidence-processing`, `scheduled-retention`).
   * Each caps what one function can draw from the account and, through it, from DynamoDB and KMS
   * quotas; together they are taken out of the account's unreserved pool.
   */
  reservedConcurrency: Readonly<Record<string, number>>;
  /**
   * Where notifications are mailed from: a domain verified as an SES identity (context `mailDomain`),
   * an address at it (context `mailFrom`, default `no-reply@<domain>`), and the region SES sends from
   * (context `mailRegion`, required: SES is not offered in ap-southeast-7, and which country staff
   * addresses pass through is a decision, not a default). Without it no notifier is deployed and
   * nothing is mailed.
   */
  mail?: { domain: string; from: string; region: string };
}

// A placeholder that lets `cdk synth` run offline without credentials; a deploy with it fails at once.
export const OFFLINE_ACCOUNT = '111111111111';
// Asia Pacific (Thailand): the data of Bangkok's reporters stays in Thailand. CDK_DEFAULT_REGION is not
// consulted, because the CLI falls back to us-east-1 when no region is configured, which would move
// the data abroad without anyone deciding so; another region is chosen explicitly with `-c region=…`.
export const DEFAULT_REGION = 'ap-southeast-7';

/** Complaint traffic for one department is a few requests a minute; this leaves wide headroom. */
const DEFAULT_THROTTLE: ApiThrottle = { rateLimit: 25, burstLimit: 50 };

/**
 * Every public route that writes something or checks a tracking secret, limited per route below the
 * stage limit (test/infra/app.test.ts derives the list from the route table and fails on a gap).
 * API Gateway counts requests per route for all callers together, not per caller, so these limits
 * need no IP address, the one thing this service must never keep (docs/architecture.md, security rules). What they bound:
 * - survey responses (5/s): ballot stuffing of public surveys, which take no token; a department's
 *   surveys see a few responses a minute;
 * - suggestions (5/s): junk flooding the information centre's inbox, which people answer by hand;
 * - filing a complaint (10/s): junk complaints flooding the officers' queue, and KMS calls paid per
 *   identity sealed;
 * - tracking, replying and asking for an upload slot (10/s each), answering the channel survey (2/s):
 *   guessing reference + secret pairs. The four routes take the same credentials, so all are limited,
 *   or guessing would move to an unlimited one. At the limits, 32 guesses a second for a century are about 10^11 guesses; against
 *   one 120-bit secret that is a chance of 10^-25 (README, "Tracking credentials").
 * - stopping a reporter's news (5/s): a stop token has 256 bits, so this bounds only the load; a
 *   reporter clicks once.
 * A flood still makes the flooded route answer 429 to everyone for a while: the price of not telling
 * callers apart. The rest of the API keeps the stage limit, so staff work goes on.
 */
export const DEFAULT_ROUTE_THROTTLES: Readonly<Record<string, ApiThrottle>> = {
  'POST /api/surveys/{surveyId}/responses': { rateLimit: 5, burstLimit: 10 },
  'POST /api/suggestions': { rateLimit: 5, burstLimit: 10 },
  'POST /api/complaints': { rateLimit: 10, burstLimit: 20 },
  'POST /api/tracking': { rateLimit: 10, burstLimit: 20 },
  'POST /api/tracking/messages': { rateLimit: 10, burstLimit: 20 },
  'POST /api/tracking/files': { rateLimit: 10, burstLimit: 20 },
  'POST /api/notifications/stop': { rateLimit: 5, burstLimit: 10 },
  // Takes the same credentials; a concluded case answers once, so a low limit costs reporters nothing.
  'POST /api/tracking/survey': { rateLimit: 2, burstLimit: 5 },
};

/**
 * Reserved concurrency per function. A function behind the HTTP API seldom runs more than a few at
 * once (tens of milliseconds per request, a few requests a minute); these caps bound what a flood or a
 * slow dependency can pile up. The intake routes, which reporters depend on, get the most; staff
 * routes serve a handful of people; publication runs one agency after another and must never crowd
 * out the rest. Override with `-c reservedConcurrency=complaints=30,tracking=30` or an object in cdk.json.
 */
export const DEFAULT_RESERVED_CONCURRENCY: Readonly<Record<string, number>> = {
  complaints: 50,
  tracking: 50,
  surveys: 20,
  'information-centre': 20,
  meta: 10,
  cases: 10,
  identity: 10,
  reports: 10,
  // Every visitor of / searches the registry, answered from each function's cache.
  agencies: 20,
  // Custodians' exports: a handful of people, each export a few seconds.
  custody: 5,
  publications: 2,
  'scheduled-publication': 2,
  // A quarter's burst of thousands of one-agency jobs, at most this many at once: the rest wait in
  // the queue, and the API's functions keep their own reservations.
  'publication-worker': 10,
  // A few uploads a day; the cap also bounds what a burst of uploads holds at 1 GB each.
  'evidence-processing': 5,
  // One run a night; a second one at once would only race the first over the same cases.
  'scheduled-retention': 1,
  // One stream shard seldom needs more than one at a time; two leave room for a split shard.
  'audit-archiving': 2,
  // The complaints stream's shards, one batch each at a time; a few case events a minute.
  notifier: 2,
  // One digest run a morning; a second at once would only find the first's claims.
  reminders: 1,
  // A bounce or complaint now and then; one at a time is plenty.
  'mail-events': 1,
};

/**
 * Any origin, by default. A browser reaches the evidence bucket only with a presigned request, whose
 * policy or signature, made by the API for one key, is the whole authorisation: CORS only decides
 * which pages may read S3's answer, and withholds nothing from a script outside a browser. The site's
 * CloudFront domain is not known to the stateful stack that holds the bucket (naming it there would be
 * a reference cycle between the stacks), and an origin list pinned by hand would break uploads the day
 * the site gets its own domain. Name the origins with `-c evidenceCorsOrigins=https://…,https://…` to
 * narrow it anyway.
 */
export const EVIDENCE_CORS_ORIGINS: readonly string[] = ['*'];

/**
 * Lambda's default concurrency quota per account and region. Override with `-c accountConcurrency=…`
 * where the account has another quota (new accounts may start far lower).
 */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000;
/** Lambda refuses a reservation that would leave fewer than this many unreserved executions. */
export const UNRESERVED_MINIMUM = 100;

/**
 * Cognito prefix domains are one namespace per region for every AWS account, so `integrity-dev` would
 * be taken by the first account to deploy it. A short hash of account and region makes the default
 * this deployment's own, and stays the same from one deploy to the next.
 */
export function defaultAuthDomainPrefix(stage: string, account: string, region: string): string {
  const hash = createHash('sha256').update(`${account}:${region}`).digest('hex').slice(0, 8);
  return `integrity-${stage}-${hash}`;
}

/** Cognito's rules for a prefix: lower-case letters, digits and inner dashes, no AWS brand names. */
function checkAuthDomainPrefix(prefix: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(
      `Context "authDomainPrefix" must be lower-case letters, digits and inner dashes (max 63), without "aws", "amazon" or "cognito", got "${prefix}"`,
    );
  }
  return prefix;
}

/** Context key → environment variable, for the settings app-config.ts reads. */
const APP_SETTING_KEYS = {
  defaultAgency: 'DEFAULT_AGENCY',
  lockoutMaxFailures: 'LOCKOUT_MAX_FAILURES',
  lockoutWindowSeconds: 'LOCKOUT_WINDOW_SECONDS',
  idempotencyWindowSeconds: 'IDEMPOTENCY_WINDOW_SECONDS',
  surveyMinResponses: 'SURVEY_MIN_RESPONSES',
} as const;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function positiveInteger(name: string, value: unknown, fallback: number): number {
  const raw = text(value);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`Context "${name}" must be a positive integer, got "${raw}"`);
  return parsed;
}

/** `{ complaints: 30 }` from cdk.json, or `complaints=30,tracking=30` from `-c`. */
function reservedConcurrencyOf(raw: unknown, accountConcurrency: number): Record<string, number> {
  const entries: [string, unknown][] =
    raw !== null && typeof raw === 'object'
      ? Object.entries(raw)
      : (text(raw) ?? '')
          .split(',')
          .map((pair) => pair.trim())
          .filter(Boolean)
          .map((pair) => {
            const [name, value, ...rest] = pair.split('=').map((part) => part.trim());
            if (!name || value === undefined || rest.length > 0) {
              throw new Error(`Context "reservedConcurrency" must be name=count pairs separated by commas, got "${pair}"`);
            }
            return [name, value];
          });
  const reserved: Record<string, number> = { ...DEFAULT_RESERVED_CONCURRENCY };
  for (const [name, value] of entries) {
    // Zero would stop the function altogether, and a missing count is a typo, not a wish for the default.
    if (text(value) === undefined) throw new Error(`Context "reservedConcurrency.${name}" must be a positive integer, got nothing`);
    reserved[name] = positiveInteger(`reservedConcurrency.${name}`, value, 0);
  }
  const total = Object.values(reserved).reduce((sum, count) => sum + count, 0);
  if (total > accountConcurrency - UNRESERVED_MINIMUM) {
    throw new Error(
      `Reserved concurrency totals ${total}, but an account with ${accountConcurrency} concurrent executions can reserve at most ` +
        `${accountConcurrency - UNRESERVED_MINIMUM} (Lambda keeps ${UNRESERVED_MINIMUM} unreserved): lower "reservedConcurrency" or set "accountConcurrency"`,
    );
  }
  return reserved;
}

/** `https://host[:port]`, nothing after: what a browser sends as Origin. Or '*'. */
function corsOriginsOf(raw: unknown): string[] {
  const origins = (Array.isArray(raw) ? raw.map(String) : (text(raw)?.split(',') ?? [...EVIDENCE_CORS_ORIGINS])).map((origin) => origin.trim());
  for (const origin of origins) {
    if (origin !== '*' && !/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/.test(origin)) {
      throw new Error(`Context "evidenceCorsOrigins" must be "*" or origins like https://integrity.example.go.th, comma-separated, got "${origin}"`);
    }
  }
  return origins;
}

/** Reads the deployment from context; `env` supplies CDK_DEFAULT_ACCOUNT when the CLI has credentials. */
export function deploymentConfig(node: Node, env: NodeJS.ProcessEnv = process.env): DeploymentConfig {
  const context = (key: string): unknown => node.tryGetContext(key);

  const stage = text(context('stage')) ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) {
    throw new Error(`Context "stage" must be lower-case letters, digits and dashes (max 16), got "${stage}"`);
  }

  if (context('agencies') !== undefined) {
    throw new Error('Context "agencies" is gone: agencies live in the registry table and join through POST /api/agencies; -c defaultAgency=<id> names the one a request without an agency is filed into');
  }
  const appSettings: Record<string, string> = {};
  for (const [key, variable] of Object.entries(APP_SETTING_KEYS)) {
    const value = text(context(key));
    if (value !== undefined) appSettings[variable] = value;
  }
  // The functions parse these with the same schema at cold start; parsing here moves the failure to synth.
  appConfigFromEnv(appSettings);

  const webAclArn = text(context('webAclArn'));
  const alarmEmail = text(context('alarmEmail'))?.trim();
  // SNS accepts any string here and only fails to deliver: check the shape at synth instead.
  if (alarmEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail)) {
    throw new Error(`Context "alarmEmail" must be one e-mail address, got "${alarmEmail}"`);
  }
  const customDomain = customDomainOf(text(context('domainName'))?.trim(), text(context('certificateArn'))?.trim());
  const account = text(context('account')) ?? env.CDK_DEFAULT_ACCOUNT ?? OFFLINE_ACCOUNT;
  const region = text(context('region')) ?? DEFAULT_REGION;
  const apiThrottle: ApiThrottle = {
    rateLimit: positiveInteger('apiRateLimit', context('apiRateLimit'), DEFAULT_THROTTLE.rateLimit),
    burstLimit: positiveInteger('apiBurstLimit', context('apiBurstLimit'), DEFAULT_THROTTLE.burstLimit),
  };
  const routeThrottles = Object.fromEntries(
    Object.entries(DEFAULT_ROUTE_THROTTLES).map(([key, limit]) => [
      key,
      { rateLimit: Math.min(limit.rateLimit, apiThrottle.rateLimit), burstLimit: Math.min(limit.burstLimit, apiThrottle.burstLimit) },
    ]),
  );
  const accountConcurrency = positiveInteger('accountConcurrency', context('accountConcurrency'), DEFAULT_ACCOUNT_CONCURRENCY);
  const reservedConcurrency = reservedConcurrencyOf(context('reservedConcurrency'), accountConcurrency);
  const mail = mailOf(text(context('mailDomain'))?.trim(), text(context('mailFrom'))?.trim(), text(context('mailRegion'))?.trim());
  return {
    stage,
    account,
    region,
    appSettings,
    apiThrottle,
    routeThrottles,
    reservedConcurrency,
    evidenceCorsOrigins: corsOriginsOf(context('evidenceCorsOrigins')),
    authDomainPrefix: checkAuthDomainPrefix(text(context('authDomainPrefix')) ?? defaultAuthDomainPrefix(stage, account, region)),
    ...(webAclArn ? { webAclArn } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(customDomain ? { customDomain } : {}),
    ...(mail ? { mail } : {}),
  };
}

/** The sending domain, and an address at it; an address without the domain is a mistake, not a default. */
function mailOf(domain: string | undefined, from: string | undefined, region: string | undefined): DeploymentConfig['mail'] {
  if (domain === undefined) {
    if (from !== undefined || region !== undefined) throw new Error('Context "mailFrom" and "mailRegion" need "mailDomain": the domain verified in SES');
    return undefined;
  }
  if (region === undefined || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new Error(`Context "mailDomain" needs "mailRegion", a region where SES is offered (ap-southeast-7 has none; e.g. ap-southeast-1), got "${region ?? ''}"`);
  }
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) {
    throw new Error(`Context "mailDomain" must be a lower-case domain like integrity.example.go.th, got "${domain}"`);
  }
  const address = from ?? `no-reply@${domain}`;
  if (!/^[a-z0-9._+-]+@/i.test(address) || !address.toLowerCase().endsWith(`@${domain}`)) {
    throw new Error(`Context "mailFrom" must be one address at "${domain}" (the verified identity), got "${address}"`);
  }
  return { domain, from: address, region };
}

/** Both or neither; a certificate CloudFront can use (us-east-1) for a name it covers is checked by CloudFront at deploy. */
function customDomainOf(domainName: string | undefined, certificateArn: string | undefined): DeploymentConfig['customDomain'] {
  if (domainName === undefined && certificateArn === undefined) return undefined;
  if (domainName === undefined || certificateArn === undefined) {
    throw new Error('Context "domainName" and "certificateArn" go together: CloudFront serves a domain of its own only with its certificate');
  }
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domainName)) {
    throw new Error(`Context "domainName" must be a lower-case host name like integrity.example.go.th, got "${domainName}"`);
  }
  if (!/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/.test(certificateArn)) {
    throw new Error(`Context "certificateArn" must be an ACM certificate in us-east-1 (CloudFront uses no other region), got "${certificateArn}"`);
  }
  return { domainName, certificateArn };
}
