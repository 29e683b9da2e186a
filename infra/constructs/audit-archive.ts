// You are here: the copy of the audit log that no one in the account can rewrite. An S3 bucket with
// Object Lock in COMPLIANCE mode: for the retention period no user, the account root included, can
// delete or overwrite a version of an object, nor shorten its retention, and the bucket cannot be
// deleted while it holds one. The audit table's stream fills it (audit-archiving.ts, stateless stack).
import { Duration, Validations } from 'aws-cdk-lib';
import { Bucket, ObjectLockRetention } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { MAX_RETENTION_YEARS } from '../../shared/domain/agencies';
import { PRIVATE_BUCKET_DEFAULTS, acknowledgeBucketFindings } from './buckets';

/**
 * How long each copy is locked: the longest time any agency may keep a concluded case (the registry
 * refuses a longer retention, whatever agencies join later), plus five years,
 * since a case's trail begins before it concludes (it may stay open or on hold for years) and must
 * outlive the case's destruction record.
 */
export const AUDIT_ARCHIVE_YEARS = MAX_RETENTION_YEARS + 5;

/** Where each entry's copy goes: `entries/<agency>/<seq>-<hash>.json`; changes to an entry go under `changes/`. */
export const AUDIT_ARCHIVE_PREFIXES = { entries: 'entries/', changes: 'changes/' } as const;

export class AuditArchiveBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      // S3-managed encryption, not a customer key: a key's administrator could disable or delete the
      // key and make the copies unreadable, which is a rewrite by other means.
      ...PRIVATE_BUCKET_DEFAULTS,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(365 * AUDIT_ARCHIVE_YEARS)),
    });
    acknowledgeBucketFindings(this.bucket, 'the locked copy of the audit log (who did what and when, no complaint text or identity)', 'content');
    const noAccessLogs =
      'No server access logs: the bucket is written by one function and read only when an audit is checked, and CloudTrail ' +
      'records every change to its configuration; Object Lock in compliance mode is what keeps its content.';
    Validations.of(this.bucket).acknowledge({ id: 'AwsSolutions-S1', reason: noAccessLogs });
    Validations.of(this.bucket).acknowledge({ id: 'NIST.800.53.R5-S3BucketLoggingEnabled', reason: noAccessLogs });
  }
}
