// You are here: POST /api/tracking/messages, the reporter writes to the officers without saying who they are.
import * as z from 'zod/mini';
import { messageBodySchema } from '../../shared/domain/complaint';
import { replyAsReporter } from '../../shared/domain/use-cases/track-complaint';
import type { AppContext } from '../../shared/config/context';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';
import { credentialsSchema } from './track';

const replySchema = z.extend(credentialsSchema, { body: messageBodySchema });

export const contract: Contract<typeof replySchema> = {
  access: PUBLIC,
  summary: 'Send a message to the officers handling the complaint',
  body: replySchema,
  idempotent: true,
  responses: {
    201: {
      description: 'Message stored',
      schema: z.lazy(() => z.strictObject({ at: z.iso.datetime(), from: z.literal('reporter'), body: z.string() })),
    },
    401: { description: 'The reference or the secret is not correct' },
    429: { description: 'A wrong secret after the reference\'s failure budget for this window is spent; see Retry-After' },
  },
};

export const makeHandler = (context: AppContext) => {
  const reply = replyAsReporter(context);
  return httpHandler(contract, async ({ body, idempotencyKey }) => json(201, await reply(body, idempotencyKey)));
};
