// You are here: POST /api/tracking, the reporter's view of a case (credentials in the body, never the URL).
import * as z from 'zod/mini';
import { CATEGORIES, OUTCOMES, STATUSES } from '../../shared/domain/complaint';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { reporterFileSchema } from '../evidence/schemas';

export const credentialsSchema = z.strictObject({
  reference: z.string().check(z.maxLength(64), z.meta({ description: 'เลขที่เรื่อง' })),
  secret: z.string().check(z.maxLength(128), z.meta({ description: 'รหัสลับสำหรับติดตามเรื่อง' })),
});

export const trackingViewSchema = z.lazy(() =>
  z.strictObject({
    reference: z.string(),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    acknowledgeBy: z.iso.datetime(),
    nextUpdateBy: z.optional(z.iso.datetime()).check(z.meta({ description: 'when the reporter may next expect news; absent once concluded' })),
    concludeBy: z.iso.datetime().check(z.meta({ description: "the agency's target date for concluding the case" })),
    outcome: z.optional(z.enum(OUTCOMES)),
    timeline: z.array(z.strictObject({ at: z.iso.datetime(), status: z.enum(STATUSES), note: z.optional(z.string()) })),
    messages: z.array(z.strictObject({ at: z.iso.datetime(), from: z.enum(['reporter', 'officer']), body: z.string() })),
    files: z.array(reporterFileSchema),
    experienceSurvey: z.optional(z.enum(['open', 'answered'])).check(z.meta({ description: 'once the case is concluded or referred: the channel-experience survey to answer (POST /api/tracking/survey), or answered' })),
  }),
);

export const contract: Contract<typeof credentialsSchema> = {
  access: PUBLIC,
  summary: 'Track a complaint with its reference and secret',
  description:
    'An unknown reference and a wrong secret answer the same 401. Each reference answers 5 wrong secrets in each fixed 15-minute window with 401 and further wrong secrets with 429 until the window ends; the right secret is always answered 200.',
  body: credentialsSchema,
  responses: {
    200: { description: 'The case as the reporter sees it', schema: trackingViewSchema },
    401: { description: 'The reference or the secret is not correct' },
    429: { description: 'A wrong secret after the reference\'s failure budget for this window is spent; see Retry-After' },
  },
};

export const makeHandler = (context: AppContext) => {
  const track = trackComplaint(context);
  return httpHandler(contract, async ({ body }) => json(200, await track(body)));
};
