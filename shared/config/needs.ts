// You are here: what a function declares it touches, and the one rule that turns the declaration into
// its context. A route group (functions/*/routes.ts) or a background function names its `needs`; CDK
// grants exactly those and sets only their variables (infra/constructs/api.ts), the Lambda entry wires
// only their adapters (aws-context.ts), and every environment (AWS, the local stack, tests) hands the
// handlers a context in which any other port throws UndeclaredNeedError. So a use the declaration
// forgot fails the first local test that reaches it, not the first request on AWS with AccessDenied.
import type { AppContext } from './context';

/** What a group's function may touch; CDK turns this into IAM grants and variables and nothing more. */
export interface Needs {
  complaints?: 'read' | 'read-write';
  /** Audit entries can only ever be appended and read: no grant allows update or delete. */
  audit?: 'append-read';
  surveys?: 'read' | 'read-write';
  informationCentre?: 'read' | 'read-write';
  /** The public statistics bucket, for the publication only. */
  statsBucket?: 'read-write';
  /**
   * The identity key: 'encrypt' seals identities and reporters' contacts (the intake), 'decrypt' opens
   * identities, 'open-contact' opens reporters' contacts and nothing else (the notifier alone).
   */
  identityKey?: 'encrypt' | 'decrypt' | 'open-contact';
  /**
   * The evidence bucket: 'upload' signs reporters' POSTs into quarantine/; 'download' reads evidence/
   * to sign officers' links; 'export' also writes and reads exports/; 'process' reads and destroys
   * quarantine/ and writes evidence/ and disclosures/; 'destroy' deletes every version of anything;
   * 'disclosures' signs an admin's PDF upload into quarantine/ and the public's reads of disclosures/.
   */
  evidence?: 'upload' | 'download' | 'export' | 'process' | 'destroy' | 'disclosures';
  /** The agency registry: every use case that reads an agency's settings reads them from it. */
  agencies?: 'read' | 'read-write';
  /**
   * Staff accounts (the Cognito user pool): 'manage' creates them and lists an agency's; 'lookup'
   * only finds one account and its roles by id (an assignment checks its assignee); 'list' only
   * lists an agency's accounts and their roles (the notifier, choosing whom to tell).
   */
  staffDirectory?: 'manage' | 'lookup' | 'list';
}

/**
 * The needs of any function of the app. A route group names `Needs`; a function outside the route
 * table may also delete the items of a complaint's partition, which no HTTP route ever may.
 */
export type FunctionNeeds = Omit<Needs, 'complaints'> & { complaints?: NonNullable<Needs['complaints']> | 'read-write-delete' };

/** Thrown when code reaches a port its function did not declare; on AWS it would have no grant for it. */
export class UndeclaredNeedError extends Error {
  constructor(owner: string, need: string) {
    super(`${owner} did not declare ${need}`);
    this.name = 'UndeclaredNeedError';
  }
}

/** Which declaration each port of the context rests on; the clock, randomness and settings need none. */
const PORT_NEEDS: { [Port in keyof AppContext]: ((needs: FunctionNeeds) => boolean) | 'always' } = {
  config: 'always',
  clock: 'always',
  random: 'always',
  complaints: (needs) => needs.complaints !== undefined,
  // The statistics are read from the complaints table.
  statistics: (needs) => needs.complaints !== undefined,
  // Report approvals live in the complaints table too; writing them needs 'read-write'.
  reportApprovals: (needs) => needs.complaints !== undefined,
  audit: (needs) => needs.audit !== undefined,
  surveys: (needs) => needs.surveys !== undefined,
  informationCentre: (needs) => needs.informationCentre !== undefined,
  statsStore: (needs) => needs.statsBucket !== undefined,
  evidence: (needs) => needs.evidence !== undefined,
  // Only the processing of uploads rebuilds files.
  sanitise: (needs) => needs.evidence === 'process',
  vault: (needs) => needs.identityKey === 'encrypt' || needs.identityKey === 'decrypt',
  // Sealed at the intake, opened by the notifier alone.
  contactVault: (needs) => needs.identityKey === 'encrypt' || needs.identityKey === 'open-contact',
  agencies: (needs) => needs.agencies !== undefined,
  staffDirectory: (needs) => needs.staffDirectory !== undefined,
  // Kept in the complaints table (shared/adapters/dynamodb/digest-stores.ts).
  notificationPreferences: (needs) => needs.complaints !== undefined,
  // The suppression list is kept in the agencies table.
  mailSuppressions: (needs) => needs.agencies !== undefined,
};

/** The need a port rests on, as an error names it. */
const NEED_NAMED_OTHERWISE: Partial<Record<keyof AppContext, string>> = { statistics: 'complaints', reportApprovals: 'complaints', statsStore: 'statsBucket', notificationPreferences: 'complaints', vault: 'identityKey', contactVault: 'identityKey', sanitise: 'evidence: process', mailSuppressions: 'agencies' };
const needOf = (port: keyof AppContext) => NEED_NAMED_OTHERWISE[port] ?? port;

export const declares = (needs: FunctionNeeds, port: keyof AppContext): boolean => {
  const rule = PORT_NEEDS[port];
  return rule === 'always' || rule(needs);
};

/**
 * The context `owner` (e.g. 'cases group') may use: the declared ports of `full`, read when first
 * asked for (so an adapter built lazily stays lazy), and for every other port a getter that throws.
 * `full` may itself be lazy: only declared ports are ever read from it.
 */
export function scopeContext(owner: string, needs: FunctionNeeds, full: AppContext | (() => AppContext)): AppContext {
  const source = typeof full === 'function' ? full : () => full;
  const scoped = {} as AppContext;
  for (const port of Object.keys(PORT_NEEDS) as (keyof AppContext)[]) {
    Object.defineProperty(scoped, port, {
      enumerable: true,
      get: declares(needs, port)
        ? () => source()[port]
        : () => {
            throw new UndeclaredNeedError(owner, needOf(port));
          },
    });
  }
  return Object.freeze(scoped);
}
