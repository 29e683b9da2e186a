// What the constructs refuse to build, and how context becomes a deployment. No synth with bundling
// here: construction is enough to see a refusal, and bundling is skipped by context.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { RouteGroup, RouteModule } from '../../functions/route';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { createApp } from '../../infra/app';
import { Api } from '../../infra/constructs/api';
import { Data } from '../../infra/constructs/data';
import { IdentityKey } from '../../infra/constructs/identity-key';
import { DEFAULT_REGION, deploymentConfig } from '../../infra/stacks/config';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

// Never invoked: construction only reads a route's method, path and access.
const routeModule = {} as RouteModule;

function apiWith(groups: RouteGroup[]) {
  const app = new App({ context: NO_BUNDLING });
  const stack = new Stack(app, 'Test', { env: { account: '111111111111', region: DEFAULT_REGION } });
  return new Api(stack, 'Api', {
    groups,
    data: new Data(stack, 'Data', { stage: 'test', tables: allTables }),
    identityKey: new IdentityKey(stack, 'IdentityKey', { stage: 'test' }),
    agencies: ['bma-health'],
    appSettings: { AGENCIES: 'bma-health' },
    throttle: { rateLimit: 1, burstLimit: 1 },
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

  it('defaults to stage dev, agency bma-health, Thailand and the offline account', () => {
    expect(configFrom({})).toMatchObject({
      stage: 'dev',
      agencies: ['bma-health'],
      region: 'ap-southeast-7',
      account: '111111111111',
      appSettings: { AGENCIES: 'bma-health' },
    });
  });

  it('takes agencies, settings, region and account from context', () => {
    const config = configFrom(
      { stage: 'prod', agencies: 'bma-health,bma-medical', lockoutMaxFailures: '3', region: 'ap-southeast-1', account: '222222222222' },
      { CDK_DEFAULT_ACCOUNT: '999999999999', CDK_DEFAULT_REGION: 'us-east-1' },
    );
    expect(config).toMatchObject({
      stage: 'prod',
      agencies: ['bma-health', 'bma-medical'],
      appSettings: { AGENCIES: 'bma-health,bma-medical', LOCKOUT_MAX_FAILURES: '3' },
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

  it('fails the synth on an unknown agency, a bad setting or a bad stage name', () => {
    expect(() => configFrom({ agencies: 'bma-helth' })).toThrow(/AGENCIES/);
    expect(() => configFrom({ lockoutSeconds: '0' })).toThrow(/LOCKOUT_SECONDS/);
    expect(() => configFrom({ apiRateLimit: 'lots' })).toThrow(/apiRateLimit/);
    expect(() => configFrom({ stage: 'Prod!' })).toThrow(/stage/);
  });

  it('hands the served agencies to the functions and to the identity key grant', () => {
    const { stateless } = createApp({ nag: false, context: { ...NO_BUNDLING, agencies: 'bma-health,bma-medical' } });
    const template = Template.fromStack(stateless).toJSON();
    const resources = Object.values(template.Resources) as { Type: string; Properties: any }[];
    const functions = resources.filter((resource) => resource.Type === 'AWS::Lambda::Function' && String(resource.Properties.Runtime).startsWith('nodejs'));
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) expect(fn.Properties.Environment.Variables.AGENCIES).toBe('bma-health,bma-medical');
    const identityConditions = resources
      .filter((resource) => resource.Type === 'AWS::IAM::Policy')
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: any) => statement.Condition?.StringEquals?.['kms:EncryptionContext:purpose']);
    expect(identityConditions.length).toBeGreaterThan(0);
    for (const statement of identityConditions) {
      expect(statement.Condition.StringEquals['kms:EncryptionContext:agency']).toEqual(['bma-health', 'bma-medical']);
    }
  }, 60_000);
});
