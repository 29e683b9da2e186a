// You are here: POST /api/notifications/stop, the stop link of a reporter's news e-mail. The page
// (stop.html) reads the token from the link's fragment, which no browser sends to a server or its logs,
// and sends it here in the body.
import * as z from 'zod/mini';
import { STOP_TOKEN_PATTERN } from '../../shared/domain/notifications/reporter-contact';
import { stopNews } from '../../shared/domain/notifications/stop-news';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';

const stopSchema = z.strictObject({
  token: z.string().check(z.regex(STOP_TOKEN_PATTERN, 'must be the 43-character token of the stop link'), z.meta({ description: 'the token after # in the stop link of a news e-mail' })),
});

export const contract: Contract<typeof stopSchema> = {
  access: PUBLIC,
  summary: 'Stop the "there is news on your report" e-mails',
  description:
    'Removes the address the reporter left, so no news e-mail is sent again. Idempotent: stopping again, or with a well-formed token that stops nothing, answers the same 200, so the answer reveals nothing about any case.',
  body: stopSchema,
  responses: {
    200: { description: 'No news e-mail will be sent for this token', schema: z.lazy(() => z.strictObject({ stopped: z.literal(true) })) },
    400: { description: 'The token is missing or not the shape of a stop token (error.fields names body.token)' },
  },
};

export const makeHandler = (context: AppContext) => {
  const stop = stopNews(context);
  return httpHandler(contract, async ({ body }) => json(200, await stop(body.token)));
};
