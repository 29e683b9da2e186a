// You are here: an in-memory SurveyRepository with the DynamoDB one's semantics, for unit tests.
import { alreadyAnswered, ConflictError } from '../../domain/errors';
import type { Clock, NewResponse, SurveyRepository, SurveyToken } from '../../domain/ports';

export function memorySurveyRepository(clock: Clock): SurveyRepository & { responses: NewResponse[]; tokens: Map<string, SurveyToken & { spent?: true }>; redeemed: Set<string> } {
  const tokens = new Map<string, SurveyToken & { spent?: true }>();
  const redeemed = new Set<string>();
  const responses: NewResponse[] = [];
  const key = (hash: Uint8Array) => Buffer.from(hash).toString('hex');
  /** Unused and not past its last second by the clock, as DynamoDB's condition has it. */
  const usable = (hash: Uint8Array) => {
    const token = tokens.get(key(hash));
    return token && !token.spent && token.expiresAt * 1000 >= clock.now().getTime() ? token : undefined;
  };
  return {
    tokens,
    responses,
    redeemed,
    async issueTokens(issued) {
      for (const token of issued) tokens.set(key(token.hash), structuredClone(token));
    },
    async findToken(hash) {
      const token = usable(hash);
      if (!token) return undefined;
      const { hash: _hash, spent: _spent, ...rest } = token;
      return structuredClone(rest);
    },
    async submit(response, guard) {
      if (guard && 'token' in guard) {
        const token = usable(guard.token);
        if (!token) throw new ConflictError('This token is not valid or has already been used');
        token.spent = true;
      } else if (guard && 'redemption' in guard) {
        if (redeemed.has(key(guard.redemption))) throw alreadyAnswered();
        redeemed.add(key(guard.redemption));
      } else {
        // An idempotent answer is the same answer whatever the day; otherwise, as DynamoDB's key has it, on the same day.
        const existing = responses.find(
          (stored) =>
            stored.agency === response.agency &&
            stored.surveyId === response.surveyId &&
            stored.id === response.id &&
            (guard !== undefined || stored.submittedOn === response.submittedOn),
        );
        if (existing) return { created: false, existing: structuredClone(existing) };
      }
      responses.push(structuredClone(response));
      return { created: true };
    },
    async isRedeemed(marker) {
      return redeemed.has(key(marker));
    },
    async listResponses(surveyId, agency, firstDay, lastDay) {
      return responses
        .filter((response) => response.surveyId === surveyId && response.agency === agency && response.submittedOn >= firstDay && response.submittedOn <= lastDay)
        .map(({ id: _id, requestHash: _hash, ...response }) => structuredClone(response));
    },
  };
}
