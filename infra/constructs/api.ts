// You are here: the HTTP API, built from the route table (functions/routes.ts): one function per
// route group with exactly the grants its `needs` name, one API Gateway route per route.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CfnRoute,
  CfnStage,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routeKey, type Access, type Route, type RouteGroup } from '../../functions/route';
import { variablesOf } from '../../shared/config/need-variables';
import type { FunctionNeeds } from '../../shared/config/needs';
import type { ApiThrottle } from '../stacks/config';
import { TABLE_ACCESS_LEVELS, type Data, type TableAccess } from './data';
import { EVIDENCE_ACCESS_LEVELS, type EvidenceAccess, type EvidenceBucket } from './evidence';
import { AppFunction, LOG_RETENTION } from './function';
import type { IdentityKey } from './identity-key';
import { ORIGIN_VERIFY_VARIABLE } from './origin-verification';
import type { StatisticsBucket } from './statistics';

/**
 * One JSON line per request. Deliberately without $context.identity.sourceIp, userAgent or any other
 * $context.identity field, and without the path (routeKey names the route): nothing here can identify
 * a reporter (docs/architecture.md, security rules).
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationErrorMessage: '$context.integrationErrorMessage',
  errorMessage: '$context.error.message',
  authorizerError: '$context.authorizer.error',
} as const;

export type { FunctionNeeds } from '../../shared/config/needs';

export interface StaffAuthorization {
  /** The Cognito user pool staff sign in with; its groups carry the roles. */
  userPool: IUserPool;
  /** App clients whose tokens the API accepts. */
  userPoolClients: IUserPoolClient[];
}

export interface ApiProps {
  groups: readonly RouteGroup[];
  data: Data;
  identityKey: IdentityKey;
  /** The bucket the publication writes the public statistics into. */
  statistics: StatisticsBucket;
  /** The bucket of complaint evidence files and its key. */
  evidence: EvidenceBucket;
  /** Settings every function reads (LOCKOUT_*, DEFAULT_AGENCY, …); never a list of agencies. */
  appSettings: Record<string, string>;
  throttle: ApiThrottle;
  /**
   * Limits of single routes, by route key (`POST /api/complaints`), instead of `throttle` for them.
   * A key that is not in the route table fails the synth: API Gateway would refuse the stage.
   */
  routeThrottles?: Readonly<Record<string, ApiThrottle>>;
  /** Required as soon as the route table has a staff route: such a route is never deployed without a JWT authorizer. */
  staff?: StaffAuthorization;
  /** Reserved concurrent executions of each group's function, by group name; every group needs one. */
  reservedConcurrency: Readonly<Record<string, number>>;
  /** Encrypts the access log and the functions' log groups. */
  logKey?: IKey;
  /** The value CloudFront's origin header carries (origin-verification.ts); the functions refuse requests without it. */
  originVerifySecret?: string;
  /** @default functions/<group>/lambda.ts */
  entryOf?: (group: RouteGroup) => string;
}

const pascal = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

const routeId = (route: Route) => `Route${pascal(route.method.toLowerCase())}${pascal(route.path.replace(/[{}]/g, ''))}`;

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** The function of each route group, by group name. */
  readonly functions = new Map<string, AppFunction>();
  /** The settings every function of this app gets (LOCKOUT_*, DEFAULT_AGENCY, …); `environmentFor` adds a function's resources. */
  readonly environment: Record<string, string>;
  private staffAuthorizer?: IHttpRouteAuthorizer;

  constructor(scope: Construct, id: string, private readonly props: ApiProps) {
    super(scope, id);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Integrity platform API, reached through CloudFront at /api/*',
      // The default stage is made below, with throttling and access logs the built-in one lacks.
      createDefaultStage: false,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: LOG_RETENTION,
      ...(props.logKey ? { encryptionKey: props.logKey } : {}),
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const httpRoutes = new Map<string, HttpRoute>();

    this.environment = { ...props.appSettings };

    for (const group of props.groups) {
      const reservedConcurrentExecutions = props.reservedConcurrency[group.name];
      if (reservedConcurrentExecutions === undefined) throw new Error(`Group "${group.name}" has no reserved concurrency`);
      const fn = new AppFunction(this, pascal(group.name), {
        entry: props.entryOf?.(group) ?? `functions/${group.name}/lambda.ts`,
        description: `Integrity platform: ${group.name} routes`,
        environment: {
          ...this.environmentFor(group.needs),
          ...(props.originVerifySecret ? { [ORIGIN_VERIFY_VARIABLE]: props.originVerifySecret } : {}),
        },
        reservedConcurrentExecutions,
        ...(group.sizing ? { memorySize: group.sizing.memoryMB, timeout: Duration.seconds(group.sizing.timeoutSeconds) } : {}),
        ...(props.logKey ? { logKey: props.logKey } : {}),
        // The identity key's policy names the roles that may open identities by path and name.
        ...(group.needs.identityKey === 'decrypt' ? { roleName: props.identityKey.decryptingRoleFor(group.name, Stack.of(this).region) } : {}),
      });
      const lambdaDlqReason =
        'Invoked synchronously by API Gateway only, which returns the error to the caller: there is no asynchronous ' +
        'event that a dead-letter queue could keep. Failures show in the 5xx alarm and the function log.';
      Validations.of(fn.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: lambdaDlqReason });
      Validations.of(fn.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: lambdaDlqReason });
      this.functions.set(group.name, fn);
      this.grantNeeds(`Group "${group.name}"`, group.needs, fn.role);

      // One integration per group. Its invoke permissions are scoped per route path, so API Gateway may
      // call a function only for the routes of its own group.
      const integration = new HttpLambdaIntegration(`${pascal(group.name)}Integration`, fn.function);
      for (const route of group.routes) {
        const httpRoute = new HttpRoute(this, routeId(route), {
          httpApi: this.httpApi,
          routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
          integration,
          ...this.authorization(route.access),
        });
        if (route.access.kind === 'public') {
          Validations.of(httpRoute).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason:
              'Public by design: reporters are anonymous, so there is no identity to authorize (health and OpenAPI are ' +
              'public too). Tracking is protected by the reference + secret in the POST body with a lockout after ' +
              'repeated failures, and the stage is throttled. Staff routes get the Cognito JWT authorizer.',
          });
        }
        httpRoutes.set(routeKey(route), httpRoute);
      }
    }

    this.throttleRoutes(httpRoutes);
  }

  /**
   * HttpStage has no per-route settings, so they go on its CloudFormation resource. API Gateway
   * refuses a stage whose settings name a route that does not exist yet, so the stage waits for
   * those routes.
   */
  private throttleRoutes(httpRoutes: ReadonlyMap<string, HttpRoute>) {
    const throttles = Object.entries(this.props.routeThrottles ?? {});
    if (throttles.length === 0) return;
    const stage = this.stage.node.defaultChild as CfnStage;
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const [key, limit] of throttles) {
      const httpRoute = httpRoutes.get(key);
      if (!httpRoute) throw new Error(`A throttle names route "${key}", which is not in the route table`);
      routeSettings[key] = { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit };
      stage.addResourceDependency(httpRoute.node.defaultChild as CfnRoute);
    }
    stage.routeSettings = routeSettings;
  }

  /**
   * The settings and the variables of what `needs` name, and no others: the wiring
   * (shared/config/aws-context.ts) checks exactly these at cold start. A table or bucket name or a
   * key ARN alone grants nothing, but a function that has no name for a resource cannot reach it by mistake.
   */
  environmentFor(needs: FunctionNeeds): Record<string, string> {
    const values: Record<string, () => string> = {
      IDENTITY_KEY_ARN: () => this.props.identityKey.key.keyArn,
      STATS_BUCKET: () => this.props.statistics.bucket.bucketName,
      EVIDENCE_BUCKET: () => this.props.evidence.bucket.bucketName,
      STAFF_USER_POOL_ID: () => this.staffPool('the staffDirectory need').userPoolId,
    };
    const tables = this.props.data.environment;
    const variables = variablesOf(needs).map((name) => {
      const value = values[name]?.() ?? tables[name];
      if (value === undefined) throw new Error(`A need brings the variable ${name}, which this app has no value for`);
      return [name, value] as const;
    });
    return { ...this.environment, ...Object.fromEntries(variables) };
  }

  /**
   * Grants exactly what `needs` name; no needs, no grant at all. `identityKey`, `statsBucket` and
   * `evidence` name those resources, every other need names a table by its definition id (`complaints`
   * → Complaints). A need this code does not understand fails the synth rather than deploying without
   * its grant. Public so that the functions outside the route table (the schedules, the evidence
   * processing) are granted by the same rules.
   */
  grantNeeds(owner: string, needs: FunctionNeeds, grantee: IGrantable): void {
    for (const [need, level] of Object.entries(needs) as [string, string | undefined][]) {
      if (level === undefined) continue;
      if (need === 'identityKey') {
        if (level !== 'encrypt' && level !== 'decrypt' && level !== 'open-contact') throw new Error(`${owner}: unknown identityKey need "${level}"`);
        this.props.identityKey.grant(grantee, level);
        continue;
      }
      if (need === 'staffDirectory') {
        if (level !== 'manage' && level !== 'lookup' && level !== 'list') throw new Error(`${owner}: unknown staffDirectory need "${level}"`);
        // manage: create accounts, put them in their agency's group (made with its first account) and
        // role groups, list an agency's group and a member's groups; lookup: find one account and its
        // groups; list: list an agency's group and a member's groups. None deletes, nor changes a
        // password or an attribute.
        grantee.grantPrincipal.addToPrincipalPolicy(
          new PolicyStatement({
            actions:
              level === 'manage'
                ? ['cognito-idp:AdminCreateUser', 'cognito-idp:CreateGroup', 'cognito-idp:AdminAddUserToGroup', 'cognito-idp:ListUsersInGroup', 'cognito-idp:AdminListGroupsForUser']
                : level === 'list'
                  ? ['cognito-idp:ListUsersInGroup', 'cognito-idp:AdminListGroupsForUser']
                  : ['cognito-idp:ListUsers', 'cognito-idp:AdminListGroupsForUser'],
            resources: [this.staffPool(owner).userPoolArn],
          }),
        );
        continue;
      }
      if (need === 'statsBucket') {
        if (level !== 'read-write') throw new Error(`${owner}: unknown statsBucket need "${level}"`);
        this.props.statistics.grantReadWrite(grantee);
        continue;
      }
      if (need === 'evidence') {
        if (!(EVIDENCE_ACCESS_LEVELS as readonly string[]).includes(level)) throw new Error(`${owner}: unknown evidence need "${level}"`);
        this.props.evidence.grant(grantee, level as EvidenceAccess);
        continue;
      }
      const tableId = [...this.props.data.tables.keys()].find((id) => id.toLowerCase() === need.toLowerCase());
      if (!tableId) throw new Error(`${owner} needs "${need}", which is neither identityKey, statsBucket, evidence, staffDirectory nor a table`);
      if (!(TABLE_ACCESS_LEVELS as readonly string[]).includes(level)) {
        throw new Error(`${owner}: unknown access "${level}" to ${tableId}`);
      }
      this.props.data.grant(tableId, grantee, level as TableAccess);
    }
  }

  private staffPool(owner: string): IUserPool {
    if (!this.props.staff) throw new Error(`${owner} needs the staff directory: pass \`staff\` (a Cognito user pool and its clients) to Api.`);
    return this.props.staff.userPool;
  }

  private authorization(access: Access): { authorizer?: IHttpRouteAuthorizer } {
    if (access.kind === 'public') return {};
    if (!this.props.staff) {
      throw new Error('The route table has staff routes: pass `staff` (a Cognito user pool and its clients) to Api.');
    }
    this.staffAuthorizer ??= new HttpUserPoolAuthorizer('StaffAuthorizer', this.props.staff.userPool, {
      userPoolClients: this.props.staff.userPoolClients,
    });
    // API Gateway checks the token; the handler checks the role group (cognito:groups), which a JWT
    // authorizer cannot express.
    return { authorizer: this.staffAuthorizer };
  }
}
