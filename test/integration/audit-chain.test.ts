// The audit log's hash chain on DynamoDB Local: concurrent writers never fork it, and verification over
// HTTP names the first broken link when an insider alters one entry or deletes another in the table.
import { DeleteItemCommand, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { auditTable } from '../../shared/adapters/dynamodb/tables';
import { auditEntry } from '../../shared/domain/audit';
import type { StaffPrincipal, StaffRole } from '../../shared/domain/staff';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack?.close());

const officer: StaffPrincipal = { id: 'officer-chain', roles: ['officer'], agency: 'bma-health' };

async function verification(roles: StaffRole[] = ['admin']) {
  const token = await stack.issuer.issue({ sub: 'admin-chain', roles, agency: 'bma-health' });
  const response = await fetch(`${stack.url}/api/audit/verification`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

/** The raw item of the agency's entry at `seq`, found as an insider with table access would. */
async function itemAt(seq: number) {
  const client = localDynamoClient(inject('dynamoEndpoint'), 1);
  const output = await client.send(
    new QueryCommand({
      TableName: localTableName(auditTable, stack.tablePrefix),
      IndexName: 'ByChain',
      KeyConditionExpression: 'GSI1PK = :chain AND GSI1SK = :seq',
      ExpressionAttributeValues: { ':chain': { S: 'CHAIN#bma-health' }, ':seq': { S: String(seq).padStart(12, '0') } },
    }),
  );
  return { client, key: { PK: output.Items![0]!.PK!, SK: output.Items![0]!.SK! } };
}

describe('the tamper-evident audit log', () => {
  it('links concurrent entries into one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, index) => stack.context.audit.append(auditEntry(stack.context, officer, 'officer', 'case.read', { reference: `CHAIN${String(index).padStart(5, '0')}` }))));
    const { head, entries } = await stack.context.audit.chain('bma-health');
    expect(head?.seq).toBe(12);
    expect(entries.map((entry) => entry.seq).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    const answer = await verification();
    expect(answer.status).toBe(200);
    // 12 entries, checked before its own entry was added.
    expect(answer.body).toMatchObject({ agency: 'bma-health', intact: true, checked: 12 });
    expect((await verification(['officer'])).status).toBe(403);
  });

  it('names the altered entry, then the deleted one', async () => {
    // The chain now holds the 12 reads and the first verification (a refused 403 writes nothing).
    const altered = await itemAt(5);
    await altered.client.send(
      new UpdateItemCommand({
        TableName: localTableName(auditTable, stack.tablePrefix),
        Key: altered.key,
        UpdateExpression: 'SET actor = :someone',
        ExpressionAttributeValues: { ':someone': { S: 'someone-else' } },
      }),
    );
    altered.client.destroy();
    const afterAlteration = await verification();
    expect(afterAlteration.body).toMatchObject({ intact: false, checked: 4, firstBreak: { seq: 5, problem: 'altered' } });
    expect(JSON.stringify(afterAlteration.body)).not.toContain('someone-else');

    const deleted = await itemAt(3);
    await deleted.client.send(new DeleteItemCommand({ TableName: localTableName(auditTable, stack.tablePrefix), Key: deleted.key }));
    deleted.client.destroy();
    expect((await verification()).body).toMatchObject({ intact: false, checked: 2, firstBreak: { seq: 3, problem: 'missing' } });
  });
});
