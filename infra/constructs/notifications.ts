// You are here: the notifier on AWS (functions/notifications/lambda.ts), fed by the complaints table's
// stream. Each batch of new items is read for happenings (a new case, a reporter's reply or file) and
// each person the visibility rule lets see the case is mailed through SES v2, once, whatever is retried
// (the delivery records in the same table). A record whose delivery failed is reported alone
// (ReportBatchItemFailures); the stream retries from it, halving the batch, and a record that still
// fails goes, as a pointer to its place in the stream, to the dead-letter queue, which alarms
// (alarms.ts). The stream keeps records 24 hours: the pointer lets an operator read them again that day.
//
// What the function may do is the least its job needs: read the case and the agency (its declared
// needs), list the agency's staff, write and delete delivery records only (keys starting DELIVERY#),
// send from the deployment's one identity through the deployment's one configuration set, and open
// with the identity key only what a reporter left for news (purpose reporter-contact): never an identity.
import { ArnFormat, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ConfigurationSet, ConfigurationSetEventDestination, ConfigurationSetTlsPolicy, EmailSendingEvent, EventDestination, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { NOTIFIER_NEEDS } from '../../functions/event-needs';
import { AsyncFunction, DEAD_LETTER_RETENTION, type NeedsGrants } from './async-function';
import { AppFunction } from './function';

/** Attempts of a failing batch after the first, halving it each time, before its records go to the dead-letter queue. */
export const STREAM_RETRY_ATTEMPTS = 10;

/** Long enough for a batch of sends with the SDK's own retries; a killed run's claims are free again after the lease. */
export const NOTIFIER_TIMEOUT = Duration.seconds(60);

/** The delivery records' partition keys (shared/adapters/dynamodb/keys.ts): the only items the notifier writes. */
export const DELIVERY_KEY_PATTERN = 'DELIVERY#*';

/** The lines held for members' digests (keys.ts): the notifier holds them, the daily reminders remove carried ones. */
export const DIGEST_KEY_PATTERN = 'DIGEST#*';

/**
 * Where the mail comes from: a domain verified in SES (context `mailDomain`), an address at it, the
 * region SES sends from (context `mailRegion`) and the configuration set made there (NotificationMail).
 */
export interface SendingIdentity {
  domain: string;
  from: string;
  region: string;
  configurationSetName: string;
}

/** The configuration set's name: fixed, so that the notifier in another region's stack can name it. */
export const configurationSetNameOf = (stage: string) => `integrity-${stage}-notifications`;

/** The topic of the configuration set's bounces and complaints: fixed, so the stateless stack can subscribe to it. */
export const mailEventsTopicNameOf = (stage: string) => `integrity-${stage}-mail-events`;

/** The suppression list's partition keys in the agencies table (shared/adapters/dynamodb/keys.ts): the only items the mail events' function writes. */
export const SUPPRESSION_KEY_PATTERNS = ['SUPPRESSED#*', 'SUPPRESSIONS#*'];

/**
 * The SES v2 configuration set every notification goes through, in the sending region (the mail stack):
 * TLS to the recipient's server required, reputation measured, and an address that bounced or
 * complained is suppressed by SES before the next send.
 */
export class NotificationMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  /** Where SES publishes each permanent bounce and complaint, for the suppression list (MailEvents). */
  readonly events: Topic;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: configurationSetNameOf(props.stage),
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    // The events name the recipient's address: the topic is encrypted with a key of its own, which SES
    // (to publish) may use only for this account. SNS decrypts before it invokes the subscriber.
    const stack = Stack.of(this);
    const eventsKey = new Key(this, 'EventsKey', { enableKeyRotation: true, description: 'Integrity platform: SES bounce and complaint events' });
    eventsKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    this.events = new Topic(this, 'Events', { topicName: mailEventsTopicNameOf(props.stage), masterKey: eventsKey, enforceSSL: true });
    new ConfigurationSetEventDestination(this, 'BouncesAndComplaints', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(this.events),
      // Transient bounces too are "bounce" events; the function keeps only the permanent ones.
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
  }
}

export interface MailEventsProps {
  /** The agencies table, where the suppression list is kept. */
  table: ITableV2;
  tableKey: IKey;
  environment: Record<string, string>;
  grants: NeedsGrants;
  stage: string;
  /** The region of the configuration set and its topic (context `mailRegion`). */
  mailRegion: string;
  reservedConcurrency: number;
  logKey?: IKey;
}

/**
 * The suppression list's writer: subscribed (across regions, SNS to Lambda) to the configuration set's
 * bounce and complaint topic in the sending region. SNS invokes it asynchronously; a run that keeps
 * failing goes to its dead-letter queue, which alarms. It may put and update the suppression list's
 * items in the agencies table, on their own keys, and nothing else: no case, no staff account, no key.
 */
export class MailEvents extends Construct {
  readonly runner: AsyncFunction;

  constructor(scope: Construct, id: string, props: MailEventsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.runner = new AsyncFunction(this, 'Runner', {
      entry: 'functions/notifications/mail-events-lambda.ts',
      description: 'Integrity platform: puts addresses that bounced or complained on the mail suppression list (SES events)',
      environment: { ...props.environment, AGENCIES_TABLE: props.table.tableName },
      needs: {},
      grants: props.grants,
      reservedConcurrency: props.reservedConcurrency,
      memorySize: 256,
      timeout: Duration.seconds(30),
      retry: { deliveryAttempts: 3, lambdaAttempts: 2, maxEventAge: Duration.hours(6) },
      invokedBy: "the SES configuration set's bounce and complaint topic",
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });
    const role = this.runner.function.role;
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': SUPPRESSION_KEY_PATTERNS } },
      }),
    );
    // Writing (and checking the condition of) an item of the table uses the table key, through DynamoDB only.
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
        resources: [props.tableKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${props.table.stack.region}.amazonaws.com` } },
      }),
    );
    const topicArn = stack.formatArn({ service: 'sns', region: props.mailRegion, resource: mailEventsTopicNameOf(props.stage), arnFormat: ArnFormat.NO_RESOURCE_NAME });
    const subscription = Topic.fromTopicArn(this, 'Events', topicArn).addSubscription(new LambdaSubscription(this.runner.function.function));
    Validations.of(subscription).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        'SNS hands each event to Lambda asynchronously and keeps retrying a Lambda endpoint for days; a run that fails goes, with its error, ' +
        "to the function's dead-letter queue (AsyncFunction), which alarms. A subscription dead-letter queue would have to live in the " +
        'sending region, outside the alarms, for deliveries to Lambda that do not fail in practice.',
    });
  }
}

export interface NotificationsProps {
  /** The complaints table, with its stream (stateful stack). */
  table: ITableV2;
  /** The table key: the stream's records and the table's items are encrypted with it. */
  tableKey: IKey;
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  grants: NeedsGrants;
  sending: SendingIdentity;
  /** The site's origin, for the console links in the messages. */
  siteUrl: string;
  reservedConcurrency: number;
  logKey?: IKey;
  /** The fixed role the identity key's policy names, so the notifier may open reporters' contacts (and nothing else). */
  roleName?: { path: string; roleName: string };
}

/**
 * The delivery records: claimed and marked with UpdateItem, given back with DeleteItem, on their own
 * partition keys only; no complaint item can be changed or deleted with this grant.
 */
export function grantDeliveryRecords(role: IGrantable, table: ITableV2) {
  role.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DELIVERY_KEY_PATTERN] } },
    }),
  );
}

/** Writing an item encrypts it with the table key, through DynamoDB only (a read need grants decrypting). */
export function grantTableKeyWrites(role: IGrantable, tableKey: IKey, table: ITableV2) {
  role.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
      resources: [tableKey.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${table.stack.region}.amazonaws.com` } },
    }),
  );
}

/** One identity, one configuration set, one sender address. */
export function grantSending(role: IGrantable, sending: SendingIdentity, identityArn: string, configurationSetArn: string) {
  role.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [identityArn, configurationSetArn],
      conditions: { StringEquals: { 'ses:FromAddress': sending.from } },
    }),
  );
}

/** The ARNs of the sending identity and configuration set, in the sending region. */
export function sendingArns(scope: Construct, sending: SendingIdentity) {
  const stack = Stack.of(scope);
  const sesArn = (resource: string, resourceName: string) => stack.formatArn({ service: 'ses', region: sending.region, resource, resourceName });
  return { identityArn: sesArn('identity', sending.domain), configurationSetArn: sesArn('configuration-set', sending.configurationSetName) };
}

export class Notifications extends Construct {
  readonly function: AppFunction;
  readonly deadLetters: Queue;
  /** The SES identity the function may send from. */
  readonly identityArn: string;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    // SES is in the sending region, which may not be the stack's (ap-southeast-7 has no SES).
    const { identityArn, configurationSetArn } = sendingArns(this, props.sending);
    this.identityArn = identityArn;

    this.function = new AppFunction(this, 'Function', {
      entry: 'functions/notifications/lambda.ts',
      description: 'Integrity platform: mails staff that something happened to a case, never what (DynamoDB stream, SES)',
      environment: {
        ...props.environment,
        ...props.grants.environmentFor(NOTIFIER_NEEDS),
        MAIL_FROM: props.sending.from,
        MAIL_CONFIGURATION_SET: props.sending.configurationSetName,
        MAIL_REGION: props.sending.region,
        SITE_URL: props.siteUrl,
      },
      memorySize: 256,
      timeout: NOTIFIER_TIMEOUT,
      reservedConcurrentExecutions: props.reservedConcurrency,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(props.roleName ? { roleName: props.roleName } : {}),
    });
    const role = this.function.role;
    props.grants.grantNeeds('The notifier', NOTIFIER_NEEDS, role);

    grantDeliveryRecords(role, props.table);
    // A member who chose the digest for a kind: the line is held (an UpdateItem that sets only what is unset), never changed or removed here.
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DIGEST_KEY_PATTERN] } },
      }),
    );
    grantTableKeyWrites(role, props.tableKey, props.table);
    grantSending(role, props.sending, this.identityArn, configurationSetArn);

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    const isTheDeadLetterQueue = "This queue is the dead-letter queue of the notifier's stream: records whose delivery failed every retry. An alarm fires on its first message.";
    Validations.of(this.deadLetters).acknowledge({ id: 'AwsSolutions-SQS3', reason: isTheDeadLetterQueue });
    Validations.of(this.deadLetters).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: isTheDeadLetterQueue });

    this.function.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        // Only new items make happenings (notification-changes.ts): updates never invoke the function.
        // FilterRule.isEqual is typed `any`; the pattern it makes is this list of one value.
        filters: [FilterCriteria.filter({ eventName: ['INSERT'] })],
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: STREAM_RETRY_ATTEMPTS,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    // Reading the stream decrypts its records with the table key, through DynamoDB only.
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [props.tableKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${props.table.stack.region}.amazonaws.com` } },
      }),
    );
    const streamSource =
      'Invoked by a DynamoDB stream event source mapping, which keeps failed records itself and sends them to the ' +
      'on-failure queue above (SqsDlq); a function dead-letter queue applies to asynchronous invocations only.';
    Validations.of(this.function.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: streamSource });
    Validations.of(this.function.function).acknowledge({ id: 'NIST.800.53.R5-LambdaDLQ', reason: streamSource });
  }
}
