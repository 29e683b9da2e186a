// You are here: GET /api/surveys, the surveys open today.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { listSurveys } from '../../shared/domain/use-cases/surveys';
import { httpHandler, json, PUBLIC, type Contract } from '../../shared/http/handler';

export const contract: Contract = {
  access: PUBLIC,
  summary: 'The surveys open today',
  responses: {
    200: {
      description: 'Open surveys',
      schema: z.lazy(() =>
        z.strictObject({
          surveys: z.array(
            z.strictObject({ id: z.string(), version: z.number(), title: z.string(), audience: z.enum(['public', 'staff', 'reporter']), kind: z.enum(['test', 'satisfaction']), planItem: z.string(), needsToken: z.boolean() }),
          ),
        }),
      ),
    },
  },
};

export const makeHandler = (context: AppContext) => {
  const list = listSurveys(context);
  return httpHandler(contract, async () => json(200, { surveys: list() }));
};
