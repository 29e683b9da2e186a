// You are here: the CDK app. Two stacks per stage, both composed only of infra/constructs/:
// stateful (keys, tables, staff user pool and its sign-in domain, statistics and evidence buckets, alarm
// topic) and stateless (functions, API, site, the staff pages' app client, the quarterly and daily
// schedules, the evidence processing rule, alarms). They
// are apart so that the stack deployed on every change holds nothing that cannot be rebuilt, and the
// one holding records and keys changes rarely and has termination protection. `npm run synth` runs
// offline; cdk-nag's AWS Solutions, Serverless and NIST 800-53 rev. 5 checks run on every synth and fail
// it on any unacknowledged finding, warnings included.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';
import { routeGroups } from '../functions/routes';
import { deploymentConfig, type DeploymentConfig } from './stacks/config';
import { MailStack } from './stacks/mail-stack';
import { StatefulStack } from './stacks/stateful-stack';
import { NOTIFIER, StatelessStack } from './stacks/stateless-stack';

export interface IntegrityApp {
  app: App;
  config: DeploymentConfig;
  stateful: StatefulStack;
  stateless: StatelessStack;
  /** Only with a sending domain (context `mailDomain`): the configuration set, in the sending region. */
  mail?: MailStack;
}

export interface CreateAppOptions extends AppProps {
  /** Run cdk-nag's rule packs (NAG_PACKS) at synth. @default true */
  nag?: boolean;
}

/**
 * The cdk-nag packs every synth runs: AWS Solutions (general good practice), Serverless (Lambda, API
 * and queue configuration) and NIST 800-53 rev. 5 (controls on
 * encryption, logging, resilience and least privilege).
 */
export const NAG_PACKS = [AwsSolutionsChecks, ServerlessChecks, NIST80053R5Checks] as const;

// Defaults that cdk.json or -c can still override. Exported for tests that build single constructs.
export const FEATURE_DEFAULTS = {
  // S3 server access logs are delivered through a bucket policy: the buckets have ACLs disabled.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // Strong (Fn::ImportValue) references: CloudFormation then refuses to remove a key or table from the
  // stateful stack while the stateless stack still uses it.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

export function createApp(options: CreateAppOptions = {}): IntegrityApp {
  const { nag = true, context, ...appProps } = options;
  const app = new App({ ...appProps, context: { ...FEATURE_DEFAULTS, ...context } });
  const config = deploymentConfig(app.node);
  const env = { account: config.account, region: config.region };
  const prefix = `IntegrityPlatform-${config.stage}`;

  const stateful = new StatefulStack(app, `${prefix}-Stateful`, {
    env,
    stage: config.stage,
    authDomainPrefix: config.authDomainPrefix,
    evidenceCorsOrigins: config.evidenceCorsOrigins,
    decryptingGroups: routeGroups.filter((group) => group.needs.identityKey === 'decrypt').map((group) => group.name),
    // Only the notifier opens reporters' contacts, and it exists only with a sending domain.
    ...(config.mail ? { contactOpeningGroups: [NOTIFIER] } : {}),
    ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
    description: `Integrity platform (${config.stage}): keys, tables, staff users, published statistics, evidence files and alarm topic`,
  });
  const mail = config.mail
    ? new MailStack(app, `${prefix}-Mail`, {
        env: { account: config.account, region: config.mail.region },
        stage: config.stage,
        description: `Integrity platform (${config.stage}): the SES configuration set notifications are sent through`,
      })
    : undefined;
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    env,
    config,
    routeGroups,
    data: stateful.data,
    identityKey: stateful.identityKey,
    statistics: stateful.statistics,
    evidence: stateful.evidence,
    auditArchive: stateful.auditArchive,
    alarmTopic: stateful.alarms.topic,
    logKey: stateful.logKey.key,
    staff: { userPool: stateful.staff.userPool, hostedUiUrl: stateful.staff.hostedUiUrl },
    description: `Integrity platform (${config.stage}): functions, API, site, staff sign-in client, schedules, evidence processing and alarms`,
  });

  if (mail) stateless.addDependency(mail);

  Tags.of(app).add('project', 'integrity-platform');
  Tags.of(app).add('stage', config.stage);

  if (nag) Validations.of(app).addPlugins(...NAG_PACKS.map((Pack) => new Pack(app)));
  return { app, config, stateful, stateless, ...(mail ? { mail } : {}) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  createApp().app.synth();
}
