// You are here: what every S3 bucket of this app is, written once for the site's and the statistics'
// buckets and their access-log buckets (DESIGN.md §3: private, TLS only, versioned, retained).
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, BucketEncryption, ObjectOwnership, type Bucket } from 'aws-cdk-lib/aws-s3';

/**
 * Private, TLS-only, versioned and kept when the stack goes. S3-managed keys: everything these buckets
 * hold is public once served (pages, published statistics) or AWS-internal (access logs), so a KMS key
 * would add cost and a key policy for CloudFront without protecting anything secret.
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
 * delivers server access logs only to buckets whose default encryption is SSE-S3.
 */
export function acknowledgeBucketFindings(bucket: Bucket, contents: string, kind: 'content' | 'access-logs'): void {
  Validations.of(bucket).acknowledge({
    id: 'NIST.800.53.R5-S3BucketReplicationEnabled',
    reason:
      `No cross-region replication of ${contents}: the deployment stays in one region (ap-southeast-7 by default) by ` +
      'choice, so that data of Thai reporters never leaves Thailand, and there is no second Thai region to replicate to. ' +
      'Versioning and RETAIN guard against deletion.',
  });
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
