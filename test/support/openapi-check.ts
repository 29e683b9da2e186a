// You are here: every API answer a test receives is checked against the OpenAPI document the stack
// serves (GET /api/openapi.json): its status must be one the operation documents, and its body must
// conform to that status's strict schema. A new field, a missing field or an undocumented status
// fails the test that met it, whatever the test itself asserts.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

interface Operation {
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

/** A JSON pointer segment inside a URI fragment, as ajv resolves `$ref`. */
const segment = (value: string) => encodeURIComponent(value.replace(/~/g, '~0').replace(/\//g, '~1'));

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export class ResponseChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { path: string; pattern: RegExp; literal: number }[];

  constructor(private readonly document: Document) {
    this.ajv.addSchema(document, 'openapi');
    this.templates = Object.keys(document.paths)
      .map((path) => ({
        path,
        pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
        literal: path.replace(/\{\w+\}/g, '').length,
      }))
      // A literal path (/api/registers/topics) before a template that would also match it.
      .sort((a, b) => b.literal - a.literal);
  }

  /** What is wrong with this answer, or undefined when the document describes it. */
  problem(method: string, url: URL, status: number, headers: Headers, text: string): string | undefined {
    const where = `${method} ${`${url.pathname}${url.search}`.slice(0, 300)} → ${status}`;
    const template = this.templates.find((candidate) => candidate.pattern.test(url.pathname));
    const json = () => {
      try {
        return { ok: true as const, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false as const };
      }
    };
    if (!decodable(url.pathname)) {
      // Refused before any route is chosen, as API Gateway refuses a broken percent-encoding.
      if (status !== 400) return `${where}: a path that is not valid percent-encoding must answer 400`;
      return this.conforms('#/components/schemas/Error', json(), where);
    }
    if (!template) {
      // A path the API does not have: the local server's refusal of a malformed or unknown path.
      if (status !== 404 && status !== 400) return `${where}: a path the document does not have must answer 404 (or 400 when it is malformed)`;
      return this.conforms('#/components/schemas/Error', json(), where);
    }
    const operation = this.document.paths[template.path]![method.toLowerCase()];
    if (!operation) {
      if (status !== 405) return `${where}: ${template.path} has no ${method}, so it must answer 405`;
      if (!headers.get('allow')) return `${where}: a 405 must carry Allow`;
      return this.conforms('#/components/schemas/Error', json(), where);
    }
    const documented = operation.responses[String(status)];
    if (!documented) return `${where}: status not documented for ${method} ${template.path} (documented: ${Object.keys(operation.responses).join(', ')})`;
    const mediaType = Object.keys(documented.content ?? {})[0];
    if (!mediaType) return undefined;
    const received = headers.get('content-type') ?? '';
    if (!received.startsWith(mediaType)) return `${where}: content type ${received}, documented ${mediaType}`;
    if (mediaType !== 'application/json') return undefined;
    const pointer = `#/paths/${segment(template.path)}/${segment(method.toLowerCase())}/responses/${status}/content/${segment(mediaType)}/schema`;
    return this.conforms(pointer, json(), where);
  }

  private conforms(pointer: string, body: { ok: true; value: unknown } | { ok: false }, where: string): string | undefined {
    if (!body.ok) return `${where}: the body is not JSON`;
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (validate(body.value)) return undefined;
    const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(root)'} ${error.message} ${JSON.stringify(error.params)}`);
    return `${where}: the body does not conform to the document: ${errors.join('; ')}; body ${JSON.stringify(body.value).slice(0, 400)}`;
  }
}

const checkers = new Map<string, Promise<ResponseChecker>>();

/** The checker of the stack at `base`, from the document it serves (fetched once). */
export function checkerFor(base: string, fetchDocument: typeof fetch = fetch): Promise<ResponseChecker> {
  let checker = checkers.get(base);
  if (!checker) {
    checker = fetchDocument(`${base}/api/openapi.json`).then(async (response) => new ResponseChecker((await response.json()) as Document));
    checkers.set(base, checker);
  }
  return checker;
}

const alreadyChecked = new WeakSet<Response>();

/** Throws when the answer to a request to the stack's API is not what its document says. */
export async function checkResponse(base: string, method: string, url: URL, response: Response, fetchDocument?: typeof fetch): Promise<void> {
  if (!url.pathname.startsWith('/api/') || alreadyChecked.has(response)) return;
  alreadyChecked.add(response);
  const checker = await checkerFor(base, fetchDocument);
  const problem = checker.problem(method, url, response.status, response.headers, await response.clone().text());
  if (problem) throw new Error(`The API answered outside its OpenAPI document: ${problem}`);
}

/**
 * Wraps the global fetch so that every answer from the stack at `base` is checked, whichever helper
 * or raw fetch a test uses. Returns the function that puts the original back.
 */
export function checkEveryResponse(base: string): () => void {
  const original = globalThis.fetch;
  const checked: typeof fetch = async (input, init) => {
    const response = await original(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (`${url.protocol}//${url.host}` === new URL(base).origin) {
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      await checkResponse(base, method, url, response, original);
    }
    return response;
  };
  globalThis.fetch = checked;
  return () => {
    if (globalThis.fetch === checked) globalThis.fetch = original;
  };
}
