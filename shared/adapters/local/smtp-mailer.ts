// You are here: the Mailer over SMTP, for the local stack (npm start's own SMTP server) and the tests
// that read what was delivered. The same messages as on SES, with the notification's key as the
// Message-ID, so a duplicate would show in the captured mail.
import { createTransport } from 'nodemailer';
import type { Mailer } from '../../domain/notifications/ports';

export interface SmtpMailerSettings {
  host: string;
  port: number;
  from: string;
}

export function smtpMailer(settings: SmtpMailerSettings): Mailer & { close(): void } {
  // Loopback only: no TLS and no authentication to a server on the same machine.
  const transport = createTransport({ host: settings.host, port: settings.port, secure: false, ignoreTLS: true, connectionTimeout: 5_000, socketTimeout: 10_000 });
  return {
    async send(mail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: `<${mail.id.replace(/[^A-Za-z0-9._-]/g, '_')}@notifications.local>`,
      });
    },
    close: () => transport.close(),
  };
}
