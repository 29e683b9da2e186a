// Reading the .eml files the local SMTP server captured: headers, and every MIME part's body decoded
// from base64 or quoted-printable, so a search for a marker cannot miss text for its encoding.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mailHeader } from '../../infra/local/mail-server';

export interface CapturedMail {
  name: string;
  raw: Buffer;
  to: string;
  subject: string;
  messageId: string;
  /** The subject and every part's decoded body. */
  decoded: string;
}

export function decodedBodies(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts
    .map((part) => {
      const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}

/** Every message captured under `mailDir`, in file-name order. */
export async function capturedMail(mailDir: string): Promise<CapturedMail[]> {
  const names = (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(mailDir, name));
      const text = raw.toString('utf8');
      const subject = mailHeader(text, 'subject');
      return { name, raw, to: mailHeader(text, 'to'), subject, messageId: mailHeader(text, 'message-id'), decoded: `${subject}\n${decodedBodies(text)}` };
    }),
  );
}
