// You are here: the local stand-in for the evidence bucket. It keeps objects in a folder under
// LOCAL_DATA_DIR and answers the same two presigned requests S3 does: a browser's form POST, held to
// its policy (one key, one content type, a size range, an expiry), and a time-limited GET. Like S3's
// event notification, each object that arrives is handed to the processing function afterwards.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { folderObjectStore, folderPaths } from '../../shared/adapters/object-stores';
import type { EvidenceStore } from '../../shared/domain/ports';
import { logger } from '../../shared/observability/logger';

export const LOCAL_BUCKET_PATH = '/local-bucket';

interface UploadPolicy {
  expiration: string;
  key: string;
  contentType: string;
  maxBytes: number;
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
    async uploadSlot({ key, contentType, maxBytes, expiresInSeconds }) {
      const policy: UploadPolicy = { expiration: new Date(Date.now() + expiresInSeconds * 1000).toISOString(), key, contentType, maxBytes };
      const encoded = Buffer.from(JSON.stringify(policy)).toString('base64');
      return { url: `${LOCAL_BUCKET_PATH}/`, fields: { key, 'Content-Type': contentType, Policy: encoded, 'X-Local-Signature': sign(encoded) } };
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
        const policy = checkPolicy(fields);
        if (typeof policy === 'string') {
          refusal = [403, 'AccessDenied', policy];
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
            if (size < 1) {
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

  function checkPolicy(fields: Record<string, string>): UploadPolicy | string {
    const encoded = fields.Policy ?? '';
    if (!encoded || !signatureMatches(encoded, fields['X-Local-Signature'] ?? '')) return 'Invalid according to Policy: signature does not match';
    const policy = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as UploadPolicy;
    if (Date.parse(policy.expiration) < Date.now()) return 'Invalid according to Policy: Policy expired';
    if (fields.key !== policy.key) return 'Invalid according to Policy: Policy Condition failed: ["eq", "$key"]';
    if (fields['Content-Type'] !== policy.contentType) return 'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type"]';
    return policy;
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
