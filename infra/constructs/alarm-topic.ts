// You are here: where the alarms of one deployment are sent (infra/constructs/alarms.ts raises them).
// It lives in the stateful stack: an e-mail subscription must be confirmed by its recipient, and a
// topic rebuilt with the functions would silently stop notifying anyone until they confirmed again.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';

/** Every alarm of a deployment is named with this prefix; the topic admits those alarms only. */
export const alarmNamePrefix = (stage: string) => `integrity-platform-${stage}-`;

export interface AlarmTopicProps {
  stage: string;
  /** Subscribed by e-mail when given (context `alarmEmail`); AWS sends a confirmation link first. */
  email?: string;
}

export class AlarmTopic extends Construct {
  readonly topic: Topic;
  /**
   * Encrypts the topic. A key of its own: CloudWatch cannot publish to a topic under the AWS managed
   * SNS key, and granting CloudWatch the table or identity key would widen who may use those.
   */
  readonly key: Key;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.key = new Key(this, 'Key', {
      description: `Encrypts the alarm notifications of the integrity platform (${props.stage})`,
      alias: keyAlias(props.stage, 'alarms'),
      ...RETAINED_KEY_DEFAULTS,
    });

    // CloudWatch publishes for this deployment's alarms in this account only (confused deputy).
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    const fromOwnAlarms = {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: {
        'aws:SourceArn': stack.formatArn({
          service: 'cloudwatch',
          resource: 'alarm',
          resourceName: `${alarmNamePrefix(props.stage)}*`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      },
    };
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsEncryptNotifications',
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromOwnAlarms,
      }),
    );

    this.topic = new Topic(this, 'Topic', {
      displayName: `Integrity platform (${props.stage}) alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromOwnAlarms,
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
  }
}
