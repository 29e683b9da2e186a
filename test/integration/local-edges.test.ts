// The local stack at its edges, over real HTTP and real sockets: malformed paths, bodies nested to
// break a recursive walk, tokens that never expire, and who can reach DynamoDB Local.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoLocalCommand } from '../../infra/local/dynamodb-local';
import { get, post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';
import { hostileTokens } from '../support/tokens';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

describe('malformed paths', () => {
  it.each(['/%', '/%zz/index.html', '/api/%zz', '/api/cases/%E0%A4%A/messages'])('answers %s with 400, not 500', async (path) => {
    const response = await fetch(`${stack.url}${path}`);
    expect(response.status).toBe(400);
  });
});

describe('methods and tokens', () => {
  it('answers a method a path does not have with 405, the methods it has in Allow, and no claim that the path is missing', async () => {
    const response = await fetch(`${stack.url}/api/registers/topics`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('method-not-allowed');
    expect(body.error.message).not.toMatch(/no such route/i);
    expect((await fetch(`${stack.url}/api/no-such-thing`)).status).toBe(404);
  });

  it('refuses a staff route without a token in the same Error shape as every other refusal', async () => {
    const answer = await get(stack.url, '/api/cases');
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String), requestId: expect.any(String) } });
  });

  it('names the part of the request a refused query parameter came in', async () => {
    const answer = await get(stack.url, '/api/topics?agency=' + 'x'.repeat(65));
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error.fields)).toEqual(['query.agency']);
  });
});

describe('deeply nested bodies', () => {
  it('answers 30,000 nested arrays with 400 on every public route that reads a body', async () => {
    const body = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    for (const path of ['/api/complaints', '/api/tracking', '/api/tracking/messages', '/api/suggestions']) {
      const answer = await post(stack.url, path, body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.message, path).toBe('The body nests more than 400 levels deep');
    }
    expect((await get(stack.url, '/api/health')).status).toBe(200);
  });
});

describe('staff tokens', () => {
  it('refuses a correctly signed token without exp, as the JWT authorizer does', async () => {
    const { 'no expiry': forever } = await hostileTokens(stack);
    const response = await fetch(`${stack.url}/api/cases`, { headers: { authorization: `Bearer ${forever}` } });
    expect(response.status).toBe(401);
    const valid = await stack.issuer.issue({ sub: 'somchai', roles: ['officer'], agency: 'bma-health' });
    expect((await fetch(`${stack.url}/api/cases`, { headers: { authorization: `Bearer ${valid}` } })).status).toBe(200);
  });
});

describe('DynamoDB Local', () => {
  const reachable = (host: string, port: number) =>
    new Promise<boolean>((done) => {
      const socket = connect({ host, port, timeout: 2_000 });
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('timeout', () => {
        socket.destroy();
        done(false);
      });
      socket.once('error', () => done(false));
    });

  it('is started through the loopback launcher', () => {
    const { command, args } = dynamoLocalCommand({ port: 8000 });
    expect(command).toBe('java');
    expect(args.some((arg) => arg.endsWith('/DynamoDbLoopback.java'))).toBe(true);
    expect(args).toEqual(expect.arrayContaining(['-port', '8000', '-sharedDb', '-inMemory', '-disableTelemetry']));
  });

  it('answers on 127.0.0.1 and on no other address of this machine', async () => {
    const port = Number(new URL(inject('dynamoEndpoint')).port);
    expect(await reachable('127.0.0.1', port)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const address of others) expect(await reachable(address, port), address).toBe(false);
  });
});
