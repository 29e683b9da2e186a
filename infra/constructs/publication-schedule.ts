// You are here: the quarterly publication (DESIGN.md §1: EventBridge Scheduler, Asia/Bangkok →
// publish Lambda → S3). At 00:15 Bangkok time on the first day of each fiscal quarter the scheduler
// invokes functions/publications/scheduled.ts with `{}`, which publishes the quarter just ended for
// every agency of the deployment. A run that cannot be delivered or that keeps failing ends up in one
// dead-letter queue, which the alarms watch.
import { Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal, type IGrantable, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { DestinationConfig, IDestination, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
  TimeWindow,
  type IScheduleTarget,
} from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { Needs } from '../../functions/route';
import { AppFunction } from './function';

/**
 * 00:15 on 1 January, April, July and October: the fiscal quarters (Q1 Oct–Dec, …) end at midnight
 * Bangkok time, and the quarter of a complaint filed at 23:59 is settled a quarter of an hour later.
 */
export const PUBLICATION_CRON = 'cron(15 0 1 1,4,7,10 ? *)';
export const PUBLICATION_TIME_ZONE = TimeZone.ASIA_BANGKOK;

/** Delivery attempts by the scheduler, and by Lambda once delivered, within this time. */
export const PUBLICATION_RETRY = { schedulerAttempts: 3, lambdaAttempts: 2, maxEventAge: Duration.hours(2) } as const;

/** Long enough for an operator to come back from a holiday weekend and still find the failed run. */
export const DEAD_LETTER_RETENTION = Duration.days(14);

/** Grants by the same rules as the route groups' functions (Api.grantNeeds). */
export interface NeedsGrants {
  grantNeeds(owner: string, needs: Needs, grantee: IGrantable): void;
}

export interface PublicationScheduleProps {
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  /** The publications group's needs: the schedule publishes exactly as POST /api/publications does. */
  needs: Needs;
  grants: NeedsGrants;
  /** Reserved concurrent executions of the scheduled function. */
  reservedConcurrency: number;
  /** Encrypts the function's log group. */
  logKey?: IKey;
}

export class PublicationSchedule extends Construct {
  readonly function: AppFunction;
  readonly deadLetters: Queue;
  readonly schedule: Schedule;
  readonly group: ScheduleGroup;
  /** The scheduler's execution role: invokes the function and fills the dead-letter queue, nothing else. */
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: PublicationScheduleProps) {
    super(scope, id);

    this.function = new AppFunction(this, 'Function', {
      entry: 'functions/publications/scheduled.ts',
      description: 'Integrity platform: quarterly publication of statistics (EventBridge Scheduler)',
      environment: props.environment,
      // Not behind API Gateway: one streaming pass per agency over a quarter of complaints, once a
      // quarter. The memory buys CPU for rendering; the cost of a few runs a year is nothing.
      timeout: Duration.minutes(5),
      memorySize: 1024,
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });
    props.grants.grantNeeds('The scheduled publication', props.needs, this.function.role);

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    const isTheDeadLetterQueue =
      'This queue is the dead-letter queue: of the quarterly schedule (runs it could not deliver) and of the scheduled ' +
      "function's asynchronous invocations (runs that kept failing). An alarm fires on its first message.";
    Validations.of(this.deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: isTheDeadLetterQueue });
    Validations.of(this.deadLetters).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: isTheDeadLetterQueue });

    // EventBridge Scheduler invokes Lambda asynchronously: its retry policy and dead-letter queue cover
    // delivery only. A run that throws is retried by Lambda, and once that gives up the record goes to
    // the same queue, so a failed quarter always leaves a message there.
    this.function.function.configureAsyncInvoke({
      retryAttempts: PUBLICATION_RETRY.lambdaAttempts,
      maxEventAge: PUBLICATION_RETRY.maxEventAge,
      onFailure: new SendOnlyQueueDestination(this.deadLetters.queueArn),
    });
    // The rules look for the older DeadLetterConfig; the on-failure destination above does its job and
    // more (the record names the error and the attempts).
    const onFailureInstead =
      'Failed asynchronous runs go to the dead-letter queue through an on-failure destination (EventInvokeConfig), which ' +
      'records the error and attempt count; a DeadLetterConfig would only add a second, less detailed path for the same runs.';
    Validations.of(this.function.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: onFailureInstead });
    Validations.of(this.function.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: onFailureInstead });

    // An own group, so that the role below can be assumed for this app's schedules only.
    this.group = new ScheduleGroup(this, 'Group', { removalPolicy: RemovalPolicy.DESTROY });
    const stack = Stack.of(this);
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      description: 'EventBridge Scheduler: invokes the quarterly publication and sends undeliverable runs to its dead-letter queue',
      // Only the scheduler, acting for a schedule of this group in this account (confused deputy).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': this.group.scheduleGroupArn } },
      }),
    });

    this.schedule = new Schedule(this, 'Quarterly', {
      description: 'Publishes the statistics of the fiscal quarter just ended, for every agency of the deployment',
      schedule: ScheduleExpression.expression(PUBLICATION_CRON, PUBLICATION_TIME_ZONE),
      // Exactly at 00:15: the run is once a quarter and people look for the page that morning.
      timeWindow: TimeWindow.off(),
      scheduleGroup: this.group,
      target: new InvokeFunctionOnly(this.function.function, {
        role: this.schedulerRole,
        // `{}`: no period, so the function publishes the quarter that has just ended.
        input: ScheduleTargetInput.fromObject({}),
        retryAttempts: PUBLICATION_RETRY.schedulerAttempts,
        maxEventAge: PUBLICATION_RETRY.maxEventAge,
        deadLetterQueue: this.deadLetters,
      }),
    });
    Validations.of(this.schedulerRole).acknowledge({
      id: 'NIST.800.53.R5-IAMNoInlinePolicy',
      reason:
        "The scheduler role's policy (invoke this one function, send to this one queue) exists for this role only and is " +
        'created and deleted with it; a customer managed policy could be attached elsewhere by mistake.',
    });
    // The schedule names its group by a plain string, which CloudFormation does not order by.
    this.schedule.node.addDependency(this.group);
  }
}

/**
 * The scheduler's Lambda target, granting `lambda:InvokeFunction` on the function itself only.
 * aws-scheduler-targets' LambdaInvoke grants it on every version and alias as well (`<arn>:*`); the
 * schedule calls the unqualified function, so that wildcard would be permission nobody uses.
 */
class InvokeFunctionOnly extends ScheduleTargetBase implements IScheduleTarget {
  constructor(
    private readonly target: IFunction,
    props: ScheduleTargetBaseProps,
  ) {
    super(props, target.functionArn);
  }

  protected addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.target.functionArn] }));
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
