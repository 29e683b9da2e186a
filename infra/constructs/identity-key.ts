// You are here: the KMS key that seals reporters' identities (DESIGN.md §3). One key per environment;
// the agency travels in the encryption context, so a grant can be narrowed to the agencies served.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Needs } from '../../functions/route';

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
      alias: `alias/integrity-platform/${props.stage}/reporter-identity`,
      enableKeyRotation: true,
      // Losing this key loses every identity ever sealed with it: never delete it with the stack,
      // and give the longest window to cancel a scheduled deletion.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
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
