// You are here: everything that is rebuilt from the repository on each deploy: the route groups'
// functions, the HTTP API, the site with its CloudFront distribution, the staff pages' app client, the
// quarterly publication and daily retention schedules, the processing of uploaded evidence, the copying
// of the audit log into its locked archive, the notifier on the complaints stream (with a sending
// domain), the secret CloudFront shows the API, and the alarms. It
// only composes constructs and receives the stateful resources it may use from the stateful stack.
import { appConfigFromEnv } from '../../shared/config/app-config';
import { CfnOutput, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { RouteGroup } from '../../functions/route';
import { Alarms } from '../constructs/alarms';
import { Api } from '../constructs/api';
import { AuditArchiving } from '../constructs/audit-archiving';
import type { Data } from '../constructs/data';
import type { AuditArchiveBucket } from '../constructs/audit-archive';
import type { EvidenceBucket } from '../constructs/evidence';
import { EvidenceProcessing } from '../constructs/evidence-processing';
import type { AppFunction } from '../constructs/function';
import type { IdentityKey } from '../constructs/identity-key';
import { MailEvents, Notifications, configurationSetNameOf } from '../constructs/notifications';
import { PublicationSchedule } from '../constructs/publication-schedule';
import { PublicationWorkers } from '../constructs/publication-workers';
import { PUBLICATION_FAN_OUT_NEEDS } from '../../functions/event-needs';
import { RetentionSchedule } from '../constructs/retention-schedule';
import { Reminders } from '../constructs/reminders';
import { ORIGIN_VERIFY_HEADER, OriginVerification } from '../constructs/origin-verification';
import { Site } from '../constructs/site';
import { StaffSignIn } from '../constructs/staff-sign-in';
import type { StatisticsBucket } from '../constructs/statistics';
import type { DeploymentConfig } from './config';

/** The staff directory of the stateful stack, as far as this stack uses it. */
export interface StaffPool {
  userPool: IUserPool;
  /** Origin of the pool's hosted UI, where the pages send staff to sign in. */
  hostedUiUrl: string;
}

export interface StatelessStackProps extends StackProps {
  config: DeploymentConfig;
  routeGroups: readonly RouteGroup[];
  data: Data;
  identityKey: IdentityKey;
  statistics: StatisticsBucket;
  evidence: EvidenceBucket;
  /** The object-locked copy of the audit log, filled from the audit table's stream. */
  auditArchive: AuditArchiveBucket;
  /** Where the alarms go (the stateful stack's alarm topic). */
  alarmTopic: ITopic;
  /** Encrypts every log group of this stack (the stateful stack's log key). */
  logKey?: IKey;
  staff?: StaffPool;
}

/** The route group the quarterly schedule stands in for: same needs, same use case. */
export const PUBLICATIONS_GROUP = 'publications';
/** The names of the functions outside the route table among all functions (reserved concurrency, alarms, tests). */
export const SCHEDULED_PUBLICATION = 'scheduled-publication';
export const PUBLICATION_WORKER = 'publication-worker';
export const EVIDENCE_PROCESSING = 'evidence-processing';
export const SCHEDULED_RETENTION = 'scheduled-retention';
export const AUDIT_ARCHIVING = 'audit-archiving';
export const NOTIFIER = 'notifier';
export const REMINDERS = 'reminders';
export const MAIL_EVENTS = 'mail-events';
const BACKGROUND_FUNCTIONS = [SCHEDULED_PUBLICATION, PUBLICATION_WORKER, EVIDENCE_PROCESSING, SCHEDULED_RETENTION, AUDIT_ARCHIVING, NOTIFIER, REMINDERS, MAIL_EVENTS];

export class StatelessStack extends Stack {
  readonly api: Api;
  readonly site: Site;
  readonly staffSignIn?: StaffSignIn;
  readonly publication: PublicationSchedule;
  readonly publicationWorkers: PublicationWorkers;
  readonly retention: RetentionSchedule;
  readonly evidenceProcessing: EvidenceProcessing;
  readonly auditArchiving: AuditArchiving;
  /** Only with a sending domain (context `mailDomain`): without one nothing is mailed. */
  readonly notifications?: Notifications;
  /** The daily deadline digest, with the notifier: only with a sending domain. */
  readonly reminders?: Reminders;
  /** With the notifier: SES bounces and complaints onto the suppression list. */
  readonly mailEvents?: MailEvents;
  readonly alarms: Alarms;
  readonly originVerification: OriginVerification;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;
    const reserved = reservedConcurrencyFor(props.routeGroups, config.reservedConcurrency);

    // The app client is here, not in the stateful stack beside its pool: its callback and sign-out
    // URLs name this stack's distribution, and the stateful stack cannot take a value from this one
    // while this one takes the pool from it (a reference cycle). Here the client, the authorizer that
    // accepts its tokens and the /config.json that names it change together in one deploy. A client
    // holds no data: replacing it only means staff sign in again.
    const signIn = props.staff
      ? new StaffSignIn(this, 'StaffSignIn', {
          userPool: props.staff.userPool,
          hostedUiUrl: props.staff.hostedUiUrl,
          // The distribution comes after the API (it forwards /api/* there), and the API's authorizer
          // needs this client first; the distribution's name is filled in once the site exists.
          siteDomainName: config.customDomain?.domainName ?? Lazy.string({ produce: () => this.site.distribution.distributionDomainName }),
        })
      : undefined;
    if (signIn) this.staffSignIn = signIn;

    // CloudFront proves each request it forwards with this secret; the API refuses any other.
    this.originVerification = new OriginVerification(this, 'OriginVerification');

    this.api = new Api(this, 'Api', {
      originVerifySecret: this.originVerification.value,
      groups: props.routeGroups,
      data: props.data,
      identityKey: props.identityKey,
      statistics: props.statistics,
      evidence: props.evidence,
      appSettings: config.appSettings,
      throttle: config.apiThrottle,
      routeThrottles: config.routeThrottles,
      reservedConcurrency: reserved,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(props.staff && signIn ? { staff: { userPool: props.staff.userPool, userPoolClients: [signIn.client] } } : {}),
    });

    // The functions nobody waits for get the same variables as the API's and are granted by its rules.
    const background = {
      environment: this.api.environment,
      grants: this.api,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    };
    const publications = props.routeGroups.find((group) => group.name === PUBLICATIONS_GROUP);
    if (!publications) throw new Error(`The quarterly publication's worker publishes as the "${PUBLICATIONS_GROUP}" group, which the route table lacks`);
    // The schedule only queues one job per agency; the worker publishes, with the group's needs.
    this.publicationWorkers = new PublicationWorkers(this, 'PublicationWorkers', { ...background, reservedConcurrency: reserved[PUBLICATION_WORKER]! });
    this.publication = new PublicationSchedule(this, 'Publication', {
      ...background,
      needs: PUBLICATION_FAN_OUT_NEEDS,
      jobsQueueUrl: this.publicationWorkers.queue.queueUrl,
      reservedConcurrency: reserved[SCHEDULED_PUBLICATION]!,
    });
    this.publicationWorkers.grantSend(this.publication.function.role);
    this.retention = new RetentionSchedule(this, 'Retention', { ...background, reservedConcurrency: reserved[SCHEDULED_RETENTION]! });
    this.evidenceProcessing = new EvidenceProcessing(this, 'EvidenceProcessing', {
      ...background,
      bucket: props.evidence.bucket,
      reservedConcurrency: reserved[EVIDENCE_PROCESSING]!,
    });

    this.auditArchiving = new AuditArchiving(this, 'AuditArchiving', {
      table: props.data.table('Audit'),
      tableKey: props.data.tableKey,
      bucket: props.auditArchive.bucket,
      environment: this.api.environment,
      reservedConcurrency: reserved[AUDIT_ARCHIVING]!,
      ...(props.logKey ? { logKey: props.logKey } : {}),
    });

    // The site bucket lives here, not in the stateful stack: its content is rebuilt from web/ on every
    // deploy, and its bucket policy must name this stack's distribution (OAC), which across stacks
    // would be a reference cycle.
    this.site = new Site(this, 'Site', {
      api: this.api.httpApi,
      statsBucket: props.statistics.bucket,
      ...(props.logKey ? { logKey: props.logKey } : {}),
      ...(config.webAclArn ? { webAclArn: config.webAclArn } : {}),
      ...(config.customDomain ? { customDomain: config.customDomain } : {}),
      originHeader: { name: ORIGIN_VERIFY_HEADER, value: this.originVerification.value },
      // The pages send uploads to the evidence bucket's own endpoint (the presigned POST's URL) and,
      // with sign-in, redeem the sign-in code at the hosted UI's token endpoint, both from the browser.
      connectSources: [...(signIn ? [signIn.pageConfig.domain] : []), props.evidence.uploadOrigin],
      pageConfig: signIn ? { staffSignIn: signIn.pageConfig } : {},
      // The pages name the deployment's default agency.
      agency: appConfigFromEnv(config.appSettings).defaultAgency,
    });

    const siteUrl = `https://${config.customDomain?.domainName ?? this.site.distribution.distributionDomainName}`;
    if (config.mail) {
      this.notifications = new Notifications(this, 'Notifications', {
        ...background,
        table: props.data.table('Complaints'),
        tableKey: props.data.tableKey,
        sending: { ...config.mail, configurationSetName: configurationSetNameOf(config.stage) },
        siteUrl,
        reservedConcurrency: reserved[NOTIFIER]!,
        // The identity key's policy names this role: it alone may open reporters' contacts.
        roleName: props.identityKey.decryptingRoleFor(NOTIFIER, this.region),
      });
      this.reminders = new Reminders(this, 'Reminders', {
        ...background,
        table: props.data.table('Complaints'),
        tableKey: props.data.tableKey,
        sending: { ...config.mail, configurationSetName: configurationSetNameOf(config.stage) },
        siteUrl,
        reservedConcurrency: reserved[REMINDERS]!,
      });
      this.mailEvents = new MailEvents(this, 'MailEvents', {
        ...background,
        table: props.data.table('Agencies'),
        tableKey: props.data.tableKey,
        stage: config.stage,
        mailRegion: config.mail.region,
        reservedConcurrency: reserved[MAIL_EVENTS]!,
      });
    }

    this.alarms = new Alarms(this, 'Alarms', {
      stage: config.stage,
      topic: props.alarmTopic,
      api: this.api.httpApi,
      functions: new Map<string, AppFunction>([
        ...this.api.functions,
        [SCHEDULED_PUBLICATION, this.publication.function],
        [PUBLICATION_WORKER, this.publicationWorkers.function],
        [EVIDENCE_PROCESSING, this.evidenceProcessing.function],
        [SCHEDULED_RETENTION, this.retention.function],
        [AUDIT_ARCHIVING, this.auditArchiving.function],
        ...(this.notifications ? [[NOTIFIER, this.notifications.function] as const] : []),
        ...(this.reminders ? [[REMINDERS, this.reminders.function] as const] : []),
        ...(this.mailEvents ? [[MAIL_EVENTS, this.mailEvents.runner.function] as const] : []),
      ]),
      background: [
        {
          name: 'publication',
          run: "The quarterly schedule's run (queuing one publication job per agency)",
          remedy: 'invoke the scheduled function again with {"period":"<quarter>"}: jobs already done write nothing',
          runner: this.publication,
        },
        {
          name: 'publication-worker',
          run: "Publishing one agency's quarter (or rebuilding /stats/ and the national roll-up)",
          remedy: 'the message names the agency and quarter; once the cause is fixed, redrive it from the dead-letter queue or POST /api/publications with that period and agency',
          runner: this.publicationWorkers,
        },
        {
          name: 'retention',
          run: 'A daily retention run',
          remedy: "the next night's run takes up the cases still due; the record in the queue names the errors",
          runner: this.retention,
        },
        {
          name: 'evidence-processing',
          run: 'Processing an uploaded evidence file',
          remedy: 'the message holds the S3 event; once the cause is fixed, invoke the function with it again within a day, before quarantine/ expires',
          runner: this.evidenceProcessing,
        },
        {
          name: 'audit-archiving',
          run: 'Copying audit entries into the locked archive',
          remedy: 'the message names the stream records; read them again from the audit table\'s stream within 24 hours, or copy the entries from the table (verify the chain first)',
          runner: this.auditArchiving,
        },
        ...(this.notifications
          ? [
              {
                name: NOTIFIER,
                run: 'Mailing staff about a new case, a reply or a file',
                remedy:
                  "the message names the stream records; read them again from the complaints table's stream within 24 hours and invoke the notifier with them: the delivery records send nothing twice",
                runner: this.notifications,
              },
            ]
          : []),
        ...(this.reminders
          ? [
              {
                name: REMINDERS,
                run: "A morning's deadline digest to staff",
                remedy: 'invoke the function with {"day":"<that Bangkok day>"} the same day: members already mailed are not mailed twice',
                runner: this.reminders,
              },
            ]
          : []),
        ...(this.mailEvents
          ? [
              {
                name: MAIL_EVENTS,
                run: 'Putting an address that bounced or complained on the mail suppression list',
                remedy: 'the message holds the SNS event; once the cause is fixed, invoke the function with it again: an address already on the list is left as it is',
                runner: this.mailEvents.runner,
              },
            ]
          : []),
      ],
    });

    new CfnOutput(this, 'SiteUrl', {
      value: siteUrl,
      description: 'The public pages and, under /api/*, the API (CloudFront)',
    });
    new CfnOutput(this, 'ApiUrl', {
      value: this.api.stage.url,
      description: 'The HTTP API stage itself, which answers 403 to any request that did not come through CloudFront',
    });
    if (signIn) {
      new CfnOutput(this, 'StaffClientId', {
        value: signIn.client.userPoolClientId,
        description: 'App client of the staff pages (hosted UI, code flow with PKCE)',
      });
    }
  }
}

/**
 * The reserved concurrency of every function, checked against the functions there are: one without a
 * value would run unbounded, and a value for a name that is no function is a typo that reserves nothing.
 */
function reservedConcurrencyFor(groups: readonly RouteGroup[], configured: Readonly<Record<string, number>>): Record<string, number> {
  const names = [...groups.map((group) => group.name), ...BACKGROUND_FUNCTIONS];
  const missing = names.filter((name) => configured[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`No reserved concurrency for ${missing.map((name) => `"${name}"`).join(', ')}: add it to DEFAULT_RESERVED_CONCURRENCY (infra/stacks/config.ts)`);
  }
  const unknown = Object.keys(configured).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Reserved concurrency names ${unknown.map((name) => `"${name}"`).join(', ')}, which is neither a route group nor one of ${BACKGROUND_FUNCTIONS.map((name) => `"${name}"`).join(', ')}`,
    );
  }
  return Object.fromEntries(names.map((name) => [name, configured[name]!]));
}
