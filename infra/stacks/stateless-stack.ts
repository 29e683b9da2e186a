// You are here: everything that is rebuilt from the repository on each deploy: the route groups'
// functions, the HTTP API and the site with its CloudFront distribution. It only composes constructs
// and receives the stateful resources it may use from the stateful stack.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { RouteGroup } from '../../functions/route';
import { Api, type StaffAuthorization } from '../constructs/api';
import type { Data } from '../constructs/data';
import type { IdentityKey } from '../constructs/identity-key';
import { Site } from '../constructs/site';
import type { DeploymentConfig } from './config';

export interface StatelessStackProps extends StackProps {
  config: DeploymentConfig;
  routeGroups: readonly RouteGroup[];
  data: Data;
  identityKey: IdentityKey;
  staff?: StaffAuthorization;
}

export class StatelessStack extends Stack {
  readonly api: Api;
  readonly site: Site;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.api = new Api(this, 'Api', {
      groups: props.routeGroups,
      data: props.data,
      identityKey: props.identityKey,
      agencies: config.agencies,
      appSettings: config.appSettings,
      throttle: config.apiThrottle,
      ...(props.staff ? { staff: props.staff } : {}),
    });

    // The site bucket lives here, not in the stateful stack: its content is rebuilt from web/ on every
    // deploy, and its bucket policy must name this stack's distribution (OAC), which across stacks
    // would be a reference cycle.
    this.site = new Site(this, 'Site', {
      api: this.api.httpApi,
      ...(config.webAclArn ? { webAclArn: config.webAclArn } : {}),
    });

    new CfnOutput(this, 'SiteUrl', {
      value: `https://${this.site.distribution.distributionDomainName}`,
      description: 'The public pages and, under /api/*, the API (CloudFront)',
    });
    new CfnOutput(this, 'ApiUrl', {
      value: this.api.stage.url,
      description: 'The HTTP API stage itself; browsers use the CloudFront URL',
    });
  }
}
