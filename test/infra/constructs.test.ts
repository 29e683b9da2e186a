// What the constructs refuse to build, and how context becomes a deployment. No synth with bundling
// here: construction is enough to see a refusal, and bundling is skipped by context.
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { RouteGroup, RouteModule } from '../../functions/route';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { FEATURE_DEFAULTS, createApp } from '../../infra/app';
import { AlarmTopic } from '../../infra/constructs/alarm-topic';
import { Api } from '../../infra/constructs/api';
import { Data } from '../../infra/constructs/data';
import { EvidenceBucket } from '../../infra/constructs/evidence';
import { IdentityKey } from '../../infra/constructs/identity-key';
import { StatisticsBucket } from '../../infra/constructs/statistics';
import { DEFAULT_REGION, deploymentConfig } from '../../infra/stacks/config';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../web/security-headers';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

// Never invoked: construction only reads a route's method, path and access.
const routeModule = {} as RouteModule;

function apiWith(groups: RouteGroup[], routeThrottles?: Record<string, { rateLimit: number; burstLimit: number }>) {
  const app = new App({ context: { ...FEATURE_DEFAULTS, ...NO_BUNDLING } });
  const stack = new Stack(app, 'Test', { env: { account: '111111111111', region: DEFAULT_REGION } });
  return new Api(stack, 'Api', {
    groups,
    data: new Data(stack, 'Data', { stage: 'test', tables: allTables }),
    identityKey: new IdentityKey(stack, 'IdentityKey', { stage: 'test', decryptingGroups: [] }),
    statistics: new StatisticsBucket(stack, 'Statistics'),
    evidence: new EvidenceBucket(stack, 'Evidence', { stage: 'test', corsOrigins: ['*'] }),
    appSettings: {},
    throttle: { rateLimit: 1, burstLimit: 1 },
    ...(routeThrottles ? { routeThrottles } : {}),
    reservedConcurrency: Object.fromEntries(groups.map((group) => [group.name, 1])),
    entryOf: () => 'functions/meta/lambda.ts',
  });
}

describe('the API construct', () => {
  it('refuses to build a staff route without a user pool to check its tokens', () => {
    const staffRoute = { method: 'GET', path: '/api/cases', access: { kind: 'staff', roles: ['officer'] }, module: routeModule } as const;
    expect(() => apiWith([{ name: 'cases', needs: {}, routes: [staffRoute] }])).toThrow(/staff routes/);
  });

  it('refuses a need it has no grant for, instead of deploying without it', () => {
    const publicRoute = { method: 'GET', path: '/api/x', access: { kind: 'public' }, module: routeModule } as const;
    const group = { name: 'x', needs: { reports: 'read' }, routes: [publicRoute] } as unknown as RouteGroup;
    expect(() => apiWith([group])).toThrow(/needs "reports"/);
    const badLevel = { name: 'x', needs: { complaints: 'delete' }, routes: [publicRoute] } as unknown as RouteGroup;
    expect(() => apiWith([badLevel])).toThrow(/unknown access "delete"/);
    // The statistics bucket knows one level: reading and writing stats/*, never deleting.
    const statsDelete = { name: 'x', needs: { statsBucket: 'delete' }, routes: [publicRoute] } as unknown as RouteGroup;
    expect(() => apiWith([statsDelete])).toThrow(/unknown statsBucket need "delete"/);
    // The evidence bucket knows the five levels of functions/route.ts and no other.
    const evidenceAll = { name: 'x', needs: { evidence: 'all' }, routes: [publicRoute] } as unknown as RouteGroup;
    expect(() => apiWith([evidenceAll])).toThrow(/unknown evidence need "all"/);
  });

  it('refuses a route throttle for a route that is not in the route table', () => {
    const publicRoute = { method: 'POST', path: '/api/x', access: { kind: 'public' }, module: routeModule } as const;
    const group = { name: 'x', needs: {}, routes: [publicRoute] };
    expect(() => apiWith([group], { 'POST /api/y': { rateLimit: 1, burstLimit: 1 } })).toThrow(/"POST \/api\/y", which is not in the route table/);
  });

  it('builds public routes without an authorizer', () => {
    const publicRoute = { method: 'GET', path: '/api/x', access: { kind: 'public' }, module: routeModule } as const;
    const api = apiWith([{ name: 'x', needs: {}, routes: [publicRoute] }]);
    Template.fromStack(Stack.of(api)).hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /api/x',
      AuthorizationType: 'NONE',
    });
  }, 60_000);
});

describe('the deployment config', () => {
  const configFrom = (context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
    deploymentConfig(new App({ context }).node, env);

  it('defaults to stage dev, Thailand and the offline account, with no agency in its settings', () => {
    expect(configFrom({})).toMatchObject({
      stage: 'dev',
      region: 'ap-southeast-7',
      account: '111111111111',
      appSettings: {},
    });
  });

  it('takes settings, region and account from context', () => {
    const config = configFrom(
      { stage: 'prod', defaultAgency: 'bma-medical', lockoutMaxFailures: '3', region: 'ap-southeast-1', account: '222222222222' },
      { CDK_DEFAULT_ACCOUNT: '999999999999', CDK_DEFAULT_REGION: 'us-east-1' },
    );
    expect(config).toMatchObject({
      stage: 'prod',
      appSettings: { DEFAULT_AGENCY: 'bma-medical', LOCKOUT_MAX_FAILURES: '3' },
      region: 'ap-southeast-1',
      account: '222222222222',
    });
  });

  it("uses the CLI's account but never its fallback region", () => {
    expect(configFrom({}, { CDK_DEFAULT_ACCOUNT: '333333333333', CDK_DEFAULT_REGION: 'us-east-1' })).toMatchObject({
      account: '333333333333',
      region: 'ap-southeast-7',
    });
  });

  it('fails the synth on a list of agencies, a bad setting or a bad stage name', () => {
    // Agencies are data in the registry; a context naming them would be silently ignored otherwise.
    expect(() => configFrom({ agencies: 'bma-health' })).toThrow(/registry/);
    expect(() => configFrom({ defaultAgency: 'BMA health' })).toThrow(/DEFAULT_AGENCY/);
    expect(() => configFrom({ lockoutWindowSeconds: '0' })).toThrow(/LOCKOUT_WINDOW_SECONDS/);
    expect(() => configFrom({ apiRateLimit: 'lots' })).toThrow(/apiRateLimit/);
    expect(() => configFrom({ stage: 'Prod!' })).toThrow(/stage/);
  });

  it('never lets a route limit exceed the stage limits', () => {
    const { routeThrottles } = configFrom({ apiRateLimit: '3', apiBurstLimit: '4' });
    expect(routeThrottles['POST /api/complaints']).toEqual({ rateLimit: 3, burstLimit: 4 });
    expect(routeThrottles['POST /api/surveys/{surveyId}/responses']).toEqual({ rateLimit: 3, burstLimit: 4 });
  });

  it('names the sign-in domain after the stage, unique to account and region, unless context names it', () => {
    const prefixOf = (context: Record<string, unknown>) => configFrom(context).authDomainPrefix;
    expect(prefixOf({})).toMatch(/^integrity-dev-[0-9a-f]{8}$/);
    expect(prefixOf({ stage: 'prod' })).toMatch(/^integrity-prod-[0-9a-f]{8}$/);
    // Stable across synths, and another account or region gets its own.
    expect(prefixOf({})).toBe(prefixOf({}));
    expect(prefixOf({ account: '222222222222' })).not.toBe(prefixOf({}));
    expect(prefixOf({ region: 'ap-southeast-1' })).not.toBe(prefixOf({}));
    expect(prefixOf({ authDomainPrefix: 'bma-integrity-staff' })).toBe('bma-integrity-staff');
  });

  it('takes an alarm e-mail address from context and refuses anything else', () => {
    expect(configFrom({}).alarmEmail).toBeUndefined();
    expect(configFrom({ alarmEmail: ' ops@bangkok.example ' }).alarmEmail).toBe('ops@bangkok.example');
    for (const value of ['ops', 'ops@example', 'a@b.example,c@d.example', 'ops @example.org']) {
      expect(() => configFrom({ alarmEmail: value }), value).toThrow(/alarmEmail/);
    }
  });

  it('fails the synth on a sign-in domain prefix Cognito would refuse', () => {
    for (const prefix of ['Staff', 'staff_sign_in', '-staff', 'staff-', 'my-aws-staff', 'amazon-staff', 'cognito', 'x'.repeat(64)]) {
      expect(() => configFrom({ authDomainPrefix: prefix }), prefix).toThrow(/authDomainPrefix/);
    }
  });

  it('lists no agency in any function variable or policy: agencies are registry data, bound into ciphertexts by the encryption context', () => {
    const { stateful, stateless } = createApp({ nag: false, context: NO_BUNDLING });
    const resources = [stateful, stateless].flatMap((stack) => Object.values<{ Type: string; Properties: any }>(Template.fromStack(stack).toJSON().Resources));
    const functions = resources.filter((resource) => resource.Type === 'AWS::Lambda::Function' && String(resource.Properties.Runtime).startsWith('nodejs'));
    expect(functions.length).toBeGreaterThan(0);
    const agencyIds = AGENCY_CATALOGUE.map((agency) => agency.id);
    for (const fn of functions) {
      const variables = (fn.Properties.Environment?.Variables ?? {}) as Record<string, unknown>;
      expect(Object.keys(variables)).not.toContain('AGENCIES');
      for (const id of agencyIds) expect(JSON.stringify(variables)).not.toContain(id);
    }
    const policies = resources.filter((resource) => resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::KMS::Key' || resource.Type === 'AWS::IAM::Role');
    for (const policy of policies) for (const id of agencyIds) expect(JSON.stringify(policy.Properties)).not.toContain(id);
    const identityConditions = resources
      .filter((resource) => resource.Type === 'AWS::IAM::Policy')
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: any) => statement.Condition?.StringEquals?.['kms:EncryptionContext:purpose']);
    expect(identityConditions.length).toBeGreaterThan(0);
    for (const statement of identityConditions) {
      expect(statement.Condition.StringEquals['kms:EncryptionContext:agency']).toBeUndefined();
      // Every seal and open still names an agency in its encryption context.
      expect(statement.Condition.Null).toEqual({ 'kms:EncryptionContext:agency': 'false' });
    }
  }, 60_000);
});

describe('the alarm topic', () => {
  it('subscribes the context e-mail address, and nobody without one', () => {
    const app = new App({ context: NO_BUNDLING });
    const env = { account: '111111111111', region: DEFAULT_REGION };
    const withEmail = new Stack(app, 'WithEmail', { env });
    new AlarmTopic(withEmail, 'Alarms', { stage: 'test', email: 'ops@bangkok.example' });
    const without = new Stack(app, 'Without', { env });
    new AlarmTopic(without, 'Alarms', { stage: 'test' });
    Template.fromStack(withEmail).resourcePropertiesCountIs('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@bangkok.example' }, 1);
    Template.fromStack(without).resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('the page content security policy', () => {
  it('is strict by default, and the same policy the local server sends', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('adds extra origins to connect-src only', () => {
    const policy = contentSecurityPolicy(['https://staff.auth.ap-southeast-7.amazoncognito.com']);
    expect(policy).toBe(
      CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https://staff.auth.ap-southeast-7.amazoncognito.com"),
    );
  });

  it('refuses a source that would end the directive or add another source', () => {
    for (const source of ['', 'https://a.example; script-src *', 'https://a.example https://b.example', 'https://a.example,']) {
      expect(() => contentSecurityPolicy([source]), source).toThrow(/CSP source/);
    }
  });
});
