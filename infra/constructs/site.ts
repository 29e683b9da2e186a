// You are here: what a browser reaches. CloudFront serves the pages from a private S3 bucket, the
// published statistics under /stats/* from theirs, and forwards /api/* to the HTTP API, all with the
// same security headers the local server sends; /config.json tells the pages what this deployment has
// (how staff sign in). A viewer-request function serves every agency's /a/{agency}/… address from the
// one generic set of channel pages (shared/rules/agency-path.ts), so an agency joins without a deploy.
import { join } from 'node:path';
import { AssetHashType, DefaultStackSynthesizer, DockerImage, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  SecurityPolicyProtocol,
  Signing,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { AGENCY_PATH, GENERIC_PAGES_DIR, LANGUAGE_HOME_PATH } from '../../shared/rules/agency-path';
import { buildWebSync } from '../../web/build';
import { PAGE_SECURITY_HEADERS, contentSecurityPolicy } from '../../web/security-headers';
import { PRIVATE_BUCKET_DEFAULTS, acknowledgeBucketFindings } from './buckets';
import { LOG_RETENTION, REPO_ROOT } from './function';
import { STATS_PREFIX } from './statistics';

export interface SiteProps {
  api: HttpApi;
  /** The statistics bucket (stateful stack), served at /stats/*; its bucket policy admits CloudFront. */
  statsBucket: IBucket;
  /** Encrypts the log group of the deployment function. */
  logKey?: IKey;
  /** A CLOUDFRONT-scope WAF web ACL to attach; without one the CFR2 finding is acknowledged below. */
  webAclArn?: string;
  /**
   * Origins other than the site's own that the pages call with fetch (CSP connect-src), such as the
   * hosted UI's token endpoint. CDK tokens are fine: the policy is then joined at deploy time.
   */
  connectSources?: string[];
  /** The pages' settings, served as /config.json; values may be tokens, resolved at deploy time. */
  pageConfig?: Record<string, unknown>;
  /** A header CloudFront adds to every request it forwards to the API (origin-verification.ts). */
  originHeader?: { name: string; value: string };
  /** The site's own domain and its ACM certificate (us-east-1); without it, the *.cloudfront.net name. */
  customDomain?: { domainName: string; certificateArn: string };
  /** The agency the pages name (the deployment's default agency); the agency catalogue's first without it. */
  agency?: string;
}

/** The pages' settings file at the site root; locally, infra/local/server.ts answers the same path. */
export const PAGE_CONFIG_KEY = 'config.json';

/** Where the published statistics appear; CloudFront passes the path on, so /stats/x is the key stats/x. */
export const STATS_PATH_PATTERN = `/${STATS_PREFIX}*`;

/**
 * How long CloudFront keeps a published file: the publication sets the same max-age, so a re-published
 * quarter reaches every reader within five minutes without an invalidation (and without giving the
 * publication functions any CloudFront permission).
 */
export const STATS_CACHE_TTL = Duration.minutes(5);

/**
 * The viewer-request function of the pages' behaviour: shared/rules/agency-path.ts's resolveAgencyPath
 * in CloudFront's JavaScript runtime, written from the same pattern and folder (the infra test runs it
 * against the rule). /a/{id}/{page} is served from the generic page, /a/{id} is sent to /a/{id}/, a
 * translated language's pages from its folder (/a/{id}/en/…, and /en/ for the finder), and every other
 * address passes untouched.
 */
export function agencyPagesFunctionCode(): string {
  return `var AGENCY_PATH = ${AGENCY_PATH.toString()};
var LANGUAGE_HOME_PATH = ${LANGUAGE_HOME_PATH.toString()};
function handler(event) {
  var request = event.request;
  var home = LANGUAGE_HOME_PATH.exec(request.uri);
  if (home) {
    if (!home[2]) return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/' + home[1] + '/' } } };
    request.uri = '/' + home[1] + '/index.html';
    return request;
  }
  var match = AGENCY_PATH.exec(request.uri);
  if (!match) return request;
  var language = match[2] || '';
  var page = match[3];
  if (page === undefined) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/a/' + match[1] + language + '/' } } };
  }
  request.uri = '/${GENERIC_PAGES_DIR}' + language + '/' + (page === '' ? 'index.html' : /\\.html$/.test(page) ? page : page + '.html');
  return request;
}
`;
}

/**
 * S3 through origin access control has no directory index: /stats/ would ask for the key stats/, which
 * is no object. This viewer-request function serves a folder's index.html for a path ending in "/"
 * (/stats/, /stats/bma-health/, /stats/all/) and sends a folder named without its "/" there with a
 * 301; the local server (infra/local/server.ts) answers both the same way.
 */
export const STATS_DIRECTORY_INDEX = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  }
  return request;
}`;

export class Site extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);

    // Server access logs of the site bucket. Its only readers are CloudFront (through OAC) and the
    // deployment function, so the requester addresses in these logs are AWS's, never a reporter's.
    this.logBucket = new Bucket(this, 'AccessLogBucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
    });

    this.bucket = new Bucket(this, 'SiteBucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      // Each deploy replaces the pages; old versions are kept a while for rollback, then dropped.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
    });
    acknowledgeBucketFindings(this.logBucket, 'the access logs of the site bucket (requests by CloudFront and the deployment)', 'access-logs');
    acknowledgeBucketFindings(this.bucket, 'the public pages, which every deploy rebuilds from web/', 'content');

    // The same headers everywhere. The API's answers differ in one way: an answer that brings its own
    // Content-Security-Policy (the executive report's, stricter than the pages') keeps it; CloudFront
    // adds the pages' policy only where the origin sent none.
    const securityHeaders = (id: string, comment: string, overrideOriginCsp: boolean) =>
      new ResponseHeadersPolicy(this, id, {
        comment,
        securityHeadersBehavior: {
          // Built from the same function as the local server's policy, with the extra connect sources only.
          contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.connectSources), override: overrideOriginCsp },
          strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
          referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        },
        customHeadersBehavior: {
          customHeaders: [
            { header: 'Permissions-Policy', value: PAGE_SECURITY_HEADERS['permissions-policy'], override: true },
          ],
        },
      });
    const headers = securityHeaders('SecurityHeaders', 'Integrity platform page security headers (web/security-headers.ts)', true);
    const apiHeaders = securityHeaders('ApiSecurityHeaders', 'Integrity platform API security headers: an origin CSP is kept', false);

    // The statistics bucket belongs to the stateful stack, whose bucket policy already lets this
    // account's distributions read stats/*. withOriginAccessControl would add a statement naming this
    // distribution to that policy, from this stack: a reference cycle between the stacks. So the
    // origin access control is made here and the origin only signs with it.
    const statsAccess = new S3OriginAccessControl(this, 'StatsOriginAccess', {
      description: 'CloudFront reads the published statistics (stats/*)',
      signing: Signing.SIGV4_ALWAYS,
    });
    const statsCache = new CachePolicy(this, 'StatsCache', {
      comment: 'Integrity platform published statistics: short TTL, no query strings, cookies or headers',
      defaultTtl: STATS_CACHE_TTL,
      maxTtl: STATS_CACHE_TTL,
      minTtl: Duration.seconds(0),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const statsIndex = new CloudFrontFunction(this, 'StatsDirectoryIndex', {
      comment: 'Integrity platform: /stats/…/ serves that folder\'s index.html',
      code: FunctionCode.fromInline(STATS_DIRECTORY_INDEX),
      runtime: FunctionRuntime.JS_2_0,
    });

    const region = Stack.of(this).region;
    const apiOrigin = new HttpOrigin(`${props.api.apiId}.execute-api.${region}.${Stack.of(this).urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      ...(props.originHeader ? { customHeaders: { [props.originHeader.name]: props.originHeader.value } } : {}),
    });

    const agencyPages = new CloudFrontFunction(this, 'AgencyPages', {
      comment: 'Serves /a/{agency}/ addresses from the generic channel pages (shared/rules/agency-path.ts)',
      code: FunctionCode.fromInline(agencyPagesFunctionCode()),
      runtime: FunctionRuntime.JS_2_0,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Integrity platform: pages, /stats/* and /api/*',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [{ function: agencyPages, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        [STATS_PATH_PATTERN]: {
          origin: S3BucketOrigin.withBucketDefaults(props.statsBucket, { originAccessControlId: statsAccess.originAccessControlId }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: statsCache,
          responseHeadersPolicy: headers,
          compress: true,
          functionAssociations: [{ function: statsIndex, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        '/api/*': {
          origin: apiOrigin,
          // Plain HTTP is refused, not redirected: a redirect would come after the body (which may hold
          // a tracking secret) already crossed the network in the clear, and would turn POST into GET.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // The Host header must be the execute-api domain for API Gateway to find the API.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
      // Access logging stays off: CloudFront logs carry each viewer's IP address and user agent, which
      // would identify reporters of an anonymous channel (docs/architecture.md, security rules).
      enableLogging: false,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'Access logging is off on purpose: CloudFront access logs record every viewer IP address and user agent, ' +
        'which would identify reporters of an anonymous complaint channel. API Gateway keeps a request log without them.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: a public service of a Thai government agency must stay reachable by reporters abroad ' +
        'and by those using VPNs to protect themselves.',
    });
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate until the department assigns a domain, and ' +
          'CloudFront then fixes the minimum viewer TLS version. Deploy with -c domainName=… -c certificateArn=… to serve ' +
          'the department\'s domain with TLSv1.2_2021.',
      });
    }
    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF by default: a web ACL costs about USD 5/month plus USD 1 per rule and per million requests, and must ' +
          'live in us-east-1. Abuse is bounded by API Gateway stage and per-route throttling and the tracking lockout; set context ' +
          '`webAclArn` to attach one when traffic warrants it.',
      });
    }

    // The pages are built by web/build.ts with the local esbuild, not in a container: synth needs no Docker.
    // The asset is named by the built pages, not by web/'s files: they also depend on shared/ (the rules
    // the pages apply) and on the agency they are built for, and a change to either must reach the bucket.
    const agency = props.agency;
    const pages = Source.asset(join(REPO_ROOT, 'web'), {
      exclude: ['dist', 'node_modules'],
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        image: DockerImage.fromRegistry('none'),
        local: {
          tryBundle(outputDir: string) {
            buildWebSync(outputDir, agency ? { agency } : {});
            return true;
          },
        },
      },
    });

    const deployLogs = new LogGroup(this, 'DeployLogs', {
      retention: LOG_RETENTION,
      ...(props.logKey ? { encryptionKey: props.logKey } : {}),
    });
    // An own role for the deployment function, so it writes only its own log group (no AWS managed policy).
    const deployRole = new Role(this, 'DeployRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built pages into the site bucket and invalidates CloudFront',
    });
    deployLogs.grantWrite(deployRole);

    // Both deployments share one memory size, role and log group, so aws-cdk-lib runs them with one
    // function.
    const deploymentDefaults = {
      destinationBucket: this.bucket,
      distribution: this.distribution,
      memoryLimit: 256,
      role: deployRole,
      logGroup: deployLogs,
    } as const;
    new BucketDeployment(this, 'DeployPages', {
      ...deploymentDefaults,
      sources: [pages],
      distributionPaths: ['/*'],
      prune: true,
      // Written by the deployment below: excluded here so that pruning never deletes it and a file of
      // that name in web/ never replaces it.
      exclude: [PAGE_CONFIG_KEY],
    });
    // Its own deployment for its own Cache-Control: the pages read it on every load, and after a
    // deploy that changed it (a new app client, say) they must not go on with the old values from a
    // browser's cache. The values are tokens of this and the stateful stack, filled in at deploy time.
    new BucketDeployment(this, 'DeployConfig', {
      ...deploymentDefaults,
      sources: [Source.jsonData(PAGE_CONFIG_KEY, props.pageConfig ?? {})],
      distributionPaths: [`/${PAGE_CONFIG_KEY}`],
      prune: false,
      cacheControl: [CacheControl.noCache()],
      contentType: 'application/json',
    });
    this.acknowledgeDeploymentFindings(deployRole);
  }

  /**
   * BucketDeployment writes its own grants and picks its own runtime; these findings are about
   * aws-cdk-lib's deployment function, which runs only during `cdk deploy`, never for a visitor.
   */
  private acknowledgeDeploymentFindings(deployRole: Role) {
    const stack = Stack.of(this);
    const siteBucketId = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const findings: Record<string, string> = {
      'Action::s3:GetObject*': 'aws-cdk-lib grantRead: reads the pages asset zip from the bootstrap asset bucket.',
      'Action::s3:GetBucket*': 'aws-cdk-lib grantRead: reads the pages asset zip from the bootstrap asset bucket.',
      'Action::s3:List*': 'aws-cdk-lib grantRead/grantReadWrite: lists the asset and site buckets to sync and prune.',
      'Action::s3:DeleteObject*': 'prune: true removes pages that no longer exist in web/ from the site bucket.',
      'Action::s3:Abort*': 'aws-cdk-lib grantReadWrite: aborts its own failed multipart uploads into the site bucket.',
      [`Resource::arn:<AWS::Partition>:s3:::${assetBucketName(stack)}/*`]:
        'Objects of the CDK bootstrap asset bucket of this account and region, where the pages asset is uploaded.',
      [`Resource::<${siteBucketId}.Arn>/*`]: 'Objects of the site bucket, which this function deploys.',
      'Resource::*':
        'cloudfront:CreateInvalidation/GetInvalidation as aws-cdk-lib grants them, so visitors get new pages right after a deploy.',
    };
    for (const [finding, reason] of Object.entries(findings)) {
      Validations.of(deployRole).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }
    Validations.of(deployRole).acknowledge({
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason:
        "The deployment role's policy is written by aws-cdk-lib's BucketDeployment for this role only and is created and " +
        'deleted with it; a customer managed policy could be attached elsewhere by mistake.',
    });

    // A singleton at stack level, named by aws-cdk-lib; found by that name.
    for (const child of stack.node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        const runtimeByCdk =
          'The runtime of aws-cdk-lib\'s BucketDeployment function is chosen by aws-cdk-lib (Python) and follows its ' +
          'releases; the function runs only during deploys.';
        Validations.of(child).acknowledge({ id: 'AwsSolutions-L1', reason: runtimeByCdk });
        Validations.of(child).acknowledge({ id: 'Serverless-LambdaLatestVersion', reason: runtimeByCdk });
        const deployOnly: Record<string, string> = {
          'Serverless-LambdaDLQ':
            'Invoked by CloudFormation as a custom resource during `cdk deploy` only; a failure fails the deployment, which ' +
            'is where someone is watching, so a dead-letter queue would keep nothing useful.',
          'NIST.800.53.R5-LambdaDLQ':
            'Invoked by CloudFormation as a custom resource during `cdk deploy` only; a failure fails the deployment, which ' +
            'is where someone is watching, so a dead-letter queue would keep nothing useful.',
          'NIST.800.53.R5-LambdaConcurrency':
            'Runs once per BucketDeployment during `cdk deploy` (two per deploy), never for a visitor: it cannot take ' +
            "more than a couple of executions from the account's pool.",
          'NIST.800.53.R5-LambdaInsideVPC':
            'Copies the pages asset from the bootstrap bucket into the site bucket and invalidates CloudFront, all through ' +
            'public AWS endpoints; there is nothing private to reach, and a VPC would need NAT or endpoints for S3 and CloudFront.',
          'Serverless-LambdaTracing':
            'Runs only during deploys, where CloudFormation events and its own log group show what it did; tracing it ' +
            'would add a Resource::* X-Ray grant to its role for no operational use.',
        };
        for (const [id, reason] of Object.entries(deployOnly)) Validations.of(child).acknowledge({ id, reason });
      }
    }
  }
}

/** The default synthesizer's bootstrap asset bucket, as it appears in the deployment function's policy. */
function assetBucketName(stack: Stack): string {
  const synthesizer = stack.synthesizer;
  const qualifier =
    (synthesizer instanceof DefaultStackSynthesizer ? synthesizer.bootstrapQualifier : undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `cdk-${qualifier}-assets-${stack.account}-${stack.region}`;
}
