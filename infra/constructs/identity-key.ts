// You are here: the KMS key that seals reporters' identities (DESIGN.md §3). One key per environment;
// the agency travels in the encryption context, so a grant can be narrowed to the agencies served.
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Needs } from '../../functions/route';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';

/** The encryption-context purpose every sealed identity carries (shared/domain/ports.ts). */
export const IDENTITY_PURPOSE = 'reporter-identity';

export interface IdentityKeyProps {
  stage: string;
}

export class IdentityKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: IdentityKeyProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: `Seals reporter identities of the integrity platform (${props.stage})`,
      alias: keyAlias(props.stage, 'reporter-identity'),
      // Losing this key loses every identity ever sealed with it: never delete it with the stack,
      // and give the longest window to cancel a scheduled deletion.
      ...RETAINED_KEY_DEFAULTS,
    });
  }

  /**
   * Lets a function seal ('encrypt') or open ('decrypt') identities, and nothing else: one KMS action,
   * only with this purpose and only for the agencies the deployment serves.
   */
  grant(grantee: IGrantable, need: NonNullable<Needs['identityKey']>, agencies: readonly string[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [need === 'encrypt' ? 'kms:Encrypt' : 'kms:Decrypt'],
        resources: [this.key.keyArn],
        conditions: {
          StringEquals: {
            'kms:EncryptionContext:purpose': IDENTITY_PURPOSE,
            'kms:EncryptionContext:agency': [...agencies],
          },
        },
      }),
    );
  }
}
