// You are here: the Mailer on Amazon SES v2. Every message goes out through the deployment's
// configuration set, whose event destination reports bounces and complaints; the notification's key
// travels as a message tag so a bounce can be traced to it without any address in a log.
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../../domain/notifications/ports';

export interface SesMailerSettings {
  /** The verified sending identity, e.g. `แจ้งเตือน <no-reply@integrity.example.go.th>`. */
  from: string;
  configurationSet: string;
}

/** SES tag values allow letters, digits, `_`, `-`, `.` and `@` only. */
const tagValue = (value: string) => value.replace(/[^A-Za-z0-9_.@-]/g, '_').slice(0, 256);

export function sesMailer(client: Pick<SESv2Client, 'send'>, settings: SesMailerSettings): Mailer {
  return {
    async send(mail) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: settings.from,
          Destination: { ToAddresses: [mail.to] },
          ConfigurationSetName: settings.configurationSet,
          EmailTags: [{ Name: 'notification', Value: tagValue(mail.id) }],
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
              Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })),
            },
          },
        }),
      );
    },
  };
}
