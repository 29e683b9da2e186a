// You are here: everything that is rebuilt from the repository on each deploy: the route groups'
// functions, the HTTP API, the site with its CloudFront distribution, the staff pages' app client, the
// quarterly publication schedule and the alarms. It only composes constructs and receives the stateful
// resources it may use from the stateful stack.
import { CfnOutput, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { RouteGroup } from '../../functions/route';
import { Alarms } from '../constructs/alarms';
import { Api } from '../constructs/api';
import type { Data } from '../constructs/data';
import type { AppFunction } from '../constructs/function';
import type { IdentityKey } from '../constructs/identity-key';
import { PublicationSchedule } from '../constructs/publication-schedule';
import { Site } from '../constructs/site';
import { StaffSignIn } from '../constructs/staff-sign-in';
import type { StatisticsBucket } from '../constructs/statistics';
import type { DeploymentConfig } from './config';

/** The staff directory of the stateful stack, as far as this stack uses it. */
export interface StaffPool {
  userPool: IUserPool;
  /** Origin of the pool's hosted UI, where the pages send staff to sign in. */
  hostedUiUrl: string;
}

export interface StatelessStackProps extends StackProps {
  config: DeploymentConfig;
  routeGroups: readonly RouteGroup[];
  data: Data;
  identityKey: IdentityKey;
  statistics: StatisticsBucket;
  /** Where the alarms go (the stateful stack's alarm topic). */
  alarmTopic: ITopic;
  /** Encrypts every log group of this stack (the stateful stack's log key). */
  logKey?: IKey;
  staff?: StaffPool;
}

/** The route group the quarterly schedule stands in for: same needs, same use case. */
export const PUBLICATIONS_GROUP = 'publications';
/** The scheduled publication's name among the functions (alarms, tests). */
export const SCHEDULED_PUBLICATION = 'scheduled-publication';

export class StatelessStack extends Stack {
  readonly api: Api;
  readonly site: Site;
  readonly staffSignIn?: StaffSignIn;
  readonly publication: PublicationSchedule;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;
    const reserved = reservedConcurrencyFor(props.routeGroups, config.reservedConcurrency);

    // The app client is here, not in the stateful stack beside its pool: its callback and sign-out
    // URLs name this stack's distribution, and the stateful stack cannot take a value from this one
    // while this one takes the pool from it (a reference cycle). Here the client, the authorizer that
    // accepts its tokens and the /config.json that names it change together in one deploy. A client
    // holds no data: replacing it only means staff sign in again.
    const signIn = props.staff
      ? new StaffSignIn(this, 'StaffSignIn', {
          userPool: props.staff.userPool,
          hostedUiUrl: props.staff.hostedUiUrl,
          // The distribution comes after the API (it forwards /api/* there), and the API's authorizer
          // needs this client first; the distribution's name is filled in once the site exists.
          siteDomainName: Lazy.string({ produce: () => this.site.distribution.distributionDomainName }),
        })
      : undefined;
    if (signIn) this.staffSignIn = signIn;

    this.api = new Api(this, 'Api', {
      groups: props.routeGroups,
      data: props.data,
      identityKey: props.identityKey,
      statistics: props.statistics,
      agencies: config.agencies,
      appSettings: config.appSettings,
      throttle: config.apiThrottle,
      routeThrottles: config.routeThrottles,
      reservedConcurrency: reserved,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(props.staff && signIn ? { staff: { userPool: props.staff.userPool, userPoolClients: [signIn.client] } } : {}),
    });

    // The site bucket lives here, not in the stateful stack: its content is rebuilt from web/ on every
    // deploy, and its bucket policy must name this stack's distribution (OAC), which across stacks
    // would be a reference cycle.
    const publications = props.routeGroups.find((group) => group.name === PUBLICATIONS_GROUP);
    if (!publications) throw new Error(`The quarterly schedule publishes as the "${PUBLICATIONS_GROUP}" group, which the route table lacks`);
    this.publication = new PublicationSchedule(this, 'Publication', {
      environment: this.api.environment,
      needs: publications.needs,
      grants: this.api,
      reservedConcurrency: reserved[SCHEDULED_PUBLICATION]!,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });

    this.site = new Site(this, 'Site', {
      api: this.api.httpApi,
      statsBucket: props.statistics.bucket,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(config.webAclArn ? { webAclArn: config.webAclArn } : {}),
      ...(signIn
        ? {
            // The pages redeem the sign-in code at the hosted UI's token endpoint, from the browser.
            connectSources: [signIn.pageConfig.domain],
            pageConfig: { staffSignIn: signIn.pageConfig },
          }
        : { pageConfig: {} }),
    });

    this.alarms = new Alarms(this, 'Alarms', {
      stage: config.stage,
      topic: props.alarmTopic,
      api: this.api.httpApi,
      functions: new Map<string, AppFunction>([...this.api.functions, [SCHEDULED_PUBLICATION, this.publication.function]]),
      publication: this.publication,
    });

    new CfnOutput(this, 'SiteUrl', {
      value: `https://${this.site.distribution.distributionDomainName}`,
      description: 'The public pages and, under /api/*, the API (CloudFront)',
    });
    new CfnOutput(this, 'ApiUrl', {
      value: this.api.stage.url,
      description: 'The HTTP API stage itself; browsers use the CloudFront URL',
    });
    if (signIn) {
      new CfnOutput(this, 'StaffClientId', {
        value: signIn.client.userPoolClientId,
        description: 'App client of the staff pages (hosted UI, code flow with PKCE)',
      });
    }
  }
}

/**
 * The reserved concurrency of every function, checked against the functions there are: one without a
 * value would run unbounded, and a value for a name that is no function is a typo that reserves nothing.
 */
function reservedConcurrencyFor(groups: readonly RouteGroup[], configured: Readonly<Record<string, number>>): Record<string, number> {
  const names = [...groups.map((group) => group.name), SCHEDULED_PUBLICATION];
  const missing = names.filter((name) => configured[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`No reserved concurrency for ${missing.map((name) => `"${name}"`).join(', ')}: add it to DEFAULT_RESERVED_CONCURRENCY (infra/stacks/config.ts)`);
  }
  const unknown = Object.keys(configured).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Reserved concurrency names ${unknown.map((name) => `"${name}"`).join(', ')}, which is neither a route group nor "${SCHEDULED_PUBLICATION}"`);
  }
  return Object.fromEntries(names.map((name) => [name, configured[name]!]));
}
