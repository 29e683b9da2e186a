// One contract, two adapters: the DeliveryLedger the notifier's exactly-once rests on, against the
// memory adapter and the DynamoDB adapter on DynamoDB Local. A claim is exclusive while its lease
// lives, a delivered record is never claimed again, a released claim can be taken at once, and of
// many claims racing on one record exactly one wins.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { dynamoDeliveryLedger } from '../../shared/adapters/dynamodb/delivery-ledger';
import { allTables, complaintsTable } from '../../shared/adapters/dynamodb/tables';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import type { DeliveryLedger } from '../../shared/domain/notifications/notifier';

const adapters: [string, () => Promise<{ ledger: DeliveryLedger; close(): void }>][] = [
  ['memory', async () => ({ ledger: memoryDeliveryLedger(), close: () => {} })],
  [
    'DynamoDB',
    async () => {
      const endpoint = inject('dynamoEndpoint');
      const prefix = `d${randomUUID().slice(0, 8)}-`;
      const admin = localDynamoClient(endpoint, 1);
      await ensureTables(admin, allTables, (definition) => localTableName(definition, prefix));
      admin.destroy();
      const client = localDynamoClient(endpoint);
      return { ledger: dynamoDeliveryLedger(dynamoAccess(client), localTableName(complaintsTable, prefix)), close: () => client.destroy() };
    },
  ],
];

const at = (seconds: number) => new Date(Date.parse('2026-12-01T00:00:00.000Z') + seconds * 1000);

describe.each(adapters)('delivery ledger (%s)', (_name, make) => {
  let made: { ledger: DeliveryLedger; close(): void };
  let ledger: DeliveryLedger;
  beforeAll(async () => {
    made = await make();
    ledger = made.ledger;
  });
  afterAll(() => made.close());

  it('claims a new record, and refuses it to others while the lease lives', async () => {
    expect(await ledger.claim('n1#a', at(0), 60)).toBe('claimed');
    expect(await ledger.claim('n1#a', at(30), 60)).toBe('busy');
    // A lease that ran out (the sender died) can be taken again.
    expect(await ledger.claim('n1#a', at(61), 60)).toBe('claimed');
  });

  it('never hands out a delivered record again, lease or not', async () => {
    expect(await ledger.claim('n2#a', at(0), 60)).toBe('claimed');
    await ledger.delivered('n2#a', at(1));
    expect(await ledger.claim('n2#a', at(2), 60)).toBe('delivered');
    expect(await ledger.claim('n2#a', at(10_000), 60)).toBe('delivered');
    // A late release (a confused retry) cannot undo a delivery.
    await ledger.release('n2#a');
    expect(await ledger.claim('n2#a', at(10_001), 60)).toBe('delivered');
  });

  it('gives a released claim back at once', async () => {
    expect(await ledger.claim('n3#a', at(0), 60)).toBe('claimed');
    await ledger.release('n3#a');
    expect(await ledger.claim('n3#a', at(1), 60)).toBe('claimed');
  });

  it('lets exactly one of 20 racing claims win', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ledger.claim('n4#a', at(0), 60)));
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'busy')).toHaveLength(19);
  });
});
