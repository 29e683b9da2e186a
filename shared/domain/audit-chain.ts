// You are here: the audit log's hash chain. Every entry of an agency carries its place in the agency's
// chain (seq), the hash of the entry before it and its own hash: SHA-256 over the entry in canonical
// JSON with those two. Changing any entry breaks its own hash, or, if the hash is recomputed, the next
// entry's link; removing one leaves a gap in seq. The chain's head (the last seq and hash) is written
// in the same transaction as each entry, on condition that it is still the head the entry was linked
// to, so concurrent writers take turns instead of forking the chain.
import { createHash } from 'node:crypto';
import type { AuditEntry } from './ports';
import { canonicalJson } from './text';

export interface ChainLink {
  /** 1 for an agency's first entry, then one more for each. */
  seq: number;
  /** The previous entry's hash (GENESIS_HASH for the first). */
  prevHash: string;
  hash: string;
}

export type ChainedAuditEntry = AuditEntry & ChainLink;

/** The last link of an agency's chain. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry as stored: every attribute but the hash itself, so an added one counts too. */
export function entryHash(stored: Readonly<Record<string, unknown>>): string {
  const { hash: _hash, ...rest } = stored;
  return createHash('sha256').update(`audit-entry:v1\0${canonicalJson(rest)}`).digest('hex');
}

/** The entry as the next link after `head` (or as the first link). */
export function linkEntry(entry: AuditEntry, head: ChainHead | undefined): ChainedAuditEntry {
  const linked = { ...entry, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
  return { ...linked, hash: entryHash(linked) };
}

export interface ChainBreak {
  /** Where the chain first fails: the seq of the missing or altered entry. */
  seq: number;
  problem: 'missing' | 'altered' | 'link-broken';
  /** The entry found there, if any, to find it in the table. */
  entry?: { id: string; at: string };
  explanation: string;
}

export interface ChainVerification {
  agency: string;
  /** Entries checked, up to the head read at the start. */
  checked: number;
  intact: boolean;
  head?: ChainHead;
  firstBreak?: ChainBreak;
}

/**
 * Walks an agency's chain in seq order and reports the first broken link: a seq that is missing (an
 * entry deleted, or the head pointing past the last entry), an entry whose own hash no longer matches
 * its content (altered), or whose link does not name the entry before it (altered and re-hashed).
 */
export function verifyChain(agency: string, head: ChainHead | undefined, stored: readonly Readonly<Record<string, unknown>>[]): ChainVerification {
  const entries = [...stored].filter((entry) => !head || Number(entry.seq) <= head.seq).sort((a, b) => Number(a.seq) - Number(b.seq));
  let previous = GENESIS_HASH;
  let expected = 1;
  const broken = (firstBreak: ChainBreak): ChainVerification => ({ agency, checked: expected - 1, intact: false, ...(head ? { head } : {}), firstBreak });
  const about = (entry: Readonly<Record<string, unknown>>) => ({ id: String(entry.id), at: String(entry.at) });
  for (const entry of entries) {
    if (entry.seq !== expected) {
      return broken({ seq: expected, problem: 'missing', explanation: `Entry ${expected} of the chain is not in the log: it was deleted or moved` });
    }
    if (entryHash(entry) !== entry.hash) {
      return broken({ seq: expected, problem: 'altered', entry: about(entry), explanation: `Entry ${expected} no longer matches its hash: it was changed after it was written` });
    }
    if (entry.prevHash !== previous) {
      return broken({ seq: expected, problem: 'link-broken', entry: about(entry), explanation: `Entry ${expected} does not link to entry ${expected - 1} as written: one of them was replaced` });
    }
    previous = entry.hash;
    expected += 1;
  }
  if (head && head.seq !== expected - 1) {
    return broken({ seq: expected, problem: 'missing', explanation: `The chain's head names entry ${head.seq}, but the log ends at entry ${expected - 1}` });
  }
  if (head && head.hash !== previous) {
    expected -= 1;
    return broken({ seq: head.seq, problem: 'link-broken', explanation: `Entry ${head.seq} is not the entry the chain's head was written with: it was replaced` });
  }
  return { agency, checked: expected - 1, intact: true, ...(head ? { head } : {}) };
}
