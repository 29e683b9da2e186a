// You are here: the mail suppression list on DynamoDB, in the agencies table (keys.ts,
// mailSuppressionKeys). Adding an address is one transaction: its item by hash, which a repeated report
// of the same address finds and leaves (so SNS delivering an event twice counts nothing twice), and
// either the staff entry its agency's admin reads or the agency's count of other addresses.
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { suppressionKeyOf, type MailSuppressions, type StaffSuppression, type SuppressionReason } from '../../domain/notifications/suppressions';
import { call, isConditionFailure, queryItems, type DynamoAccess } from './client';
import { mailSuppressionKeys as keys } from './keys';

export function dynamoMailSuppressions(access: DynamoAccess, tableName: string): MailSuppressions {
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  return {
    async find(address) {
      // Eventually consistent: a report reaches the list seconds after the send it is about anyway.
      const { Item } = await call(access, 'suppression.find', () =>
        access.documents.send(new GetCommand({ TableName: tableName, Key: keys.address(suppressionKeyOf(address)), ProjectionExpression: 'reason, since', ...capacity })),
      );
      return Item ? { reason: Item.reason as SuppressionReason, since: String(Item.since) } : undefined;
    },
    async add(address, suppression, audience) {
      const hash = suppressionKeyOf(address);
      const entry = audience.kind === 'staff'
        ? { Put: { TableName: tableName, Item: { ...keys.staff(audience.agency, hash), address, ...suppression } } }
        : audience.agency !== undefined
          ? { Update: { TableName: tableName, Key: keys.others(audience.agency), UpdateExpression: 'ADD #count :one', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':one': 1 } } }
          : undefined;
      try {
        await call(access, 'suppression.add', () =>
          access.documents.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: tableName,
                    // Never the address: only whom the message was for, and for staff their agency.
                    Item: { ...keys.address(hash), ...suppression, audience: audience.kind, ...(audience.kind === 'staff' ? { agency: audience.agency } : {}) },
                    ConditionExpression: 'attribute_not_exists(PK)',
                  },
                },
                ...(entry ? [entry] : []),
              ],
              ...capacity,
            }),
          ),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
    async listForAgency(agency) {
      const staff: StaffSuppression[] = [];
      let others = 0;
      for await (const item of queryItems(access, 'suppression.list', {
        TableName: tableName,
        KeyConditionExpression: 'PK = :agency',
        ExpressionAttributeValues: { ':agency': keys.agencyPartition(agency) },
      })) {
        if (keys.isStaff(String(item.SK))) staff.push({ address: String(item.address), reason: item.reason as SuppressionReason, since: String(item.since) });
        else others += Number(item.count ?? 0);
      }
      return { staff: staff.sort((a, b) => a.since.localeCompare(b.since)), others };
    },
    async lift(agency, address) {
      const hash = suppressionKeyOf(address);
      try {
        await call(access, 'suppression.lift', () =>
          access.documents.send(
            new TransactWriteCommand({
              TransactItems: [
                { Delete: { TableName: tableName, Key: keys.staff(agency, hash), ConditionExpression: 'attribute_exists(PK)' } },
                // Only the agency's own staff entry: never a suppression made for someone else's mail.
                {
                  Delete: {
                    TableName: tableName,
                    Key: keys.address(hash),
                    ConditionExpression: 'audience = :staff AND agency = :agency',
                    ExpressionAttributeValues: { ':staff': 'staff', ':agency': agency },
                  },
                },
              ],
              ...capacity,
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}
