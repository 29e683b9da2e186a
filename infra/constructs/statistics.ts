// You are here: the bucket of the published statistics (docs/architecture.md: CloudFront /stats/* → S3). The
// quarterly publication writes under stats/, CloudFront serves the same keys at /stats/…, and
// versioning keeps every file ever published, so a revised quarter never erases what was shown before.
import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PRIVATE_BUCKET_DEFAULTS, acknowledgeBucketFindings, objectsUnder } from './buckets';

/**
 * The key prefix of everything published. It is also the path CloudFront serves it under (/stats/…
 * asks S3 for stats/…), and the only part of the bucket any grant below reaches.
 */
export const STATS_PREFIX = 'stats/';

/** Publication needs: read what is there (to skip unchanged files) and write new versions. */
const PUBLISH_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject'];

export class StatisticsBucket extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Server access logs. The bucket's only callers are CloudFront (through OAC) and the publication
    // functions, so the requester addresses recorded are AWS's, never a reader's or a reporter's.
    this.logBucket = new Bucket(this, 'AccessLogBucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
    });

    // No expiry of noncurrent versions: they are the record of what was published and when.
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'stats-bucket/',
    });
    acknowledgeBucketFindings(this.logBucket, 'the access logs of the statistics bucket (requests by CloudFront and the publication)', 'access-logs');
    acknowledgeBucketFindings(this.bucket, 'the published statistics, which are public by intent', 'content');

    // CloudFront reads the published files through origin access control. The distribution lives in
    // the stateless stack, which already takes this bucket from this stack; naming the distribution
    // here as well would make the two stacks refer to each other, which CloudFormation cannot deploy.
    // So the condition admits this account's distributions rather than one: what they can read is
    // public by intent, only under stats/, and only by GetObject.
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudFrontReadsPublishedStatistics',
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${STATS_PREFIX}*`)],
        conditions: {
          ArnLike: {
            'AWS:SourceArn': Stack.of(this).formatArn({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: '*' }),
          },
        },
      }),
    );
  }

  /**
   * Lets a publication function read and write objects under stats/ and nothing else: no delete (every
   * earlier version stays), no other prefix. ListBucket, limited to the same prefix, is what makes S3
   * answer a missing key with NoSuchKey rather than AccessDenied; the store treats NoSuchKey as "not
   * published yet" and anything else as a failure.
   */
  grantReadWrite(grantee: IGrantable): void {
    const principal = grantee.grantPrincipal;
    const objects = objectsUnder(
      this.bucket,
      STATS_PREFIX,
      grantee,
      `Objects under ${STATS_PREFIX} of the statistics bucket only: the publication writes one folder per agency and ` +
        'quarter, named at run time. No delete, no other prefix, and the bucket keeps every earlier version.',
    );
    principal.addToPrincipalPolicy(new PolicyStatement({ actions: PUBLISH_OBJECT_ACTIONS, resources: [objects] }));
    principal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${STATS_PREFIX}*`] } },
      }),
    );
  }
}
