// `npm start` as a person runs it: it prints where it listens, keeps complaints across restarts,
// stops DynamoDB Local on SIGTERM, and leaves no identity or secret in its data files or output.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/global-setup';
import { post, referenceComplaint } from '../support/http';

const dataDir = mkdtempSync(join(tmpdir(), 'integrity-start-'));
const running: ChildProcess[] = [];
afterAll(() => running.forEach((child) => child.kill('SIGKILL')));

async function startStack(port: number, dynamoPort: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    env: { ...process.env, PORT: String(port), DYNAMODB_PORT: String(dynamoPort), LOCAL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    const check = () => output.includes(`DynamoDB http://localhost:${dynamoPort}`) && ready();
    child.stdout.on('data', check);
    child.once('exit', (code) => fail(new Error(`npm start exited ${code}: ${output}`)));
  });
  const stop = async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    return exited;
  };
  return { output: () => output, stop };
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

/** `npm run dev-token`, as a developer runs it: it prints the token and nothing else. */
function devToken(args: string[]): string {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'infra/local/dev-token.ts', ...args], { env: { ...process.env, LOCAL_DATA_DIR: dataDir }, encoding: 'utf8' });
  expect(output.trim().split('\n')).toHaveLength(1);
  return output.trim();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('npm start', () => {
  it('serves the API, persists complaints across a restart, stops cleanly and leaks nothing', { timeout: 120_000 }, async () => {
    const [port, dynamoPort] = [await freePort(), await freePort()];
    const first = await startStack(port, dynamoPort);
    expect(first.output()).toContain(`API http://localhost:${port}/api`);

    const marker = 'STARTLEAKMARKER';
    const base = `http://localhost:${port}`;
    const filed = await post(base, '/api/complaints', referenceComplaint(marker));
    expect(filed.status).toBe(201);
    // The whole flow, so every route that touches identity or the secret has written its log lines.
    const credentials = { reference: filed.body.reference, secret: filed.body.secret };
    expect((await post(base, '/api/tracking/messages', { ...credentials, body: 'มีเอกสารเพิ่มเติม' })).status).toBe(201);
    const custodian = devToken(['--role', 'custodian', '--role', 'officer', '--sub', 'custodian-leak-check']);
    const staff = { authorization: `Bearer ${custodian}` };
    expect((await post(base, `/api/cases/${filed.body.reference}/messages`, { body: 'ได้รับเอกสารแล้ว' }, staff)).status).toBe(201);
    const revealed = await post(base, `/api/cases/${filed.body.reference}/identity-reveals`, { reason: 'ตรวจสอบการรั่วไหลของข้อมูลตัวตนในบันทึกระบบ' }, staff);
    expect(revealed.body.identity.name).toContain(marker);
    expect((await post(base, '/api/tracking', credentials)).status).toBe(200);
    expect(await first.stop()).toBe(0);
    expect(await portOpen(dynamoPort)).toBe(false);

    const second = await startStack(port, dynamoPort);
    const tracked = await post(`http://localhost:${port}`, '/api/tracking', { reference: filed.body.reference, secret: filed.body.secret });
    expect(tracked).toMatchObject({ status: 200, body: { reference: filed.body.reference, status: 'received' } });
    expect(await second.stop()).toBe(0);

    const files = filesUnder(dataDir);
    expect(files.some((file) => file.endsWith('.db'))).toBe(true);
    const everything = [...files.map((file) => readFileSync(file).toString('latin1')), first.output(), second.output()].join('\n');
    const utf8 = [...files.map((file) => readFileSync(file).toString('utf8')), first.output(), second.output()].join('\n');
    for (const needle of [marker, '081-234-5678', 'reporter@example.org', '1101700230708', filed.body.secret]) {
      expect(everything).not.toContain(needle);
      expect(utf8).not.toContain(needle);
    }
    // Nor the address the requests came from.
    for (const output of [first.output(), second.output()]) expect(output).not.toMatch(/127\.0\.0\.1|::1|::ffff:/);
  });
});
