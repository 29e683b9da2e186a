// You are here: the function that copies the audit log into the object-locked archive bucket
// (audit-archive.ts), fed by the audit table's stream (functions/audit/archive-entries.ts). The stream
// retries a failing batch, halving it to find the record at fault; a batch that still fails goes, as a
// pointer to its records, to the dead-letter queue, which alarms (alarms.ts). The stream keeps records
// 24 hours: the pointer lets an operator read them again within that day.
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEAD_LETTER_RETENTION } from './async-function';
import { AUDIT_ARCHIVE_PREFIXES } from './audit-archive';
import { objectsUnder } from './buckets';
import { AppFunction } from './function';

export interface AuditArchivingProps {
  /** The audit table, with its stream (stateful stack). */
  table: ITableV2;
  /** The table key: the stream's records are encrypted with it. */
  tableKey: IKey;
  /** The object-locked archive bucket (stateful stack). */
  bucket: Bucket;
  /** The variables every function of the app gets (Api.environment); the archive bucket's name is added. */
  environment: Record<string, string>;
  reservedConcurrency: number;
  logKey?: IKey;
}

export class AuditArchiving extends Construct {
  readonly function: AppFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: AuditArchivingProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'Function', {
      entry: 'functions/audit/archive-entries.ts',
      description: 'Integrity platform: copies audit entries into the object-locked archive (DynamoDB stream)',
      environment: { ...props.environment, AUDIT_ARCHIVE_BUCKET: props.bucket.bucketName },
      memorySize: 256,
      timeout: Duration.seconds(60),
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });
    // Put only, under the two prefixes: no read, no delete, no retention or legal-hold change.
    this.function.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: Object.values(AUDIT_ARCHIVE_PREFIXES).map((prefix) =>
          objectsUnder(props.bucket, prefix, this.function.role, `Archive copies are named per agency and entry at run time, under ${prefix} only.`),
        ),
      }),
    );

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    const isTheDeadLetterQueue = 'This queue is the dead-letter queue of the audit stream: batches that failed every retry. An alarm fires on its first message.';
    Validations.of(this.deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: isTheDeadLetterQueue });
    Validations.of(this.deadLetters).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: isTheDeadLetterQueue });

    this.function.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    // Reading the stream decrypts its records with the table key, through DynamoDB only.
    this.function.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [props.tableKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${props.table.stack.region}.amazonaws.com` } },
      }),
    );
    const streamSource =
      'Invoked by a DynamoDB stream event source mapping, which keeps failed batches itself and sends them to the ' +
      'on-failure queue above (SqsDlq); a function dead-letter queue applies to asynchronous invocations only.';
    Validations.of(this.function.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: streamSource });
    Validations.of(this.function.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: streamSource });
  }
}
