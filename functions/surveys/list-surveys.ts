// You are here: GET /api/surveys, the surveys open today.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { TRANSLATED_LANGUAGES } from '../../shared/domain/surveys/instrument-schema';
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
            z.strictObject({
              id: z.string(),
              version: z.number(),
              title: z.string(),
              translations: z.optional(z.partialRecord(z.enum(TRANSLATED_LANGUAGES), z.strictObject({ title: z.string() }))).check(z.meta({ description: 'the title in the other page languages (the instrument is written in Thai)' })),
              audience: z.enum(['public', 'staff', 'reporter']),
              kind: z.enum(['test', 'satisfaction']),
              planItem: z.string(),
              needsToken: z.boolean(),
            }),
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
