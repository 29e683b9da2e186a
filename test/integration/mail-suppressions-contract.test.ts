// One contract, two adapters: the mail suppression list against the memory adapter and the DynamoDB
// adapter on DynamoDB Local. An address is found however it is written, a repeated report keeps the
// first day and counts once, an agency's admin reads its own staff entries and only a count of the
// others (never a reporter's address), and lifting takes off only the agency's own staff entry.
import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoMailSuppressions } from '../../shared/adapters/dynamodb/mail-suppressions';
import { agenciesTable } from '../../shared/adapters/dynamodb/tables';
import { memoryMailSuppressions } from '../../shared/adapters/memory/memory-mail-suppressions';
import type { MailSuppressions } from '../../shared/domain/notifications/suppressions';

const adapters: [string, () => Promise<{ list: MailSuppressions; raw?: () => Promise<string>; close(): void }>][] = [
  ['memory', async () => ({ list: memoryMailSuppressions(), close: () => {} })],
  [
    'DynamoDB',
    async () => {
      const endpoint = inject('dynamoEndpoint');
      const prefix = `s${randomUUID().slice(0, 8)}-`;
      const admin = localDynamoClient(endpoint, 1);
      await ensureTables(admin, [agenciesTable], (definition) => localTableName(definition, prefix));
      admin.destroy();
      const client = localDynamoClient(endpoint);
      const access = dynamoAccess(client);
      const tableName = localTableName(agenciesTable, prefix);
      // Everything the table holds, as an operator reading it would see it.
      const raw = async () => JSON.stringify(await access.documents.send(new ScanCommand({ TableName: tableName })));
      return { list: dynamoMailSuppressions(access, tableName), raw, close: () => client.destroy() };
    },
  ],
];

describe.each(adapters)('mail suppression list (%s)', (_name, make) => {
  let made: Awaited<ReturnType<(typeof adapters)[number][1]>>;
  let list: MailSuppressions;
  beforeAll(async () => {
    made = await make();
    list = made.list;
  });
  afterAll(() => made.close());

  it('finds an address however it is written, and keeps the first report of it', async () => {
    expect(await list.find('somchai@example.org')).toBeUndefined();
    await list.add('Somchai@Example.org', { reason: 'bounce', since: '2026-12-01T01:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    await list.add('somchai@example.org', { reason: 'complaint', since: '2026-12-02T01:00:00.000Z' }, { kind: 'staff', agency: 'bma-health' });
    expect(await list.find(' SOMCHAI@example.org')).toEqual({ reason: 'bounce', since: '2026-12-01T01:00:00.000Z' });
    expect((await list.listForAgency('bma-health')).staff).toEqual([{ address: 'Somchai@Example.org', reason: 'bounce', since: '2026-12-01T01:00:00.000Z' }]);
  });

  it("shows an agency's admin its staff entries, and only a count of anyone else's, never their address", async () => {
    await list.add('reporter-marker@example.net', { reason: 'complaint', since: '2026-12-03T01:00:00.000Z' }, { kind: 'other', agency: 'bma-health' });
    await list.add('reporter-marker@example.net', { reason: 'complaint', since: '2026-12-03T01:00:00.000Z' }, { kind: 'other', agency: 'bma-health' });
    await list.add('untagged-marker@example.net', { reason: 'bounce', since: '2026-12-03T02:00:00.000Z' }, { kind: 'other' });
    await list.add('medical-officer@example.org', { reason: 'bounce', since: '2026-12-03T03:00:00.000Z' }, { kind: 'staff', agency: 'bma-medical' });
    const seen = await list.listForAgency('bma-health');
    expect(seen).toEqual({ staff: [{ address: 'Somchai@Example.org', reason: 'bounce', since: '2026-12-01T01:00:00.000Z' }], others: 1 });
    expect(JSON.stringify(seen)).not.toMatch(/marker|medical/);
    expect(await list.find('reporter-marker@example.net')).toEqual({ reason: 'complaint', since: '2026-12-03T01:00:00.000Z' });
    expect(await list.find('untagged-marker@example.net')).toBeDefined();
    // The table keeps no reporter's address anywhere, in keys or attributes.
    if (made.raw) expect(await made.raw()).not.toContain('marker');
  });

  it("lifts only the agency's own staff entry: not another agency's, not a reporter's", async () => {
    expect(await list.lift('bma-health', 'reporter-marker@example.net')).toBe(false);
    expect(await list.lift('bma-health', 'medical-officer@example.org')).toBe(false);
    expect(await list.find('reporter-marker@example.net')).toBeDefined();
    expect(await list.find('medical-officer@example.org')).toBeDefined();
    expect(await list.lift('bma-health', 'somchai@EXAMPLE.org')).toBe(true);
    expect(await list.find('somchai@example.org')).toBeUndefined();
    expect((await list.listForAgency('bma-health')).staff).toEqual([]);
    expect(await list.lift('bma-health', 'somchai@example.org')).toBe(false);
  });
});
