// What no insider can quietly change: the identity key opens only for the two functions that reveal
// and export identities, the audit log is copied into an object-locked bucket from the table's stream,
// and the API answers only requests that came through CloudFront, which can serve the department's own
// domain with TLS 1.2 at least. Bundling is skipped: these are properties of the templates.
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnKey } from 'aws-cdk-lib/aws-kms';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeGroups } from '../../functions/routes';
import { createApp, type IntegrityApp } from '../../infra/app';
import { AUDIT_ARCHIVE_YEARS } from '../../infra/constructs/audit-archive';
import { KEY_ADMINISTRATION_ACTIONS } from '../../infra/constructs/identity-key';
import { ORIGIN_VERIFY_HEADER, ORIGIN_VERIFY_VARIABLE } from '../../infra/constructs/origin-verification';
import { actionsOf, flattenString, NO_BUNDLING, permissionsOf, refersTo, resourcesOf, synthesizedApp, type Statement } from './template-helpers';

const CERTIFICATE = 'arn:aws:acm:us-east-1:111111111111:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

let built: IntegrityApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ built, stateful, stateless } = synthesizedApp());
}, 120_000);

const DECRYPTING = routeGroups.filter((group) => group.needs.identityKey === 'decrypt').map((group) => group.name);

function identityKeyPolicy(): (Statement & { Sid?: string; Principal?: unknown })[] {
  const id = built.stateful.getLogicalId(built.stateful.identityKey.key.node.defaultChild as CfnKey);
  return stateful.toJSON().Resources[id].Properties.KeyPolicy.Statement;
}

describe('the identity key', () => {
  it('is opened by the identity and custody functions only', () => {
    expect([...DECRYPTING].sort()).toEqual(['custody', 'identity']);
  });

  it('denies Decrypt and ReEncrypt to every principal but the roles of those functions, by aws:PrincipalArn', () => {
    const deny = identityKeyPolicy().filter((statement) => statement.Effect === 'Deny' && statement.Sid === 'NoOneElseOpens');
    expect(deny).toHaveLength(1);
    expect(deny[0]!.Principal).toEqual({ AWS: '*' });
    expect(actionsOf(deny[0]!).sort()).toEqual(['kms:Decrypt', 'kms:ReEncrypt*']);
    const allowed = (deny[0]!.Condition!.ArnNotEquals!['aws:PrincipalArn'] as unknown[]).map(flattenString);
    expect(allowed.sort()).toEqual([...DECRYPTING].sort().map((group) => `arn:{Ref:AWS::Partition}:iam::111111111111:role/integrity-platform/dev/integrity-dev-ap-southeast-7-${group}`));
  });

  it("denies opening a reporter's contact to everyone when no notifier is deployed", () => {
    const contacts = identityKeyPolicy().filter((statement) => statement.Sid === 'OnlyTheNotifierOpensContacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' }, Condition: { StringEquals: { 'kms:EncryptionContext:purpose': 'reporter-contact' } } });
    expect(actionsOf(contacts[0]!).sort()).toEqual(['kms:Decrypt', 'kms:ReEncrypt*']);
    expect(Object.keys(contacts[0]!.Condition!)).toEqual(['StringEquals']);
  });

  it('lets no statement allow Decrypt without naming those roles, and gives no one kms:*', () => {
    for (const statement of identityKeyPolicy().filter((candidate) => candidate.Effect === 'Allow')) {
      expect(actionsOf(statement), statement.Sid).not.toContain('kms:*');
      if (actionsOf(statement).some((action) => action.startsWith('kms:Decrypt') || action.startsWith('kms:ReEncrypt'))) {
        expect(Object.keys(statement.Condition?.ArnEquals ?? {}), statement.Sid).toEqual(['aws:PrincipalArn']);
      }
    }
  });

  it('keeps the key administrable by the account (so cdk deploy can change it), without using it on data', () => {
    const administration = identityKeyPolicy().find((statement) => statement.Sid === 'KeyAdministration')!;
    expect(JSON.stringify(administration.Principal)).toContain(':root');
    expect(actionsOf(administration)).toEqual(KEY_ADMINISTRATION_ACTIONS);
    for (const action of ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:EnableKeyRotation', 'kms:DescribeKey', 'kms:CreateAlias']) {
      expect(KEY_ADMINISTRATION_ACTIONS.some((pattern) => new RegExp(`^${pattern.replace('*', '.*')}$`).test(action)), action).toBe(true);
    }
    for (const action of actionsOf(administration)) expect(action).not.toMatch(/Decrypt|ReEncrypt|Encrypt|GenerateDataKey|^kms:\*$/);
  });

  it('runs the decrypting functions under exactly the role names the key policy names, and no other function under them', () => {
    const names = resourcesOf(stateless, 'AWS::IAM::Role')
      .filter(([, role]) => role.Properties?.RoleName !== undefined)
      .map(([, role]) => `${role.Properties!.Path}${role.Properties!.RoleName}`);
    expect(names.sort()).toEqual(DECRYPTING.map((group) => `/integrity-platform/dev/integrity-dev-ap-southeast-7-${group}`).sort());
  });
});

describe('the audit archive', () => {
  const bucketId = () => built.stateful.getLogicalId(built.stateful.auditArchive.bucket.node.defaultChild as CfnBucket);

  it('is a private, versioned bucket with Object Lock in compliance mode for the longest retention and more, retained', () => {
    const bucket = stateful.toJSON().Resources[bucketId()];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 * AUDIT_ARCHIVE_YEARS } } },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    expect(AUDIT_ARCHIVE_YEARS).toBeGreaterThanOrEqual(10);
  });

  it('is filled from the audit table stream (old and new images) by a function with a dead-letter queue and alarms', () => {
    const auditTable = built.stateful.getLogicalId(built.stateful.data.table('Audit').node.defaultChild as CfnBucket);
    expect(stateful.toJSON().Resources[auditTable].Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const fn = built.stateless.getLogicalId(built.stateless.auditArchiving.function.function.node.defaultChild as CfnFunction);
    const queue = built.stateless.getLogicalId(built.stateless.auditArchiving.deadLetters.node.defaultChild as CfnBucket);
    stateless.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fn },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
    expect(built.stateless.alarms.deadLetters.has('audit-archiving')).toBe(true);
    expect(built.stateless.alarms.errors.has('audit-archiving')).toBe(true);
  });

  it('lets that function put objects under entries/ and changes/ of the archive, and nothing else there', () => {
    const role = built.stateless.getLogicalId(built.stateless.auditArchiving.function.role.node.defaultChild as CfnRole);
    const onArchive = permissionsOf(stateless, role).statements.filter((statement) => refersTo(statement.Resource, 'AuditArchive'));
    expect(onArchive.flatMap(actionsOf)).toEqual(['s3:PutObject']);
    expect([onArchive[0]!.Resource].flat().map(flattenString).map((resource) => resource.replace(/^.*\}/, ''))).toEqual(['/entries/*', '/changes/*']);
    // No function of the app can touch the archive otherwise.
    for (const [id, policy] of resourcesOf(stateless, 'AWS::IAM::Policy')) {
      if ((policy.Properties!.Roles as unknown[]).some((entry) => refersTo(entry, role))) continue;
      expect(refersTo(policy.Properties!.PolicyDocument, 'AuditArchive'), id).toBe(false);
    }
  });
});

describe('the API behind CloudFront', () => {
  it('has CloudFront add the secret origin header, and every API function expect it', () => {
    const distribution = Object.values(stateless.findResources('AWS::CloudFront::Distribution'))[0]!;
    const apiOrigin = distribution.Properties.DistributionConfig.Origins.find((origin: { CustomOriginConfig?: unknown }) => origin.CustomOriginConfig);
    expect(apiOrigin.OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: expect.anything() }]);
    const secretId = built.stateless.getLogicalId(built.stateless.originVerification.secret.node.defaultChild as CfnBucket);
    expect(JSON.stringify(apiOrigin.OriginCustomHeaders[0].HeaderValue)).toContain(`{{resolve:secretsmanager:`);
    expect(refersTo(apiOrigin.OriginCustomHeaders[0].HeaderValue, secretId)).toBe(true);
    for (const [name, fn] of built.stateless.api.functions) {
      const variables = stateless.toJSON().Resources[built.stateless.getLogicalId(fn.function.node.defaultChild as CfnFunction)].Properties.Environment.Variables;
      expect(variables[ORIGIN_VERIFY_VARIABLE], name).toEqual(apiOrigin.OriginCustomHeaders[0].HeaderValue);
    }
  });

  it('serves the *.cloudfront.net name by default, and a custom domain with its certificate and TLS 1.2 (2021) when given', () => {
    const plain = Object.values(stateless.findResources('AWS::CloudFront::Distribution'))[0]!;
    expect(plain.Properties.DistributionConfig.Aliases).toBeUndefined();
    const withDomain = createApp({ nag: false, context: { ...NO_BUNDLING, domainName: 'integrity.example.go.th', certificateArn: CERTIFICATE } });
    Template.fromStack(withDomain.stateless).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['integrity.example.go.th'],
        ViewerCertificate: { AcmCertificateArn: CERTIFICATE, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      }),
    });
    // The staff sign-in returns to the custom domain.
    Template.fromStack(withDomain.stateless).hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: Match.arrayWith([Match.stringLikeRegexp('^https://integrity\\.example\\.go\\.th/')]) });
  });

  it('refuses half a custom domain, or a certificate CloudFront cannot use', () => {
    expect(() => createApp({ nag: false, context: { ...NO_BUNDLING, domainName: 'integrity.example.go.th' } })).toThrow(/go together/);
    expect(() => createApp({ nag: false, context: { ...NO_BUNDLING, domainName: 'integrity.example.go.th', certificateArn: CERTIFICATE.replace('us-east-1', 'ap-southeast-7') } })).toThrow(/us-east-1/);
  });
});
