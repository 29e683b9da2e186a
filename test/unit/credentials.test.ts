import { describe, expect, it } from 'vitest';
import { systemRandomness } from '../../shared/adapters/system/system';
import {
  hashSecret,
  newSecret,
  normalizeReference,
  normalizeSecret,
  randomReference,
  referenceForIdempotencyKey,
  secretMatches,
} from '../../shared/domain/credentials';

describe('tracking credentials', () => {
  it('issues secrets of 24 Crockford base32 characters (120 bits), all different', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newSecret(systemRandomness)));
    expect(secrets.size).toBe(1000);
    for (const secret of secrets) expect(secret).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('issues references of 10 characters in two groups', () => {
    expect(randomReference(systemRandomness)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('reads what a person typed: lower case, spaces, and O/I/L look-alikes', () => {
    expect(normalizeReference('k7m3q 9xw2t')).toBe('K7M3Q-9XW2T');
    expect(normalizeReference('O0ILu-12345')).toBeUndefined(); // U is not in Crockford's alphabet
    expect(normalizeReference('Oo1Il-23456')).toBe('00111-23456');
    expect(normalizeSecret('abcd efgh jkmn pqrs tvwx yz01')).toBe('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01');
    expect(normalizeSecret('too-short')).toBeUndefined();
  });

  it('derives the same reference from the same Idempotency-Key and different ones otherwise', () => {
    const key = '6f1c2b7e-8a3d-4f5e-9b1a-2c3d4e5f6a7b';
    expect(referenceForIdempotencyKey(key)).toBe(referenceForIdempotencyKey(key));
    expect(referenceForIdempotencyKey(key)).not.toBe(referenceForIdempotencyKey(`${key}x`));
  });

  it('binds the secret hash to its reference', () => {
    const secret = newSecret(systemRandomness);
    const hash = hashSecret('AAAAA-BBBBB', secret);
    expect(secretMatches(hash, hashSecret('AAAAA-BBBBB', secret))).toBe(true);
    expect(secretMatches(hash, hashSecret('AAAAA-BBBBC', secret))).toBe(false);
    expect(secretMatches(hash, new Uint8Array(5))).toBe(false);
  });
});
