// You are here: what wakes someone up. A failed run of a function nobody waits for (the quarterly
// publication, the daily retention, the evidence processing: its dead-letter queue and its errors),
// server errors of the API, and throttling of any function, each an alarm on the stateful stack's alarm
// topic (infra/constructs/alarm-topic.ts).
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { alarmNamePrefix } from './alarm-topic';
import type { AppFunction } from './function';
import type { AsyncFunction } from './async-function';

/** CloudWatch's finest period for Lambda, SQS and API Gateway metrics without extra cost. */
const PERIOD = Duration.minutes(5);

/** A function nobody waits for, as its alarms describe it. */
export interface BackgroundJob {
  /** Names its alarms: `<name>-dead-letters`, `<name>-errors`. */
  name: string;
  /** What failed, as a sentence begins: "A quarterly publication run". */
  run: string;
  /** What to do about a run in the dead-letter queue. */
  remedy: string;
  /** Its function and dead-letter queue (an AsyncFunction, or the audit stream's archiving). */
  runner: Pick<AsyncFunction, 'function' | 'deadLetters'>;
}

export interface AlarmsProps {
  stage: string;
  topic: ITopic;
  api: HttpApi;
  /** Every function of the app by a short name (route group names, `scheduled-publication`, …). */
  functions: ReadonlyMap<string, AppFunction>;
  background: readonly BackgroundJob[];
}

export class Alarms extends Construct {
  /** One per background job, by its name. */
  readonly deadLetters = new Map<string, Alarm>();
  readonly errors = new Map<string, Alarm>();
  readonly apiServerErrors: Alarm;
  /** One per function, by the same short name. */
  readonly throttles = new Map<string, Alarm>();
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, private readonly props: AlarmsProps) {
    super(scope, id);
    this.action = new SnsAction(props.topic);

    for (const job of props.background) {
      // A message here is a run that never happened (undeliverable, or failed after every retry): a
      // quarter not published, cases not destroyed, a file not processed. It stays in alarm until
      // someone deals with the message.
      this.deadLetters.set(
        job.name,
        this.alarm(`${pascal(job.name)}DeadLetters`, {
          name: `${job.name}-dead-letters`,
          description: `${job.run} failed for good and is in the dead-letter queue; ${job.remedy}`,
          metric: job.runner.deadLetters.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
          threshold: 0,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        }),
      );
      // The first failed attempt, before Lambda's retries: someone can look while the retries run.
      this.errors.set(
        job.name,
        this.alarm(`${pascal(job.name)}Errors`, {
          name: `${job.name}-errors`,
          description: `${job.run} threw or timed out; Lambda retries it, and a last failure lands in the dead-letter queue`,
          metric: job.runner.function.function.metricErrors({ period: PERIOD, statistic: 'Sum' }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        }),
      );
    }

    // Traffic is a few requests a minute, and a 5xx may be a reporter who could not file: every one counts.
    this.apiServerErrors = this.alarm('ApiServerErrors', {
      name: 'api-5xx',
      description: 'The HTTP API answered with a 5xx (a function failed or a dependency was unavailable)',
      metric: props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    // Every function has reserved concurrency: a throttle means it ran that many at once, a flood or a
    // dependency so slow that requests piled up, and callers got errors.
    for (const [name, fn] of props.functions) {
      this.throttles.set(
        name,
        this.alarm(`Throttles${pascal(name)}`, {
          name: `${name}-throttles`,
          description: `The ${name} function was throttled: it reached its reserved concurrency (context reservedConcurrency)`,
          metric: fn.function.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        }),
      );
    }
  }

  /** All alarms of this construct. */
  get all(): Alarm[] {
    return [...this.deadLetters.values(), ...this.errors.values(), this.apiServerErrors, ...this.throttles.values()];
  }

  private alarm(
    id: string,
    spec: { name: string; description: string; metric: IMetric; threshold: number; comparisonOperator: ComparisonOperator },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      // Named with the prefix the alarm topic admits (its policy matches alarm ARNs by name).
      alarmName: `${alarmNamePrefix(this.props.stage)}${spec.name}`,
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: spec.comparisonOperator,
      evaluationPeriods: 1,
      // No data means nothing happened: no request, no run, no message.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }
}

const pascal = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
