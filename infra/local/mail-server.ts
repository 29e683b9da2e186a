// You are here: the local stack's SMTP server. Every message it accepts is written as an .eml file
// under LOCAL_DATA_DIR/mail/, and the local server lists them at /dev/mail/ (local only; nothing like
// it is deployed). With a fault rate it refuses that share of messages with a temporary error (451),
// as a busy mail service would, so the notifier's retries are exercised over real SMTP.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { html, joinHtml } from '../../shared/domain/publication/html';

export const localMailDir = (dataDir: string) => join(dataDir, 'mail');

export interface RunningMailServer {
  port: number;
  close(): Promise<void>;
}

/** A name that sorts by arrival and never collides: milliseconds, then random. */
const emlName = () => `${Date.now().toString().padStart(15, '0')}-${randomBytes(6).toString('hex')}.eml`;

export async function startMailServer(options: { port: number; mailDir: string; failSome?: () => boolean }): Promise<RunningMailServer> {
  mkdirSync(options.mailDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'integrity platform local mail',
    logger: false,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (options.failSome?.()) return callback(Object.assign(new Error('Injected delivery failure, try again'), { responseCode: 451 }));
        writeFile(join(options.mailDir, emlName()), Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface MailboxEntry {
  name: string;
  size: number;
  subject: string;
  to: string;
}

/** Decodes one RFC 2047 encoded word (=?UTF-8?B?…?= or =?UTF-8?Q?…?=), as mail readers show the subject. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))), 'latin1').toString('utf8'),
  );
}

/** A header of a captured message, unfolded and decoded. */
export function mailHeader(eml: string, name: string): string {
  const head = eml.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeWords(line.slice(name.length + 1).trim()).trim() : '';
}

/** The captured messages, newest first. */
export async function listMailbox(mailDir: string): Promise<MailboxEntry[]> {
  const names = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort().reverse();
  return Promise.all(
    names.map(async (name) => {
      const path = join(mailDir, name);
      const [info, eml] = await Promise.all([stat(path), readFile(path, 'utf8')]);
      return { name, size: info.size, subject: mailHeader(eml, 'subject'), to: mailHeader(eml, 'to') };
    }),
  );
}

/** The local mailbox page: who each message went to, its subject, and the raw .eml to open. */
export function mailboxPage(entries: readonly MailboxEntry[]): string {
  const rows = entries.map((entry) => html`<tr><td>${entry.to}</td><td><a href="${entry.name}">${entry.subject || entry.name}</a></td><td>${entry.size}</td></tr>`);
  return html`<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>จดหมายในเครื่อง (${entries.length})</title></head>
<body><h1>จดหมายที่ส่งในเครื่องนี้ (${entries.length})</h1>
<p>เฉพาะการทดลองในเครื่อง: ข้อความทุกฉบับที่ระบบส่งถูกเก็บเป็นไฟล์ .eml ไม่มีการส่งออกจริง</p>
<table><thead><tr><th>ถึง</th><th>เรื่อง</th><th>ไบต์</th></tr></thead><tbody>${joinHtml(rows, '\n')}</tbody></table>
</body></html>
`.markup;
}
