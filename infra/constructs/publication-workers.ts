// You are here: the quarterly publication's jobs (docs/publication.md). The schedule's function
// (publication-schedule.ts) puts one message per active agency and quarter on this queue, and one
// index job after them; the worker takes them one at a time (functions/publications/worker.ts). A job
// that throws comes back after the visibility timeout and, after MAX_RECEIVES receives, moves to the
// dead-letter queue, which alarms (alarms.ts). Every other agency's job goes on meanwhile. The
// worker's concurrency is capped twice (the event source's maximum concurrency and the function's
// reserved concurrency), so a quarter's burst of thousands of jobs never takes the executions the
// API's functions need.
import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PUBLICATION_NEEDS } from '../../functions/event-needs';
import { DEAD_LETTER_RETENTION, type NeedsGrants } from './async-function';
import { AppFunction } from './function';

/** How often a job is tried before it is parked in the dead-letter queue. */
export const MAX_RECEIVES = 3;

/**
 * One agency's quarter takes well under a second for a hundred complaints and about a minute for the
 * largest agency's hundred thousand (bench/publication.ts); the index job reads every agency's files.
 */
export const WORKER_TIMEOUT = Duration.minutes(5);

export interface PublicationWorkersProps {
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  grants: NeedsGrants;
  /** Reserved concurrent executions of the worker, and the event source's maximum concurrency. */
  reservedConcurrency: number;
  /** Encrypts the function's log group. */
  logKey?: IKey;
}

export class PublicationWorkers extends Construct {
  /** The jobs: one per agency and quarter, and the index jobs. */
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly function: AppFunction;

  constructor(scope: Construct, id: string, props: PublicationWorkersProps) {
    super(scope, id);

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: `This queue is the dead-letter queue of the publication's jobs (an agency's quarter that failed ${MAX_RECEIVES} times). An alarm fires on its first message.`,
    });

    this.queue = new Queue(this, 'Jobs', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's advice for an SQS source: at least six times the function's timeout, so a job still
      // running (or retried by Lambda's poller) is not handed to a second worker.
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6),
      // Jobs older than a day belong to a run someone has already looked at.
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAX_RECEIVES },
    });

    this.function = new AppFunction(this, 'Function', {
      entry: 'functions/publications/worker.ts',
      description: 'Integrity platform: publishes one agency\'s quarter, or /stats/ and the national roll-up (SQS)',
      environment: { ...props.environment, ...props.grants.environmentFor(PUBLICATION_NEEDS), PUBLICATION_QUEUE_URL: this.queue.queueUrl },
      // The memory buys CPU for rendering and room for the index job's thousands of small files.
      memorySize: 1024,
      timeout: WORKER_TIMEOUT,
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });
    props.grants.grantNeeds('The publication worker', PUBLICATION_NEEDS, this.function.role);
    // One job per invocation: a failure throws, counts as the function's error, and returns only that job.
    this.function.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 1, maxConcurrency: Math.max(2, props.reservedConcurrency) }),
    );
    // The index job sends itself again, later, while agencies of the quarter are still unpublished.
    this.grantSend(this.function.role);
    const failuresInTheQueue =
      'A failed job returns to its SQS queue and, after ' + `${MAX_RECEIVES} receives, moves to the queue's dead-letter queue (redrive policy), which alarms; ` +
      'a function dead-letter queue applies to asynchronous invocations only, which this function never receives.';
    Validations.of(this.function.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: failuresInTheQueue });
    Validations.of(this.function.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: failuresInTheQueue });
    Validations.of(this.function.function).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "An SQS event source takes no on-failure destination (Lambda offers one for stream and Kafka sources only): a failed job stays in the jobs queue and after " +
        `${MAX_RECEIVES} receives its redrive policy moves it to the dead-letter queue, which alarms.`,
    });
  }

  /** Lets a function queue jobs: SendMessage on this queue and nothing else (no attributes, no URL lookup). */
  grantSend(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }));
  }
}
