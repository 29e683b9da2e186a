// You are here: the local stand-in for the complaints table's stream. DynamoDB Local has no stream to
// a function, so this watches the local client's own successful writes and hands each item a write
// created (a put on condition that it did not exist) to a listener, as the stream hands the notifier
// an INSERT with its new image. Local only: on AWS the stream is the table's own.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

type Item = Record<string, unknown>;
interface PutInput {
  TableName?: string;
  Item?: Item;
  ConditionExpression?: string;
}

/** Plain values, whether the middleware saw the document client's input before or after marshalling. */
const plain = (item: Item): Item => {
  const pk = item.PK as { S?: string } | string | undefined;
  return typeof pk === 'object' && pk !== null && 'S' in pk ? (unmarshall(item as Parameters<typeof unmarshall>[0]) as Item) : item;
};

const created = (put: PutInput | undefined, tableName: string) =>
  put?.TableName === tableName && put.Item && /attribute_not_exists\(PK\)/.test(put.ConditionExpression ?? '') ? [plain(put.Item)] : [];

export function watchCreatedItems(client: DynamoDBClient, tableName: string, onCreated: (item: Item) => void): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const input = args.input as { TransactItems?: { Put?: PutInput }[] } & PutInput;
      const items =
        context.commandName === 'PutItemCommand' ? created(input, tableName) : context.commandName === 'TransactWriteItemsCommand' ? (input.TransactItems ?? []).flatMap((entry) => created(entry.Put, tableName)) : [];
      for (const item of items) onCreated(item);
      return result;
    },
    { step: 'initialize', name: 'localStream' },
  );
}
