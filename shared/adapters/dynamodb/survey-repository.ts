// You are here: the SurveyRepository on DynamoDB. A staff response and the spending of its token are
// one transaction, so a token counts exactly once; the spent token keeps no trace of the response.
// An idempotent public response is written with an item of its id, whose key holds no day, so a
// retry after Bangkok midnight finds the first. A reporter survey's answer is written with its case's
// one-way marker, alone in an item of its own, so a case answers once. Only puts and updates are used, so the functions'
// grants hold no delete or batch write.
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { alreadyAnswered, ConflictError } from '../../domain/errors';
import type { Clock, NewResponse, SurveyRepository } from '../../domain/ports';
import type { StoredResponse } from '../../domain/surveys/results';
import { call, isConditionFailure, putUnlessExists, queryItems, returnedItem, type DynamoAccess } from './client';
import { surveyKeys } from './keys';

type Item = Record<string, unknown>;
const PARALLEL_PUTS = 10;

const responseFrom = ({ PK: _pk, SK: _sk, ...response }: Item) => response as unknown as NewResponse;

/** A token is usable up to and including its last second; DynamoDB's TTL removes it only some time later. */
const nowSeconds = (clock: Clock) => Math.ceil(clock.now().getTime() / 1000);

export function dynamoSurveyRepository(access: DynamoAccess, tableName: string, clock: Clock): SurveyRepository {
  const { documents } = access;
  const capacity = { ReturnConsumedCapacity: 'INDEXES' as const };
  return {
    async issueTokens(tokens) {
      for (let start = 0; start < tokens.length; start += PARALLEL_PUTS) {
        await Promise.all(
          tokens.slice(start, start + PARALLEL_PUTS).map(({ hash, ...token }) =>
            call(access, 'tokens.issue', () =>
              documents.send(new PutCommand({ TableName: tableName, Item: { ...surveyKeys.token(hash), ...token }, ConditionExpression: 'attribute_not_exists(PK)', ...capacity })),
            ),
          ),
        );
      }
    },

    async findToken(hash) {
      const output = await call(access, 'tokens.find', () => documents.send(new GetCommand({ TableName: tableName, Key: surveyKeys.token(hash), ConsistentRead: true, ...capacity })));
      if (!output.Item || output.Item.spent || (output.Item.expiresAt as number) < nowSeconds(clock)) return undefined;
      const { surveyId, agency, expiresAt } = output.Item as { surveyId: string; agency: string; expiresAt: number };
      return { surveyId, agency, expiresAt };
    },

    async submit(response, guard) {
      const item = { ...surveyKeys.response(response), ...response };
      if (guard && 'token' in guard) {
        try {
          await call(access, 'response.submitWithToken', () =>
            documents.send(
              new TransactWriteCommand({
                TransactItems: [
                  {
                    // Marked spent rather than deleted: no time is written, so nothing dates the response.
                    Update: {
                      TableName: tableName,
                      Key: surveyKeys.token(guard.token),
                      UpdateExpression: 'SET spent = :spent',
                      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(spent) AND expiresAt >= :now',
                      ExpressionAttributeValues: { ':spent': true, ':now': nowSeconds(clock) },
                    },
                  },
                  { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
                ],
                ...capacity,
              }),
            ),
          );
          return { created: true };
        } catch (error) {
          if (isConditionFailure(error)) throw new ConflictError('This token is not valid or has already been used; if you have just sent your answers, they were recorded');
          throw error;
        }
      }
      if (guard && 'redemption' in guard) {
        try {
          await call(access, 'response.submitRedeemed', () =>
            documents.send(
              new TransactWriteCommand({
                TransactItems: [
                  // The marker's item holds its key and nothing else: no time, no agency, no response id.
                  { Put: { TableName: tableName, Item: surveyKeys.redemption(guard.redemption), ConditionExpression: 'attribute_not_exists(PK)' } },
                  { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
                ],
                ...capacity,
              }),
            ),
          );
          return { created: true };
        } catch (error) {
          if (isConditionFailure(error)) throw alreadyAnswered();
          throw error;
        }
      }
      if (!guard) return putUnlessExists(access, 'response.submit', tableName, item, responseFrom);
      return submitIdempotent(response, item);
    },

    async isRedeemed(marker) {
      const output = await call(access, 'redemption.find', () => documents.send(new GetCommand({ TableName: tableName, Key: surveyKeys.redemption(marker), ConsistentRead: true, ...capacity })));
      return output.Item !== undefined;
    },

    async listResponses(surveyId, agency, firstDay, lastDay) {
      const responses: StoredResponse[] = [];
      const items = queryItems(access, 'responses.list', {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': surveyKeys.responses(agency, surveyId), ':from': `${firstDay}#`, ':to': `${lastDay}#~` },
      });
      for await (const item of items) {
        const { id: _id, requestHash: _hash, ...response } = responseFrom(item);
        responses.push(response);
      }
      return responses;
    },
  };

  /**
   * The response and the item of its id in one transaction, each only if new. When the id is taken, the
   * id's item says on which day the first try was stored, and that response is the answer.
   */
  async function submitIdempotent(response: NewResponse, item: Item): Promise<{ created: true } | { created: false; existing: NewResponse }> {
    try {
      await call(access, 'response.submitIdempotent', () =>
        documents.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...surveyKeys.responseId(response), submittedOn: response.submittedOn },
                  ConditionExpression: 'attribute_not_exists(PK)',
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                },
              },
              { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
            ],
            ...capacity,
          }),
        ),
      );
      return { created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // A response stored before ids had items of their own has none: then it is the same day's.
      const [idItem] = (error as { CancellationReasons?: { Item?: Item }[] }).CancellationReasons ?? [];
      const firstDay = (idItem?.Item && returnedItem(idItem)?.submittedOn) as string | undefined;
      const output = await call(access, 'response.findIdempotent', () =>
        documents.send(new GetCommand({ TableName: tableName, Key: surveyKeys.response({ ...response, submittedOn: firstDay ?? response.submittedOn }), ConsistentRead: true, ...capacity })),
      );
      if (!output.Item) throw new ConflictError('This answer is being recorded by another request; please retry');
      return { created: false, existing: responseFrom(output.Item) };
    }
  }
}
