// The KMS identity vault, against a mocked KMS client. What protects a reporter's identity on AWS is
// the key and the encryption context each call carries: KMS decrypts only under the exact context the
// identity was sealed with, so a sealed identity copied onto another case cannot be opened there. These
// tests pin the exact KeyId and context of every Encrypt and Decrypt, and show that an answer KMS gives
// under another context, another key, or with a plaintext that is not an identity is refused.
import { DecryptCommand, EncryptCommand, IncorrectKeyException, InvalidCiphertextException, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { kmsIdentityVault } from '../../shared/adapters/kms/kms-identity-vault';
import type { ReporterIdentity } from '../../shared/domain/complaint';
import { DependencyUnavailableError } from '../../shared/domain/errors';
import type { IdentityContext } from '../../shared/domain/ports';

const KEY_ARN = 'arn:aws:kms:ap-southeast-7:111111111111:key/00000000-0000-0000-0000-000000000000';
const OTHER_KEY_ARN = 'arn:aws:kms:ap-southeast-7:111111111111:key/99999999-9999-9999-9999-999999999999';
const CONTEXT: IdentityContext = { agency: 'bma-health', reference: 'K7Q2M-X9WHT', purpose: 'reporter-identity' };
const IDENTITY: ReporterIdentity = { name: 'สมชาย ใจดี', phone: '081-234-5678', email: 'somchai@example.org' };
const SEALED = new Uint8Array([1, 2, 3, 4, 5]);
const plaintextOf = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));

const kms = new KMSClient({ region: 'ap-southeast-7', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const kmsMock = mockClient(kms);

/** KMS as it behaves: Decrypt answers only for the sealed blob, under the key and context it was sealed with. */
function kmsThatSealedUnder(context: IdentityContext, keyId = KEY_ARN) {
  kmsMock.on(DecryptCommand).rejects(new InvalidCiphertextException({ message: 'context mismatch', $metadata: {} }));
  kmsMock.on(DecryptCommand, { KeyId: keyId, CiphertextBlob: SEALED, EncryptionContext: { ...context } }, true).resolves({ KeyId: keyId, Plaintext: plaintextOf(IDENTITY) });
}

describe('KMS identity vault', () => {
  beforeEach(() => {
    kmsMock.reset();
  });

  it('seals with one Encrypt under the configured key and the exact context { agency, reference, purpose }', async () => {
    kmsMock.on(EncryptCommand).resolves({ KeyId: KEY_ARN, CiphertextBlob: SEALED });
    const sealed = await kmsIdentityVault(kms, KEY_ARN).seal(IDENTITY, CONTEXT);
    expect(sealed).toEqual(SEALED);
    const calls = kmsMock.commandCalls(EncryptCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    expect(input.KeyId).toBe(KEY_ARN);
    expect(input.EncryptionContext).toStrictEqual({ agency: 'bma-health', reference: 'K7Q2M-X9WHT', purpose: 'reporter-identity' });
    expect(JSON.parse(Buffer.from(input.Plaintext!).toString('utf8'))).toStrictEqual(IDENTITY);
    expect(kmsMock.calls()).toHaveLength(1);
  });

  it('opens with one Decrypt naming the same key and the exact same context', async () => {
    kmsThatSealedUnder(CONTEXT);
    await expect(kmsIdentityVault(kms, KEY_ARN).open(SEALED, CONTEXT)).resolves.toStrictEqual(IDENTITY);
    const calls = kmsMock.commandCalls(DecryptCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toStrictEqual({ KeyId: KEY_ARN, CiphertextBlob: SEALED, EncryptionContext: { ...CONTEXT } });
  });

  it('refuses an identity sealed for another case or agency: KMS answers under that context only', async () => {
    kmsThatSealedUnder(CONTEXT);
    const vault = kmsIdentityVault(kms, KEY_ARN);
    await expect(vault.open(SEALED, { ...CONTEXT, reference: 'K7Q2M-X9WHU' })).rejects.toBeInstanceOf(DependencyUnavailableError);
    await expect(vault.open(SEALED, { ...CONTEXT, agency: 'bma-medical' })).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(kmsMock.commandCalls(DecryptCommand).map((call) => call.args[0].input.EncryptionContext)).toStrictEqual([
      { ...CONTEXT, reference: 'K7Q2M-X9WHU' },
      { ...CONTEXT, agency: 'bma-medical' },
    ]);
  });

  it('refuses a blob sealed under another key: the Decrypt names the configured key, and KMS says so', async () => {
    kmsThatSealedUnder(CONTEXT, OTHER_KEY_ARN);
    kmsMock.on(DecryptCommand, { KeyId: KEY_ARN }).rejects(new IncorrectKeyException({ message: 'wrong key', $metadata: {} }));
    await expect(kmsIdentityVault(kms, KEY_ARN).open(SEALED, CONTEXT)).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(kmsMock.commandCalls(DecryptCommand)[0]!.args[0].input.KeyId).toBe(KEY_ARN);
  });

  it('refuses a plaintext that is not a reporter identity', async () => {
    kmsMock.on(DecryptCommand).resolves({ KeyId: KEY_ARN, Plaintext: plaintextOf({ name: 42, admin: true }) });
    await expect(kmsIdentityVault(kms, KEY_ARN).open(SEALED, CONTEXT)).rejects.toBeInstanceOf(DependencyUnavailableError);
    kmsMock.on(DecryptCommand).resolves({ KeyId: KEY_ARN, Plaintext: new Uint8Array(Buffer.from('not json')) });
    await expect(kmsIdentityVault(kms, KEY_ARN).open(SEALED, CONTEXT)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('reports KMS being down as a dependency failure, with the cause kept', async () => {
    const outage = new Error('KMS throttled');
    kmsMock.on(EncryptCommand).rejects(outage);
    const failure = await kmsIdentityVault(kms, KEY_ARN).seal(IDENTITY, CONTEXT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DependencyUnavailableError);
    expect((failure as Error).cause).toBe(outage);
  });
});
