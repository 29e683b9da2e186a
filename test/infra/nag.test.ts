// cdk-nag's packs (AWS Solutions, Serverless, NIST 800-53 rev. 5) over the whole app: no finding, error
// or warning, may pass without a written acknowledgement, and no acknowledgement may outlive the finding
// it was written for.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAG_PACKS, createApp, type IntegrityApp } from '../../infra/app';

// The rules read templates and construct properties, not function code: bundling is skipped here to
// keep this file fast (test/infra/app.test.ts synthesizes with bundling).
const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

interface Finding {
  ruleName: string;
  severity: string;
  paths: string[];
}

/** Every acknowledgement recorded with Validations.of(…).acknowledge(…) in the tree. */
function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          // Stored with a namespace prefix such as "Annotation::".
          id: id.replace(/^[A-Za-z]+::/, ''),
          reason,
        })),
      ),
  );
}

type PackClass = (typeof NAG_PACKS)[number];

/** The rule-id prefix of a pack's findings: `AwsSolutions-`, `Serverless-`, `NIST.800.53.R5-`. */
const prefixOf = (Pack: PackClass) => `${new Pack().readPackName}-`;

/**
 * What a pack reports. The pack filters acknowledged findings itself (a private method): with
 * `ignoring` it treats every acknowledgement as absent (everything it would report, so each
 * acknowledgement can be matched to a real finding), or just the one given.
 */
function findingsOf(Pack: PackClass, root: IConstruct, ignoring: 'all' | Acknowledgement | 'none'): Finding[] {
  const pack: NagPack = new Pack();
  if (ignoring === 'all') Object.assign(pack, { isAcknowledged: () => false });
  if (typeof ignoring === 'object') {
    const own = (pack as unknown as { isAcknowledged(resource: IConstruct, ruleId: string): boolean }).isAcknowledged.bind(pack);
    Object.assign(pack, {
      isAcknowledged: (resource: IConstruct, ruleId: string) =>
        own(resource, ruleId) && !(ruleId === ignoring.id && covers(ignoring.path, resource.node.path)),
    });
  }
  return pack.validateScope(root).violations.map((violation) => ({
    ruleName: violation.ruleName,
    severity: violation.severity ?? 'error',
    paths: violation.violatingResources.map((resource) => resource.constructPath ?? ''),
  }));
}

const covers = (acknowledgedAt: string, resourcePath: string) =>
  resourcePath === acknowledgedAt || resourcePath.startsWith(`${acknowledgedAt}/`);

let outdir: string;
let built: IntegrityApp;
let synthFailure = '';

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'integrity-nag-'));
  // With a sending domain, so that the notifier is checked too.
  built = createApp({ outdir, context: { ...NO_BUNDLING, mailDomain: 'integrity.example.go.th', mailRegion: 'ap-southeast-1' } });
  try {
    // cdk-nag marks its report failed on any unacknowledged finding, warnings included, and CDK
    // then throws with the report.
    built.app.synth();
  } catch (error) {
    synthFailure = error instanceof Error ? error.message : String(error);
  }
}, 120_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe.each(NAG_PACKS.map((Pack) => [prefixOf(Pack).slice(0, -1), Pack] as const))('cdk-nag %s', (packName, Pack) => {
  const ownAcknowledgements = () => acknowledgements(built.app).filter((ack) => ack.id.startsWith(prefixOf(Pack)));

  it('synthesizes with no unacknowledged finding, neither error nor warning', () => {
    expect(synthFailure).toBe('');
    const reportFile = join(outdir, 'validation-report.json');
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { pluginReports: { pluginName: string; violations: unknown[] }[] })
      : { pluginReports: [] };
    const nag = report.pluginReports.filter((plugin) => plugin.pluginName.includes(packName));
    expect(nag.flatMap((plugin) => plugin.violations)).toEqual([]);
    expect(findingsOf(Pack, built.app, 'none')).toEqual([]);
  });

  it('has a written acknowledgement for every finding, and a finding for every acknowledgement', () => {
    const findings = findingsOf(Pack, built.app, 'all');
    const acknowledged = ownAcknowledgements();
    // Without acknowledgements there is plenty to report; otherwise this test would prove nothing.
    expect(findings.length).toBeGreaterThan(0);

    const unacknowledged = findings.flatMap((finding) =>
      finding.paths
        .filter((path) => !acknowledged.some((ack) => ack.id === finding.ruleName && covers(ack.path, path)))
        .map((path) => `${finding.severity} ${finding.ruleName} at ${path}`),
    );
    expect(unacknowledged).toEqual([]);

    const stale = acknowledged
      .filter((ack) => !findings.some((finding) => finding.ruleName === ack.id && finding.paths.some((path) => covers(ack.path, path))))
      .map((ack) => `${ack.id} at ${ack.path}`);
    expect(stale).toEqual([]);

    for (const ack of acknowledged) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(40);
    }
  });

  it('reports a finding again as soon as one of its acknowledgements is taken away', () => {
    // One acknowledgement per rule: each check is a full pass of the pack over the app.
    const onePerRule = [...new Map(ownAcknowledgements().map((ack) => [ack.id, ack])).values()];
    expect(onePerRule.length).toBeGreaterThan(0);
    for (const ack of onePerRule) {
      const reported = findingsOf(Pack, built.app, ack);
      expect(
        reported.some((finding) => finding.ruleName === ack.id && finding.paths.some((path) => covers(ack.path, path))),
        `${ack.id} at ${ack.path}`,
      ).toBe(true);
    }
  });
});

describe('cdk-nag acknowledgements', () => {
  it('acknowledges on the resource that raised the finding, never on a whole stack', () => {
    const stackPaths = [built.stateful, built.stateless, built.mail!].map((stack) => stack.node.path);
    for (const ack of acknowledgements(built.app)) {
      expect(stackPaths, `${ack.id} is acknowledged for a whole stack`).not.toContain(ack.path);
      expect(ack.path).not.toBe('');
    }
  });

  it('acknowledges the stats/* wildcard on the roles that publish only (the publication route and worker, the report approval, and the registry for a new agency\'s first page), and a missing DLQ on the dead-letter queues only', () => {
    const acknowledged = acknowledgements(built.app);
    const statsWildcards = acknowledged.filter((ack) => ack.id.startsWith('AwsSolutions-IAM5[Resource::') && ack.id.endsWith('/stats/*]'));
    expect(statsWildcards.map((ack) => ack.path).sort()).toEqual(
      [built.stateless.api.functions.get('publications')!.role, built.stateless.api.functions.get('reports')!.role, built.stateless.api.functions.get('agencies')!.role, built.stateless.publicationWorkers.function.role].map((role) => role.node.path).sort(),
    );
    // Named after the statistics bucket's ARN as the stateless stack imports it.
    for (const ack of statsWildcards) expect(ack.id).toMatch(/^AwsSolutions-IAM5\[Resource::IntegrityPlatform-[a-z0-9-]+-Stateful:ExportsOutputFnGetAttStatisticsBucket[0-9A-F]{8}Arn[0-9A-F]{8}\/stats\/\*\]$/);
    const deadLetterQueues = [built.stateless.publication, built.stateless.retention, built.stateless.evidenceProcessing, built.stateless.auditArchiving, built.stateless.notifications!, built.stateless.reminders!, built.stateless.mailEvents!.runner].map((job) => job.deadLetters.node.path);
    expect(acknowledged.filter((ack) => ack.id === 'AwsSolutions-SQS3').map((ack) => ack.path).sort()).toEqual(deadLetterQueues.sort());
  });

  it('acknowledges evidence prefix wildcards only on the roles whose needs name the evidence bucket, for the prefixes they name', () => {
    const prefixesByRole = new Map<string, Set<string>>();
    for (const ack of acknowledgements(built.app)) {
      const match = /^AwsSolutions-IAM5\[Resource::.*EvidenceBucket[0-9A-F]{8}Arn[0-9A-F]{8}\/(\w+)\/\*\]$/.exec(ack.id);
      if (match) prefixesByRole.set(ack.path, new Set([...(prefixesByRole.get(ack.path) ?? []), match[1]!]));
    }
    const { api, evidenceProcessing, retention } = built.stateless;
    const roleOf = (name: string) => api.functions.get(name)!.role.node.path;
    expect(Object.fromEntries([...prefixesByRole].map(([path, prefixes]) => [path, [...prefixes].sort()]))).toEqual({
      [roleOf('tracking')]: ['quarantine'],
      [roleOf('cases')]: ['evidence'],
      [roleOf('custody')]: ['evidence', 'exports'],
      [roleOf('information-centre')]: ['disclosures', 'quarantine'],
      [evidenceProcessing.function.role.node.path]: ['disclosures', 'evidence', 'quarantine'],
      [retention.function.role.node.path]: ['evidence', 'exports', 'quarantine'],
    });
  });

  it('fails the synth of this app on an unacknowledged finding', () => {
    const probe = createApp({ outdir: mkdtempSync(join(tmpdir(), 'integrity-nag-probe-')), context: NO_BUNDLING });
    // A bucket without TLS enforcement or access logs, as someone might add it.
    new Bucket(new Stack(probe.app, 'Probe', { env: { account: probe.config.account, region: probe.config.region } }), 'Careless');
    let failure = '';
    try {
      probe.app.synth();
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    expect(failure).toMatch(/AwsSolutions-S10/);
    expect(failure).toMatch(/NIST\.800\.53\.R5-S3BucketReplicationEnabled/);
    rmSync(probe.app.outdir, { recursive: true, force: true });
  }, 120_000);
});
