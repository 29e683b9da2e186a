// You are here: a function that nobody waits for. A schedule or an event invokes it asynchronously;
// Lambda retries a run that throws, and a run that keeps failing ends up, with its error, in the
// function's dead-letter queue, where whatever delivers to it (scheduler, EventBridge rule) also puts
// what it could not deliver. The alarms watch that queue. The scheduled publication, the daily retention
// and the evidence processing are each one of these.
import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { DestinationConfig, IDestination, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionNeeds } from './api';
import { AppFunction, type AppFunctionProps } from './function';

/** Long enough for an operator to come back from a holiday weekend and still find the failed run. */
export const DEAD_LETTER_RETENTION = Duration.days(14);

/** Grants and variables by the same rules as the route groups' functions (Api.grantNeeds, Api.environmentFor). */
export interface NeedsGrants {
  grantNeeds(owner: string, needs: FunctionNeeds, grantee: IGrantable): void;
  environmentFor(needs: FunctionNeeds): Record<string, string>;
}

/** Delivery attempts by whatever invokes the function, and by Lambda once delivered, within maxEventAge. */
export interface AsyncRetry {
  deliveryAttempts: number;
  lambdaAttempts: number;
  maxEventAge: Duration;
}

export interface AsyncFunctionProps {
  /** The module exporting `handler`, relative to the repository root. */
  entry: string;
  description: string;
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  needs: FunctionNeeds;
  grants: NeedsGrants;
  reservedConcurrency: number;
  memorySize: number;
  timeout: Duration;
  retry: AsyncRetry;
  /** What invokes the function, as the dead-letter queue's acknowledgements name it ("the daily schedule"). */
  invokedBy: string;
  /** Encrypts the function's log group. */
  logKey?: IKey;
  /** Worker bundles and files the code needs beside its own bundle (AppFunctionProps.beside). */
  beside?: AppFunctionProps['beside'];
}

export class AsyncFunction extends Construct {
  readonly function: AppFunction;
  readonly deadLetters: Queue;
  readonly retry: AsyncRetry;

  constructor(scope: Construct, id: string, props: AsyncFunctionProps) {
    super(scope, id);
    this.retry = props.retry;

    this.function = new AppFunction(this, 'Function', {
      entry: props.entry,
      description: props.description,
      // The settings, and the variables of this function's own needs only.
      environment: { ...props.environment, ...props.grants.environmentFor(props.needs) },
      timeout: props.timeout,
      memorySize: props.memorySize,
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(props.beside ? { beside: props.beside } : {}),
    });
    props.grants.grantNeeds(props.description, props.needs, this.function.role);

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    const isTheDeadLetterQueue =
      `This queue is the dead-letter queue: of ${props.invokedBy} (invocations it could not deliver) and of the ` +
      "function's asynchronous invocations (runs that kept failing). An alarm fires on its first message.";
    Validations.of(this.deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: isTheDeadLetterQueue });
    Validations.of(this.deadLetters).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: isTheDeadLetterQueue });

    // The invoker's retry policy and dead-letter queue cover delivery only. A run that throws is retried
    // by Lambda, and once that gives up the record goes to the same queue.
    this.function.function.configureAsyncInvoke({
      retryAttempts: props.retry.lambdaAttempts,
      maxEventAge: props.retry.maxEventAge,
      onFailure: new SendOnlyQueueDestination(this.deadLetters.queueArn),
    });
    // The rules look for the older DeadLetterConfig; the on-failure destination above does its job and
    // more (the record names the error and the attempts).
    const onFailureInstead =
      'Failed asynchronous runs go to the dead-letter queue through an on-failure destination (EventInvokeConfig), which ' +
      'records the error and attempt count; a DeadLetterConfig would only add a second, less detailed path for the same runs.';
    Validations.of(this.function.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: onFailureInstead });
    Validations.of(this.function.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: onFailureInstead });
  }
}

/**
 * An on-failure destination that lets the function's role send to the queue and nothing more: the
 * SqsDestination of aws-lambda-destinations grants GetQueueAttributes and GetQueueUrl as well, which
 * Lambda does not need to deliver the record.
 */
class SendOnlyQueueDestination implements IDestination {
  constructor(private readonly queueArn: string) {}

  bind(_scope: Construct, fn: IFunction): DestinationConfig {
    fn.role?.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queueArn] }));
    return { destination: this.queueArn };
  }
}
