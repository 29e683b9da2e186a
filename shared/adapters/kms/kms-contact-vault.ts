// You are here: the ContactVault on AWS KMS: the identity key, with the purpose `reporter-contact` in
// the encryption context. The intake's grant lets it seal under that purpose; only the notifier's
// grant lets it open one (infra/constructs/identity-key.ts), and the key policy refuses everyone else.
import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import { DependencyUnavailableError } from '../../domain/errors';
import { reporterContactSchema, type ContactContext, type ContactVault } from '../../domain/notifications/reporter-contact';

export function kmsContactVault(kms: KMSClient, keyId: string): ContactVault {
  const encryptionContext = (context: ContactContext) => ({ ...context });
  return {
    async seal(contact, context) {
      try {
        const output = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from(JSON.stringify(contact), 'utf8'), EncryptionContext: encryptionContext(context) }));
        return output.CiphertextBlob!;
      } catch (error) {
        throw new DependencyUnavailableError('KMS', { cause: error });
      }
    },
    async open(sealed, context) {
      try {
        const output = await kms.send(new DecryptCommand({ KeyId: keyId, CiphertextBlob: sealed, EncryptionContext: encryptionContext(context) }));
        return reporterContactSchema.parse(JSON.parse(Buffer.from(output.Plaintext!).toString('utf8')));
      } catch (error) {
        throw new DependencyUnavailableError('KMS', { cause: error });
      }
    },
  };
}
