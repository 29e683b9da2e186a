// You are here: the local stand-in for the evidence bucket. It keeps objects in a folder under
// LOCAL_DATA_DIR and answers the same two presigned requests S3 does: a browser's form POST, and a
// time-limited GET. The upload policy is the one the S3 adapter makes on AWS (s3EvidenceStore, signed
// with SigV4 under this process's own static credentials), and the POST is checked as S3 checks it:
// the signature, the expiry, every condition, and no form field the policy does not name. Like S3's
// event notification, each object that arrives is handed to the processing function afterwards.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { S3Client } from '@aws-sdk/client-s3';
import { folderObjectStore, folderPaths } from '../../shared/adapters/object-stores';
import { s3EvidenceStore } from '../../shared/adapters/s3/evidence-store';
import type { EvidenceStore } from '../../shared/domain/ports';
import { logger } from '../../shared/observability/logger';

export const LOCAL_BUCKET_PATH = '/local-bucket';

/** The bucket and region the local policies name; only this bucket's own checks ever read them. */
export const LOCAL_BUCKET_NAME = 'local-evidence';
export const LOCAL_BUCKET_REGION = 'ap-southeast-7';

/** What an accepted POST may store: one key, and a size range from its policy. */
export interface AcceptedPost {
  key: string;
  minBytes: number;
  maxBytes: number;
}

export interface PostRefusal {
  code: 'AccessDenied' | 'SignatureDoesNotMatch' | 'InvalidArgument';
  message: string;
}

type Credentials = { accessKeyId: string; secretAccessKey: string };
type Condition = Record<string, unknown> | unknown[];

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
/** Fields S3 leaves out of the rule that the policy must name every field of the form. */
const UNSIGNED_FIELDS = /^(policy|x-amz-signature|file|x-ignore-.*)$/;

/**
 * Checks a browser's presigned POST form fields as S3 does: SigV4 over the base64 policy with the
 * credentials' signing key for the date, region and s3; the policy not expired; each of its conditions
 * met; and every form field (but the policy, the signature and x-ignore- fields) named by a condition.
 */
export function verifyPresignedPost(
  form: Record<string, string>,
  expected: { credentials: Credentials; region: string; bucket: string; now: Date },
): AcceptedPost | PostRefusal {
  const fields = new Map(Object.entries(form).map(([name, value]) => [name.toLowerCase(), value]));
  const denied = (message: string): PostRefusal => ({ code: 'AccessDenied', message: `Invalid according to Policy: ${message}` });
  const encoded = fields.get('policy') ?? '';
  if (!encoded) return denied('Policy missing');
  if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') return { code: 'InvalidArgument', message: 'Unsupported or missing x-amz-algorithm' };
  const scope = /^([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request$/.exec(fields.get('x-amz-credential') ?? '');
  const date = fields.get('x-amz-date') ?? '';
  if (!scope || scope[1] !== expected.credentials.accessKeyId || scope[3] !== expected.region || !date.startsWith(scope[2]!)) {
    return { code: 'InvalidArgument', message: 'The x-amz-credential scope is not this bucket\'s' };
  }
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${expected.credentials.secretAccessKey}`, scope[2]!), expected.region), 's3'), 'aws4_request');
  if (!sameText(hmac(signingKey, encoded).toString('hex'), fields.get('x-amz-signature') ?? '')) {
    return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided' };
  }
  let policy: { expiration?: unknown; conditions?: unknown };
  try {
    policy = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as typeof policy;
  } catch {
    return denied('Policy is not valid JSON');
  }
  const expiration = typeof policy.expiration === 'string' ? Date.parse(policy.expiration) : Number.NaN;
  if (!(expiration > expected.now.getTime())) return denied('Policy expired');
  if (!Array.isArray(policy.conditions)) return denied('Policy has no conditions');

  const named = new Set<string>();
  let range: [number, number] | undefined;
  for (const condition of policy.conditions as Condition[]) {
    const failed = denied(`Policy Condition failed: ${JSON.stringify(condition)}`);
    if (Array.isArray(condition)) {
      const [operator, subject, value] = condition;
      if (operator === 'content-length-range' && typeof subject === 'number' && typeof value === 'number') {
        range = [subject, value];
        continue;
      }
      if (typeof subject !== 'string' || !subject.startsWith('$') || typeof value !== 'string') return failed;
      const name = subject.slice(1).toLowerCase();
      const actual = name === 'bucket' ? expected.bucket : fields.get(name);
      named.add(name);
      if (operator === 'eq' && actual === value) continue;
      if (operator === 'starts-with' && actual?.startsWith(value)) continue;
      return failed;
    }
    const entries = Object.entries(condition);
    if (entries.length !== 1 || typeof entries[0]![1] !== 'string') return failed;
    const [name, value] = [entries[0]![0].toLowerCase(), entries[0]![1]];
    named.add(name);
    // The bucket is the one posted to; a form may also say it, and then it must say the same.
    if (name === 'bucket' ? value !== expected.bucket || (fields.has('bucket') && fields.get('bucket') !== value) : fields.get(name) !== value) return failed;
  }
  for (const name of fields.keys()) {
    if (!UNSIGNED_FIELDS.test(name) && !named.has(name)) return denied(`Extra input fields: ${name}`);
  }
  const key = fields.get('key');
  if (!key || !named.has('key')) return denied('Policy Condition failed: ["eq", "$key"]');
  return { key, minBytes: range?.[0] ?? 0, maxBytes: range?.[1] ?? Number.MAX_SAFE_INTEGER };
}

export interface LocalBucket {
  store: EvidenceStore;
  /** Serves the presigned POST (upload) and GET (download) under /local-bucket/. */
  serve(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void>;
  /** What runs after an object arrives, as S3's event notification runs the processing function. */
  onObjectCreated(listener: (key: string, size: number) => Promise<unknown>): void;
  /** Resolves when every object that has arrived so far has been handed over and processed. */
  settled(): Promise<void>;
}

/** S3 answers refusals with an XML error; the pages read only the status and the code. */
function s3Error(response: ServerResponse, status: number, code: string, message: string) {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

export function localBucket(folder: string): LocalBucket {
  // Presigned requests live minutes; a key per process is enough, and a restart voids old links.
  const signingKey = randomBytes(32);
  const credentials = { accessKeyId: 'LOCALBUCKET', secretAccessKey: randomBytes(30).toString('base64') };
  // The AWS adapter itself makes the upload policy; its endpoint is never called, only named in the URL
  // that the local server's own path replaces.
  const s3Signer = s3EvidenceStore(
    new S3Client({ region: LOCAL_BUCKET_REGION, credentials, endpoint: 'http://local-bucket.invalid', forcePathStyle: true }),
    LOCAL_BUCKET_NAME,
  );
  const sign = (value: string) => createHmac('sha256', signingKey).update(value).digest('base64url');
  const signatureMatches = (value: string, signature: string) => {
    const expected = Buffer.from(sign(value));
    const actual = Buffer.from(signature);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  };
  const pathOf = folderPaths(folder);
  const files = folderObjectStore(folder);
  let listener: ((key: string, size: number) => Promise<unknown>) | undefined;
  const pending = new Set<Promise<unknown>>();

  const store: EvidenceStore = {
    async uploadSlot(request) {
      const { fields } = await s3Signer.uploadSlot(request);
      return { url: `${LOCAL_BUCKET_PATH}/`, fields };
    },
    async read(key) {
      // A folder keeps no versions: the object as it is now.
      const body = await files.get(key);
      return body && { body: new Uint8Array(body) };
    },
    write: (key, body, contentType) => files.put(key, Buffer.from(body), contentType),
    // A folder keeps no versions: removing the file removes all there is.
    async destroy(key) {
      await rm(pathOf(key), { force: true });
    },
    async destroyFolder(prefix) {
      await rm(pathOf(prefix), { recursive: true, force: true });
    },
    async downloadLink({ key, fileName, contentType, expiresInSeconds }) {
      const expires = String(Math.floor(Date.now() / 1000) + expiresInSeconds);
      const query = new URLSearchParams({ key, expires, filename: fileName, type: contentType });
      query.set('signature', sign([key, expires, fileName, contentType].join('\n')));
      return `${LOCAL_BUCKET_PATH}/object?${query}`;
    },
  };

  async function upload(request: IncomingMessage, response: ServerResponse) {
    const fields: Record<string, string> = {};
    let refusal: [number, string, string] | undefined;
    let stored: { key: string; size: number } | undefined;
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: 20, fieldSize: 8 * 1024 } });
    } catch {
      // Not multipart/form-data at all (busboy refuses the headers before reading anything).
      request.resume();
      return s3Error(response, 400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data');
    }
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    let fileDone: Promise<void> | undefined;
    parser.on('file', (_name, stream) => {
      fileDone = new Promise<void>((done, fail) => {
        // S3 reads the policy fields before the file, so the form must send them first.
        const policy = verifyPresignedPost(fields, { credentials, region: LOCAL_BUCKET_REGION, bucket: LOCAL_BUCKET_NAME, now: new Date() });
        if ('code' in policy) {
          refusal = [policy.code === 'InvalidArgument' ? 400 : 403, policy.code, policy.message];
          stream.resume();
          return done();
        }
        const temporary = `${pathOf(policy.key)}.upload-${randomBytes(6).toString('hex')}`;
        let size = 0;
        mkdir(dirname(temporary), { recursive: true })
          .then(
            () =>
              new Promise<void>((written, failWrite) => {
                const out = createWriteStream(temporary);
                out.on('error', failWrite);
                stream.on('error', failWrite);
                stream.on('data', (chunk: Buffer) => {
                  size += chunk.length;
                  // Like S3, an upload past the policy's limit is refused whole; the rest is read and dropped.
                  if (size > policy.maxBytes) {
                    refusal ??= [400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'];
                    return;
                  }
                  if (!out.write(chunk)) {
                    stream.pause();
                    out.once('drain', () => stream.resume());
                  }
                });
                stream.on('end', () => out.end(() => written()));
              }),
          )
          .then(async () => {
            if (refusal) return rm(temporary, { force: true });
            if (size < Math.max(1, policy.minBytes)) {
              refusal = [400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size'];
              return rm(temporary, { force: true });
            }
            await rename(temporary, pathOf(policy.key));
            stored = { key: policy.key, size };
          })
          .then(() => done(), fail);
      });
    });
    const parsed = new Promise<void>((done, fail) => {
      parser.on('close', done);
      parser.on('error', fail);
    });
    request.pipe(parser);
    await parsed.catch(() => {
      refusal ??= [400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data'];
    });
    await fileDone?.catch(() => {
      refusal ??= [400, 'IncompleteBody', 'The upload did not complete'];
    });
    if (!stored && !refusal) refusal = [400, 'InvalidArgument', 'POST requires exactly one file upload per request'];
    if (refusal) return s3Error(response, ...refusal);
    response.writeHead(204).end();
    const { key, size } = stored!;
    const run = (listener?.(key, size) ?? Promise.resolve()).catch((error: unknown) => {
      logger.error('evidence processing failed', { component: 'local-bucket', errorName: (error as Error)?.name });
    });
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }

  async function download(response: ServerResponse, url: URL) {
    const [key, expires, fileName, contentType, signature] = ['key', 'expires', 'filename', 'type', 'signature'].map((name) => url.searchParams.get(name) ?? '');
    if (!signatureMatches([key, expires, fileName, contentType].join('\n'), signature!)) return s3Error(response, 403, 'SignatureDoesNotMatch', 'The request signature does not match');
    if (Number(expires) * 1000 < Date.now()) return s3Error(response, 403, 'AccessDenied', 'Request has expired');
    const info = await stat(pathOf(key!)).catch(() => undefined);
    if (!info?.isFile()) return s3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
    response.writeHead(200, {
      'content-type': contentType!,
      'content-length': info.size,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    });
    await pipeline(createReadStream(pathOf(key!)), response);
  }

  return {
    store,
    async serve(request, response, url) {
      if (request.method === 'POST' && url.pathname === `${LOCAL_BUCKET_PATH}/`) return upload(request, response);
      if (request.method === 'GET' && url.pathname === `${LOCAL_BUCKET_PATH}/object`) return download(response, url);
      s3Error(response, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    },
    onObjectCreated(next) {
      listener = next;
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
