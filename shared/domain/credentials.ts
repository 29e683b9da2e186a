// You are here: the reporter's tracking credentials. The reference is not secret; the secret has
// 120 bits from a CSPRNG, is shown once and only its hash is stored (docs/architecture.md, security rules). Both are written
// in Crockford base32, which reads aloud and copies by hand without confusing 0/O or 1/I/L.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Randomness } from './ports';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE_LENGTH = 10; // 50 bits: unique with a conditional write, short enough to say on the phone
const SECRET_LENGTH = 24; // 120 bits

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  const available = bytes.length * 8;
  let out = '';
  for (let index = 0; index < length; index += 1) {
    const shift = BigInt(available - 5 * (index + 1));
    out += ALPHABET[Number((bits >> shift) & 31n)];
  }
  return out;
}

const group = (value: string, size: number) => value.match(new RegExp(`.{1,${size}}`, 'g'))!.join('-');

/** Reads what a person typed: any case, spaces or dashes, and Crockford's look-alike letters. */
export function normalizeCode(input: string, length: number): string | undefined {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== length || ![...code].every((char) => ALPHABET.includes(char))) return undefined;
  return code;
}

export const randomReference = (random: Randomness) => randomCode(random, REFERENCE_LENGTH, 5);

/** A retry with the same Idempotency-Key lands on the same reference, so one complaint is stored. */
export function referenceForIdempotencyKey(idempotencyKey: string): string {
  const digest = createHash('sha256').update(`complaint-reference:v1\0${idempotencyKey}`).digest();
  return group(base32(digest.subarray(0, 7), REFERENCE_LENGTH), 5);
}

/** A random code of `length` Crockford characters (5 bits each), written in groups. */
export function randomCode(random: Randomness, length: number, groupSize: number): string {
  return group(base32(random.bytes(Math.ceil((length * 5) / 8)), length), groupSize);
}

/** Random bytes written as hex: ids and salts that need no human to read them. */
export const randomHex = (random: Randomness, bytes: number) => Buffer.from(random.bytes(bytes)).toString('hex');

export const newSecret = (random: Randomness) => randomCode(random, SECRET_LENGTH, 4);

export const normalizeReference = (input: string) => {
  const code = normalizeCode(input, REFERENCE_LENGTH);
  return code && group(code, 5);
};

export const normalizeSecret = (input: string) => {
  const code = normalizeCode(input, SECRET_LENGTH);
  return code && group(code, 4);
};

/** Secrets carry 120 random bits, so a fast hash is enough: no dictionary can reach them. */
export function hashSecret(reference: string, secret: string): Uint8Array {
  return createHash('sha256').update(`tracking-secret:v1\0${reference}\0${secret}`).digest();
}

export function secretMatches(expected: Uint8Array, actual: Uint8Array): boolean {
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Fingerprint of a request, salted with its Idempotency-Key so low-entropy fields cannot be guessed from it. */
export function requestFingerprint(idempotencyKey: string, canonicalRequest: string): Uint8Array {
  return createHash('sha256').update(`request:v1\0${idempotencyKey}\0${canonicalRequest}`).digest();
}

/** A stable id for what an Idempotency-Key creates: the same key always names the same record. */
export function idForKey(purpose: string, idempotencyKey: string, hexLength = 32): string {
  return createHash('sha256').update(`${purpose}:v1\0${idempotencyKey}`).digest('hex').slice(0, hexLength);
}
