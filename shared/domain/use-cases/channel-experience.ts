// You are here: the channel-experience survey (the plan's output for 4.3.2). Once a case is concluded
// or referred, its reporter may say, once, whether the channel was convenient, fast and safe. The
// answer must not lead back to the case, even for someone who reads every stored item: it is stored
// like any survey response (its agency, the Bangkok day, the ratings; a random id), and what keeps a
// case to one answer is a one-way marker of the case's reference and secret, stored alone in an item
// of its own in the same transaction. The secret is never stored (only a differently labelled hash of
// it), so no one without it can compute which marker belongs to which case, and the case itself is
// not touched: nothing on the case says whether its reporter answered.
import { createHash } from 'node:crypto';
import { bangkokDate } from '../calendar';
import type { Status } from '../complaint';
import { normalizeSecret, randomHex } from '../credentials';
import { ConflictError } from '../errors';
import type { ComplaintRecord, NewResponse, SurveyRepository } from '../ports';
import { currentInstrument, isOpen } from '../surveys/instrument';
import { scoreAnswers, type Answers } from '../surveys/scoring';
import type { ComplaintDeps } from './deps';
import { authenticate, type ReporterCredentials } from './track-complaint';

export const CHANNEL_SURVEY_ID = 'channel-experience';

/** The statuses after which the reporter is asked: the case is over for them either way. */
const CONCLUDED: readonly Status[] = ['closed', 'referred'];

export type ChannelSurveyDeps = ComplaintDeps & { surveys: SurveyRepository };

/** Whether the tracking page offers the survey ('open') or thanks for an answer ('answered'). */
export type ChannelSurveyState = 'open' | 'answered';

/**
 * The case's redemption marker. Labelled apart from the stored secret hash ('tracking-secret:v1'), so
 * the stored hash does not give it: only whoever holds the secret can compute it.
 */
export function redemptionMarker(reference: string, secret: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`channel-experience:v1\0${reference}\0${secret}`).digest());
}

const instrument = () => currentInstrument(CHANNEL_SURVEY_ID)!;

/** The survey's state for a case its reporter has just proved theirs; undefined while it is not offered. */
export async function channelSurveyState(deps: ChannelSurveyDeps, complaint: ComplaintRecord, secret: string): Promise<ChannelSurveyState | undefined> {
  if (!CONCLUDED.includes(complaint.status) || !isOpen(instrument(), bangkokDate(deps.clock.now()))) return undefined;
  const normalized = normalizeSecret(secret);
  if (!normalized) return undefined;
  return (await deps.surveys.isRedeemed(redemptionMarker(complaint.reference, normalized))) ? 'answered' : 'open';
}

/** POST /api/tracking/survey: the reporter of a concluded case answers, once. */
export function answerChannelSurvey(deps: ChannelSurveyDeps) {
  return async (input: ReporterCredentials & { answers: Answers }) => {
    // Credentials first: nothing about a case, not even whether it is concluded, without its secret.
    const { complaint } = await authenticate(deps, input);
    const survey = instrument();
    const today = bangkokDate(deps.clock.now());
    if (!CONCLUDED.includes(complaint.status)) {
      throw new ConflictError('The survey opens once the case is concluded or referred', 'case-not-concluded');
    }
    if (!isOpen(survey, today)) throw new ConflictError('This survey is not open now');
    const scored = scoreAnswers(survey, input.answers, undefined);
    const response: NewResponse = {
      // Random, like every other part of the response that is not an answer: nothing derived from the case.
      id: randomHex(deps.random, 16),
      requestHash: deps.random.bytes(32),
      surveyId: survey.id,
      version: survey.version,
      agency: complaint.agency,
      submittedOn: today,
      ...scored,
    };
    await deps.surveys.submit(response, { redemption: redemptionMarker(complaint.reference, normalizeSecret(input.secret)!) });
    return { surveyId: survey.id, version: survey.version };
  };
}
