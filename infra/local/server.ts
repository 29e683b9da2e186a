// You are here: the local stand-in for CloudFront + API Gateway. It serves web/dist, and routes
// /api/* through the shared route table to the same handlers Lambda runs, as HTTP API v2 events.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'aws-lambda';
import { PROCESSING_NEEDS } from '../../functions/event-needs';
import { groupOwner } from '../../functions/lambda';
import { routeKey } from '../../functions/route';
import type { GroupRoute } from '../../functions/routes';
import type { FunctionNeeds } from '../../shared/config/needs';
import type { AppContext } from '../../shared/config/context';
import type { HttpEvent, HttpHandler, HttpResult } from '../../shared/http/handler';
import { json } from '../../shared/http/handler';
import { logger } from '../../shared/observability/logger';
import { resolveAgencyPath } from '../../shared/rules/agency-path';
import { PAGE_SECURITY_HEADERS } from '../../web/security-headers';
import type { LocalIssuer, localStaffDirectory } from './dev-issuer';
import { makeUploadHandler } from '../../functions/evidence/process-upload';
import { LOCAL_BUCKET_PATH, type LocalBucket } from './local-bucket';
import { listMailbox, mailboxPage } from './mail-server';
import { STAFF_ROLES } from '../../shared/domain/staff';
import * as z from 'zod/mini';

/** API Gateway refuses bodies over 10 MB before any Lambda runs; the local server does the same. */
const GATEWAY_BODY_LIMIT = 10 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

interface CompiledRoute {
  key: string;
  method: string;
  staff: boolean;
  pattern: RegExp;
  parameterNames: string[];
  handler: HttpHandler;
}

/** Each route's handler gets only the ports its group declared, exactly as on Lambda (functions/lambda.ts). */
function compile(route: GroupRoute, contextOf: LocalServerOptions['contextOf']): CompiledRoute {
  const parameterNames: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
    parameterNames.push(name);
    return '([^/]+)';
  });
  return {
    key: routeKey(route),
    method: route.method,
    staff: route.access.kind === 'staff',
    pattern: new RegExp(`^${source}$`),
    parameterNames,
    handler: route.module.makeHandler(contextOf(groupOwner({ name: route.group }), route.needs)),
  };
}

async function readRawBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > GATEWAY_BODY_LIMIT) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isTextual = (contentType: string) => /^(application\/(json|[\w.+-]*\+json)|text\/)/i.test(contentType);

function toEvent(request: IncomingMessage, url: URL, route: CompiledRoute, match: RegExpMatchArray, body: Buffer): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const pathParameters = Object.fromEntries(route.parameterNames.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
  const textual = isTextual(headers['content-type'] ?? '');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: route.key,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(url.search ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
    ...(route.parameterNames.length ? { pathParameters } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: textual ? body.toString('utf8') : body.toString('base64'), isBase64Encoded: !textual } : { isBase64Encoded: false }),
  };
}

const lambdaContext = (requestId: string): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'local',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:local',
  memoryLimitInMB: '256',
  awsRequestId: requestId,
  logGroupName: 'local',
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

function send(response: ServerResponse, result: HttpResult) {
  const body = result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
  response.writeHead(result.statusCode ?? 200, { ...(result.headers as Record<string, string>) });
  response.end(body);
}

export interface LocalServerOptions {
  port: number;
  routes: readonly GroupRoute[];
  /** The context of a function with given needs (infra/local/local-context.ts): each route group and the processing of uploads get their own. */
  contextOf: (owner: string, needs: FunctionNeeds) => AppContext;
  /** Folder of built pages (web/dist). */
  webRoot: string;
  /** The local stats bucket, served under /stats/ as CloudFront serves the real one. */
  statsRoot: string;
  /** Verifies staff tokens as API Gateway's JWT authorizer would, and signs in local staff. */
  issuer: LocalIssuer;
  /** The evidence bucket's stand-in: its presigned requests are served, and its uploads processed. */
  evidenceBucket?: LocalBucket;
  /** The staff accounts made through POST /api/agencies/{id}/staff, which the sign-in page offers. */
  accounts?: ReturnType<typeof localStaffDirectory>;
  /** The local SMTP server's captured messages, listed at /dev/mail/ (local only). */
  mailDir?: string;
}

const signInSchema = z.union([
  // As one of the accounts the local directory holds: its roles, agency, unit and address.
  z.strictObject({ account: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.object({
    sub: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    roles: z.array(z.enum(STAFF_ROLES)).check(z.minLength(1)),
    agency: z.string().check(z.minLength(1), z.maxLength(64)),
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    email: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
  }),
]);

/** The event S3 sends for a new object: keys URL-encoded, spaces as '+'. */
const objectCreatedEvent = (key: string, size: number) => ({
  Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Post', s3: { bucket: { name: 'local-evidence' }, object: { key: encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/'), size } } }],
});

/**
 * A refused token. API Gateway's JWT authorizer answers {"message":"Unauthorized"} and cannot be made
 * to say more; here it is the function's own Error shape, as its handler would answer. The OpenAPI
 * document names both.
 */
const UNAUTHORIZED: HttpResult = json(401, { error: { code: 'unauthorized', message: 'Sign in as staff to use this', requestId: 'local' } });

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  const compiled = options.routes.map((route) => compile(route, options.contextOf));
  const webRoot = resolve(options.webRoot);
  const bucket = options.evidenceBucket;
  if (bucket) {
    // As S3's event notification invokes the processing function for each object created.
    const processUploads = makeUploadHandler(options.contextOf('evidence processing', PROCESSING_NEEDS));
    bucket.onObjectCreated((key, size) => processUploads(objectCreatedEvent(key, size)));
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, url: URL) {
    const candidates = compiled
      .map((route) => ({ route, match: url.pathname.match(route.pattern) }))
      .filter((candidate) => candidate.match);
    const found = candidates.find((candidate) => candidate.route.method === request.method);
    if (!found && candidates.length) {
      const allow = [...new Set(candidates.map((candidate) => candidate.route.method))].join(', ');
      return send(response, json(405, { error: { code: 'method-not-allowed', message: `This path answers only ${allow}`, requestId: 'local' } }, { allow }));
    }
    if (!found) return send(response, json(404, { error: { code: 'not-found', message: 'No such route', requestId: 'local' } }));
    const body = await readRawBody(request);
    if (body === 'too-large') {
      return send(response, json(413, { message: 'Request Entity Too Large' }));
    }
    const event = toEvent(request, url, found.route, found.match!, body);
    if (found.route.staff) {
      const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const claims = token && (await options.issuer.verify(token));
      if (!claims) return send(response, UNAUTHORIZED);
      (event.requestContext as unknown as { authorizer: unknown }).authorizer = { jwt: { claims, scopes: null } };
    }
    send(response, await found.route.handler(event, lambdaContext(event.requestContext.requestId)));
  }

  /** Local-only: the issuer's keys, a password-less staff sign-in, and the pages' settings. */
  async function serveLocalAuth(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (request.method === 'GET' && url.pathname === '/local-issuer/jwks.json') return send(response, json(200, options.issuer.jwks));
    if (request.method === 'GET' && url.pathname === '/local-issuer/accounts') {
      const accounts = (options.accounts?.accounts() ?? []).map(({ id, email, name, agency, unit, roles }) => ({ id, email, name, agency, ...(unit ? { unit } : {}), roles }));
      return send(response, json(200, { accounts }));
    }
    if (request.method === 'GET' && url.pathname === '/config.json') {
      return send(response, json(200, { staffSignIn: { kind: 'local', endpoint: '/local-issuer/sign-in' } }));
    }
    if (request.method === 'POST' && url.pathname === '/local-issuer/sign-in') {
      const body = await readRawBody(request);
      let parsed: ReturnType<typeof signInSchema.safeParse> | undefined;
      try {
        parsed = body === 'too-large' ? undefined : signInSchema.safeParse(JSON.parse(body.toString('utf8')));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) return send(response, json(400, { error: { code: 'validation-failed', message: 'Give sub, roles and agency', requestId: 'local' } }));
      if ('account' in parsed.data) {
        const account = options.accounts?.account(parsed.data.account);
        if (!account) return send(response, json(404, { error: { code: 'not-found', message: 'No local account with this id', requestId: 'local' } }));
        const { id: sub, roles, agency, unit, email } = account;
        return send(response, json(200, { token: await options.issuer.issue({ sub, roles, agency, email, ...(unit ? { unit } : {}) }) }));
      }
      return send(response, json(200, { token: await options.issuer.issue(parsed.data) }));
    }
    notFound(response);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, url: URL) {
    // Pages and statistics are read-only, as CloudFront's page and /stats/* behaviours allow only
    // GET and HEAD: a form posted natively to its own page is refused, its fields only ever in the body.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...PAGE_SECURITY_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      return response.end('หน้านี้ใช้ส่งข้อมูลโดยตรงไม่ได้ (405)');
    }
    // /a/{agency}/… is the generic channel set, as CloudFront's viewer-request function rewrites it.
    const agencyPage = resolveAgencyPath(url.pathname);
    if (agencyPage?.kind === 'redirect') {
      response.writeHead(301, { ...PAGE_SECURITY_HEADERS, location: agencyPage.location });
      return response.end();
    }
    let relative = agencyPage ? agencyPage.path : decodeURIComponent(url.pathname);
    // A statistics folder named without its "/" is sent there, as CloudFront's function does (site.ts).
    if ((relative === '/stats' || relative.startsWith('/stats/')) && !relative.endsWith('/') && !extname(relative)) {
      response.writeHead(301, { ...PAGE_SECURITY_HEADERS, location: `${url.pathname}/` });
      return response.end();
    }
    if (relative.endsWith('/')) relative += 'index.html';
    const stats = relative.startsWith('/stats/');
    const root = stats ? resolve(options.statsRoot) : webRoot;
    const path = normalize(join(root, stats ? relative.slice('/stats'.length) : relative));
    if (path !== root && !path.startsWith(root + sep)) return notFound(response);
    const candidates = extname(path) ? [path] : [path, `${path}.html`];
    for (const candidate of candidates) {
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) {
        response.writeHead(200, {
          ...PAGE_SECURITY_HEADERS,
          'content-type': CONTENT_TYPES[extname(candidate)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        return response.end(await readFile(candidate));
      }
    }
    notFound(response);
  }

  /** Local only: the captured mail at /dev/mail/, each message as its raw .eml. */
  async function serveMailbox(request: IncomingMessage, response: ServerResponse, url: URL, mailDir: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(response);
    if (url.pathname === '/dev/mail' || url.pathname === '/dev/mail/') {
      if (url.pathname === '/dev/mail') {
        response.writeHead(301, { ...PAGE_SECURITY_HEADERS, location: '/dev/mail/' });
        return response.end();
      }
      response.writeHead(200, { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(mailboxPage(await listMailbox(mailDir)));
    }
    const name = url.pathname.slice('/dev/mail/'.length);
    if (!/^[0-9]{15}-[0-9a-f]{12}\.eml$/.test(name)) return notFound(response);
    const eml = await readFile(join(mailDir, name)).catch(() => undefined);
    if (!eml) return notFound(response);
    response.writeHead(200, { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end(eml);
  }

  /** A path whose percent-escapes do not decode (`/%`, `/api/%zz`) is the client's mistake: 400, as API Gateway and CloudFront answer. */
  async function badRequest(response: ServerResponse, api: boolean) {
    if (api) return send(response, json(400, { error: { code: 'bad-request', message: 'The path is not a valid URL path', requestId: 'local' } }));
    response.writeHead(400, { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    response.end('ที่อยู่หน้าเว็บไม่ถูกต้อง (400)');
  }

  function notFound(response: ServerResponse) {
    response.writeHead(404, { ...PAGE_SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    response.end('ไม่พบหน้าที่ต้องการ (404)');
  }

  // An idle connection stays open longer than a client keeps it (Node's fetch: 4 s), so the client is
  // always the one to close it: a client that was busy for a few seconds and then reuses its socket
  // never sends a request into a connection the server is closing, as load balancers are set up too.
  const server = createServer({ keepAliveTimeout: 65_000 }, (request, response) => {
    const startedAt = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const api = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const work = !decodablePath(url.pathname)
      ? badRequest(response, api)
      : api
        ? serveApi(request, response, url)
        : url.pathname.startsWith('/local-issuer/') || url.pathname === '/config.json'
          ? serveLocalAuth(request, response, url)
          : bucket && url.pathname.startsWith(`${LOCAL_BUCKET_PATH}/`)
            ? bucket.serve(request, response, url)
            : options.mailDir && (url.pathname === '/dev/mail' || url.pathname.startsWith('/dev/mail/'))
              ? serveMailbox(request, response, url, options.mailDir)
              : serveFile(request, response, url);
    work
      .catch((error: unknown) => {
        logger.error('local server failure', { component: 'local-server', errorName: (error as Error)?.name });
        if (!response.headersSent) send(response, json(500, { error: { code: 'internal-error', message: 'Something went wrong on our side; please retry', requestId: 'local' } }));
      })
      .finally(() => {
        // Method, path and status only: never the client's address, agent or body.
        logger.info('http', {
          component: 'local-server',
          route: `${request.method} ${url.pathname}`,
          status: response.statusCode,
          durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
        });
      });
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
