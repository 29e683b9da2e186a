// You are here: the SurveyRepository on DynamoDB. A staff response and the spending of its token are
// one transaction, so a token counts exactly once; the spent token keeps no trace of the response.
// Only puts and updates are used, so the functions' grants hold no delete or batch write.
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { NewResponse, SurveyRepository } from '../../domain/ports';
import type { StoredResponse } from '../../domain/surveys/results';
import { call, isConditionFailure, putUnlessExists, type DynamoAccess } from './client';
import { surveyKeys } from './keys';

type Item = Record<string, unknown>;
const PARALLEL_PUTS = 10;

const responseFrom = ({ PK: _pk, SK: _sk, ...response }: Item) => response as unknown as NewResponse;

export function dynamoSurveyRepository(access: DynamoAccess, tableName: string): SurveyRepository {
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
      if (!output.Item || output.Item.spent || (output.Item.expiresAt as number) * 1000 < Date.now()) return undefined;
      const { surveyId, agency, expiresAt } = output.Item as { surveyId: string; agency: string; expiresAt: number };
      return { surveyId, agency, expiresAt };
    },

    async submit(response, tokenHash) {
      const item = { ...surveyKeys.response(response), ...response };
      if (tokenHash) {
        try {
          await call(access, 'response.submitWithToken', () =>
            documents.send(
              new TransactWriteCommand({
                TransactItems: [
                  {
                    // Marked spent rather than deleted: no time is written, so nothing dates the response.
                    Update: {
                      TableName: tableName,
                      Key: surveyKeys.token(tokenHash),
                      UpdateExpression: 'SET spent = :spent',
                      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(spent)',
                      ExpressionAttributeValues: { ':spent': true },
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
      return putUnlessExists(access, 'response.submit', tableName, item, responseFrom);
    },

    async listResponses(surveyId, agency, firstDay, lastDay) {
      const responses: StoredResponse[] = [];
      let startKey: Item | undefined;
      do {
        const page: QueryCommandOutput = await call(access, 'responses.list', () =>
          documents.send(
            new QueryCommand({
              TableName: tableName,
              KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
              ExpressionAttributeValues: { ':pk': surveyKeys.responses(agency, surveyId), ':from': `${firstDay}#`, ':to': `${lastDay}#~` },
              ExclusiveStartKey: startKey,
              ...capacity,
            }),
          ),
        );
        for (const item of page.Items ?? []) {
          const { id: _id, requestHash: _hash, ...response } = responseFrom(item);
          responses.push(response);
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return responses;
    },
  };
}
