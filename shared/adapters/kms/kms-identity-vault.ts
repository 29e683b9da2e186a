// You are here: the IdentityVault on AWS KMS. Identity JSON is bounded well under KMS's 4 KB
// Encrypt limit (see TEXT_BOUNDS), so one Encrypt call seals it without an envelope.
import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import { reporterIdentitySchema } from '../../domain/complaint';
import { DependencyUnavailableError } from '../../domain/errors';
import type { IdentityContext, IdentityVault } from '../../domain/ports';

export function kmsIdentityVault(kms: KMSClient, keyId: string): IdentityVault {
  const encryptionContext = (context: IdentityContext) => ({ ...context });
  return {
    async seal(identity, context) {
      try {
        const output = await kms.send(
          new EncryptCommand({
            KeyId: keyId,
            Plaintext: Buffer.from(JSON.stringify(identity), 'utf8'),
            EncryptionContext: encryptionContext(context),
          }),
        );
        return output.CiphertextBlob!;
      } catch (error) {
        throw new DependencyUnavailableError('KMS', { cause: error });
      }
    },
    async open(sealed, context) {
      try {
        const output = await kms.send(
          new DecryptCommand({ KeyId: keyId, CiphertextBlob: sealed, EncryptionContext: encryptionContext(context) }),
        );
        return reporterIdentitySchema.parse(JSON.parse(Buffer.from(output.Plaintext!).toString('utf8')));
      } catch (error) {
        throw new DependencyUnavailableError('KMS', { cause: error });
      }
    },
  };
}
