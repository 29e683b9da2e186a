// You are here: the domain's vocabulary of failure. One error mapper (shared/http/errors.ts) turns
// each class into an HTTP status; use cases only ever throw these.

export type FieldErrors = Record<string, string>;

export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'validation-failed';
  constructor(message: string, readonly fields?: FieldErrors) {
    super(message);
  }
}

/** A reporter could not be authenticated. One message for every cause, so nothing is revealed. */
export class UnauthorizedError extends DomainError {
  readonly code = 'unauthorized';
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

export class NotFoundError extends DomainError {
  readonly code = 'not-found';
}

export class ConflictError extends DomainError {
  /** 'conflict', or a more precise code where a client must tell two conflicts apart. */
  constructor(message: string, readonly code: string = 'conflict') {
    super(message);
  }
}

/** A reporter survey already answered for this case (the repositories throw it; the page says thanks). */
export const alreadyAnswered = () => new ConflictError('This case has already answered the survey; the first answer was recorded', 'already-answered');

/** The same Idempotency-Key came back with a different request. */
export class IdempotencyMismatchError extends DomainError {
  readonly code = 'idempotency-key-reused';
}

/** Too many failed attempts: the resource is locked until `retryAfterSeconds` have passed. */
export class LockedError extends DomainError {
  readonly code = 'too-many-attempts';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/** A dependency (DynamoDB, KMS) failed; nothing was written and the request may be retried. */
export class DependencyUnavailableError extends DomainError {
  readonly code = 'service-unavailable';
  constructor(readonly dependency: string, options?: { cause?: unknown }) {
    super(`${dependency} is unavailable; nothing was saved, please retry`);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
