// The local stack's mail: a real SMTP server that keeps every message as an .eml file, the SMTP mailer
// that delivers to it, and the local-only mailbox page at /dev/mail/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../shared/adapters/local/smtp-mailer';
import { mailHeader } from '../../infra/local/mail-server';
import { staffCaseMessage } from '../../shared/domain/notifications/messages';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let mailer: ReturnType<typeof smtpMailer>;
const agency = { id: 'bma-health', nameTh: 'สำนักอนามัย กรุงเทพมหานคร', contact: { phone: '02 245 4964' } };
const message = (reference: string) => staffCaseMessage({ event: 'case-new', agency, notice: { reference, category: 'bribery' }, siteUrl: 'http://localhost:3000' });

beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
  mailer = smtpMailer({ host: '127.0.0.1', port: stack.smtpPort, from: 'แจ้งเตือน <no-reply@integrity.local>' });
});
afterAll(async () => {
  mailer.close();
  await stack.close();
});

const captured = async () => (await readdir(stack.mailDir)).filter((name) => name.endsWith('.eml')).sort();

describe('local mail', () => {
  it('keeps a delivered message as an .eml file, listed on /dev/mail/ with its Thai subject', async () => {
    await mailer.send({ ...message('ABCDE-12345'), id: 'case-new#ABCDE-12345#officer-1', to: 'officer@example.org' });
    const names = await captured();
    expect(names).toHaveLength(1);
    const eml = await readFile(join(stack.mailDir, names[0]!), 'utf8');
    expect(mailHeader(eml, 'subject')).toBe('เรื่องร้องเรียนใหม่ เลขที่ ABCDE-12345 (สำนักอนามัย กรุงเทพมหานคร)');
    expect(mailHeader(eml, 'to')).toBe('officer@example.org');
    expect(mailHeader(eml, 'message-id')).toBe('<case-new_ABCDE-12345_officer-1@notifications.local>');

    const page = await fetch(`${stack.url}/dev/mail/`);
    expect(page.status).toBe(200);
    const listing = await page.text();
    expect(listing).toContain('เรื่องร้องเรียนใหม่ เลขที่ ABCDE-12345');
    expect(listing).toContain(`href="${names[0]}"`);
    const raw = await fetch(`${stack.url}/dev/mail/${names[0]}`);
    expect(raw.status).toBe(200);
    expect(await raw.text()).toBe(eml);
  });

  it('answers only captured messages under /dev/mail/, nothing else of the data folder', async () => {
    for (const path of ['/dev/mail/..%2Fkeyring.json', '/dev/mail/../keyring.json', '/dev/mail/keyring.json', '/dev/mail/x.eml']) {
      expect((await fetch(`${stack.url}${path}`)).status, path).toBe(404);
    }
  });

  it('refuses a message with a temporary error when told to fail, keeping nothing of it', async () => {
    const before = (await captured()).length;
    stack.failMail(1);
    await expect(mailer.send({ ...message('FGHJK-67890'), id: 'n-fail', to: 'officer@example.org' })).rejects.toThrow(/451/);
    expect(await captured()).toHaveLength(before);
    await mailer.send({ ...message('FGHJK-67890'), id: 'n-fail', to: 'officer@example.org' });
    expect(await captured()).toHaveLength(before + 1);
  });
});
