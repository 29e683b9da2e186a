// You are here: the ports. Use cases depend on these interfaces only; adapters in shared/adapters
// implement them for AWS, for the local stack and for tests.
import type { Category, ComplaintContent, ReporterIdentity, Status } from './complaint';

export interface Clock {
  now(): Date;
}

export interface Randomness {
  /** Cryptographically secure random bytes. */
  bytes(length: number): Uint8Array;
}

/** Encryption context bound to a sealed identity; never holds personal data (DESIGN.md §3). */
export interface IdentityContext {
  agency: string;
  reference: string;
  purpose: 'reporter-identity';
}

/** Seals and opens a reporter's identity: KMS in AWS, a keyring locally. */
export interface IdentityVault {
  seal(identity: ReporterIdentity, context: IdentityContext): Promise<Uint8Array>;
  open(sealed: Uint8Array, context: IdentityContext): Promise<ReporterIdentity>;
}

export type ReporterMode = 'anonymous' | 'identified';

export interface ComplaintRecord {
  reference: string;
  agency: string;
  category: Category;
  status: Status;
  content: ComplaintContent;
  reporterMode: ReporterMode;
  /** Ciphertext from the vault; absent for anonymous complaints. */
  sealedIdentity?: Uint8Array;
  secretHash: Uint8Array;
  /** Fingerprint of the original request, to recognise an idempotent retry. */
  requestHash: Uint8Array;
  receivedAt: string;
  updatedAt: string;
  acknowledgeBy: string;
}

export interface TimelineEvent {
  at: string;
  status: Status;
  note?: string;
}

export type MessageAuthor = 'reporter' | 'officer';

export interface CaseMessage {
  id: string;
  at: string;
  from: MessageAuthor;
  body: string;
  requestHash: Uint8Array;
}

export interface FailedAttempts {
  count: number;
  windowStartedAt: string;
  lockedUntil?: string;
}

/** Everything a reporter's tracking view needs, read in one request. */
export interface CaseFile {
  complaint?: ComplaintRecord;
  events: TimelineEvent[];
  messages: CaseMessage[];
  failedAttempts?: FailedAttempts;
}

export interface LockoutPolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

export interface ComplaintRepository {
  /** Stores a new complaint unless the reference exists; then returns the stored one. */
  create(complaint: ComplaintRecord): Promise<{ created: true } | { created: false; existing: ComplaintRecord }>;
  /** Replaces the tracking secret's hash, only if the complaint still has this request hash. */
  replaceSecret(reference: string, secretHash: Uint8Array, requestHash: Uint8Array): Promise<void>;
  /** Reads the complaint with its timeline, messages and failed attempts. */
  loadCaseFile(reference: string): Promise<CaseFile>;
  /** Counts a failed attempt on a reference (known or not) and returns the new state. */
  recordFailedAttempt(reference: string, now: Date, policy: LockoutPolicy): Promise<FailedAttempts>;
  /** Adds a message unless one with this id exists; then returns the stored one. */
  addMessage(reference: string, message: CaseMessage): Promise<{ created: true } | { created: false; existing: CaseMessage }>;
}
