// The SES events' handler with the memory suppression list: what SES reports through the configuration
// set's topic (a permanent bounce, a complaint) suppresses the address, what it does not (a transient
// bounce, a delivery, a malformed message) changes nothing, and the tags the mailer put on the message
// decide whether an agency's admin sees the address (staff) or only a count (anyone else).
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { makeMailEventsHandler } from '../../functions/notifications/mail-events';
import { memoryMailSuppressions } from '../../shared/adapters/memory/memory-mail-suppressions';
import { sesMailer } from '../../shared/adapters/ses/ses-mailer';
import { staffCaseMessage } from '../../shared/domain/notifications/messages';

/** An SNS delivery of one SES event, as the configuration set's event destination publishes it. */
const sns = (...events: unknown[]) => ({ Records: events.map((event) => ({ Sns: { Message: typeof event === 'string' ? event : JSON.stringify(event) } })) });
const tags = (agency?: string, audience?: string) => ({ notification: ['case-new_K7Q2M-X9WHT_o1'], ...(audience ? { audience: [audience] } : {}), ...(agency ? { agency: [agency] } : {}) });
const bounce = (address: string, bounceType: string, mailTags: Record<string, string[]>) => ({
  eventType: 'Bounce',
  mail: { timestamp: '2026-12-01T01:59:58.000Z', tags: mailTags },
  bounce: { bounceType, bounceSubType: 'General', timestamp: '2026-12-01T02:00:00.000Z', bouncedRecipients: [{ emailAddress: address }] },
});
const complaint = (address: string, mailTags: Record<string, string[]>) => ({
  eventType: 'Complaint',
  mail: { timestamp: '2026-12-02T01:59:58.000Z', tags: mailTags },
  complaint: { timestamp: '2026-12-02T02:00:00.000Z', complainedRecipients: [{ emailAddress: address }] },
});

describe('SES events', () => {
  it('suppresses a permanently bounced or complaining staff address, shown to the admin of its agency with reason and day', async () => {
    const suppressions = memoryMailSuppressions();
    const handle = makeMailEventsHandler({ suppressions });
    expect(await handle(sns(bounce('officer-a@example.org', 'Permanent', tags('bma-health', 'staff')), complaint('officer-b@example.org', tags('bma-health', 'staff'))))).toEqual({ suppressed: 2 });
    expect(await suppressions.find('officer-a@example.org')).toEqual({ reason: 'bounce', since: '2026-12-01T02:00:00.000Z' });
    expect(await suppressions.listForAgency('bma-health')).toEqual({
      staff: [
        { address: 'officer-a@example.org', reason: 'bounce', since: '2026-12-01T02:00:00.000Z' },
        { address: 'officer-b@example.org', reason: 'complaint', since: '2026-12-02T02:00:00.000Z' },
      ],
      others: 0,
    });
    expect((await suppressions.listForAgency('bma-medical')).staff).toEqual([]);
  });

  it("counts an address mailed as anything but staff, never listing it, even when the tags name an agency", async () => {
    const suppressions = memoryMailSuppressions();
    const handle = makeMailEventsHandler({ suppressions });
    await handle(sns(complaint('reporter@example.net', tags('bma-health')), bounce('untagged@example.net', 'Permanent', {})));
    expect(await suppressions.find('reporter@example.net')).toBeDefined();
    expect(await suppressions.find('untagged@example.net')).toBeDefined();
    expect(await suppressions.listForAgency('bma-health')).toEqual({ staff: [], others: 1 });
  });

  it('changes nothing for a transient bounce, a delivery, a malformed message or a forged agency tag', async () => {
    const suppressions = memoryMailSuppressions();
    const handle = makeMailEventsHandler({ suppressions });
    const delivery = { eventType: 'Delivery', mail: { tags: tags('bma-health', 'staff') }, delivery: { recipients: ['officer-a@example.org'] } };
    expect(await handle(sns(bounce('officer-a@example.org', 'Transient', tags('bma-health', 'staff')), delivery, 'not json', 'null', { eventType: 'Bounce' }))).toEqual({ suppressed: 0 });
    expect(await suppressions.find('officer-a@example.org')).toBeUndefined();
    await handle(sns(bounce('officer-c@example.org', 'Permanent', tags('../../BMA', 'staff'))));
    // Suppressed still, but shown to no agency: the tag is not an agency id.
    expect(await suppressions.find('officer-c@example.org')).toBeDefined();
    expect(await suppressions.listForAgency('../../BMA')).toEqual({ staff: [], others: 0 });
  });

  it('reads back the tags the SES mailer puts on a staff message, so its bounce lands on that agency', async () => {
    const ses = new SESv2Client({ region: 'ap-southeast-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const agency = { id: 'bma-health', nameTh: 'สำนักอนามัย กรุงเทพมหานคร', contact: {} };
    const content = staffCaseMessage({ event: 'case-new', agency, notice: { reference: 'K7Q2M-X9WHT', category: 'bribery' }, siteUrl: 'https://integrity.example.go.th' });
    await sesMailer(ses, { from: 'no-reply@integrity.example.go.th', configurationSet: 'set' }).send({ ...content, id: 'case-new#K7Q2M-X9WHT#o1', to: 'o1@example.org', audience: { kind: 'staff', agency: 'bma-health' } });
    const sent = sesMock.commandCalls(SendEmailCommand)[0]!.args[0].input.EmailTags ?? [];
    // SES reports a message's tags as lists of values by name.
    const reported = Object.fromEntries(sent.map((tag) => [tag.Name!, [tag.Value!]]));
    const suppressions = memoryMailSuppressions();
    await makeMailEventsHandler({ suppressions })(sns(bounce('o1@example.org', 'Permanent', reported)));
    expect((await suppressions.listForAgency('bma-health')).staff.map((entry) => entry.address)).toEqual(['o1@example.org']);
  });
});
