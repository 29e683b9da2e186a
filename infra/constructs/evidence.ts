// You are here: the evidence bucket and its key. Reporters' uploads land under quarantine/ through
// presigned POSTs, the processing function keeps a cleaned copy under evidence/, custodians' referral
// packages go under exports/ (shared/domain/evidence.ts builds every key). It lives in the stateful
// stack with the other records: rebuilding the functions must never touch a file.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Bucket, BucketEncryption, HttpMethods, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Needs } from '../../functions/route';
import { disclosureObjects } from '../../shared/domain/disclosure-register';
import { objectKeys } from '../../shared/domain/evidence';
import { PRIVATE_BUCKET_DEFAULTS, acknowledgeBucketFindings, objectsUnder } from './buckets';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';

export type EvidenceAccess = NonNullable<Needs['evidence']>;

const { quarantinePrefix: QUARANTINE, evidencePrefix: EVIDENCE, exportsPrefix: EXPORTS } = objectKeys;
const DISCLOSURES = disclosureObjects.publishedPrefix;
/** Every prefix a case's objects may have; retention destroys under these. */
export const EVIDENCE_PREFIXES = [QUARANTINE, EVIDENCE, EXPORTS] as const;
/** Every prefix an object may have (a case's, and the disclosure register's clean PDFs); the bucket policy refuses a write anywhere else. */
const WRITABLE_PREFIXES = [...EVIDENCE_PREFIXES, DISCLOSURES] as const;

// S3 uses the key with the caller's own permissions, and a presigned request acts with the signer's:
// whoever signs an upload needs GenerateDataKey, whoever signs or makes a read needs Decrypt.
const KEY_FOR_WRITING = 'kms:GenerateDataKey';
const KEY_FOR_READING = 'kms:Decrypt';

interface AccessGrant {
  /** Object actions, each on the objects under its prefixes only. */
  objects: { prefixes: readonly string[]; actions: string[] }[];
  /** Listing actions on the bucket, with an s3:prefix condition for these prefixes. */
  list?: { prefixes: readonly string[]; actions: string[] };
  key: string[];
  /** For the wildcard acknowledgement: what the role does under those prefixes. */
  purpose: string;
}

/**
 * What each `evidence` need may do. ListBucket is what makes S3 answer a missing key with NoSuchKey
 * rather than AccessDenied: processing a replayed event and exporting a case both take a missing object
 * for an answer (ignored, or a 409), not for an outage. ListBucketVersions is what destroying every
 * version of an object starts with.
 */
const ACCESS: Record<EvidenceAccess, AccessGrant> = {
  upload: {
    objects: [{ prefixes: [QUARANTINE], actions: ['s3:PutObject'] }],
    key: [KEY_FOR_WRITING],
    purpose: "signs a reporter's upload of one file into the case's own folder",
  },
  download: {
    objects: [{ prefixes: [EVIDENCE], actions: ['s3:GetObject'] }],
    key: [KEY_FOR_READING],
    purpose: "signs an officer's download of one cleaned file",
  },
  export: {
    objects: [
      { prefixes: [EVIDENCE], actions: ['s3:GetObject'] },
      { prefixes: [EXPORTS], actions: ['s3:GetObject', 's3:PutObject'] },
    ],
    list: { prefixes: [EVIDENCE], actions: ['s3:ListBucket'] },
    key: [KEY_FOR_READING, KEY_FOR_WRITING],
    purpose: "reads a case's cleaned files, writes its referral package and signs the package's download",
  },
  process: {
    objects: [
      { prefixes: [QUARANTINE], actions: ['s3:GetObject', 's3:DeleteObject', 's3:DeleteObjectVersion'] },
      { prefixes: [EVIDENCE, DISCLOSURES], actions: ['s3:PutObject'] },
    ],
    list: { prefixes: [QUARANTINE], actions: ['s3:ListBucket', 's3:ListBucketVersions'] },
    key: [KEY_FOR_READING, KEY_FOR_WRITING],
    purpose: 'reads each upload, writes its cleaned copy and destroys every version of the upload',
  },
  disclosures: {
    objects: [
      { prefixes: [QUARANTINE], actions: ['s3:PutObject'] },
      { prefixes: [DISCLOSURES], actions: ['s3:GetObject'] },
    ],
    key: [KEY_FOR_READING, KEY_FOR_WRITING],
    purpose: "signs an admin's upload of a disclosure register PDF, and the public's reads of the cleaned copies",
  },
  destroy: {
    objects: [{ prefixes: EVIDENCE_PREFIXES, actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'] }],
    list: { prefixes: EVIDENCE_PREFIXES, actions: ['s3:ListBucketVersions'] },
    key: [],
    purpose: 'destroys every version of every file of a case whose retention period has passed',
  },
};

export const EVIDENCE_ACCESS_LEVELS = Object.keys(ACCESS) as EvidenceAccess[];

export interface EvidenceBucketProps {
  stage: string;
  /**
   * Origins whose pages may POST uploads and GET downloads from the browser (CORS), or `['*']`
   * (config.ts says why that is the default).
   */
  corsOrigins: readonly string[];
}

export class EvidenceBucket extends Construct {
  /** Encrypts every file: a key of its own, so that only the functions that handle files can read them. */
  readonly key: Key;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: EvidenceBucketProps) {
    super(scope, id);

    this.key = new Key(this, 'Key', {
      description: `Encrypts the complaint evidence files of the integrity platform (${props.stage})`,
      alias: keyAlias(props.stage, 'evidence'),
      ...RETAINED_KEY_DEFAULTS,
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      // One data key per bucket for a while instead of a KMS call per object: cheaper, same protection.
      bucketKeyEnabled: true,
      cors: [
        {
          // POST: the reporter's upload form; GET: a presigned download. The preflight the upload's
          // progress listener causes asks for POST and no extra header.
          allowedMethods: [HttpMethods.POST, HttpMethods.GET],
          allowedOrigins: [...props.corsOrigins],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        // Processing destroys an upload within a minute; these are what it never reached (a failed
        // run, a second upload to the same policy). A day is enough to look into a failure.
        { id: 'quarantine', prefix: QUARANTINE, expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
        // A package is downloaded within minutes of being made (the link lasts minutes); it may hold the
        // reporter's identity, so no copy of it stays longer than a day.
        { id: 'exports', prefix: EXPORTS, expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
        // Cleaned files stay until the retention job destroys their case, every version at once; a
        // version replaced meanwhile is kept a month, and leftovers of failed writes go after a day.
        { id: 'everything', noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    // Straight on the bucket resource: the construct's `eventBridgeEnabled` would set it through a
    // custom-resource function (with its own role and runtime) that CloudFormation does not need.
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };

    // Whatever a grant may say, an object is written under one of the three prefixes or not at all:
    // the lifecycle rules and the retention job know no other place.
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'WritesOnlyUnderKnownPrefixes',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        notResources: WRITABLE_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
      }),
    );

    acknowledgeBucketFindings(this.bucket, 'the complaint evidence files', 'kms-content');
    const noAccessLogs =
      "No server access logs: reporters upload straight to this bucket, and S3's access log records each requester's IP " +
      'address and user agent, which would identify reporters of an anonymous channel (docs/architecture.md, security rules). Every staff action on ' +
      'a file (download link, export, destruction) is in the append-only audit table instead.';
    Validations.of(this.bucket).acknowledge({ id: 'AwsSolutions-S1', reason: noAccessLogs });
    Validations.of(this.bucket).acknowledge({ id: 'NIST.800.53.R5-S3BucketLoggingEnabled', reason: noAccessLogs });
  }

  /** The origin of the bucket's regional virtual-hosted endpoint, where createPresignedPost sends uploads. */
  get uploadOrigin(): string {
    return `https://${this.bucket.bucketRegionalDomainName}`;
  }

  /**
   * Grants exactly what one `evidence` need names (ACCESS above): object actions on the objects under
   * named prefixes, listing limited to those prefixes, and the key through S3 only.
   */
  grant(grantee: IGrantable, access: EvidenceAccess): void {
    const grant = ACCESS[access];
    if (!grant) throw new Error(`Unknown evidence need "${access}"`);
    const principal = grantee.grantPrincipal;
    for (const { prefixes, actions } of grant.objects) {
      const why = (prefix: string) =>
        `Objects under ${prefix} of the evidence bucket only, for the "${access}" need: the function ${grant.purpose}; ` +
        'keys are made per agency, case and file at run time, so the grant ends in a wildcard.';
      const resources = prefixes.map((prefix) => objectsUnder(this.bucket, prefix, grantee, why(prefix)));
      principal.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
    }
    if (grant.list) {
      principal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: grant.list.actions,
          resources: [this.bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': grant.list.prefixes.map((prefix) => `${prefix}*`) } },
        }),
      );
    }
    if (grant.key.length > 0) {
      principal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: grant.key,
          resources: [this.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
        }),
      );
    }
  }
}
