// The evidence files on AWS: the bucket and its key (stateful), the processing of uploads and the daily
// retention (stateless), and who may do what to which prefix. Construction only: the rules and policies
// are in the templates, so bundling is skipped (test/infra/app.test.ts synthesizes with it).
import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeGroups } from '../../functions/routes';
import { createApp, type IntegrityApp } from '../../infra/app';
import type { AsyncFunction } from '../../infra/constructs/async-function';
import type { AppFunction } from '../../infra/constructs/function';
import { deploymentConfig } from '../../infra/stacks/config';
import { EVIDENCE_PROCESSING, SCHEDULED_PUBLICATION, SCHEDULED_RETENTION } from '../../infra/stacks/stateless-stack';
import { actionsOf, flattenString, NO_BUNDLING, permissionsOf, refersTo, resourcesOf, synthesizedApp, type Statement } from './template-helpers';


let built: IntegrityApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ built, stateful, stateless } = synthesizedApp());
}, 120_000);

const logicalId = (stack: Stack, construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as CfnElement);
const bucketId = () => logicalId(built.stateful, built.stateful.evidence.bucket);
const keyId = () => logicalId(built.stateful, built.stateful.evidence.key);
const bucket = () => stateful.toJSON().Resources[bucketId()];

/** Every function of the app by its name among all functions. */
const functions = (): Map<string, AppFunction> =>
  new Map([
    ...built.stateless.api.functions,
    [SCHEDULED_PUBLICATION, built.stateless.publication.function],
    [EVIDENCE_PROCESSING, built.stateless.evidenceProcessing.function],
    [SCHEDULED_RETENTION, built.stateless.retention.function],
  ]);
const roleId = (name: string) => logicalId(built.stateless, functions().get(name)!.role);
const functionId = (fn: AppFunction) => logicalId(built.stateless, fn.function);
const queueId = (job: AsyncFunction) => logicalId(built.stateless, job.deadLetters);

/** How Lambda retries the function's asynchronous runs and where a last failure goes. */
function invokeConfigOf(fn: AppFunction): Record<string, any> {
  const configs = resourcesOf(stateless, 'AWS::Lambda::EventInvokeConfig').filter(([, config]) => refersTo(config.Properties!.FunctionName, functionId(fn)));
  expect(configs).toHaveLength(1);
  return configs[0]![1].Properties!;
}

/**
 * A role's grants on the evidence bucket, as `prefix/*` → object actions, and `list <prefixes>` →
 * bucket actions with the s3:prefix condition that limits them.
 */
function bucketGrants(name: string): Record<string, string[]> {
  const grants: Record<string, string[]> = {};
  for (const statement of permissionsOf(stateless, roleId(name)).statements) {
    for (const resource of [statement.Resource].flat()) {
      if (!refersTo(resource, bucketId())) continue;
      const text = flattenString(resource);
      const on = text.includes('}/')
        ? text.slice(text.indexOf('}/') + 2)
        : `list ${[statement.Condition?.StringLike?.['s3:prefix']].flat().join(',')}`;
      grants[on] = [...(grants[on] ?? []), ...actionsOf(statement)].sort();
    }
  }
  return grants;
}

/** A role's actions on the evidence key; each must be usable through S3 only. */
function keyActions(name: string): string[] {
  const statements = permissionsOf(stateless, roleId(name)).statements.filter((statement) => refersTo(statement.Resource, keyId()));
  for (const statement of statements) {
    expect(statement.Condition, name).toEqual({ StringEquals: { 'kms:ViaService': `s3.${built.config.region}.amazonaws.com` } });
  }
  return statements.flatMap(actionsOf).sort();
}

/** Every role of both stacks allowed `action` on objects of the evidence bucket whose key the resource pattern covers. */
function rolesAllowed(action: string, keyPattern: RegExp): string[] {
  const roles = new Set<string>();
  for (const template of [stateful, stateless]) {
    for (const [, policy] of resourcesOf(template, 'AWS::IAM::Policy')) {
      for (const statement of policy.Properties!.PolicyDocument.Statement as Statement[]) {
        const allows = statement.Effect === 'Allow' && actionsOf(statement).some((candidate) => candidate === action || candidate === 's3:*' || candidate === '*');
        const reaches = [statement.Resource].flat().some(
          (resource) => resource === '*' || (refersTo(resource, bucketId()) && keyPattern.test(flattenString(resource))),
        );
        if (allows && reaches) for (const role of policy.Properties!.Roles) roles.add((role as { Ref: string }).Ref);
      }
    }
  }
  return [...roles].sort();
}

describe('the evidence bucket', () => {
  it('is encrypted with its own rotated, retained key and a bucket key', () => {
    expect(bucket().Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId(), 'Arn'] } } },
      ],
    });
    const key = stateful.toJSON().Resources[keyId()];
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect([key.DeletionPolicy, key.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    stateful.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/integrity-platform/dev/evidence', TargetKeyId: { 'Fn::GetAtt': [keyId(), 'Arn'] } });
  });

  it('is private, versioned and retained, and keeps no access log of the reporters who upload to it', () => {
    expect([bucket().DeletionPolicy, bucket().UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    expect(bucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    // S3 access logs hold each requester's IP address, and reporters upload straight to this bucket.
    expect(bucket().Properties.LoggingConfiguration).toBeUndefined();
  });

  it('refuses plain HTTP and any write outside quarantine/, evidence/, exports/ and disclosures/, and allows nobody anything by policy', () => {
    const policies = resourcesOf(stateful, 'AWS::S3::BucketPolicy').filter(([, candidate]) => refersTo(candidate.Properties!.Bucket, bucketId()));
    expect(policies).toHaveLength(1);
    const statements = policies[0]![1].Properties!.PolicyDocument.Statement as (Statement & { NotResource?: unknown[] })[];
    expect(statements.filter((statement) => statement.Effect === 'Allow')).toEqual([]);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const outside = statements.find((statement) => statement.NotResource);
    expect(outside).toMatchObject({ Effect: 'Deny', Action: 's3:PutObject', Principal: { AWS: '*' } });
    expect(outside!.NotResource!.map(flattenString)).toEqual(['quarantine/*', 'evidence/*', 'exports/*', 'disclosures/*'].map((prefix) => `{${bucketId()}.Arn}/${prefix}`));
  });

  it('expires what processing never reached and every referral package within a day, and never a cleaned file', () => {
    const rules = bucket().Properties.LifecycleConfiguration.Rules as Record<string, any>[];
    const byPrefix = (prefix: string | undefined) => rules.filter((rule) => rule.Prefix === prefix);
    for (const prefix of ['quarantine/', 'exports/']) {
      expect(byPrefix(prefix), prefix).toEqual([
        expect.objectContaining({ Status: 'Enabled', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
      ]);
    }
    expect(byPrefix('evidence/')).toEqual([]);
    expect(byPrefix(undefined)).toEqual([
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
    ]);
    expect(byPrefix(undefined)[0]!.ExpirationInDays).toBeUndefined();
    expect(rules.every((rule) => !rule.Filter)).toBe(true);
  });

  it('sends its events to EventBridge, set on the bucket itself rather than through a custom resource', () => {
    expect(bucket().Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    expect(resourcesOf(stateful, 'Custom::S3BucketNotifications')).toEqual([]);
  });

  it('lets pages of any origin POST uploads and GET downloads by default, and only the named origins with context', () => {
    expect(bucket().Properties.CorsConfiguration).toEqual({ CorsRules: [{ AllowedMethods: ['POST', 'GET'], AllowedOrigins: ['*'], MaxAge: 3600 }] });
    const named = createApp({ nag: false, context: { ...NO_BUNDLING, evidenceCorsOrigins: 'https://d111.cloudfront.net, https://integrity.example.go.th' } });
    const rules = Template.fromStack(named.stateful).toJSON().Resources[bucketId()].Properties.CorsConfiguration.CorsRules;
    expect(rules[0].AllowedOrigins).toEqual(['https://d111.cloudfront.net', 'https://integrity.example.go.th']);
    for (const origin of ['http://d111.cloudfront.net', 'https://d111.cloudfront.net/', 'd111.cloudfront.net', 'https://a.example,']) {
      expect(() => deploymentConfig(new App({ context: { evidenceCorsOrigins: origin } }).node, {}), origin).toThrow(/evidenceCorsOrigins/);
    }
  }, 60_000);

  it("is named in the stateful stack's outputs", () => {
    stateful.hasOutput('EvidenceBucketName', { Value: { Ref: bucketId() } });
  });
});

describe('the processing of uploads', () => {
  const processing = () => built.stateless.evidenceProcessing;
  const rule = () => stateless.toJSON().Resources[logicalId(built.stateless, processing().rule)];

  it('runs on every object created under quarantine/ of the evidence bucket, and on nothing else', () => {
    expect(rule().Properties.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: {
        bucket: { name: [{ 'Fn::ImportValue': expect.stringContaining(`Ref${bucketId()}`) }] },
        object: { key: [{ prefix: 'quarantine/' }] },
      },
    });
    expect(rule().Properties.EventBusName).toBeUndefined();
    expect(resourcesOf(stateless, 'AWS::Events::Rule')).toHaveLength(1);
  });

  it('targets the processing function, retrying delivery within an hour, then into its dead-letter queue', () => {
    expect(rule().Properties.Targets).toEqual([
      {
        Id: expect.any(String),
        Arn: { 'Fn::GetAtt': [functionId(processing().function), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId(processing()), 'Arn'] } },
      },
    ]);
    // EventBridge may invoke the function for this rule only, and fill the queue for this rule only.
    stateless.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId(processing().function), 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(built.stateless, processing().rule), 'Arn'] },
    });
  });

  it('runs process-upload.ts with room for a PDF, and sends a run that keeps failing to the same queue', () => {
    const fn = stateless.toJSON().Resources[functionId(processing().function)];
    expect(fn.Properties).toMatchObject({ MemorySize: 2048, Timeout: 60, ReservedConcurrentExecutions: built.config.reservedConcurrency[EVIDENCE_PROCESSING] });
    expect(invokeConfigOf(processing().function)).toMatchObject({
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId(processing()), 'Arn'] } } },
    });
  });
});

describe('the referral export', () => {
  it('has the memory and time to zip five 10 MB files within API Gateway\'s 30 seconds', () => {
    const fn = stateless.toJSON().Resources[functionId(functions().get('custody')!)];
    expect(fn.Properties).toMatchObject({ MemorySize: 1024, Timeout: 29 });
  });
});

describe('the daily retention', () => {
  const retention = () => built.stateless.retention;
  const schedule = () => {
    const schedules = resourcesOf(stateless, 'AWS::Scheduler::Schedule').filter(([, candidate]) =>
      refersTo(candidate.Properties!.Target.Arn, functionId(retention().function)),
    );
    expect(schedules).toHaveLength(1);
    return schedules[0]![1].Properties!;
  };

  it('runs at 02:30 Bangkok time every day, on the minute, through its own group and role', () => {
    expect(schedule()).toMatchObject({
      ScheduleExpression: 'cron(30 2 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Bangkok',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: { Input: '{}', RoleArn: { 'Fn::GetAtt': [logicalId(built.stateless, retention().schedulerRole), 'Arn'] } },
    });
    const groupName = (group: IConstruct) => stateless.toJSON().Resources[logicalId(built.stateless, group)].Properties.Name;
    expect(schedule().GroupName).toBe(groupName(retention().group));
    expect(schedule().GroupName).not.toBe(groupName(built.stateless.publication.group));
  });

  it('retries delivery, then dead-letters; a run that keeps failing goes to the same queue', () => {
    expect(schedule().Target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3 * 3600 });
    expect(schedule().Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queueId(retention()), 'Arn'] } });
    expect(invokeConfigOf(retention().function).DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': [queueId(retention()), 'Arn'] } } });
    const fn = stateless.toJSON().Resources[functionId(retention().function)];
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(1);
  });
});

describe('who may do what to the evidence', () => {
  // Spelled out: a change here is a security decision and should be reviewed as one.
  const EXPECTED: Record<string, { bucket: Record<string, string[]>; key: string[] }> = {
    tracking: { bucket: { 'quarantine/*': ['s3:PutObject'] }, key: ['kms:GenerateDataKey'] },
    // Signs an admin's disclosure PDF upload, and the public's reads of the cleaned copies.
    'information-centre': { bucket: { 'quarantine/*': ['s3:PutObject'], 'disclosures/*': ['s3:GetObject'] }, key: ['kms:Decrypt', 'kms:GenerateDataKey'] },
    cases: { bucket: { 'evidence/*': ['s3:GetObject'] }, key: ['kms:Decrypt'] },
    custody: {
      bucket: { 'evidence/*': ['s3:GetObject'], 'exports/*': ['s3:GetObject', 's3:PutObject'], 'list evidence/*': ['s3:ListBucket'] },
      key: ['kms:Decrypt', 'kms:GenerateDataKey'],
    },
    [EVIDENCE_PROCESSING]: {
      bucket: {
        'quarantine/*': ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:GetObject'],
        'evidence/*': ['s3:PutObject'],
        'disclosures/*': ['s3:PutObject'],
        'list quarantine/*': ['s3:ListBucket', 's3:ListBucketVersions'],
      },
      key: ['kms:Decrypt', 'kms:GenerateDataKey'],
    },
    [SCHEDULED_RETENTION]: {
      bucket: {
        'quarantine/*': ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        'evidence/*': ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        'exports/*': ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        'list quarantine/*,evidence/*,exports/*': ['s3:ListBucketVersions'],
      },
      key: [],
    },
  };

  it('grants each function exactly its evidence need, prefix by prefix, and the others nothing', () => {
    for (const name of functions().keys()) {
      expect(bucketGrants(name), name).toEqual(EXPECTED[name]?.bucket ?? {});
      expect(keyActions(name), name).toEqual(EXPECTED[name]?.key ?? []);
    }
    // The route groups with an evidence need are the ones above.
    expect(routeGroups.filter((group) => group.needs.evidence).map((group) => group.name).sort()).toEqual(['cases', 'custody', 'information-centre', 'tracking']);
  });

  it('lets the reporter-facing tracking function put into quarantine/ only: no read, no delete, nowhere else', () => {
    expect(rolesAllowed('s3:PutObject', /\/quarantine\/\*$/)).toContain(roleId('tracking'));
    for (const action of ['s3:GetObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:ListBucket', 's3:ListBucketVersions']) {
      expect(rolesAllowed(action, /.*/), action).not.toContain(roleId('tracking'));
    }
  });

  it('lets only the processing and the retention delete versions, and only custody write referral packages', () => {
    expect(rolesAllowed('s3:DeleteObjectVersion', /.*/)).toEqual([roleId(EVIDENCE_PROCESSING), roleId(SCHEDULED_RETENTION)].sort());
    expect(rolesAllowed('s3:DeleteObject', /.*/)).toEqual([roleId(EVIDENCE_PROCESSING), roleId(SCHEDULED_RETENTION)].sort());
    expect(rolesAllowed('s3:PutObject', /\/exports\/\*$/)).toEqual([roleId('custody')]);
    expect(rolesAllowed('s3:GetObject', /\/evidence\/\*$/)).toEqual([roleId('cases'), roleId('custody')].sort());
  });
});
