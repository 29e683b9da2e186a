// You are here: the IdentityVault (and the ContactVault) of the local stack. AES-256-GCM with the encryption context as
// additional authenticated data, so a ciphertext moved to another case or agency will not open,
// exactly as KMS refuses a mismatched encryption context.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { reporterIdentitySchema } from '../../domain/complaint';
import type { IdentityVault } from '../../domain/ports';
import { canonicalJson } from '../../domain/text';
import { DependencyUnavailableError } from '../../domain/errors';
import { reporterContactSchema, type ContactVault } from '../../domain/notifications/reporter-contact';

const VERSION = 1;
/** KMS Encrypt refuses more plaintext than this; the keyring refuses it too, so tests meet the same limit. */
export const KMS_PLAINTEXT_LIMIT = 4096;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a context as additional data: what both local vaults (identity, contact) seal with. */
function keyringCipher(key: Uint8Array) {
  if (key.length !== 32) throw new Error('The local keyring needs a 256-bit key');
  const aad = (context: object) => Buffer.from(canonicalJson(context), 'utf8');
  return {
    seal(value: unknown, context: object): Uint8Array {
      const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
      if (plaintext.length > KMS_PLAINTEXT_LIMIT) throw new Error(`Plaintext of ${plaintext.length} bytes is over KMS's ${KMS_PLAINTEXT_LIMIT}`);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(context));
      const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return new Uint8Array(Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), sealed]));
    },
    open(sealed: Uint8Array, context: object): unknown {
      const bytes = Buffer.from(sealed);
      if (bytes[0] !== VERSION) throw new Error('Unknown sealed identity version');
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(context)).setAuthTag(tag);
      const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as unknown;
    },
  };
}

export function keyringIdentityVault(key: Uint8Array): IdentityVault {
  const cipher = keyringCipher(key);
  return {
    async seal(identity, context) {
      return cipher.seal(identity, context);
    },
    async open(sealed, context) {
      try {
        return reporterIdentitySchema.parse(cipher.open(sealed, context));
      } catch (error) {
        throw new DependencyUnavailableError('identity keyring', { cause: error });
      }
    },
  };
}

/**
 * The ContactVault of the local stack: the same key, its own purpose in the context, so a sealed
 * contact never opens as an identity nor an identity as a contact, as with KMS.
 */
export function keyringContactVault(key: Uint8Array): ContactVault {
  const cipher = keyringCipher(key);
  return {
    async seal(contact, context) {
      return cipher.seal(contact, context);
    },
    async open(sealed, context) {
      try {
        return reporterContactSchema.parse(cipher.open(sealed, context));
      } catch (error) {
        throw new DependencyUnavailableError('contact keyring', { cause: error });
      }
    },
  };
}

/** Loads the keyring's key from disk, creating it (readable by the owner only) on first use. */
export function loadOrCreateKeyringKey(path: string): Uint8Array {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ algorithm: 'AES-256-GCM', key: randomBytes(32).toString('base64') }), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  const { key } = JSON.parse(readFileSync(path, 'utf8')) as { key: string };
  return new Uint8Array(Buffer.from(key, 'base64'));
}
