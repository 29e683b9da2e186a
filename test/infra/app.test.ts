// The CDK app as `npm run synth` builds it (bundling included), checked resource by resource. The
// expectations are derived from the route table and the table definitions wherever they can be, so a
// route, group or table added there is covered here without touching this file.
import { appConfigFromEnv } from '../../shared/config/app-config';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy, type CfnDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { CfnGlobalTable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnUserPool, CfnUserPoolClient, CfnUserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnKey } from 'aws-cdk-lib/aws-kms';
import { Runtime, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { CfnTopic } from 'aws-cdk-lib/aws-sns';
import type { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import type { CfnApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey } from '../../functions/route';
import { metaGroup } from '../../functions/meta/routes';
import { routeGroups, routes } from '../../functions/routes';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { resolveAgencyPath } from '../../shared/rules/agency-path';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { CONTENT_SECURITY_POLICY } from '../../web/security-headers';
import { createApp, type IntegrityApp } from '../../infra/app';
import type { AsyncFunction } from '../../infra/constructs/async-function';
import { tableVariable } from '../../infra/constructs/data';
import { variablesOf } from '../../shared/config/need-variables';
import { clientsOf, type SdkClient } from '../../shared/config/aws-wiring';
import { PROCESSING_NEEDS } from '../../infra/constructs/evidence-processing';
import { RETENTION_NEEDS } from '../../infra/constructs/retention-schedule';
import { FUNCTION_RUNTIME, type AppFunction } from '../../infra/constructs/function';
import { DEFAULT_ACCOUNT_CONCURRENCY, UNRESERVED_MINIMUM } from '../../infra/stacks/config';
import { AUDIT_ARCHIVING, EVIDENCE_PROCESSING, NOTIFIER, PUBLICATION_WORKER, PUBLICATIONS_GROUP, SCHEDULED_PUBLICATION, SCHEDULED_RETENTION } from '../../infra/stacks/stateless-stack';
import { NOTIFIER_NEEDS, PUBLICATION_FAN_OUT_NEEDS } from '../../functions/event-needs';
import { STATS_DIRECTORY_INDEX } from '../../infra/constructs/site';
import { actionsOf, cspDirectives, flattenString, permissionsOf, refersTo, resourcesOf, type Statement } from './template-helpers';

let outdir: string;
let built: IntegrityApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'integrity-cdk-'));
  // nag is off here so that a resource regression shows up as a failed assertion below, not as a
  // cdk-nag synth error; test/infra/nag.test.ts runs the checks.
  // With a sending domain, so that the notifier is built and bundled too.
  built = createApp({ outdir, nag: false, context: { mailDomain: 'integrity.example.go.th', mailRegion: 'ap-southeast-1' } });
  built.app.synth();
  stateful = Template.fromStack(built.stateful);
  stateless = Template.fromStack(built.stateless);
}, 180_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const logicalIdIn = (stack: 'stateful' | 'stateless', element: { node: { defaultChild?: unknown } }) =>
  built[stack].getLogicalId(element.node.defaultChild as CfnFunction);

/** The functions outside the route table, by their names among all functions. */
const background = () =>
  new Map<string, Pick<AsyncFunction, 'function' | 'deadLetters'>>([
    [SCHEDULED_PUBLICATION, built.stateless.publication],
    [PUBLICATION_WORKER, built.stateless.publicationWorkers],
    [EVIDENCE_PROCESSING, built.stateless.evidenceProcessing],
    [SCHEDULED_RETENTION, built.stateless.retention],
  ]);

/** Every function of the app: one per route group, the two schedules' and the evidence processing. */
const functionNames = () => [...routeGroups.map((group) => group.name), ...background().keys()];

/** What a function's grants are made from: its group's needs, or its construct's. */
const needsOf = (name: string) =>
  ({
    [SCHEDULED_PUBLICATION]: PUBLICATION_FAN_OUT_NEEDS,
    [PUBLICATION_WORKER]: routeGroups.find((group) => group.name === PUBLICATIONS_GROUP)!.needs,
    [EVIDENCE_PROCESSING]: PROCESSING_NEEDS,
    [SCHEDULED_RETENTION]: RETENTION_NEEDS,
  })[name] ?? routeGroups.find((group) => group.name === name)!.needs;

/** A service identifier each client's commands carry, and no other client's. */
const SDK_CLIENT_MARKERS: Record<SdkClient, string> = {
  dynamodb: 'DynamoDB_20120810',
  kms: 'TrentService',
  s3: 'AmazonS3',
  cognito: 'AWSCognitoIdentityProviderService',
  ses: 'SimpleEmailService_v2',
};

/**
 * The clients a function's bundle must hold: its needs' (the audit archiving has none and writes to S3
 * itself; the notifier also sends through SES, which no need names).
 */
const expectedClients = (name: string): SdkClient[] =>
  name === AUDIT_ARCHIVING ? ['s3'] : name === NOTIFIER ? [...clientsOf(NOTIFIER_NEEDS), 'ses'] : clientsOf(needsOf(name));

/** The logical id of any function, the audit archiving's included. */
const bundledFunctionId = (name: string) =>
  name === AUDIT_ARCHIVING
    ? logicalIdIn('stateless', built.stateless.auditArchiving.function.function)
    : name === NOTIFIER
      ? logicalIdIn('stateless', built.stateless.notifications!.function.function)
      : groupFunction(name).functionId;

const groupFunction = (name: string) => {
  const fn: AppFunction | undefined = background().get(name)?.function ?? built.stateless.api.functions.get(name);
  if (!fn) throw new Error(`No function for group ${name}`);
  return {
    functionId: logicalIdIn('stateless', fn.function),
    roleId: built.stateless.getLogicalId(fn.role.node.defaultChild as CfnRole),
    logGroupId: built.stateless.getLogicalId(fn.logGroup.node.defaultChild as CfnLogGroup),
  };
};

const identityKeyId = () => built.stateful.getLogicalId(built.stateful.identityKey.key.node.defaultChild as CfnKey);
const tableKeyId = () => built.stateful.getLogicalId(built.stateful.data.tableKey.node.defaultChild as CfnKey);
const tableId = (id: string) => built.stateful.getLogicalId(built.stateful.data.table(id).node.defaultChild as CfnGlobalTable);
const statsBucketId = () => built.stateful.getLogicalId(built.stateful.statistics.bucket.node.defaultChild as CfnBucket);
const evidenceBucketId = () => built.stateful.getLogicalId(built.stateful.evidence.bucket.node.defaultChild as CfnBucket);
const evidenceKeyId = () => built.stateful.getLogicalId(built.stateful.evidence.key.node.defaultChild as CfnKey);
const statsLogBucketId = () => built.stateful.getLogicalId(built.stateful.statistics.logBucket.node.defaultChild as CfnBucket);
const jobsQueueId = () => built.stateless.getLogicalId(built.stateless.publicationWorkers.queue.node.defaultChild as CfnQueue);
const deadLettersId = () => built.stateless.getLogicalId(built.stateless.publication.deadLetters.node.defaultChild as CfnQueue);
const alarmTopicId = () => built.stateful.getLogicalId(built.stateful.alarms.topic.node.defaultChild as CfnTopic);
const alarmKeyId = () => built.stateful.getLogicalId(built.stateful.alarms.key.node.defaultChild as CfnKey);
const logKeyId = () => built.stateful.getLogicalId(built.stateful.logKey.key.node.defaultChild as CfnKey);

/** The table a need names, if it names one (`complaints` → Complaints); identityKey and statsBucket do not. */
const tableOfNeed = (need: string) => allTables.find((definition) => definition.id.toLowerCase() === need.toLowerCase());

/** A statement on objects under quarantine/, evidence/ or exports/ of the evidence bucket, and nothing else. */
const isEvidenceObjectStatement = (statement: Statement) =>
  [statement.Resource].flat().every((resource) => refersTo(resource, evidenceBucketId()) && /\/(quarantine|evidence|exports|disclosures)\/\*$/.test(flattenString(resource)));

/** The statement that lets a publication function read and write the published files. */
const isStatsObjectStatement = (statement: Statement) =>
  refersTo(statement.Resource, statsBucketId()) && JSON.stringify(statement.Resource).endsWith('"/stats/*"]]}');

describe('the HTTP API, built from the route table', () => {
  it('has exactly one API Gateway route per route-table entry', () => {
    const keys = resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties!.RouteKey);
    expect(keys.sort()).toEqual(routes.map(routeKey).sort());
  });

  it("sends every route to its own group's function", () => {
    const template = stateless.toJSON().Resources;
    for (const route of routes) {
      const [, resource] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').find(
        ([, candidate]) => candidate.Properties!.RouteKey === routeKey(route),
      )!;
      const integrationId = resource.Properties!.Target['Fn::Join'][1][1].Ref as string;
      const integration = template[integrationId];
      expect(integration.Type).toBe('AWS::ApiGatewayV2::Integration');
      expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
      expect(refersTo(integration.Properties.IntegrationUri, groupFunction(route.group).functionId)).toBe(true);
    }
  });

  it('has one function per route group, per schedule, for the evidence processing, the audit archiving, the notifier and the daily reminders, on the newest Node.js runtime, arm64, logging to its own group', () => {
    const functions = resourcesOf(stateless, 'AWS::Lambda::Function').filter(([, fn]) =>
      String(fn.Properties!.Runtime).startsWith('nodejs'),
    );
    // Besides the route groups: two schedules, the publication worker, evidence processing, audit archiving, the notifier, its mail events and the daily reminders.
    expect(functions).toHaveLength(routeGroups.length + 8);
    for (const name of functionNames()) {
      const { functionId, logGroupId } = groupFunction(name);
      const fn = stateless.toJSON().Resources[functionId];
      expect(fn.Properties).toMatchObject({
        Runtime: FUNCTION_RUNTIME.name,
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: { Ref: logGroupId } },
      });
    }
    // The runtime the construct fixes is the newest Node.js one aws-cdk-lib knows.
    const newest = Math.max(
      ...Runtime.ALL.map((runtime) => /^nodejs(\d+)\.x$/.exec(runtime.name)?.[1]).filter(Boolean).map(Number),
    );
    expect(FUNCTION_RUNTIME.name).toBe(`nodejs${newest}.x`);
  });

  it('reserves concurrency for every function, as the deployment config says, and leaves the account its unreserved pool', () => {
    let total = 0;
    for (const name of functionNames()) {
      const fn = stateless.toJSON().Resources[groupFunction(name).functionId];
      const reserved = fn.Properties.ReservedConcurrentExecutions;
      expect(reserved, name).toBe(built.config.reservedConcurrency[name]);
      expect(reserved, name).toBeGreaterThan(0);
      total += reserved;
    }
    // Lambda refuses reservations that leave fewer than 100 of the default 1,000 unreserved.
    expect(total).toBeLessThanOrEqual(DEFAULT_ACCOUNT_CONCURRENCY - UNRESERVED_MINIMUM);
    // Every Lambda function of the app, the deployment's own included, is covered or accounted for.
    const unreserved = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      ([, fn]) => String(fn.Properties!.Runtime).startsWith('nodejs') && fn.Properties!.ReservedConcurrentExecutions === undefined,
    );
    expect(unreserved.map(([id]) => id)).toEqual([]);
    // The intake routes get more than any staff group, and publication the least.
    expect(built.config.reservedConcurrency.complaints).toBeGreaterThan(built.config.reservedConcurrency.cases!);
    expect(built.config.reservedConcurrency[SCHEDULED_PUBLICATION]).toBeLessThanOrEqual(built.config.reservedConcurrency.cases!);
    // One retention run at a time: two would race each other over the same cases.
    expect(built.config.reservedConcurrency[SCHEDULED_RETENTION]).toBe(1);
  });

  it('takes reserved concurrency from context, and refuses a name that is no function or a total the account cannot reserve', () => {
    const overridden = createApp({ nag: false, context: { 'aws:cdk:bundling-stacks': [], reservedConcurrency: 'complaints=7, tracking=8' } });
    const template = Template.fromStack(overridden.stateless);
    const complaints = overridden.stateless.api.functions.get('complaints')!.function;
    expect(template.toJSON().Resources[overridden.stateless.getLogicalId(complaints.node.defaultChild as CfnFunction)].Properties.ReservedConcurrentExecutions).toBe(7);
    expect(overridden.config.reservedConcurrency.tracking).toBe(8);
    expect(() => createApp({ nag: false, context: { reservedConcurrency: 'complants=7' } })).toThrow(/"complants", which is neither a route group/);
    expect(() => createApp({ nag: false, context: { reservedConcurrency: 'complaints=0' } })).toThrow(/positive integer/);
    expect(() => createApp({ nag: false, context: { accountConcurrency: 200 } })).toThrow(/can reserve at most 100/);
  }, 60_000);

  it('gives each function the variables of its own needs and no others, each naming its resource', () => {
    const names = new Map<string, string>([
      ['IDENTITY_KEY_ARN', identityKeyId()],
      ...allTables.map((table) => [tableVariable(table.id), tableId(table.id)] as [string, string]),
    ]);
    const resourceVariables = ['IDENTITY_KEY_ARN', 'STATS_BUCKET', 'EVIDENCE_BUCKET', 'STAFF_USER_POOL_ID', ...allTables.map((table) => tableVariable(table.id))];
    for (const name of functionNames()) {
      const fn = stateless.toJSON().Resources[groupFunction(name).functionId];
      const variables = fn.Properties.Environment.Variables as Record<string, unknown>;
      expect(variables.AGENCIES).toBeUndefined();
      const expected = variablesOf(needsOf(name));
      expect(resourceVariables.filter((variable) => variable in variables).sort(), name).toEqual([...expected].sort());
      for (const variable of expected) {
        if (names.has(variable)) expect(refersTo(variables[variable], names.get(variable)!), `${name}: ${variable}`).toBe(true);
      }
      // The bucket's name, not its ARN or domain: the S3 client takes the name.
      if (expected.includes('STATS_BUCKET')) expect(JSON.stringify(variables.STATS_BUCKET), name).toMatch(new RegExp(`"Fn::ImportValue":"[^"]*Ref${statsBucketId()}`));
      if (expected.includes('EVIDENCE_BUCKET')) expect(JSON.stringify(variables.EVIDENCE_BUCKET), name).toMatch(new RegExp(`"Fn::ImportValue":"[^"]*Ref${evidenceBucketId()}`));
    }
    const variablesOfFunction = (name: string) => Object.keys(stateless.toJSON().Resources[groupFunction(name).functionId].Properties.Environment.Variables);
    // The meta routes touch no resource: no table, bucket or key is even named to them.
    expect(variablesOfFunction('meta').filter((variable) => resourceVariables.includes(variable))).toEqual([]);
    // Surveys never open or seal an identity, so they do not learn which key does.
    expect(variablesOfFunction('surveys')).not.toContain('IDENTITY_KEY_ARN');
    expect(variablesOfFunction('surveys')).toEqual(expect.arrayContaining(['SURVEYS_TABLE', 'AUDIT_TABLE']));
    // Only the functions the API invokes check the origin secret.
    expect(variablesOfFunction(SCHEDULED_RETENTION)).not.toContain('ORIGIN_VERIFY_SECRET');
  });

  it('bundles each function into one ESM file with the AWS SDK inside, and only the processing function with its worker and MuPDF', () => {
    for (const group of [...functionNames(), AUDIT_ARCHIVING, NOTIFIER].map((name) => ({ name }))) {
      const fn = stateless.toJSON().Resources[bundledFunctionId(group.name)];
      const assetHash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
      const bundleDir = join(outdir, `asset.${assetHash}`);
      // Only the processing of uploads carries the file engine: its worker bundle and MuPDF's WebAssembly.
      const files = group.name === EVIDENCE_PROCESSING ? ['evidence-worker.mjs', 'index.mjs', 'mupdf-wasm.wasm'] : ['index.mjs'];
      expect(readdirSync(bundleDir).sort(), group.name).toEqual(files);
      const code = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');
      // The engine is in the worker, never in a function's own bundle: no cold start pays for it.
      expect(code.includes('libmupdf'), `${group.name}: no MuPDF in the function's bundle`).toBe(false);
      if (group.name === EVIDENCE_PROCESSING) {
        const worker = readFileSync(join(bundleDir, 'evidence-worker.mjs'), 'utf8');
        expect(worker.includes('libmupdf')).toBe(true);
        const workerImports = [...worker.matchAll(/(?:^|[;}])\s*import\s*[^;"'()]*?from\s*["']([^"']+)["']/g)].map((match) => match[1]!);
        expect(workerImports.filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))).toEqual([]);
      }
      expect(code.startsWith("import { createRequire } from 'node:module';")).toBe(true);
      // The only modules left to the runtime are Node's own (with or without `node:`, as bundled
      // packages such as fflate spell them): an external SDK would be imported here.
      const imported = [...code.matchAll(/(?:^|[;}])\s*import\s*[^;"'()]*?from\s*["']([^"']+)["']/g)].map((match) => match[1]!);
      expect(imported.length).toBeGreaterThan(0);
      expect(imported.filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier)), group.name).toEqual([]);
      // And exactly the SDK clients of its needs are inside (the meta group's none): a client is there
      // when its service identifier, which every command of that client carries, is.
      const bundled = (Object.keys(SDK_CLIENT_MARKERS) as SdkClient[]).filter((client) => code.includes(SDK_CLIENT_MARKERS[client]));
      expect(bundled, `${group.name}: SDK clients in its bundle`).toEqual(expectedClients(group.name));
    }
    expect(expectedClients(metaGroup.name)).toEqual([]);
  });

  it('writes access logs as JSON without source IP, user agent or any caller identity', () => {
    const [[, stage]] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Stage') as [[string, any]];
    const format = stage.Properties.AccessLogSettings.Format as string;
    expect(format).not.toMatch(/sourceIp|userAgent|\$context\.identity/i);
    const fields = JSON.parse(format) as Record<string, string>;
    expect(fields).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLatency: '$context.responseLatency',
      integrationErrorMessage: '$context.integrationErrorMessage',
    });
    const [logGroupId] = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'];
    expect(stateless.toJSON().Resources[logGroupId].Type).toBe('AWS::Logs::LogGroup');
  });

  it('throttles the default stage', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: built.config.apiThrottle.rateLimit,
        ThrottlingBurstLimit: built.config.apiThrottle.burstLimit,
      },
    });
    expect(built.config.apiThrottle.rateLimit).toBeGreaterThan(0);
    expect(built.config.apiThrottle.burstLimit).toBeGreaterThan(0);
  });
});

describe('per-route throttling of the public routes that write or check a secret', () => {
  const stage = () => {
    const [[, resource]] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Stage') as [[string, any]];
    return resource;
  };
  const routeLogicalId = (key: string) =>
    resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').find(([, route]) => route.Properties!.RouteKey === key)?.[0];

  // Spelled out: these limits are a decision about abuse, not derived from anything.
  it('limits survey responses, suggestions, complaints and tracking below the stage limit', () => {
    expect(stage().Properties.RouteSettings).toEqual({
      'POST /api/surveys/{surveyId}/responses': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
      'POST /api/suggestions': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
      'POST /api/complaints': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      'POST /api/tracking': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      'POST /api/tracking/messages': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      'POST /api/tracking/files': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      'POST /api/notifications/stop': { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
      'POST /api/tracking/survey': { ThrottlingRateLimit: 2, ThrottlingBurstLimit: 5 },
    });
    for (const settings of Object.values<any>(stage().Properties.RouteSettings)) {
      expect(settings.ThrottlingRateLimit).toBeLessThan(built.config.apiThrottle.rateLimit);
      expect(settings.ThrottlingBurstLimit).toBeLessThan(built.config.apiThrottle.burstLimit);
    }
  });

  it('leaves no public write and no route that takes tracking credentials without its own limit', () => {
    const credentialed = routes.filter((route) => route.module.contract.body && 'secret' in ((route.module.contract.body as { shape?: object }).shape ?? {}));
    expect(credentialed.map(routeKey).sort()).toEqual(['POST /api/tracking', 'POST /api/tracking/files', 'POST /api/tracking/messages', 'POST /api/tracking/survey']);
    const publicWrites = routes.filter((route) => route.access.kind === 'public' && route.method !== 'GET');
    for (const route of [...credentialed, ...publicWrites]) {
      expect(stage().Properties.RouteSettings[routeKey(route)], routeKey(route)).toMatchObject({
        ThrottlingRateLimit: expect.any(Number),
        ThrottlingBurstLimit: expect.any(Number),
      });
    }
  });

  it('names only routes of the route table, public ones, and waits for them before the stage', () => {
    for (const key of Object.keys(stage().Properties.RouteSettings)) {
      const route = routes.find((candidate) => routeKey(candidate) === key);
      expect(route?.access.kind, key).toBe('public');
      // API Gateway refuses a stage whose settings name a route that does not exist yet.
      expect(stage().DependsOn).toContain(routeLogicalId(key));
    }
  });
});

describe('least privilege, derived from each group’s needs', () => {
  const statementsOf = (group: string) => {
    const { statements, managedPolicies } = permissionsOf(stateless, groupFunction(group).roleId);
    expect(managedPolicies).toEqual([]);
    return statements;
  };
  const onIdentityKey = (statement: Statement) => refersTo(statement.Resource, identityKeyId());
  const identityKeyActions = (group: string) => statementsOf(group).filter(onIdentityKey).flatMap(actionsOf);

  it('grants each group exactly the table actions its needs name, on its tables and their named indexes', () => {
    const expected = {
      read: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query'],
      'read-write': [
        'dynamodb:BatchGetItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ],
      'append-read': ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    };
    for (const group of routeGroups) {
      const dynamo = statementsOf(group.name).filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
      const needs = Object.entries(group.needs).filter(([need, level]) => tableOfNeed(need) && level) as [string, keyof typeof expected][];
      if (needs.length === 0) expect(dynamo, group.name).toEqual([]);
      for (const [need, level] of needs) {
        const table = tableOfNeed(need)!;
        const onTable = dynamo.filter((statement) => refersTo(statement.Resource, tableId(table.id)));
        const tableActions = onTable.filter((statement) => !JSON.stringify(statement.Resource).includes('/index/')).flatMap(actionsOf);
        expect(tableActions.sort(), `${group.name} → ${table.id}`).toEqual(expected[level]);
        const indexResources = onTable.filter((statement) => JSON.stringify(statement.Resource).includes('/index/'));
        for (const index of table.globalIndexes) {
          expect(JSON.stringify(indexResources)).toContain(`/index/${index.name}"`);
        }
        expect(indexResources.flatMap(actionsOf).every((action) => action === 'dynamodb:Query')).toBe(true);
      }
    }
  });

  it('never grants wildcards, deletes or scans to a function, but for objects under the prefixes its needs name', () => {
    for (const name of functionNames()) {
      const needs = needsOf(name);
      for (const statement of statementsOf(name)) {
        // The wildcards: objects under stats/ of the statistics bucket (see 'the published statistics') and
        // under a prefix of the evidence bucket (test/infra/evidence.test.ts), for what needs them.
        if (needs.statsBucket && isStatsObjectStatement(statement)) continue;
        if (needs.evidence && isEvidenceObjectStatement(statement)) continue;
        expect(JSON.stringify(statement.Resource), name).not.toMatch(/"\*"|\/\*"/);
        for (const action of actionsOf(statement)) {
          expect(action).not.toContain('*');
          expect(['dynamodb:DeleteItem', 'dynamodb:Scan'], name).not.toContain(action);
          if (name !== SCHEDULED_RETENTION) expect(action, name).not.toBe('dynamodb:BatchWriteItem');
        }
      }
    }
  });

  it("lets the retention alone delete items, a case's partition in the Complaints table, in batches", () => {
    const deletes = statementsOf(SCHEDULED_RETENTION).filter((statement) => actionsOf(statement).includes('dynamodb:BatchWriteItem'));
    expect(deletes).toHaveLength(1);
    expect(deletes[0]!.Resource).toEqual({ 'Fn::ImportValue': expect.stringContaining(`GetAtt${tableId('Complaints')}Arn`) });
    expect(RETENTION_NEEDS.complaints).toBe('read-write-delete');
    expect(routeGroups.some((group) => String(group.needs.complaints).includes('delete'))).toBe(false);
  });

  it('lets a group use the table key only through DynamoDB', () => {
    for (const group of routeGroups) {
      for (const statement of statementsOf(group.name).filter((candidate) => refersTo(candidate.Resource, tableKeyId()))) {
        expect(statement.Condition?.StringEquals?.['kms:ViaService']).toBe(`dynamodb.${built.config.region}.amazonaws.com`);
      }
    }
  });

  it('grants the identity key exactly as needs say: one action, this purpose, an agency always named', () => {
    for (const group of routeGroups) {
      const statements = statementsOf(group.name).filter(onIdentityKey);
      const need = group.needs.identityKey;
      if (!need) {
        expect(statements, group.name).toEqual([]);
        continue;
      }
      expect(statements).toHaveLength(1);
      expect(actionsOf(statements[0]!)).toEqual([need === 'encrypt' ? 'kms:Encrypt' : 'kms:Decrypt']);
      expect(statements[0]!.Condition).toEqual({
        // Sealing covers reporters' contacts too (the intake seals both); opening covers identities only.
        StringEquals: { 'kms:EncryptionContext:purpose': need === 'encrypt' ? ['reporter-identity', 'reporter-contact'] : 'reporter-identity' },
        Null: { 'kms:EncryptionContext:agency': 'false' },
      });
    }
  });

  // The current route table, spelled out: a change here is a security decision and should be reviewed as one.
  it('gives the meta group no DynamoDB and no KMS access', () => {
    const actions = statementsOf('meta').flatMap(actionsOf);
    expect(actions.filter((action) => action.startsWith('dynamodb:') || action.startsWith('kms:'))).toEqual([]);
  });

  it('gives the tracking group no use of the identity key', () => {
    expect(identityKeyActions('tracking')).toEqual([]);
    // Its only KMS permissions are on the table key through DynamoDB (one statement per table it
    // reads: complaints and the agency registry), and on the evidence key through S3 (the reporter's
    // upload is encrypted with the credentials that signed it).
    const kms = statementsOf('tracking').filter((candidate) => actionsOf(candidate).some((a) => a.startsWith('kms:')));
    expect(kms).toHaveLength(3);
    expect(kms.filter((statement) => refersTo(statement.Resource, evidenceKeyId()))).toHaveLength(1);
    for (const statement of kms) {
      const viaService = statement.Condition?.StringEquals?.['kms:ViaService'];
      if (refersTo(statement.Resource, tableKeyId())) expect(viaService).toBe(`dynamodb.${built.config.region}.amazonaws.com`);
      else expect([refersTo(statement.Resource, evidenceKeyId()), viaService]).toEqual([true, `s3.${built.config.region}.amazonaws.com`]);
    }
  });

  it('lets only the complaints group seal identities, and only the identity and custody groups open them', () => {
    const sealers = routeGroups.filter((group) => identityKeyActions(group.name).includes('kms:Encrypt')).map((group) => group.name);
    const openers = routeGroups.filter((group) => identityKeyActions(group.name).includes('kms:Decrypt')).map((group) => group.name);
    expect(sealers).toEqual(['complaints']);
    // Custody's referral package may include the identity, after the custodian's reason is audited.
    expect(openers.sort()).toEqual(['custody', 'identity']);
    for (const name of background().keys()) expect(identityKeyActions(name), name).toEqual([]);
  });

  it('puts every route of a function that can open identities behind the staff authorizer', () => {
    const openers = routeGroups.filter((group) => identityKeyActions(group.name).includes('kms:Decrypt'));
    for (const group of openers) {
      for (const route of group.routes) {
        expect(route.access.kind, routeKey(route)).toBe('staff');
        const [, resource] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').find(
          ([, candidate]) => candidate.Properties!.RouteKey === routeKey(route),
        )!;
        expect(resource.Properties!.AuthorizationType).toBe('JWT');
      }
    }
  });
});

describe('staff sign-in', () => {
  const userPoolId = () => built.stateful.getLogicalId(built.stateful.staff.userPool.node.defaultChild as CfnUserPool);
  const signIn = () => built.stateless.staffSignIn!;
  const clientId = () => built.stateless.getLogicalId(signIn().client.node.defaultChild as CfnUserPoolClient);
  const domainId = () => built.stateful.getLogicalId(built.stateful.staff.domain.node.defaultChild as CfnUserPoolDomain);
  const distributionId = () => built.stateless.getLogicalId(built.stateless.site.distribution.node.defaultChild as CfnDistribution);
  const client = () => stateless.toJSON().Resources[clientId()];

  it('checks a Cognito JWT on every staff route and none on public ones', () => {
    const authorizers = resourcesOf(stateless, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    const [[authorizerId, authorizer]] = authorizers as [[string, any]];
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer.Properties.IdentitySource).toEqual(['$request.header.Authorization']);
    expect(refersTo(authorizer.Properties.JwtConfiguration.Issuer, userPoolId())).toBe(true);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('cognito-idp.');
    // Tokens of the staff pages' client, and of no other.
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId() }]);

    expect(routes.some((route) => route.access.kind === 'staff')).toBe(true);
    for (const route of routes) {
      const [, resource] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Route').find(
        ([, candidate]) => candidate.Properties!.RouteKey === routeKey(route),
      )!;
      if (route.access.kind === 'staff') {
        expect(resource.Properties, routeKey(route)).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      } else {
        expect(resource.Properties!.AuthorizationType, routeKey(route)).toBe('NONE');
        expect(resource.Properties!.AuthorizerId).toBeUndefined();
      }
    }
  });

  it('has a group per staff role, admin-created accounts, required TOTP MFA and an immutable agency', () => {
    const groups = resourcesOf(stateful, 'AWS::Cognito::UserPoolGroup').map(([, group]) => group.Properties!.GroupName);
    expect(groups.sort()).toEqual([...STAFF_ROLES].sort());
    const pool = stateful.toJSON().Resources[userPoolId()];
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      DeletionProtection: 'ACTIVE',
    });
    expect(pool.Properties.Schema).toContainEqual(expect.objectContaining({ Name: 'agency', Mutable: false }));
    expect(pool.Properties.Schema).toContainEqual(expect.objectContaining({ Name: 'unit', Mutable: true }));
  });

  it("lets only the agencies group make staff accounts (their agency's group too), and the cases group only find one (its assignee), on this pool only", () => {
    const allowed: Record<string, string[]> = {
      agencies: ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:CreateGroup', 'cognito-idp:ListUsersInGroup'],
      cases: ['cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsers'],
    };
    for (const group of routeGroups) {
      const { statements } = permissionsOf(stateless, groupFunction(group.name).roleId);
      const cognito = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('cognito-idp:')));
      const actions = allowed[group.name];
      if (!actions) {
        expect(cognito, group.name).toEqual([]);
        continue;
      }
      expect(cognito).toHaveLength(1);
      expect(actionsOf(cognito[0]!).sort(), group.name).toEqual(actions);
      expect(JSON.stringify(cognito[0]!.Resource)).toContain(userPoolId());
    }
  });

  it("gives the pool a hosted sign-in domain named after the stage and this account's region", () => {
    const domains = resourcesOf(stateful, 'AWS::Cognito::UserPoolDomain');
    expect(domains.map(([id]) => id)).toEqual([domainId()]);
    const [, domain] = domains[0]!;
    expect(domain.Properties).toMatchObject({ Domain: built.config.authDomainPrefix, UserPoolId: { Ref: userPoolId() } });
    expect(built.config.authDomainPrefix).toMatch(/^integrity-dev-[0-9a-f]{8}$/);
    expect(resourcesOf(stateless, 'AWS::Cognito::UserPoolDomain')).toEqual([]);
  });

  it('has one app client, for the staff pages: code grant only, no secret, back to this distribution', () => {
    // The old SRP client is gone: a client nobody uses would still be a way in.
    expect(resourcesOf(stateful, 'AWS::Cognito::UserPoolClient')).toEqual([]);
    expect(resourcesOf(stateless, 'AWS::Cognito::UserPoolClient').map(([id]) => id)).toEqual([clientId()]);
    const properties = client().Properties;
    expect(refersTo(properties.UserPoolId, userPoolId())).toBe(true);
    expect(properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      // Passwords go to the hosted UI only; the client itself may only refresh a session.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect([...properties.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
    const site = `https://{${distributionId()}.DomainName}`;
    expect(properties.CallbackURLs.map(flattenString)).toEqual([`${site}/staff/callback.html`]);
    expect(properties.LogoutURLs.map(flattenString)).toEqual([`${site}/staff/`]);
  });

  it('issues short-lived tokens: an hour for ID and access tokens, a working day at most for refresh', () => {
    const properties = client().Properties;
    expect(properties.TokenValidityUnits).toEqual({ IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' });
    expect(properties.IdTokenValidity).toBe(60);
    expect(properties.AccessTokenValidity).toBe(60);
    expect(properties.RefreshTokenValidity).toBeGreaterThanOrEqual(8 * 60);
    expect(properties.RefreshTokenValidity).toBeLessThanOrEqual(12 * 60);
  });

  it('lets the staff pages read the agency but never write it', () => {
    const properties = client().Properties;
    expect(properties.ReadAttributes).toContain('custom:agency');
    expect(properties.WriteAttributes).not.toContain('custom:agency');
    expect(properties.WriteAttributes.length).toBeGreaterThan(0);
  });

  it('tells the pages in /config.json where to sign in, never cached by a browser', () => {
    const [[, deployment]] = resourcesOf(stateless, 'Custom::CDKBucketDeployment').filter(
      ([, candidate]) => candidate.Properties!.Prune === false,
    ) as [[string, any]];
    const siteId = built.stateless.getLogicalId(built.stateless.site.bucket.node.defaultChild as CfnBucket);
    expect(deployment.Properties).toMatchObject({
      DestinationBucketName: { Ref: siteId },
      SystemMetadata: { 'cache-control': 'no-cache', 'content-type': 'application/json' },
      DistributionId: { Ref: distributionId() },
      DistributionPaths: ['/config.json'],
    });
    // The file as staged, with its deploy-time values filled in as placeholders.
    const [key] = deployment.Properties.SourceObjectKeys as string[];
    let text = readFileSync(join(outdir, `asset.${key!.replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
    for (const [marker, value] of Object.entries(deployment.Properties.SourceMarkers[0] as Record<string, unknown>)) {
      text = text.replaceAll(marker, flattenString(value));
    }
    const site = `https://{${distributionId()}.DomainName}`;
    expect(JSON.parse(text)).toEqual({
      staffSignIn: {
        kind: 'cognito',
        domain: flattenString(built.stateless.resolve(built.stateful.staff.hostedUiUrl)),
        clientId: `{Ref:${clientId()}}`,
        redirectUri: `${site}/staff/callback.html`,
        logoutUri: `${site}/staff/`,
      },
    });
    const domain = JSON.parse(text).staffSignIn.domain as string;
    expect(domain).toMatch(new RegExp(`^https://\\{Import:[^}]+\\}\\.auth\\.${built.config.region}\\.amazoncognito\\.com$`));
    expect(domain).toContain(domainId());
  });
});

describe('the data', () => {
  it('builds every table definition: on demand, PITR, deletion protection, customer-managed key, retained', () => {
    expect(resourcesOf(stateful, 'AWS::DynamoDB::GlobalTable')).toHaveLength(allTables.length);
    for (const definition of allTables) {
      const table = stateful.toJSON().Resources[tableId(definition.id)];
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          ...(definition.sortKey ? [{ AttributeName: definition.sortKey.name, KeyType: 'RANGE' }] : []),
        ],
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      });
      expect(table.Properties.Replicas).toHaveLength(1);
      const [replica] = table.Properties.Replicas;
      expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(replica.DeletionProtectionEnabled).toBe(true);
      expect(refersTo(replica.SSESpecification.KMSMasterKeyId, tableKeyId())).toBe(true);
      if (definition.timeToLiveAttribute) {
        expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: definition.timeToLiveAttribute, Enabled: true });
      } else {
        expect(table.Properties.TimeToLiveSpecification).toBeUndefined();
      }
    }
  });

  it('projects into each index exactly the attributes its definition lists', () => {
    for (const definition of allTables) {
      const table = stateful.toJSON().Resources[tableId(definition.id)];
      const indexes = (table.Properties.GlobalSecondaryIndexes ?? []) as any[];
      expect(indexes.map((index) => index.IndexName).sort()).toEqual(definition.globalIndexes.map((index) => index.name).sort());
      for (const index of definition.globalIndexes) {
        const built = indexes.find((candidate) => candidate.IndexName === index.name);
        if (index.projectedAttributes.length === 0) {
          expect(built.Projection).toEqual({ ProjectionType: 'KEYS_ONLY' });
        } else {
          expect(built.Projection.ProjectionType).toBe('INCLUDE');
          expect([...built.Projection.NonKeyAttributes].sort()).toEqual([...index.projectedAttributes].sort());
        }
        expect(built.KeySchema).toEqual([
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
        ]);
      }
    }
  });

  it('rotates and retains every KMS key, and names the identity key by alias', () => {
    const keys = resourcesOf(stateful, 'AWS::KMS::Key');
    expect(keys.map(([id]) => id).sort()).toEqual([identityKeyId(), tableKeyId(), alarmKeyId(), logKeyId(), evidenceKeyId()].sort());
    for (const [, key] of keys) {
      expect(key.Properties!.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe('Retain');
      expect(key.UpdateReplacePolicy).toBe('Retain');
    }
    stateful.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/integrity-platform/dev/reporter-identity',
      TargetKeyId: { 'Fn::GetAtt': [identityKeyId(), 'Arn'] },
    });
  });

  it('puts keys and tables in a stack with termination protection', () => {
    expect(built.stateful.terminationProtection).toBe(true);
    expect(resourcesOf(stateless, 'AWS::DynamoDB::GlobalTable')).toEqual([]);
    expect(resourcesOf(stateless, 'AWS::KMS::Key')).toEqual([]);
  });
});

describe('logs', () => {
  it('gives every log group a retention period', () => {
    const groups = [...resourcesOf(stateful, 'AWS::Logs::LogGroup'), ...resourcesOf(stateless, 'AWS::Logs::LogGroup')];
    expect(groups.length).toBeGreaterThanOrEqual(routeGroups.length + 1);
    for (const [id, group] of groups) {
      expect(group.Properties!.RetentionInDays, id).toBeGreaterThan(0);
    }
  });

  it('encrypts every log group with the log key of the stateful stack', () => {
    const groups = [...resourcesOf(stateful, 'AWS::Logs::LogGroup'), ...resourcesOf(stateless, 'AWS::Logs::LogGroup')];
    for (const [id, group] of groups) {
      expect(group.Properties!.KmsKeyId, id).toEqual({ 'Fn::ImportValue': expect.stringContaining(`GetAtt${logKeyId()}Arn`) });
    }
  });

  it("lets CloudWatch Logs use the log key for this account's and region's log groups only", () => {
    const key = stateful.toJSON().Resources[logKeyId()];
    const logs = (key.Properties.KeyPolicy.Statement as Statement[] & { Principal?: unknown }[]).filter((statement: any) =>
      JSON.stringify(statement.Principal ?? {}).includes('logs.'),
    );
    expect(logs).toHaveLength(1);
    expect(flattenString((logs[0] as any).Principal.Service)).toBe(`logs.${built.config.region}.amazonaws.com`);
    expect(flattenString(logs[0]!.Condition!.ArnLike!['kms:EncryptionContext:aws:logs:arn'])).toBe(
      `arn:{Ref:AWS::Partition}:logs:${built.config.region}:${built.config.account}:log-group:*`,
    );
  });

  it("lets each function write only its own log group, with no AWS managed policy", () => {
    for (const group of functionNames().map((name) => ({ name }))) {
      const { roleId, logGroupId } = groupFunction(group.name);
      const { statements, managedPolicies } = permissionsOf(stateless, roleId);
      expect(managedPolicies).toEqual([]);
      const logs = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('logs:')));
      expect(logs).toEqual([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } },
      ]);
    }
  });
});

describe('the site', () => {
  const templates = () => [stateless, stateful];
  const buckets = () => templates().flatMap((template) => resourcesOf(template, 'AWS::S3::Bucket').map(([id, bucket]) => ({ template, id, bucket })));

  it('keeps every bucket private, versioned, encrypted and retained', () => {
    // The site and its log bucket here; the statistics, their log bucket, the evidence and the audit
    // archive (test/infra/keys-and-history.test.ts) in the stateful stack.
    expect(resourcesOf(stateless, 'AWS::S3::Bucket')).toHaveLength(2);
    const auditArchiveId = built.stateful.getLogicalId(built.stateful.auditArchive.bucket.node.defaultChild as CfnBucket);
    expect(resourcesOf(stateful, 'AWS::S3::Bucket').map(([id]) => id).sort()).toEqual([statsBucketId(), statsLogBucketId(), evidenceBucketId(), auditArchiveId].sort());
    // The evidence bucket has its own key (test/infra/evidence.test.ts); every other holds nothing secret.
    for (const { id, bucket } of buckets().filter((candidate) => candidate.id !== evidenceBucketId())) {
      expect(bucket.DeletionPolicy, id).toBe('Retain');
      expect(bucket.Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      });
    }
  });

  it('refuses plain-HTTP requests to every bucket', () => {
    for (const { template, id } of buckets()) {
      const policies = resourcesOf(template, 'AWS::S3::BucketPolicy').filter(([, policy]) => refersTo(policy.Properties!.Bucket, id));
      expect(policies, id).toHaveLength(1);
      expect(policies[0]![1].Properties!.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('logs site bucket access to the log bucket', () => {
    const siteId = built.stateless.getLogicalId(built.stateless.site.bucket.node.defaultChild as CfnBucket);
    const logId = built.stateless.getLogicalId(built.stateless.site.logBucket.node.defaultChild as CfnBucket);
    const site = stateless.toJSON().Resources[siteId];
    expect(site.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logId });
  });

  describe('the distribution', () => {
    const distribution = () => {
      const [[, resource]] = resourcesOf(stateless, 'AWS::CloudFront::Distribution') as [[string, any]];
      return resource.Properties.DistributionConfig;
    };
    const origin = (id: string) => distribution().Origins.find((candidate: any) => candidate.Id === id);

    it('routes /api/* to the HTTP API, uncached, all methods, over HTTPS only', () => {
      const apiId = built.stateless.getLogicalId(built.stateless.api.httpApi.node.defaultChild as CfnApi);
      const behaviours = distribution().CacheBehaviors.filter((behaviour: any) => behaviour.PathPattern === '/api/*');
      expect(behaviours).toHaveLength(1);
      const [api] = behaviours;
      const target = origin(api.TargetOriginId);
      expect(refersTo(target.DomainName, apiId)).toBe(true);
      expect(JSON.stringify(target.DomainName)).toContain('.execute-api.');
      expect(target.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
      expect(api.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
      expect(api.OriginRequestPolicyId).toBe(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId);
      expect([...api.AllowedMethods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
      expect(api.ViewerProtocolPolicy).toBe('https-only');
    });

    it('serves the pages from the private bucket through origin access control, HTTPS only', () => {
      const siteId = built.stateless.getLogicalId(built.stateless.site.bucket.node.defaultChild as CfnBucket);
      const config = distribution();
      expect(config.DefaultRootObject).toBe('index.html');
      expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      const pages = origin(config.DefaultCacheBehavior.TargetOriginId);
      expect(refersTo(pages.DomainName, siteId)).toBe(true);
      expect(pages.OriginAccessControlId).toBeDefined();
      expect(pages.S3OriginConfig.OriginAccessIdentity).toBe('');
    });

    it('serves every /a/{agency}/ address from the generic channel pages, by the same rule as the local server', () => {
      const [association, ...others] = distribution().DefaultCacheBehavior.FunctionAssociations;
      expect(others).toHaveLength(0);
      expect(association.EventType).toBe('viewer-request');
      const found = resourcesOf(stateless, 'AWS::CloudFront::Function').find(([id]) => JSON.stringify(association.FunctionARN) === JSON.stringify({ 'Fn::GetAtt': [id, 'FunctionARN'] }));
      expect(found).toBeDefined();
      const resource = found![1] as any;
      expect(resource.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
      expect(resource.Properties.AutoPublish).toBe(true);
      // The deployed code answers as shared/rules/agency-path.ts does, address by address.
      const handler = runInNewContext(`${resource.Properties.FunctionCode as string}; handler`) as (event: unknown) => any;
      for (const uri of ['/a/tambon-example/', '/a/tambon-example/report.html', '/a/bma-health/track', '/a/bma-health', '/', '/report.html', '/agency/report.html', '/a/../staff/cases.html', '/a/x/', '/a/bma-health/staff/cases.html', '/stats/bma-health/', '/a/bma-health/reportxhtml', '/a/tambon-example/en/', '/a/tambon-example/en/report.html', '/a/tambon-example/en', '/en/', '/en', '/en/report.html', '/a/x/fr/report.html']) {
        const answer = handler({ request: { uri, method: 'GET', headers: {} } });
        const rule = resolveAgencyPath(uri);
        if (rule?.kind === 'redirect') expect({ status: answer.statusCode, location: answer.headers.location.value }, uri).toEqual({ status: 301, location: rule.location });
        else expect(answer.uri, uri).toBe(rule?.kind === 'rewrite' ? rule.path : uri);
      }
    });

    it('keeps CloudFront access logging off, since those logs hold viewer IP addresses', () => {
      expect(distribution().Logging).toBeUndefined();
    });

    const headersPolicy = (policyId: unknown) => {
      const found = resourcesOf(stateless, 'AWS::CloudFront::ResponseHeadersPolicy').find(([id]) => JSON.stringify({ Ref: id }) === JSON.stringify(policyId));
      expect(found, JSON.stringify(policyId)).toBeDefined();
      return (found![1] as any).Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    };

    it('keeps the executive report\'s own stricter CSP on /api/*, and adds the pages\' policy where an answer has none', () => {
      const config = distribution();
      const api = config.CacheBehaviors.find((behaviour: any) => behaviour.PathPattern === '/api/*');
      const apiHeaders = headersPolicy(api.ResponseHeadersPolicyId);
      expect(apiHeaders.ContentSecurityPolicy.Override).toBe(false);
      const pageHeaders = headersPolicy(config.DefaultCacheBehavior.ResponseHeadersPolicyId);
      // Everything else as on the pages.
      expect(apiHeaders.ContentSecurityPolicy.ContentSecurityPolicy).toEqual(pageHeaders.ContentSecurityPolicy.ContentSecurityPolicy);
      for (const header of ['StrictTransportSecurity', 'ContentTypeOptions', 'FrameOptions', 'ReferrerPolicy']) {
        expect(apiHeaders[header], header).toEqual(pageHeaders[header]);
      }
    });

    it('sends the same security headers the pages are written for', () => {
      const policyId = distribution().DefaultCacheBehavior.ResponseHeadersPolicyId.Ref;
      const headers = headersPolicy({ Ref: policyId });
      expect(headers.ContentSecurityPolicy.Override).toBe(true);
      // The local server's policy, with the hosted UI's origin added to connect-src and nothing else.
      const csp = cspDirectives(flattenString(headers.ContentSecurityPolicy.ContentSecurityPolicy));
      const strict = cspDirectives(CONTENT_SECURITY_POLICY);
      expect([...csp.keys()]).toEqual([...strict.keys()]);
      for (const [directive, sources] of strict) {
        if (directive !== 'connect-src') expect(csp.get(directive), directive).toEqual(sources);
      }
      const hostedUi = flattenString(built.stateless.resolve(built.stateful.staff.hostedUiUrl));
      expect(hostedUi).toMatch(/^https:\/\/\{Import:[^}]+\}\.auth\.[a-z0-9-]+\.amazoncognito\.com$/);
      expect(hostedUi).toContain(built.stateful.getLogicalId(built.stateful.staff.domain.node.defaultChild as CfnUserPoolDomain));
      // And the evidence bucket's own endpoint, where the pages POST uploads (createPresignedPost's URL).
      const evidenceOrigin = flattenString(built.stateless.resolve(built.stateful.evidence.uploadOrigin));
      expect(evidenceOrigin).toMatch(new RegExp(`^https://\\{Import:[^}]+FnGetAtt${evidenceBucketId()}RegionalDomainName[^}]*\\}$`));
      expect(csp.get('connect-src')).toEqual(["'self'", hostedUi, evidenceOrigin]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      expect(headers.StrictTransportSecurity).toMatchObject({ Override: true, IncludeSubdomains: true });
      expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
      const config = distribution();
      expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      const stats = config.CacheBehaviors.find((behaviour: any) => behaviour.PathPattern !== '/api/*');
      expect(stats.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    });
  });

  it('deploys the pages built from web/ into the site bucket', () => {
    const siteId = built.stateless.getLogicalId(built.stateless.site.bucket.node.defaultChild as CfnBucket);
    stateless.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: siteId },
      Prune: true,
      DistributionPaths: ['/*'],
      // Written by its own deployment (see 'staff sign-in'): pruning the pages must leave it alone.
      Exclude: ['config.json'],
    });
    const [[, deployment]] = resourcesOf(stateless, 'Custom::CDKBucketDeployment').filter(
      ([, candidate]) => candidate.Properties!.Prune === true,
    ) as [[string, any]];
    const [key] = deployment.Properties.SourceObjectKeys as string[];
    const pagesDir = join(outdir, `asset.${key!.replace(/\.zip$/, '')}`);
    expect(existsSync(join(pagesDir, 'index.html'))).toBe(true);
    expect(readdirSync(join(pagesDir, 'assets')).some((name) => name.endsWith('.js'))).toBe(true);
    // The root's channel pages are built for the deployment's default agency, whose id they carry
    // (its name is the registry's, filled by the page's script); the root itself is the finder.
    const report = readFileSync(join(pagesDir, 'report.html'), 'utf8');
    expect(report).toContain(`<html lang="th" data-agency="${appConfigFromEnv(built.config.appSettings).defaultAgency}">`);
    expect(report).toContain('<p class="agency"><span data-agency-name></span></p>');
    expect(readFileSync(join(pagesDir, 'index.html'), 'utf8')).not.toContain('<p class="agency">');
  });
});

describe('the published statistics', () => {
  const statsBucket = () => stateful.toJSON().Resources[statsBucketId()];
  const statsBucketArnImport = () => ({ 'Fn::ImportValue': expect.stringContaining(`FnGetAtt${statsBucketId()}Arn`) });

  it('lives in the stateful stack: retained, versioned, logged, and no earlier version ever expires', () => {
    const bucket = statsBucket();
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    // Re-publications keep the earlier files as noncurrent versions: no lifecycle rule may drop them.
    expect(bucket.Properties.LifecycleConfiguration).toBeUndefined();
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: statsLogBucketId() }, LogFilePrefix: 'stats-bucket/' });
    expect(built.stateful.terminationProtection).toBe(true);
  });

  it("lets this account's CloudFront read stats/* and nobody write, by the bucket policy", () => {
    const policies = resourcesOf(stateful, 'AWS::S3::BucketPolicy').filter(
      ([, policy]) => JSON.stringify(policy.Properties!.Bucket) === JSON.stringify({ Ref: statsBucketId() }),
    );
    expect(policies).toHaveLength(1);
    const statements = policies[0]![1].Properties!.PolicyDocument.Statement as Statement[];
    expect(statements.filter((statement) => statement.Effect === 'Allow')).toEqual([
      {
        Sid: 'CloudFrontReadsPublishedStatistics',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [statsBucketId(), 'Arn'] }, '/stats/*']] },
        Condition: {
          ArnLike: { 'AWS:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cloudfront::${built.config.account}:distribution/*`]] } },
        },
      },
    ]);
    for (const statement of statements.filter((candidate) => candidate.Effect === 'Deny')) {
      expect(statement.Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
    }
  });

  it('lets the publication functions get and put objects under stats/ only, list that prefix only, and delete nothing', () => {
    for (const name of [PUBLICATIONS_GROUP, PUBLICATION_WORKER, 'agencies']) {
      const { statements } = permissionsOf(stateless, groupFunction(name).roleId);
      const s3 = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')));
      expect(s3, name).toEqual([
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: { 'Fn::Join': ['', [statsBucketArnImport(), '/stats/*']] } },
        // Without it S3 answers a missing key with AccessDenied, which the store would take for a failure.
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: statsBucketArnImport(), Condition: { StringLike: { 's3:prefix': ['stats/*'] } } },
      ]);
    }
  });

  // The registry's function writes a new agency's page before its first publication (and /stats/'s
  // while nothing is published), so that no statistics link answers 404; the reports group publishes
  // at an executive's approval. Both write through the same store, under stats/ only, and delete nothing.
  it('can be written by the functions that publish (the HTTP route, the queue\'s worker, the reports group, whose approval publishes) and the registry\'s, and by nothing else', () => {
    const writes = (action: string) => action === '*' || /^s3:(\*|Put|Delete|Restore|Replicate|Abort|Create)/.test(action);
    const writers = new Set<string>();
    for (const template of [stateless, stateful]) {
      const documents: [string[], Statement[]][] = [
        ...resourcesOf(template, 'AWS::IAM::Policy').map(
          ([, policy]) => [policy.Properties!.Roles.map((role: unknown) => JSON.stringify(role)), policy.Properties!.PolicyDocument.Statement] as [string[], Statement[]],
        ),
        ...resourcesOf(template, 'AWS::IAM::Role').map(
          ([id, role]) => [[JSON.stringify({ Ref: id })], (role.Properties!.Policies ?? []).flatMap((policy: any) => policy.PolicyDocument.Statement)] as [string[], Statement[]],
        ),
      ];
      for (const [roles, statements] of documents) {
        for (const statement of statements) {
          const onBucket = refersTo(statement.Resource, statsBucketId()) || JSON.stringify(statement.Resource).includes('"*"');
          if (statement.Effect === 'Allow' && onBucket && actionsOf(statement).some(writes)) roles.forEach((role) => writers.add(role));
        }
      }
      expect(resourcesOf(template, 'AWS::IAM::ManagedPolicy')).toEqual([]);
    }
    expect([...writers].sort()).toEqual(
      [PUBLICATIONS_GROUP, PUBLICATION_WORKER, 'reports', 'agencies'].map((name) => JSON.stringify({ Ref: groupFunction(name).roleId })).sort(),
    );
  });

  it('is served at /stats/* through origin access control, the path being the key, cached five minutes, with the pages’ headers', () => {
    const [[, resource]] = resourcesOf(stateless, 'AWS::CloudFront::Distribution') as [[string, any]];
    const config = resource.Properties.DistributionConfig;
    const behaviours = config.CacheBehaviors.filter((behaviour: any) => behaviour.PathPattern === '/stats/*');
    expect(behaviours).toHaveLength(1);
    const [stats] = behaviours;
    const origin = config.Origins.find((candidate: any) => candidate.Id === stats.TargetOriginId);
    expect(origin.DomainName).toEqual({ 'Fn::ImportValue': expect.stringContaining(`FnGetAtt${statsBucketId()}RegionalDomainName`) });
    // No origin path: /stats/2570-Q1 asks S3 for stats/2570-Q1, where the publication wrote it.
    expect(origin.OriginPath).toBeUndefined();
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    const oac = stateless.toJSON().Resources[origin.OriginAccessControlId['Fn::GetAtt'][0]];
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    expect(stats.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect([...stats.AllowedMethods].sort()).toEqual(['GET', 'HEAD']);
    expect(stats.ResponseHeadersPolicyId).toEqual(config.DefaultCacheBehavior.ResponseHeadersPolicyId);
    const cache = stateless.toJSON().Resources[stats.CachePolicyId.Ref].Properties.CachePolicyConfig;
    expect(cache).toMatchObject({
      DefaultTTL: 300,
      MaxTTL: 300,
      MinTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: {
        QueryStringsConfig: { QueryStringBehavior: 'none' },
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
      },
    });
  });
});

describe('the quarterly publication schedule', () => {
  const resources = () => stateless.toJSON().Resources;
  // The daily retention has the other schedule (test/infra/evidence.test.ts).
  const schedule = () => {
    const schedules = resourcesOf(stateless, 'AWS::Scheduler::Schedule').filter(([, candidate]) =>
      refersTo(candidate.Properties!.Target.Arn, scheduled().functionId),
    ) as [string, any][];
    expect(schedules).toHaveLength(1);
    return schedules[0]![1];
  };
  const schedulerRoleId = () => built.stateless.getLogicalId(built.stateless.publication.schedulerRole.node.defaultChild as CfnRole);
  const scheduleGroupId = () => built.stateless.getLogicalId(built.stateless.publication.group.node.defaultChild as CfnScheduleGroup);
  const scheduled = () => groupFunction(SCHEDULED_PUBLICATION);

  it('runs at 00:15 Bangkok time on the first day of each fiscal quarter, on the minute, with {} as input', () => {
    expect(schedule().Properties).toMatchObject({
      ScheduleExpression: 'cron(15 0 1 1,4,7,10 ? *)',
      ScheduleExpressionTimezone: 'Asia/Bangkok',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
    // No period: the function publishes the quarter just ended, for every agency.
    expect(schedule().Properties.Target.Input).toBe('{}');
    expect(schedule().Properties.Target.Arn).toEqual({ 'Fn::GetAtt': [scheduled().functionId, 'Arn'] });
    expect(schedule().Properties.GroupName).toBe(resources()[scheduleGroupId()].Properties.Name);
    expect(schedule().DependsOn).toContain(scheduleGroupId());
  });

  it('targets the fan-out entry, small and quick: it only lists agencies and queues their jobs', () => {
    const fn = resources()[scheduled().functionId];
    expect(fn.Properties).toMatchObject({ Timeout: 120, MemorySize: 256 });
    const code = readFileSync(join(outdir, `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`, 'index.mjs'), 'utf8');
    // The entry's own log line, which neither the worker nor the HTTP publication writes.
    expect(code).toContain('"queued"');
  });

  it('retries delivery three times within two hours, then dead-letters to an encrypted, TLS-only queue kept 14 days', () => {
    expect(schedule().Properties.Target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 });
    expect(schedule().Properties.Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [deadLettersId(), 'Arn'] } });
    const queue = resources()[deadLettersId()];
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 60 * 60 });
    const policies = resourcesOf(stateless, 'AWS::SQS::QueuePolicy').filter(([, policy]) => refersTo(policy.Properties!.Queues, deadLettersId()));
    expect(policies).toHaveLength(1);
    expect(policies[0]![1].Properties!.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it("sends a run that keeps failing to the same queue after Lambda's own two retries", () => {
    // The scheduler invokes Lambda asynchronously: its retry policy covers delivery, not a run that throws.
    const configs = resourcesOf(stateless, 'AWS::Lambda::EventInvokeConfig').filter(([, config]) =>
      refersTo(config.Properties!.FunctionName, scheduled().functionId),
    );
    expect(configs).toHaveLength(1);
    expect(configs[0]![1].Properties).toEqual({
      FunctionName: { Ref: scheduled().functionId },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 7200,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [deadLettersId(), 'Arn'] } } },
    });
  });

  it("lets the scheduler's role invoke that function and fill that queue, and nothing else", () => {
    expect(schedule().Properties.Target.RoleArn).toEqual({ 'Fn::GetAtt': [schedulerRoleId(), 'Arn'] });
    const role = resources()[schedulerRoleId()];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': built.config.account, 'aws:SourceArn': { 'Fn::GetAtt': [scheduleGroupId(), 'Arn'] } } },
      },
    ]);
    const { statements, managedPolicies } = permissionsOf(stateless, schedulerRoleId());
    expect(managedPolicies).toEqual([]);
    // The function itself, not `<arn>:*` (every version and alias).
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [scheduled().functionId, 'Arn'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [deadLettersId(), 'Arn'] } },
    ]);
    const schedulerRoles = resourcesOf(stateless, 'AWS::IAM::Role').filter(([, candidate]) =>
      JSON.stringify(candidate.Properties!.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    );
    // One role per schedule: this one cannot run the retention, nor the retention's this.
    const retentionRoleId = built.stateless.getLogicalId(built.stateless.retention.schedulerRole.node.defaultChild as CfnRole);
    const remindersRoleId = built.stateless.getLogicalId(built.stateless.reminders!.schedulerRole.node.defaultChild as CfnRole);
    expect(schedulerRoles.map(([id]) => id).sort()).toEqual([schedulerRoleId(), retentionRoleId, remindersRoleId].sort());
  });

  it('grants the scheduled function the registry and sending jobs to the jobs queue, and nothing of the data it publishes', () => {
    const withoutLogs = permissionsOf(stateless, groupFunction(SCHEDULED_PUBLICATION).roleId).statements.filter((statement) => !actionsOf(statement).some((action) => action.startsWith('logs:')));
    const queues = withoutLogs.filter((statement) => actionsOf(statement).some((action) => action.startsWith('sqs:')));
    expect(queues).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [deadLettersId(), 'Arn'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [jobsQueueId(), 'Arn'] } },
    ]);
    // Everything else is reading the registry: its table and index, and the table key through DynamoDB.
    const rest = withoutLogs.filter((statement) => !queues.includes(statement));
    expect(rest.length).toBeGreaterThan(0);
    for (const statement of rest) {
      expect(refersTo(statement.Resource, tableId('Agencies')) || refersTo(statement.Resource, tableKeyId()), JSON.stringify(statement)).toBe(true);
      for (const action of actionsOf(statement)) expect(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'kms:Decrypt', 'kms:DescribeKey']).toContain(action);
    }
    expect(PUBLICATION_FAN_OUT_NEEDS).toEqual({ agencies: 'read' });
  });
});

describe("the quarterly publication's jobs", () => {
  const resources = () => stateless.toJSON().Resources;
  const workerDeadLettersId = () => built.stateless.getLogicalId(built.stateless.publicationWorkers.deadLetters.node.defaultChild as CfnQueue);
  const worker = () => groupFunction(PUBLICATION_WORKER);
  const scheduled = () => groupFunction(SCHEDULED_PUBLICATION);

  it('queue one job per message, encrypted and TLS-only, each tried three times before the dead-letter queue', () => {
    const queue = resources()[jobsQueueId()];
    expect(queue.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      // Six times the worker's five minutes, as Lambda advises for an SQS source.
      VisibilityTimeout: 1800,
      MessageRetentionPeriod: 86_400,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [workerDeadLettersId(), 'Arn'] }, maxReceiveCount: 3 },
    });
    expect(resources()[workerDeadLettersId()].Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 60 * 60 });
    for (const id of [jobsQueueId(), workerDeadLettersId()]) {
      const policies = resourcesOf(stateless, 'AWS::SQS::QueuePolicy').filter(([, policy]) => refersTo(policy.Properties!.Queues, id));
      expect(policies, id).toHaveLength(1);
      expect(policies[0]![1].Properties!.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('are taken by the worker one at a time, at most its reserved concurrency at once, below what the API keeps', () => {
    const mappings = resourcesOf(stateless, 'AWS::Lambda::EventSourceMapping').filter(([, mapping]) => refersTo(mapping.Properties!.EventSourceArn, jobsQueueId()));
    expect(mappings).toHaveLength(1);
    const reserved = built.config.reservedConcurrency[PUBLICATION_WORKER]!;
    expect(mappings[0]![1].Properties).toMatchObject({ FunctionName: { Ref: worker().functionId }, BatchSize: 1, ScalingConfig: { MaximumConcurrency: reserved } });
    expect(resources()[worker().functionId].Properties).toMatchObject({ Timeout: 300, MemorySize: 1024, ReservedConcurrentExecutions: reserved });
    expect(reserved).toBeLessThan(built.config.reservedConcurrency.complaints!);
    expect(reserved).toBeLessThan(built.config.reservedConcurrency.tracking!);
  });

  it('can be queued by the schedule and the worker only, and read by the worker only', () => {
    const senders: string[] = [];
    const receivers: string[] = [];
    for (const [id] of resourcesOf(stateless, 'AWS::IAM::Role')) {
      for (const statement of permissionsOf(stateless, id).statements) {
        if (!refersTo(statement.Resource, jobsQueueId())) continue;
        if (actionsOf(statement).includes('sqs:SendMessage')) senders.push(id);
        if (actionsOf(statement).includes('sqs:ReceiveMessage')) receivers.push(id);
      }
    }
    expect(senders.sort()).toEqual([groupFunction(SCHEDULED_PUBLICATION).roleId, worker().roleId].sort());
    expect(receivers).toEqual([worker().roleId]);
    // The queue's URL is named to those two functions only.
    const withUrl = resourcesOf(stateless, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties!.Environment?.Variables?.PUBLICATION_QUEUE_URL).map(([id]) => id);
    expect(withUrl.sort()).toEqual([scheduled().functionId, worker().functionId].sort());
    expect(resources()[worker().functionId].Properties.Environment.Variables.PUBLICATION_QUEUE_URL).toEqual({ Ref: jobsQueueId() });
  });

  it('publish with what the publications group has: the same needs, the same grants, and queuing the index job again', () => {
    expect(routeGroups.find((group) => group.name === PUBLICATIONS_GROUP)!.needs).toEqual({
      agencies: 'read',
      complaints: 'read',
      surveys: 'read',
      informationCentre: 'read',
      audit: 'append-read',
      statsBucket: 'read-write',
    });
    const withoutLogs = (name: string) =>
      permissionsOf(stateless, groupFunction(name).roleId).statements.filter((statement) => !actionsOf(statement).some((action) => action.startsWith('logs:') || action.startsWith('sqs:')));
    expect(withoutLogs(PUBLICATION_WORKER)).toEqual(withoutLogs(PUBLICATIONS_GROUP));
    const onSurveys = withoutLogs(PUBLICATION_WORKER).filter((statement) => refersTo(statement.Resource, tableId('Surveys')));
    expect(onSurveys.flatMap(actionsOf).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    const sqs = permissionsOf(stateless, worker().roleId).statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('sqs:')));
    expect(sqs.every((statement) => refersTo(statement.Resource, jobsQueueId()))).toBe(true);
  });

  it('answer /stats/…/ with that folder\'s index.html on CloudFront, and send a folder named without its "/" there', () => {
    const [[, resource]] = resourcesOf(stateless, 'AWS::CloudFront::Distribution') as [[string, any]];
    const [stats] = resource.Properties.DistributionConfig.CacheBehaviors.filter((behaviour: any) => behaviour.PathPattern === '/stats/*');
    expect(stats.FunctionAssociations).toHaveLength(1);
    expect(stats.FunctionAssociations[0].EventType).toBe('viewer-request');
    const functionId = stats.FunctionAssociations[0].FunctionARN['Fn::GetAtt'][0];
    expect(resources()[functionId].Properties).toMatchObject({ FunctionCode: STATS_DIRECTORY_INDEX, FunctionConfig: { Runtime: 'cloudfront-js-2.0' }, AutoPublish: true });
    // The function's own code, run as CloudFront runs it: a script that defines handler.
    const handler = runInNewContext(`${STATS_DIRECTORY_INDEX}; handler`) as (event: { request: { uri: string } }) => { uri?: string; statusCode?: number; headers?: Record<string, { value: string }> };
    expect(handler({ request: { uri: '/stats/' } }).uri).toBe('/stats/index.html');
    expect(handler({ request: { uri: '/stats/all/' } }).uri).toBe('/stats/all/index.html');
    expect(handler({ request: { uri: '/stats/bma-health/2570-Q1/' } }).uri).toBe('/stats/bma-health/2570-Q1/index.html');
    expect(handler({ request: { uri: '/stats/bma-health/2570-Q1/stats.json' } }).uri).toBe('/stats/bma-health/2570-Q1/stats.json');
    expect(handler({ request: { uri: '/stats/bma-health' } })).toMatchObject({ statusCode: 301, headers: { location: { value: '/stats/bma-health/' } } });
  });
});

describe('alarms', () => {
  const alarms = () => resourcesOf(stateless, 'AWS::CloudWatch::Alarm') as [string, any][];
  const alarmNamed = (suffix: string) => {
    const found = alarms().filter(([, alarm]) => alarm.Properties.AlarmName === `integrity-platform-${built.config.stage}-${suffix}`);
    expect(found, suffix).toHaveLength(1);
    return found[0]![1].Properties;
  };

  // Each function nobody waits for, by the name its alarms carry.
  const jobs = () =>
    [
      ['publication', SCHEDULED_PUBLICATION],
      ['publication-worker', PUBLICATION_WORKER],
      ['retention', SCHEDULED_RETENTION],
      ['evidence-processing', EVIDENCE_PROCESSING],
    ] as const;

  it('fires on the first message in the dead-letter queue of each scheduled or event-driven function', () => {
    for (const [job, name] of jobs()) {
      const queueId = built.stateless.getLogicalId(background().get(name)!.deadLetters.node.defaultChild as CfnQueue);
      expect(alarmNamed(`${job}-dead-letters`)).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Statistic: 'Maximum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 1,
      });
    }
    expect(jobs().map(([, name]) => name).sort()).toEqual([...background().keys()].sort());
  });

  it('fires on the first error of each scheduled or event-driven function', () => {
    for (const [job, name] of jobs()) {
      expect(alarmNamed(`${job}-errors`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: groupFunction(name).functionId } }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it("fires on any 5xx of the HTTP API and on any throttle of any function", () => {
    const apiId = built.stateless.getLogicalId(built.stateless.api.httpApi.node.defaultChild as CfnApi);
    expect(alarmNamed('api-5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    for (const name of functionNames()) {
      expect(alarmNamed(`${name}-throttles`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: groupFunction(name).functionId } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('sends every alarm to the alarm topic, named with the prefix the topic admits, and takes no data for calm', () => {
    // A dead-letter and an error alarm per background function, the API's 5xx, a throttle alarm per
    // function, the audit archiving's three (test/infra/keys-and-history.test.ts), the notifier's, its
    // mail events' and the daily reminders' three each (test/infra/notifications.test.ts).
    expect(alarms()).toHaveLength(2 * background().size + 1 + functionNames().length + 3 + 3 + 3 + 3);
    for (const [id, alarm] of alarms()) {
      expect(alarm.Properties.AlarmActions, id).toEqual([{ 'Fn::ImportValue': expect.stringContaining(`Ref${alarmTopicId()}`) }]);
      expect(alarm.Properties.TreatMissingData, id).toBe('notBreaching');
      expect(alarm.Properties.AlarmName, id).toMatch(new RegExp(`^integrity-platform-${built.config.stage}-`));
    }
  });

  it("encrypts the topic with its own key, usable by CloudWatch for this deployment's alarms only", () => {
    const topic = stateful.toJSON().Resources[alarmTopicId()];
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [alarmKeyId(), 'Arn'] });
    const fromOwnAlarms = {
      StringEquals: { 'aws:SourceAccount': built.config.account },
      ArnLike: {
        'aws:SourceArn': {
          'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cloudwatch:${built.config.region}:${built.config.account}:alarm:integrity-platform-${built.config.stage}-*`]],
        },
      },
    };
    const key = stateful.toJSON().Resources[alarmKeyId()];
    const cloudWatchOnKey = key.Properties.KeyPolicy.Statement.filter((statement: any) => statement.Principal?.Service === 'cloudwatch.amazonaws.com');
    expect(cloudWatchOnKey).toEqual([expect.objectContaining({ Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Condition: fromOwnAlarms })]);
    const [[, topicPolicy]] = resourcesOf(stateful, 'AWS::SNS::TopicPolicy') as [[string, any]];
    expect(topicPolicy.Properties.Topics).toEqual([{ Ref: alarmTopicId() }]);
    expect(topicPolicy.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      expect.objectContaining({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'cloudwatch.amazonaws.com' }, Condition: fromOwnAlarms }),
    ]);
    // Without context alarmEmail nobody is subscribed (test/infra/constructs.test.ts covers the e-mail).
    expect(resourcesOf(stateful, 'AWS::SNS::Subscription')).toEqual([]);
    expect(resourcesOf(stateless, 'AWS::SNS::Topic')).toEqual([]);
  });
});

describe('outputs', () => {
  it('names the CloudFront URL, the API URL, the staff sign-in, every table, the statistics and evidence buckets and the alarm topic', () => {
    stateless.hasOutput('SiteUrl', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
    stateless.hasOutput('ApiUrl', Match.anyValue());
    stateless.hasOutput('StaffClientId', Match.anyValue());
    stateful.hasOutput('StaffSignInUrl', Match.anyValue());
    stateful.hasOutput('StatsBucketName', { Value: { Ref: statsBucketId() } });
    stateful.hasOutput('EvidenceBucketName', { Value: { Ref: evidenceBucketId() } });
    stateful.hasOutput('AlarmTopicArn', { Value: { Ref: alarmTopicId() } });
    stateful.hasOutput('AuditArchiveBucketName', Match.anyValue());
    for (const definition of allTables) {
      stateful.hasOutput(`${definition.id}TableName`, { Value: { Ref: tableId(definition.id) } });
    }
  });
});
