// You are here: a function run by EventBridge Scheduler (docs/architecture.md: Asia/Bangkok). The schedule, its
// own group and its own role, on top of an asynchronous function whose dead-letter queue also keeps the
// runs the scheduler could not deliver. The quarterly publication and the daily retention are two.
import { RemovalPolicy, Stack, Validations, type TimeZone } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
  TimeWindow,
  type IScheduleTarget,
} from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import { AsyncFunction, type AsyncFunctionProps } from './async-function';

export interface ScheduledFunctionProps extends Omit<AsyncFunctionProps, 'invokedBy'> {
  /** Names the schedule among the construct's children, by its cadence ('Quarterly', 'Daily'). */
  scheduleId: string;
  scheduleDescription: string;
  /** An EventBridge Scheduler cron expression, read in `timeZone`. */
  cron: string;
  timeZone: TimeZone;
  /** @default `{}` */
  input?: Record<string, unknown>;
}

export class ScheduledFunction extends AsyncFunction {
  readonly schedule: Schedule;
  readonly group: ScheduleGroup;
  /** The scheduler's execution role: invokes the function and fills the dead-letter queue, nothing else. */
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: ScheduledFunctionProps) {
    super(scope, id, { ...props, invokedBy: `the schedule "${props.scheduleDescription}"` });

    // An own group, so that the role below can be assumed for this one schedule only.
    this.group = new ScheduleGroup(this, 'Group', { removalPolicy: RemovalPolicy.DESTROY });
    const stack = Stack.of(this);
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      description: `EventBridge Scheduler: runs ${props.description} and sends undeliverable runs to its dead-letter queue`,
      // Only the scheduler, acting for a schedule of this group in this account (confused deputy).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': this.group.scheduleGroupArn } },
      }),
    });

    this.schedule = new Schedule(this, props.scheduleId, {
      description: props.scheduleDescription,
      schedule: ScheduleExpression.expression(props.cron, props.timeZone),
      // On the minute: the runs are rare, and people look for their result at the time they were told.
      timeWindow: TimeWindow.off(),
      scheduleGroup: this.group,
      target: new InvokeFunctionOnly(this.function.function, {
        role: this.schedulerRole,
        input: ScheduleTargetInput.fromObject(props.input ?? {}),
        retryAttempts: props.retry.deliveryAttempts,
        maxEventAge: props.retry.maxEventAge,
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
