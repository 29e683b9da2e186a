// The SES mailer against a mocked SES v2 client: one SendEmail per message, through the configuration
// set (which reports bounces and complaints), with the notification's key as a tag and the message's
// own headers, and a refusal from SES reaching the caller so the notifier retries.
import { SendEmailCommand, SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { sesMailer } from '../../shared/adapters/ses/ses-mailer';
import { reporterNews } from '../../shared/domain/notifications/messages';

const ses = new SESv2Client({ region: 'ap-southeast-7', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const sesMock = mockClient(ses);
const settings = { from: 'no-reply@integrity.example.go.th', configurationSet: 'integrity-prod-notifications' };
const content = reporterNews({ agency: { id: 'bma-health', nameTh: 'สำนักอนามัย กรุงเทพมหานคร', contact: {} }, siteUrl: 'https://integrity.example.go.th', stopToken: 'c3RvcC10b2tlbi1mb3ItdGVzdHM' });

describe('SES mailer', () => {
  beforeEach(() => sesMock.reset());

  it('sends one message through the configuration set, tagged with its key, with its headers', async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    await sesMailer(ses, settings).send({ ...content, id: 'news#K7Q2M-X9WHT#e1', to: 'reporter@example.org' });
    const calls = sesMock.commandCalls(SendEmailCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    expect(input.FromEmailAddress).toBe(settings.from);
    expect(input.ConfigurationSetName).toBe(settings.configurationSet);
    expect(input.Destination).toEqual({ ToAddresses: ['reporter@example.org'] });
    expect(input.EmailTags).toEqual([{ Name: 'notification', Value: 'news_K7Q2M-X9WHT_e1' }]);
    expect(input.Content?.Simple?.Subject).toEqual({ Data: content.subject, Charset: 'UTF-8' });
    expect(input.Content?.Simple?.Body?.Text?.Data).toBe(content.text);
    expect(input.Content?.Simple?.Body?.Html?.Data).toBe(content.html);
    expect(input.Content?.Simple?.Headers).toEqual([{ Name: 'List-Unsubscribe', Value: content.headers['List-Unsubscribe'] }]);
  });

  it('lets a refusal reach the caller, which retries', async () => {
    sesMock.on(SendEmailCommand).rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));
    await expect(sesMailer(ses, settings).send({ ...content, id: 'n1', to: 'reporter@example.org' })).rejects.toThrow('slow down');
  });
});
