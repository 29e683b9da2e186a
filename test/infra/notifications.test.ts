// The notifier on AWS: fed by the complaints table's stream with failures reported per record, a
// dead-letter queue and alarms; an SES v2 configuration set; and a role that sends from one identity
// through one configuration set, writes delivery records only, and can never decrypt an identity.
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnGlobalTable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnKey } from 'aws-cdk-lib/aws-kms';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityApp } from '../../infra/app';
import { DELIVERY_KEY_PATTERN, DIGEST_KEY_PATTERN, STREAM_RETRY_ATTEMPTS, SUPPRESSION_KEY_PATTERNS } from '../../infra/constructs/notifications';
import { DEFAULT_RESERVED_CONCURRENCY } from '../../infra/stacks/config';
import { MAIL_EVENTS, NOTIFIER, REMINDERS } from '../../infra/stacks/stateless-stack';
import { actionsOf, flattenString, permissionsOf, refersTo, resourcesOf, synthesizedApp, type Statement } from './template-helpers';

const MAIL = { mailDomain: 'integrity.example.go.th', mailRegion: 'ap-southeast-1' };

let built: IntegrityApp;
let stateless: Template;

beforeAll(() => {
  ({ built, stateless } = synthesizedApp(MAIL));
}, 180_000);

const notifications = () => {
  const found = built.stateless.notifications;
  if (!found) throw new Error('No notifier in the app');
  return found;
};
const functionId = () => built.stateless.getLogicalId(notifications().function.function.node.defaultChild as CfnFunction);
const roleId = () => built.stateless.getLogicalId(notifications().function.role.node.defaultChild as CfnRole);
const deadLettersId = () => built.stateless.getLogicalId(notifications().deadLetters.node.defaultChild as CfnQueue);
const identityKeyId = () => built.stateful.getLogicalId(built.stateful.identityKey.key.node.defaultChild as CfnKey);
const tableKeyId = () => built.stateful.getLogicalId(built.stateful.data.tableKey.node.defaultChild as CfnKey);
const agenciesTableId = () => built.stateful.getLogicalId(built.stateful.data.table('Agencies').node.defaultChild as CfnGlobalTable);
const complaintsTableId = () => built.stateful.getLogicalId(built.stateful.data.table('Complaints').node.defaultChild as CfnGlobalTable);
const statements = (): Statement[] => permissionsOf(stateless, roleId()).statements.filter((statement) => statement.Effect === 'Allow');

/** The identity key's policy in the app with a notifier. */
function identityKeyPolicy(): (Statement & { Sid?: string; Principal?: unknown })[] {
  return Template.fromStack(built.stateful).toJSON().Resources[identityKeyId()].Properties.KeyPolicy.Statement;
}

const NOTIFIER_ROLE = `arn:{Ref:AWS::Partition}:iam::111111111111:role/integrity-platform/dev/integrity-dev-ap-southeast-7-${NOTIFIER}`;

describe("who may open a reporter's contact", () => {
  it('runs the notifier under the role the key policy names', () => {
    const role = stateless.toJSON().Resources[roleId()].Properties;
    expect(`${role.Path}${role.RoleName}`).toBe(`/integrity-platform/dev/integrity-dev-ap-southeast-7-${NOTIFIER}`);
  });

  it('denies opening a contact to every principal but the notifier, and the notifier opening anything else', () => {
    const policy = identityKeyPolicy();
    const contactsOnlyByNotifier = policy.find((statement) => statement.Sid === 'OnlyTheNotifierOpensContacts')!;
    expect(contactsOnlyByNotifier).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' } });
    expect(actionsOf(contactsOnlyByNotifier).sort()).toEqual(['kms:Decrypt', 'kms:ReEncrypt*']);
    expect(contactsOnlyByNotifier.Condition!.StringEquals).toEqual({ 'kms:EncryptionContext:purpose': 'reporter-contact' });
    expect((contactsOnlyByNotifier.Condition!.ArnNotEquals!['aws:PrincipalArn'] as unknown[]).map(flattenString)).toEqual([NOTIFIER_ROLE]);

    const notifierOnlyContacts = policy.find((statement) => statement.Sid === 'NotifierOpensContactsOnly')!;
    expect(notifierOnlyContacts).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' } });
    expect(notifierOnlyContacts.Condition!.StringNotEquals).toEqual({ 'kms:EncryptionContext:purpose': 'reporter-contact' });
    expect((notifierOnlyContacts.Condition!.ArnEquals!['aws:PrincipalArn'] as unknown[]).map(flattenString)).toEqual([NOTIFIER_ROLE]);
  });

  it("gives no other function's role a grant that covers the purpose reporter-contact, except sealing at the intake", () => {
    const roles = resourcesOf(stateless, 'AWS::IAM::Policy');
    for (const [id, policy] of roles) {
      const document = policy.Properties!.PolicyDocument as { Statement: Statement[] };
      for (const statement of document.Statement.filter((candidate) => candidate.Effect === 'Allow' && refersTo(candidate.Resource, identityKeyId()))) {
        const purposes = [statement.Condition?.StringEquals?.['kms:EncryptionContext:purpose']].flat();
        // Every grant on the key names its purposes: none is open-ended.
        expect(purposes.length, id).toBeGreaterThan(0);
        if (!purposes.includes('reporter-contact')) continue;
        if (actionsOf(statement).includes('kms:Decrypt')) expect(refersTo(policy.Properties!.Roles, roleId()), id).toBe(true);
        else expect(actionsOf(statement), id).toEqual(['kms:Encrypt']);
      }
    }
  });
});

describe('the notifier', () => {
  it('is deployed only with a sending domain, which must be a domain, with the address at it', () => {
    expect(synthesizedApp().built.stateless.notifications).toBeUndefined();
    expect(() => synthesizedApp({ ...MAIL, mailDomain: 'Not a domain' })).toThrow(/"mailDomain" must be a lower-case domain/);
    expect(() => synthesizedApp({ ...MAIL, mailFrom: 'no-reply@elsewhere.example.org' })).toThrow(/"mailFrom" must be one address at "integrity.example.go.th"/);
    expect(() => synthesizedApp({ mailFrom: 'no-reply@integrity.example.go.th' })).toThrow(/"mailFrom" and "mailRegion" need "mailDomain"/);
    // Which region staff addresses pass through is chosen, never defaulted (ap-southeast-7 has no SES).
    expect(() => synthesizedApp({ mailDomain: 'integrity.example.go.th' })).toThrow(/"mailDomain" needs "mailRegion"/);
  });

  it('reads the complaints stream, new items only, reporting failed records, retrying by halves, then to an encrypted dead-letter queue', () => {
    const mappings = Object.values(stateless.findResources('AWS::Lambda::EventSourceMapping')).filter((mapping) => refersTo(mapping.Properties.FunctionName, functionId()));
    expect(mappings).toHaveLength(1);
    const mapping = mappings[0]!.Properties;
    expect(refersTo(mapping.EventSourceArn, complaintsTableId())).toBe(true);
    expect(JSON.stringify(mapping.EventSourceArn)).toMatch(/StreamArn/);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.BisectBatchOnFunctionError).toBe(true);
    expect(mapping.MaximumRetryAttempts).toBe(STREAM_RETRY_ATTEMPTS);
    expect(mapping.MaximumRecordAgeInSeconds).toBe(24 * 60 * 60);
    expect(mapping.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual([{ eventName: ['INSERT'] }]);
    expect(refersTo(mapping.DestinationConfig.OnFailure.Destination, deadLettersId())).toBe(true);
    const queue = stateless.toJSON().Resources[deadLettersId()].Properties;
    expect(queue.SqsManagedSseEnabled).toBe(true);
    expect(queue.MessageRetentionPeriod).toBe(14 * 24 * 60 * 60);
  });

  it('has its reserved concurrency and the variables of its needs and its mail', () => {
    const fn = stateless.toJSON().Resources[functionId()].Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(DEFAULT_RESERVED_CONCURRENCY[NOTIFIER]);
    const variables = fn.Environment.Variables as Record<string, unknown>;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(['COMPLAINTS_TABLE', 'AGENCIES_TABLE', 'STAFF_USER_POOL_ID', 'MAIL_FROM', 'MAIL_CONFIGURATION_SET', 'SITE_URL']));
    expect(variables.MAIL_FROM).toBe('no-reply@integrity.example.go.th');
    expect(flattenString(variables.SITE_URL)).toMatch(/^https:\/\/\{.*DomainName\}$/);
  });

  it('alarms on its dead-letter queue, its errors and its throttles', () => {
    const alarms = Object.values(stateless.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
    const named = (suffix: string) => alarms.find((alarm) => String(alarm.AlarmName).endsWith(suffix));
    const deadLetters = named(`${NOTIFIER}-dead-letters`);
    expect(deadLetters?.MetricName).toBe('ApproximateNumberOfMessagesVisible');
    expect(refersTo(deadLetters?.Dimensions, deadLettersId())).toBe(true);
    expect(deadLetters?.Threshold).toBe(0);
    const errors = named(`${NOTIFIER}-errors`);
    expect(errors?.MetricName).toBe('Errors');
    expect(refersTo(errors?.Dimensions, functionId())).toBe(true);
    expect(named(`${NOTIFIER}-throttles`)?.MetricName).toBe('Throttles');
    for (const alarm of [deadLetters, errors]) expect(alarm?.AlarmActions).toHaveLength(1);
  });

  it('mails through an SES v2 configuration set in the sending region that requires TLS and suppresses bounces and complaints', () => {
    const mail = built.mail;
    expect(mail?.region).toBe('ap-southeast-1');
    expect(stateless.findResources('AWS::SES::ConfigurationSet')).toEqual({});
    expect(built.stateless.dependencies).toContain(mail);
    const variables = stateless.toJSON().Resources[functionId()].Properties.Environment.Variables as Record<string, unknown>;
    expect(variables.MAIL_REGION).toBe('ap-southeast-1');
    Template.fromStack(mail!).hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: variables.MAIL_CONFIGURATION_SET,
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SuppressionOptions: { SuppressedReasons: Match.arrayWith(['BOUNCE', 'COMPLAINT']) },
      SendingOptions: { SendingEnabled: true },
    });
  });

  it('may send only from the deployment identity, through its configuration set, from its address', () => {
    const ses = statements().filter((statement) => actionsOf(statement).some((action) => action.startsWith('ses:')));
    expect(ses).toHaveLength(1);
    expect(actionsOf(ses[0]!)).toEqual(['ses:SendEmail']);
    const resources = [ses[0]!.Resource].flat().map(flattenString);
    expect(resources).toHaveLength(2);
    expect(resources[0]).toMatch(/^arn:\{Ref:AWS::Partition\}:ses:ap-southeast-1:\d{12}:identity\/integrity\.example\.go\.th$/);
    expect(resources[1]).toMatch(/^arn:\{Ref:AWS::Partition\}:ses:ap-southeast-1:\d{12}:configuration-set\/integrity-dev-notifications$/);
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@integrity.example.go.th' } });
  });

  it('writes and deletes delivery records only, holds digest lines, and opens with the identity key only what a reporter left for news', () => {
    const writes = statements().filter((statement) => actionsOf(statement).some((action) => /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/.test(action)));
    expect(writes).toHaveLength(2);
    expect(actionsOf(writes[0]!).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:UpdateItem']);
    expect(refersTo(writes[0]!.Resource, complaintsTableId())).toBe(true);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DELIVERY_KEY_PATTERN] } });
    // A line held for a member's digest is only ever added: never changed into another or removed here.
    expect(actionsOf(writes[1]!)).toEqual(['dynamodb:UpdateItem']);
    expect(refersTo(writes[1]!.Resource, complaintsTableId())).toBe(true);
    expect(writes[1]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DIGEST_KEY_PATTERN] } });

    const kms = statements().filter((statement) => actionsOf(statement).some((action) => action.startsWith('kms:') || action === '*'));
    for (const statement of kms) expect(JSON.stringify(statement.Resource)).not.toBe('"*"');
    // On the identity key, one grant: Decrypt under the purpose reporter-contact, an agency named; never an identity.
    const onIdentityKey = kms.filter((statement) => refersTo(statement.Resource, identityKeyId()));
    expect(onIdentityKey).toHaveLength(1);
    expect(actionsOf(onIdentityKey[0]!)).toEqual(['kms:Decrypt']);
    expect(onIdentityKey[0]!.Condition).toEqual({ StringEquals: { 'kms:EncryptionContext:purpose': 'reporter-contact' }, Null: { 'kms:EncryptionContext:agency': 'false' } });
    // Every other decrypting is on the table key (DynamoDB reads, the stream's records).
    const decrypting = kms.filter((statement) => actionsOf(statement).includes('kms:Decrypt') && statement !== onIdentityKey[0]);
    expect(decrypting.length).toBeGreaterThan(0);
    for (const statement of decrypting) expect(refersTo(statement.Resource, tableKeyId()), JSON.stringify(statement)).toBe(true);
    // The cognito grant lists an agency's group and a member's groups: nothing is created or changed.
    const cognito = statements().filter((statement) => actionsOf(statement).some((action) => action.startsWith('cognito-idp:')));
    expect(cognito.flatMap(actionsOf).sort()).toEqual(['cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsersInGroup']);
  });

  it('puts SES bounces and complaints on the suppression list: an encrypted topic in the sending region, a function subscribed across regions with a dead-letter queue', () => {
    const mail = Template.fromStack(built.mail!);
    const topics = mail.findResources('AWS::SNS::Topic');
    expect(Object.values(topics)).toHaveLength(1);
    const [topicId, topic] = Object.entries(topics)[0]!;
    expect(topic.Properties.TopicName).toBe('integrity-dev-mail-events');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    mail.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: Match.anyValue(),
      EventDestination: { Enabled: true, MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: { TopicARN: { Ref: topicId } } },
    });
    // SES may publish, for this account's configuration set only.
    const policies = Object.values(mail.findResources('AWS::SNS::TopicPolicy')).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
    const sesPublish = policies.find((statement) => JSON.stringify(statement).includes('ses.amazonaws.com'));
    expect(actionsOf(sesPublish!)).toEqual(['sns:Publish']);
    expect(JSON.stringify(sesPublish!.Condition)).toMatch(/AWS:SourceAccount.*configuration-set\//);

    const runner = built.stateless.mailEvents!.runner;
    const fnId = built.stateless.getLogicalId(runner.function.function.node.defaultChild as CfnFunction);
    const subscriptions = Object.values(stateless.findResources('AWS::SNS::Subscription')).map((subscription) => subscription.Properties);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]!.Protocol).toBe('lambda');
    expect(subscriptions[0]!.Region).toBe('ap-southeast-1');
    expect(flattenString(subscriptions[0]!.TopicArn)).toMatch(/:sns:ap-southeast-1:\d{12}:integrity-dev-mail-events$/);
    expect(refersTo(subscriptions[0]!.Endpoint, fnId)).toBe(true);
    const config = Object.values(stateless.findResources('AWS::Lambda::EventInvokeConfig')).find((each) => refersTo(each.Properties.FunctionName, fnId));
    expect(refersTo(config?.Properties.DestinationConfig.OnFailure.Destination, built.stateless.getLogicalId(runner.deadLetters.node.defaultChild as CfnQueue))).toBe(true);
    const fn = stateless.toJSON().Resources[fnId].Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(DEFAULT_RESERVED_CONCURRENCY[MAIL_EVENTS]);
    expect(Object.keys(fn.Environment.Variables as Record<string, unknown>)).toContain('AGENCIES_TABLE');
    const alarms = Object.values(stateless.findResources('AWS::CloudWatch::Alarm')).map((alarm) => String(alarm.Properties.AlarmName));
    expect(alarms.some((name) => name.endsWith(`${MAIL_EVENTS}-dead-letters`))).toBe(true);
  });

  it('lets the mail events function put and update suppression items of the agencies table only: no case, no delete, no identity key', () => {
    const runner = built.stateless.mailEvents!.runner;
    const roleLogicalId = built.stateless.getLogicalId(runner.function.role.node.defaultChild as CfnRole);
    const allowed = permissionsOf(stateless, roleLogicalId).statements.filter((statement) => statement.Effect === 'Allow');
    const dynamo = allowed.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(actionsOf(dynamo[0]!).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(refersTo(dynamo[0]!.Resource, agenciesTableId())).toBe(true);
    expect(dynamo[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': SUPPRESSION_KEY_PATTERNS } });
    for (const statement of allowed.filter((each) => actionsOf(each).some((action) => action.startsWith('kms:')))) {
      expect(refersTo(statement.Resource, identityKeyId())).toBe(false);
      expect(refersTo(statement.Resource, tableKeyId())).toBe(true);
    }
    expect(allowed.flatMap(actionsOf).filter((action) => /^(ses|cognito-idp|s3):/.test(action))).toEqual([]);
  });
});

describe('the daily reminders', () => {
  const reminders = () => {
    const found = built.stateless.reminders;
    if (!found) throw new Error('No reminders in the app');
    return found;
  };
  const remindersFunctionId = () => built.stateless.getLogicalId(reminders().function.function.node.defaultChild as CfnFunction);
  const remindersQueueId = () => built.stateless.getLogicalId(reminders().deadLetters.node.defaultChild as CfnQueue);
  const remindersStatements = (): Statement[] =>
    permissionsOf(stateless, built.stateless.getLogicalId(reminders().function.role.node.defaultChild as CfnRole)).statements.filter((statement) => statement.Effect === 'Allow');
  const schedule = () => {
    const schedules = Object.values(stateless.findResources('AWS::Scheduler::Schedule')).filter((candidate) => refersTo(candidate.Properties.Target.Arn, remindersFunctionId()));
    expect(schedules).toHaveLength(1);
    return schedules[0]!.Properties;
  };

  it('is deployed with the notifier only', () => {
    expect(synthesizedApp().built.stateless.reminders).toBeUndefined();
    expect(built.stateless.reminders).toBeDefined();
  });

  it('runs at 08:00 Bangkok time every day, on the minute, retrying delivery, then into its dead-letter queue', () => {
    expect(schedule()).toMatchObject({ ScheduleExpression: 'cron(0 8 * * ? *)', ScheduleExpressionTimezone: 'Asia/Bangkok', FlexibleTimeWindow: { Mode: 'OFF' }, State: 'ENABLED', Target: { Input: '{}' } });
    expect(schedule().Target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3 * 3600 });
    expect(schedule().Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [remindersQueueId(), 'Arn'] } });
    const fn = stateless.toJSON().Resources[remindersFunctionId()].Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(DEFAULT_RESERVED_CONCURRENCY[REMINDERS]);
    expect(DEFAULT_RESERVED_CONCURRENCY[REMINDERS]).toBe(1);
    const variables = fn.Environment.Variables as Record<string, unknown>;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(['COMPLAINTS_TABLE', 'AGENCIES_TABLE', 'STAFF_USER_POOL_ID', 'MAIL_FROM', 'MAIL_CONFIGURATION_SET', 'MAIL_REGION', 'SITE_URL']));
    expect(Object.keys(variables)).not.toContain('IDENTITY_KEY_ARN');
  });

  it('alarms on its dead-letter queue, its errors and its throttles', () => {
    const alarms = Object.values(stateless.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
    const named = (suffix: string) => alarms.find((alarm) => String(alarm.AlarmName).endsWith(suffix));
    expect(refersTo(named(`${REMINDERS}-dead-letters`)?.Dimensions, remindersQueueId())).toBe(true);
    expect(refersTo(named(`${REMINDERS}-errors`)?.Dimensions, remindersFunctionId())).toBe(true);
    expect(named(`${REMINDERS}-throttles`)?.MetricName).toBe('Throttles');
  });

  it('writes delivery records and removes held lines only, sends from the one identity, and never decrypts an identity', () => {
    const writes = remindersStatements().filter((statement) => actionsOf(statement).some((action) => /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/.test(action)));
    expect(writes.map((statement) => [actionsOf(statement).sort(), statement.Condition])).toEqual([
      [['dynamodb:DeleteItem', 'dynamodb:UpdateItem'], { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DELIVERY_KEY_PATTERN] } }],
      [['dynamodb:DeleteItem'], { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DIGEST_KEY_PATTERN] } }],
    ]);
    for (const statement of writes) expect(refersTo(statement.Resource, complaintsTableId())).toBe(true);
    const ses = remindersStatements().filter((statement) => actionsOf(statement).some((action) => action.startsWith('ses:')));
    expect(ses.map(actionsOf)).toEqual([['ses:SendEmail']]);
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@integrity.example.go.th' } });
    for (const statement of remindersStatements().filter((candidate) => actionsOf(candidate).some((action) => action.startsWith('kms:') || action === '*'))) {
      expect(refersTo(statement.Resource, identityKeyId()), JSON.stringify(statement)).toBe(false);
    }
  });
});
