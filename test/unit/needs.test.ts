// A function holds only what its needs declare: a handler that reaches for another port fails here,
// in a unit test, with the same error it would meet on the local stack and on AWS, instead of an
// AccessDenied on AWS only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localContexts } from '../../infra/local/local-context';
import { lambdaForGroup } from '../../functions/lambda';
import { route, type RouteGroup } from '../../functions/route';
import { routeGroups } from '../../functions/routes';
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { kmsWiring } from '../../shared/config/aws/kms';
import { cognitoWiring } from '../../shared/config/aws/cognito';
import { s3Wiring } from '../../shared/config/aws/s3';
import { scopeContext, UndeclaredNeedError } from '../../shared/config/needs';
import type { AppContext } from '../../shared/config/context';
import { json } from '../../shared/http/handler';
import { httpEvent, lambdaContext } from '../support/events';
import { memoryContext } from '../support/memory-context';

const groupNamed = (name: string) => routeGroups.find((group) => group.name === name)!;

describe('a route group that uses a port it did not declare', () => {
  // A handler of the cases group that also counts survey responses, which its needs never mention.
  const sneaky: RouteGroup = {
    name: 'cases',
    needs: groupNamed('cases').needs,
    routes: [
      route('GET', '/api/cases', {
        contract: { access: { kind: 'public' } } as never,
        makeHandler: (context: AppContext) => async () => json(200, { surveys: typeof context.surveys }),
      }),
    ],
  };

  it('throws UndeclaredNeedError naming the group and the port, although the context it was given holds every port', async () => {
    const { context } = memoryContext();
    const handle = lambdaForGroup(sneaky, () => context);
    const event = { ...httpEvent('post-tracking'), routeKey: 'GET /api/cases', body: undefined };
    await expect(handle(event, lambdaContext)).rejects.toThrow(new UndeclaredNeedError('cases group', 'surveys'));
    await expect(handle(event, lambdaContext)).rejects.toThrow('cases group did not declare surveys');
  });
});

describe('the context built from a group\'s needs', () => {
  it('gives each group exactly the ports its needs declare, and throws for every other', () => {
    const { context } = memoryContext();
    const expected: Record<string, string[]> = {
      meta: ['config', 'clock', 'random'],
      // The suppression list is kept in the agencies table: every group that reads the registry may read it.
      // The intake seals identities and reporters' contacts (its key grant opens neither).
      complaints: ['config', 'clock', 'random', 'complaints', 'statistics', 'reportApprovals', 'notificationPreferences', 'audit', 'vault', 'contactVault', 'agencies', 'mailSuppressions'],
      // Surveys for the channel-experience survey of a concluded case.
      tracking: ['config', 'clock', 'random', 'complaints', 'statistics', 'reportApprovals', 'notificationPreferences', 'evidence', 'agencies', 'surveys', 'mailSuppressions'],
      cases: ['config', 'clock', 'random', 'complaints', 'statistics', 'reportApprovals', 'notificationPreferences', 'audit', 'evidence', 'agencies', 'staffDirectory', 'mailSuppressions'],
      surveys: ['config', 'clock', 'random', 'audit', 'surveys', 'agencies', 'mailSuppressions'],
      // The only group that writes the registry and the only one with the staff directory.
      // The stats bucket for a new agency's page before its first publication.
      agencies: ['config', 'clock', 'random', 'audit', 'agencies', 'staffDirectory', 'statsStore', 'mailSuppressions'],
    };
    for (const [name, ports] of Object.entries(expected)) {
      const scoped = scopeContext(`${name} group`, groupNamed(name).needs, context);
      for (const port of Object.keys(context) as (keyof AppContext)[]) {
        if (ports.includes(port)) expect(scoped[port], `${name}: ${port}`).toBe(context[port]);
        else expect(() => scoped[port], `${name}: ${port}`).toThrow(UndeclaredNeedError);
      }
    }
  });

  it('names the need, not the port, where they differ', () => {
    const scoped = scopeContext('surveys group', groupNamed('surveys').needs, memoryContext().context);
    expect(() => scoped.vault).toThrow('surveys group did not declare identityKey');
    expect(() => scoped.statsStore).toThrow('surveys group did not declare statsBucket');
    expect(() => scoped.sanitise).toThrow('surveys group did not declare evidence: process');
  });
});

describe('a group on Lambda', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('is wired from the variables of its own needs only, and its other ports throw there too', () => {
    for (const name of ['AUDIT_TABLE', 'SURVEYS_TABLE', 'STATS_BUCKET', 'INFORMATION_CENTRE_TABLE', 'IDENTITY_KEY_ARN']) delete process.env[name];
    process.env.COMPLAINTS_TABLE = 'complaints';
    process.env.EVIDENCE_BUCKET = 'evidence';
    process.env.AGENCIES_TABLE = 'agencies';
    process.env.SURVEYS_TABLE = 'surveys';
    const tracking = awsContext(dynamoDbWiring, s3Wiring)('tracking group', groupNamed('tracking').needs);
    expect(tracking.complaints).toBeDefined();
    expect(tracking.evidence).toBeDefined();
    expect(() => tracking.vault).toThrow('tracking group did not declare identityKey');
    expect(() => tracking.audit).toThrow('tracking group did not declare audit');
    expect(() => tracking.staffDirectory).toThrow('tracking group did not declare staffDirectory');
    // A declared need still fails its first invoke loudly without its variable.
    delete process.env.EVIDENCE_BUCKET;
    expect(() => awsContext(dynamoDbWiring, s3Wiring, cognitoWiring)('cases group', groupNamed('cases').needs)).toThrow(/AUDIT_TABLE.*EVIDENCE_BUCKET|EVIDENCE_BUCKET.*AUDIT_TABLE/);
  });

  it('fails its first invoke when its entry does not wire the client of a declared need', () => {
    process.env.COMPLAINTS_TABLE = 'complaints';
    process.env.AGENCIES_TABLE = 'agencies';
    process.env.IDENTITY_KEY_ARN = 'arn:aws:kms:ap-southeast-7:111122223333:key/identity';
    process.env.AUDIT_TABLE = 'audit';
    // The complaints group seals identities with KMS: an entry that forgot the KMS wiring is refused.
    expect(() => awsContext(dynamoDbWiring)('complaints group (no KMS)', groupNamed('complaints').needs)).toThrow(
      'complaints group (no KMS) declares needs on kms, but its Lambda entry does not wire that client',
    );
    const complaints = awsContext(dynamoDbWiring, kmsWiring)('complaints group', groupNamed('complaints').needs);
    expect(complaints.vault).toBeDefined();
  });
});

describe('a group on the local stack', () => {
  const { context, contextOf } = localContexts({
    // Nothing listens here: the refusal below comes before any call to DynamoDB.
    dynamoEndpoint: 'http://127.0.0.1:9',
    dataDir: mkdtempSync(join(tmpdir(), 'integrity-needs-')),
    tablePrefix: 'needs-',
  });
  const change = {
    reference: 'ABCDEFGHJK',
    agency: 'bma-health',
    from: 'received' as const,
    update: { status: 'acknowledged' as const, updatedAt: '2026-10-01T03:00:00.000Z' },
    event: { id: 'e1', at: '2026-10-01T03:00:00.000Z', kind: 'transition' },
    audit: {} as never,
  } as unknown as Parameters<AppContext['complaints']['recordTransition']>[0];

  it('gets a complaint repository that writes audit entries only when it declared audit, as on Lambda', async () => {
    // Tracking declares complaints but not audit: an audited write is refused before it is sent.
    const tracking = contextOf('tracking group', groupNamed('tracking').needs);
    await expect(tracking.complaints.recordTransition(change)).rejects.toThrow(new UndeclaredNeedError('this function', 'audit (case.transition writes an audit entry)'));
    expect(() => tracking.audit).toThrow('tracking group did not declare audit');
    // Cases declares both: its repository is the one that writes into the audit table.
    expect(contextOf('cases group', groupNamed('cases').needs).complaints).toBe(context.complaints);
    expect(tracking.complaints).not.toBe(context.complaints);
  });
});
