// You are here: the IdentityVault of the local stack. AES-256-GCM with the encryption context as
// additional authenticated data, so a ciphertext moved to another case or agency will not open,
// exactly as KMS refuses a mismatched encryption context.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { reporterIdentitySchema } from '../../domain/complaint';
import type { IdentityContext, IdentityVault } from '../../domain/ports';
import { canonicalJson } from '../../domain/text';
import { DependencyUnavailableError } from '../../domain/errors';

const VERSION = 1;
/** KMS Encrypt refuses more plaintext than this; the keyring refuses it too, so tests meet the same limit. */
export const KMS_PLAINTEXT_LIMIT = 4096;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function keyringIdentityVault(key: Uint8Array): IdentityVault {
  if (key.length !== 32) throw new Error('The local keyring needs a 256-bit key');
  const aad = (context: IdentityContext) => Buffer.from(canonicalJson(context), 'utf8');
  return {
    async seal(identity, context) {
      const plaintext = Buffer.from(JSON.stringify(identity), 'utf8');
      if (plaintext.length > KMS_PLAINTEXT_LIMIT) throw new Error(`Plaintext of ${plaintext.length} bytes is over KMS's ${KMS_PLAINTEXT_LIMIT}`);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(context));
      const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return new Uint8Array(Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), sealed]));
    },
    async open(sealed, context) {
      const bytes = Buffer.from(sealed);
      if (bytes[0] !== VERSION) throw new Error('Unknown sealed identity version');
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(context)).setAuthTag(tag);
      try {
        const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
        return reporterIdentitySchema.parse(JSON.parse(plain.toString('utf8')));
      } catch (error) {
        throw new DependencyUnavailableError('identity keyring', { cause: error });
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
