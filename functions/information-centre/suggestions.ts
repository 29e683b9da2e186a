// You are here: the public's suggestions to the information centre, and their moderation by staff.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { NotFoundError } from '../../shared/domain/errors';
import { parsePeriod, PERIOD_PATTERN } from '../../shared/domain/fiscal';
import { answerSchema, suggestionSchema } from '../../shared/domain/information-centre';
import { moderateSuggestions, REGISTER_ROLES, submitSuggestion } from '../../shared/domain/use-cases/information-centre';
import { httpHandler, json, principalOf, PUBLIC, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

const submitContract: Contract<typeof suggestionSchema> = {
  access: PUBLIC,
  summary: 'Send a suggestion to the information centre (only counts are ever published)',
  body: suggestionSchema,
  idempotent: true,
  responses: { 201: { description: 'Received', schema: z.lazy(() => z.strictObject({ receivedOn: z.string() })) }, 400: { description: 'Empty or too long' } },
};

export const submit: RouteModule = {
  contract: submitContract,
  makeHandler: (context: AppContext) => {
    const send = submitSuggestion(context);
    return httpHandler(submitContract, async (request) => json(201, await send(request.body, request.idempotencyKey)));
  },
};

const suggestionListSchema = z.lazy(() =>
  z.strictObject({
    items: z.array(
      z.strictObject({ id: z.string(), agency: z.string(), receivedOn: z.iso.date(), text: z.string(), status: z.enum(['new', 'answered', 'hidden']), answer: z.optional(z.string()) }),
    ),
  }),
);

const periodQuery = z.strictObject({ period: z.string().check(z.regex(PERIOD_PATTERN, 'write a fiscal quarter like 2570-Q1 or a fiscal year like 2570')) });
const listContract: Contract<undefined, typeof periodQuery> = {
  access: staffOnly(REGISTER_ROLES),
  summary: 'The suggestions of a period, for moderation',
  query: periodQuery,
  responses: {
    200: { description: 'Suggestions', schema: suggestionListSchema },
    ...STAFF_ERRORS,
  },
};

export const list: RouteModule = {
  contract: listContract,
  makeHandler: (context: AppContext) => {
    const moderation = moderateSuggestions(context);
    return httpHandler(listContract, async (request) => json(200, { items: await moderation.list(principalOf(request), parsePeriod(request.query.period)) }));
  },
};

const answerContract: Contract<typeof answerSchema> = {
  access: staffOnly(REGISTER_ROLES),
  summary: 'Answer (and optionally hide) a suggestion',
  body: answerSchema,
  responses: { 200: { description: 'Answered', schema: z.lazy(() => z.strictObject({ id: z.string(), status: z.enum(['answered', 'hidden']) })) }, ...STAFF_ERRORS },
};

export const answer: RouteModule = {
  contract: answerContract,
  makeHandler: (context: AppContext) => {
    const moderation = moderateSuggestions(context);
    return httpHandler(answerContract, async (request) => {
      const id = request.pathParameters.id ?? '';
      if (!/^\d{4}-\d{2}-\d{2}-[0-9a-f]{20}$/.test(id)) throw new NotFoundError('No suggestion with this id');
      return json(200, await moderation.answer(principalOf(request), id, request.body.answer, request.body.hide ?? false));
    });
  },
};
