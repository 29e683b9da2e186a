// You are here: POST /api/tracking/survey, the reporter of a concluded case says whether the channel
// was convenient, fast and safe. Once per case; the answer is stored with nothing that names the case.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { answerChannelSurvey } from '../../shared/domain/use-cases/channel-experience';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { credentialsSchema } from './track';

const rating = z.int().check(z.minimum(1), z.maximum(5));

export const channelSurveySchema = z.extend(credentialsSchema, {
  answers: z.strictObject({
    convenient: rating.check(z.meta({ description: 'the channel was convenient and easy to understand, 5 (most) to 1 (least)' })),
    fast: rating.check(z.meta({ description: 'the case was acknowledged and handled quickly, 5 to 1' })),
    safe: rating.check(z.meta({ description: 'the reporter felt safe and their data protected, 5 to 1' })),
    comment: z.optional(z.string().check(z.maxLength(2000), z.meta({ description: 'optional; at most 500 characters once trimmed, never published' }))),
  }),
});

export const contract: Contract<typeof channelSurveySchema> = {
  access: PUBLIC,
  summary: 'Answer the channel-experience survey of a concluded or referred case (once per case)',
  description:
    'The answer is stored without the reference, the secret or any time finer than the Bangkok day; a one-way marker of the credentials, stored apart from it, keeps the case to one answer. Tracking says experienceSurvey: "open" or "answered" once the case is concluded or referred.',
  body: channelSurveySchema,
  responses: {
    201: { description: 'Recorded', schema: z.lazy(() => z.strictObject({ surveyId: z.literal('channel-experience'), version: z.number() })) },
    400: { description: 'A missing or out-of-range answer, or a comment over 500 characters' },
    401: { description: 'The reference or the secret is not correct' },
    409: { description: 'case-not-concluded: the case is still open; already-answered: this case has answered (the first answer counts); conflict: the survey is not open' },
    429: { description: 'A wrong secret after the reference\'s failure budget for this window is spent; see Retry-After' },
  },
};

export const makeHandler = (context: AppContext) => {
  const answer = answerChannelSurvey(context);
  return httpHandler(contract, async ({ body }) => {
    const { comment, ...ratings } = body.answers;
    return json(201, await answer({ reference: body.reference, secret: body.secret, answers: { ...ratings, ...(comment !== undefined ? { comment } : {}) } }));
  });
};
