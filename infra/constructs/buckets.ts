// You are here: what every S3 bucket of this app is, written once for the site's and the statistics'
// buckets and their access-log buckets (DESIGN.md §3: private, TLS only, versioned, retained).
import { RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';

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
