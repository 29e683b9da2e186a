// You are here: GET and PUT /api/me/notification-preferences, the signed-in staff member's own choice,
// per kind of notification, of an e-mail at once or a line in the next morning's digest. Deadline
// reminders always come in the digest and are not a choice. The member is the token's subject: there
// is no path or field naming whose preferences these are, so no one can read or set another's. The
// console page sends its own language with the choice: the member's mail is written in it.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { DELIVERY_MODES, ownNotificationPreferences } from '../../shared/domain/notifications/preferences';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../shared/rules/languages';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

const mode = () => z.enum(DELIVERY_MODES);
const language = () => z.enum(LANGUAGES).check(z.meta({ description: 'the language the member\'s e-mails are written in: the console page\'s own (th or en)' }));
/** Every kind, each 'immediate' or 'digest', and the mail's language (th when not given); a PUT replaces them all. */
const preferencesSchema = z.strictObject({ 'case-new': mode(), 'reporter-activity': mode(), 'report-sign-off': mode(), language: z.optional(language()) });
const answer = z.lazy(() => z.strictObject({ 'case-new': mode(), 'reporter-activity': mode(), 'report-sign-off': mode(), language: language() }));

const readContract: Contract = {
  access: staffOnly(STAFF_ROLES),
  summary: "The signed-in member's notification preferences: per kind, mailed at once or in the daily digest",
  description: 'Kinds: a new case (case-new), a reporter\'s reply or file (reporter-activity), a report awaiting sign-off (report-sign-off). Deadline reminders always come in the daily digest.',
  responses: { 200: { description: 'The choices, the defaults (immediate, th) for what was never chosen', schema: answer }, ...STAFF_ERRORS },
};

export const readPreferences: RouteModule = {
  contract: readContract,
  makeHandler: (context: AppContext) => {
    const own = ownNotificationPreferences(context);
    return httpHandler(readContract, async (request) => json(200, await own.read(principalOf(request))));
  },
};

const replaceContract: Contract<typeof preferencesSchema> = {
  access: staffOnly(STAFF_ROLES),
  summary: "Replace the signed-in member's notification preferences",
  body: preferencesSchema,
  responses: { 200: { description: 'Saved; the choices as stored', schema: answer }, 400: { description: 'A kind missing, unknown, a mode other than immediate or digest, or a language other than th or en' }, ...STAFF_ERRORS },
};

export const replacePreferences: RouteModule = {
  contract: replaceContract,
  makeHandler: (context: AppContext) => {
    const own = ownNotificationPreferences(context);
    return httpHandler(replaceContract, async (request) => json(200, await own.replace(principalOf(request), { ...request.body, language: request.body.language ?? SOURCE_LANGUAGE })));
  },
};
