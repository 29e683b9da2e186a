// You are here: an in-memory SurveyRepository with the DynamoDB one's semantics, for unit tests.
import { ConflictError } from '../../domain/errors';
import type { NewResponse, SurveyRepository, SurveyToken } from '../../domain/ports';

export function memorySurveyRepository(): SurveyRepository & { responses: NewResponse[]; tokens: Map<string, SurveyToken & { spent?: true }> } {
  const tokens = new Map<string, SurveyToken & { spent?: true }>();
  const responses: NewResponse[] = [];
  const key = (hash: Uint8Array) => Buffer.from(hash).toString('hex');
  return {
    tokens,
    responses,
    async issueTokens(issued) {
      for (const token of issued) tokens.set(key(token.hash), structuredClone(token));
    },
    async findToken(hash) {
      const token = tokens.get(key(hash));
      if (!token || token.spent) return undefined;
      const { hash: _hash, spent: _spent, ...rest } = token;
      return structuredClone(rest);
    },
    async submit(response, tokenHash) {
      if (tokenHash) {
        const token = tokens.get(key(tokenHash));
        if (!token || token.spent) throw new ConflictError('This token is not valid or has already been used');
        token.spent = true;
      } else {
        const existing = responses.find((stored) => stored.agency === response.agency && stored.surveyId === response.surveyId && stored.id === response.id);
        if (existing) return { created: false, existing: structuredClone(existing) };
      }
      responses.push(structuredClone(response));
      return { created: true };
    },
    async listResponses(surveyId, agency, firstDay, lastDay) {
      return responses
        .filter((response) => response.surveyId === surveyId && response.agency === agency && response.submittedOn >= firstDay && response.submittedOn <= lastDay)
        .map(({ id: _id, requestHash: _hash, ...response }) => structuredClone(response));
    },
  };
}
