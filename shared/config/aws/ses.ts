// You are here: the SES v2 client and the mailer on it, for the notifier's Lambda entry, the one
// function that sends mail. Unlike the other wirings it rests on no need of the context: the mailer
// is the notifier's own port, with its own variables, which infra/constructs/notifications.ts sets.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import * as z from 'zod/mini';
import { sesMailer } from '../../adapters/ses/ses-mailer';
import type { Mailer } from '../../domain/notifications/ports';
import { parseEnv } from '../app-config';

/** The variables the notifier's construct sets: who the mail is from, and the configuration set it goes through. */
export const MAIL_VARIABLES = {
  /** The sending address, at the verified identity's domain (context `mailDomain`, `mailFrom`). */
  MAIL_FROM: z.string().check(z.minLength(3)),
  MAIL_CONFIGURATION_SET: z.string().check(z.minLength(1)),
  /** Where SES sends from (context `mailRegion`), which may not be the function's own region. */
  MAIL_REGION: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/)),
};

/** The mailer of the deployment: SendEmail through its configuration set, from its sending address. */
export function sesMailerFromEnv(env: NodeJS.ProcessEnv): Mailer {
  const settings = parseEnv(z.object(MAIL_VARIABLES), env);
  return sesMailer(new SESv2Client({ region: settings.MAIL_REGION, maxAttempts: 3 }), { from: settings.MAIL_FROM, configurationSet: settings.MAIL_CONFIGURATION_SET });
}
