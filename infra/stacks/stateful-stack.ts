// You are here: everything that holds data or could never be rebuilt: the identity key, the table key, the log key,
// the tables, the staff user pool (with its sign-in domain, a setting of the pool), the bucket of the
// published statistics with every earlier version, the evidence bucket with its key, and the alarm topic
// with its confirmed subscription, and the object-locked copy of the audit log.
// Kept apart from the stateless stack so that redeploying, renaming or even deleting functions, API or
// site can never touch a record or a key (keys, tables and buckets are RETAIN as well).
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { AlarmTopic } from '../constructs/alarm-topic';
import { AuditArchiveBucket } from '../constructs/audit-archive';
import { Data } from '../constructs/data';
import { EvidenceBucket } from '../constructs/evidence';
import { IdentityKey } from '../constructs/identity-key';
import { LogKey } from '../constructs/log-key';
import { StaffDirectory } from '../constructs/staff-directory';
import { StatisticsBucket } from '../constructs/statistics';

export interface StatefulStackProps extends StackProps {
  stage: string;
  /** Prefix of the staff pool's hosted sign-in domain (config.ts derives it per account and region). */
  authDomainPrefix: string;
  /** Subscribed to the alarm topic by e-mail, if given. */
  alarmEmail?: string;
  /** Origins allowed to reach the evidence bucket from a browser (config.ts, EVIDENCE_CORS_ORIGINS). */
  evidenceCorsOrigins: readonly string[];
  /** The route groups whose functions open identities: the identity key's policy names their roles. */
  decryptingGroups: readonly string[];
  /** The functions that open reporters' contacts (the notifier, with a sending domain). */
  contactOpeningGroups?: readonly string[];
}

export class StatefulStack extends Stack {
  readonly identityKey: IdentityKey;
  readonly data: Data;
  readonly staff: StaffDirectory;
  readonly statistics: StatisticsBucket;
  readonly evidence: EvidenceBucket;
  readonly alarms: AlarmTopic;
  readonly logKey: LogKey;
  readonly auditArchive: AuditArchiveBucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { terminationProtection: true, ...props });

    this.identityKey = new IdentityKey(this, 'IdentityKey', {
      stage: props.stage,
      decryptingGroups: props.decryptingGroups,
      ...(props.contactOpeningGroups ? { contactOpeningGroups: props.contactOpeningGroups } : {}),
    });
    this.data = new Data(this, 'Data', { stage: props.stage, tables: allTables });
    this.staff = new StaffDirectory(this, 'Staff', { stage: props.stage, domainPrefix: props.authDomainPrefix });
    // Here rather than beside the distribution: the old versions are the record of what was published,
    // and a bucket in the stateless stack would be orphaned, and replaced by an empty one, whenever that
    // stack is rebuilt.
    this.statistics = new StatisticsBucket(this, 'Statistics');
    this.evidence = new EvidenceBucket(this, 'Evidence', { stage: props.stage, corsOrigins: props.evidenceCorsOrigins });
    this.logKey = new LogKey(this, 'LogKey', { stage: props.stage });
    // Here for the same reason as the statistics: it is the record, and must outlive every redeploy.
    this.auditArchive = new AuditArchiveBucket(this, 'AuditArchive');
    this.alarms = new AlarmTopic(this, 'Alarms', { stage: props.stage, ...(props.alarmEmail ? { email: props.alarmEmail } : {}) });

    for (const [tableId, table] of this.data.tables) {
      new CfnOutput(this, `${tableId}TableName`, {
        value: table.tableName,
        description: `DynamoDB table built from the "${tableId}" table definition`,
      });
    }
    new CfnOutput(this, 'IdentityKeyArn', { value: this.identityKey.key.keyArn, description: 'KMS key sealing reporter identities' });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.staff.userPool.userPoolId, description: 'Cognito user pool of staff' });
    new CfnOutput(this, 'StatsBucketName', { value: this.statistics.bucket.bucketName, description: 'S3 bucket of the published statistics (served at /stats/*)' });
    new CfnOutput(this, 'EvidenceBucketName', {
      value: this.evidence.bucket.bucketName,
      description: 'S3 bucket of complaint evidence files (quarantine/, evidence/, exports/), reached through presigned requests only',
    });
    new CfnOutput(this, 'AuditArchiveBucketName', {
      value: this.auditArchive.bucket.bucketName,
      description: 'S3 bucket with Object Lock (compliance mode) holding a copy of every audit entry and of any change to one',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'SNS topic the alarms notify; subscribe with context alarmEmail' });
    new CfnOutput(this, 'StaffSignInUrl', { value: this.staff.hostedUiUrl, description: "Cognito hosted UI of the staff pool (the pages' sign-in)" });
  }
}
