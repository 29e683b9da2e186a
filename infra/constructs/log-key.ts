// You are here: the KMS key that encrypts the log groups of one deployment (function logs, the API's
// access log, the site deployment's log). It lives in the stateful stack with the other keys: log groups
// are retained when the stateless stack goes, and a key deleted with that stack would leave them
// unreadable.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';

export interface LogKeyProps {
  stage: string;
}

export class LogKey extends Construct {
  /**
   * A key of its own: CloudWatch Logs must be allowed to use it, and allowing that on the table or
   * identity key would let the logs service use the keys of the records.
   */
  readonly key: Key;

  constructor(scope: Construct, id: string, props: LogKeyProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.key = new Key(this, 'Key', {
      description: `Encrypts the CloudWatch log groups of the integrity platform (${props.stage})`,
      alias: keyAlias(props.stage, 'logs'),
      ...RETAINED_KEY_DEFAULTS,
    });

    // CloudWatch Logs uses the key for log groups of this account and region only: it names the log
    // group in the encryption context of every call.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsEncryptLogGroups',
        principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
  }
}
