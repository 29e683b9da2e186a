// You are here: what every S3 bucket of this app is, written once for the site's, the statistics' and
// the evidence buckets and their access-log buckets (docs/architecture.md: private, TLS only, versioned,
// retained), and the one way a role is granted objects under a prefix of one of them.
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IGrantable, IRole } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, BucketEncryption, ObjectOwnership, type Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * Private, TLS-only, versioned and kept when the stack goes. S3-managed keys: everything these buckets
 * hold is public once served (pages, published statistics) or AWS-internal (access logs), so a KMS key
 * would add cost and a key policy for CloudFront without protecting anything secret. The evidence
 * bucket, which does hold secrets, replaces the encryption with its own key.
 */
export const PRIVATE_BUCKET_DEFAULTS = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  versioned: true,
  encryption: BucketEncryption.S3_MANAGED,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: RemovalPolicy.RETAIN,
} as const;

/**
 * The NIST 800-53 findings every bucket made with the defaults above raises, with what the bucket
 * holds (`contents`) to say why they do not apply to it. Access-log buckets must stay on SSE-S3: S3
 * delivers server access logs only to buckets whose default encryption is SSE-S3. A bucket under a
 * customer-managed key ('kms-content') raises the replication finding only.
 */
export function acknowledgeBucketFindings(bucket: Bucket, contents: string, kind: 'content' | 'access-logs' | 'kms-content'): void {
  Validations.of(bucket).acknowledge({
    id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
    reason:
      `No cross-region replication of ${contents}: the deployment stays in one region (ap-southeast-7 by default) by ` +
      'choice, so that data of Thai reporters never leaves Thailand, and there is no second Thai region to replicate to. ' +
      'Versioning and RETAIN guard against deletion.',
  });
  if (kind === 'kms-content') return;
  Validations.of(bucket).acknowledge({
    id: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
    reason:
      kind === 'access-logs'
        ? `S3-managed encryption (SSE-S3) for ${contents}: S3 server access logging delivers only to buckets whose ` +
          'default encryption is SSE-S3, not SSE-KMS.'
        : `S3-managed encryption (SSE-S3) for ${contents}: nothing secret is stored here, and a KMS key would need a key ` +
          'policy for CloudFront and cost per request without protecting anything more.',
  });
}

/**
 * The objects under a prefix (`stats/`, `quarantine/`, …) of a bucket: the keys below it are made per
 * agency and case at run time, so the grant must end in a wildcard. cdk-nag reports that wildcard
 * (AwsSolutions-IAM5) on the role, and `why` is the written reason, acknowledged for exactly this
 * resource and no other.
 */
export function objectsUnder(bucket: Bucket, prefix: string, grantee: IGrantable, why: string): string {
  const objects = bucket.arnForObjects(`${prefix}*`);
  if (isRole(grantee)) acknowledgePrefixWildcard(grantee, objects, why);
  return objects;
}

const isRole = (grantee: IGrantable): grantee is IRole & Construct => grantee instanceof Construct && 'roleArn' in grantee;

/**
 * cdk-nag names the finding after the resource as the role's own stack resolves it, which, from the
 * stateless stack, is the stateful stack's export; that name exists only once references are resolved.
 * A construct validation runs exactly then, before the checks, so the acknowledgement is written there.
 */
function acknowledgePrefixWildcard(role: IRole & Construct, objects: string, reason: string) {
  role.node.addValidation({
    validate: () => {
      const resource = flattenForNag(Stack.of(role).resolve(objects));
      Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[Resource::${resource}]`, reason });
      return [];
    },
  });
}

/** A resolved CloudFormation value as cdk-nag spells it in a finding (Ref → <Id>, GetAtt → <Id.Attr>). */
function flattenForNag(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const expression = value as Record<string, unknown> | undefined;
  if (expression?.['Fn::Join']) {
    const [separator, parts] = expression['Fn::Join'] as [string, unknown[]];
    return parts.map(flattenForNag).join(separator);
  }
  if (expression?.['Fn::GetAtt']) {
    const [resource, attribute] = expression['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattenForNag(resource)}.${flattenForNag(attribute)}>`;
  }
  if (expression?.['Fn::ImportValue']) return flattenForNag(expression['Fn::ImportValue']);
  if (expression?.Ref) return `<${flattenForNag(expression.Ref)}>`;
  return JSON.stringify(value);
}
