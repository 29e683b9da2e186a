// You are here: the one error mapper. Domain and HTTP errors map by class to a status and the body
// { error: { code, message, requestId, fields? } }; anything else is a 500 with a generic message.
import {
  ConflictError,
  DependencyUnavailableError,
  DomainError,
  ForbiddenError,
  IdempotencyMismatchError,
  LockedError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
} from '../domain/errors';

export class PayloadTooLargeError extends DomainError {
  readonly code = 'payload-too-large';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'unsupported-media-type';
}

const STATUS_BY_CLASS: [abstract new (...args: never[]) => DomainError, number][] = [
  [ValidationError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [PayloadTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [IdempotencyMismatchError, 422],
  [LockedError, 429],
  [DependencyUnavailableError, 503],
];

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; fields?: Record<string, string> };
}

export interface MappedError {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

export function mapError(error: unknown, requestId: string): MappedError {
  const status = STATUS_BY_CLASS.find(([type]) => error instanceof type)?.[1];
  if (!status || !(error instanceof DomainError)) {
    return {
      status: 500,
      headers: {},
      body: { error: { code: 'internal-error', message: 'Something went wrong on our side; please retry', requestId } },
    };
  }
  const headers: Record<string, string> = {};
  if (error instanceof LockedError) headers['retry-after'] = String(error.retryAfterSeconds);
  if (error instanceof DependencyUnavailableError) headers['retry-after'] = '1';
  const fields = error instanceof ValidationError && error.fields ? { fields: error.fields } : {};
  return { status, headers, body: { error: { code: error.code, message: error.message, requestId, ...fields } } };
}
