// You are here: the KMS key that seals reporters' identities (docs/architecture.md, security rules). One key per environment;
// the agency travels in the encryption context, so a grant can be narrowed to the agencies served.
// Its key policy lets no one but the functions that open identities decrypt with it: not the account's
// administrators, not a role with kms:* on every key. Administrators keep every administrative action,
// so the key stays manageable and `cdk deploy` keeps working.
import { Stack } from 'aws-cdk-lib';
import { AccountRootPrincipal, AnyPrincipal, Effect, PolicyDocument, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Needs } from '../../functions/route';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';
import { CONTACT_PURPOSE } from '../../shared/domain/notifications/reporter-contact';

/** The encryption-context purpose every sealed identity carries (shared/domain/ports.ts). */
export const IDENTITY_PURPOSE = 'reporter-identity';

/** The purpose of a reporter's sealed contact (shared/domain/notifications/reporter-contact.ts): the notifier alone opens it. */
export { CONTACT_PURPOSE };

/**
 * The role a route group's function runs as, when the key policy must name it before it exists. The
 * key lives in the stateful stack and the roles in the stateless one, which already takes the key from
 * it: naming the roles by their ARN would be a reference cycle, so their names are fixed by this
 * convention instead, and both stacks derive them from here. The path keeps them apart from every
 * role a person might create; the region keeps two regions' deployments of one stage apart.
 */
export function decryptingRole(stage: string, region: string, group: string) {
  return { path: `/integrity-platform/${stage}/`, roleName: `integrity-${stage}-${region}-${group}` };
}

/** The ARN of a role named by `decryptingRole`, in this stack's account and partition. */
export function decryptingRoleArn(scope: Construct, stage: string, group: string): string {
  const stack = Stack.of(scope);
  const { path, roleName } = decryptingRole(stage, stack.region, group);
  return `arn:${stack.partition}:iam::${stack.account}:role${path}${roleName}`;
}

/** Everything a key administrator does to a key, and nothing that uses it on data. */
export const KEY_ADMINISTRATION_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

/** What opens a sealed identity, directly or by re-encrypting it under a key someone else holds. */
export const OPENING_ACTIONS = ['kms:Decrypt', 'kms:ReEncrypt*'];

export interface IdentityKeyProps {
  stage: string;
  /** The route groups whose functions open identities (`needs.identityKey: 'decrypt'`). */
  decryptingGroups: readonly string[];
  /** The functions that open reporters' contacts (`needs.identityKey: 'open-contact'`): the notifier, when mail is sent. */
  contactOpeningGroups?: readonly string[];
}

export class IdentityKey extends Construct {
  readonly key: Key;
  /** The roles, by ARN, that alone may decrypt with the key. */
  readonly decryptingRoleArns: string[];

  constructor(scope: Construct, id: string, private readonly props: IdentityKeyProps) {
    super(scope, id);
    const contactOpeners = (props.contactOpeningGroups ?? []).map((group) => decryptingRoleArn(this, props.stage, group));
    this.decryptingRoleArns = [...props.decryptingGroups.map((group) => decryptingRoleArn(this, props.stage, group)), ...contactOpeners];
    const onlyDecryptingRoles = { ArnNotEquals: { 'aws:PrincipalArn': this.decryptingRoleArns } };
    const account = new AccountRootPrincipal();
    this.key = new Key(this, 'Key', {
      description: `Seals reporter identities of the integrity platform (${props.stage})`,
      alias: keyAlias(props.stage, 'reporter-identity'),
      // Losing this key loses every identity ever sealed with it: never delete it with the stack,
      // and give the longest window to cancel a scheduled deletion.
      ...RETAINED_KEY_DEFAULTS,
      policy: new PolicyDocument({
        statements: [
          // The account's IAM policies may grant administration (CloudFormation's deploy role does),
          // which includes changing this policy: CloudTrail records every such change.
          new PolicyStatement({ sid: 'KeyAdministration', principals: [account], actions: KEY_ADMINISTRATION_ACTIONS, resources: ['*'] }),
          // Sealing needs an IAM grant as well (the complaints function's, for this purpose only).
          new PolicyStatement({ sid: 'SealThroughIam', principals: [account], actions: ['kms:Encrypt', 'kms:GenerateDataKey*'], resources: ['*'] }),
          // Opening, through IAM, for the decrypting roles only; their own grants narrow it further.
          new PolicyStatement({
            sid: 'OpenThroughIamByDecryptingRolesOnly',
            principals: [account],
            actions: ['kms:Decrypt'],
            resources: ['*'],
            conditions: { ArnEquals: { 'aws:PrincipalArn': this.decryptingRoleArns } },
          }),
          // And an explicit deny for everyone else, which no IAM policy, grant or kms:* can outweigh.
          new PolicyStatement({
            sid: 'NoOneElseOpens',
            effect: Effect.DENY,
            principals: [new AnyPrincipal()],
            actions: OPENING_ACTIONS,
            resources: ['*'],
            conditions: onlyDecryptingRoles,
          }),
          // A reporter's contact opens for the notifier alone, whatever a decrypting role's own grant says…
          new PolicyStatement({
            sid: 'OnlyTheNotifierOpensContacts',
            effect: Effect.DENY,
            principals: [new AnyPrincipal()],
            actions: OPENING_ACTIONS,
            resources: ['*'],
            conditions: {
              StringEquals: { 'kms:EncryptionContext:purpose': CONTACT_PURPOSE },
              ...(contactOpeners.length ? { ArnNotEquals: { 'aws:PrincipalArn': contactOpeners } } : {}),
            },
          }),
          // …and the notifier opens nothing else: never an identity (a missing purpose counts as another).
          ...(contactOpeners.length
            ? [
                new PolicyStatement({
                  sid: 'NotifierOpensContactsOnly',
                  effect: Effect.DENY,
                  principals: [new AnyPrincipal()],
                  actions: OPENING_ACTIONS,
                  resources: ['*'],
                  conditions: { StringNotEquals: { 'kms:EncryptionContext:purpose': CONTACT_PURPOSE }, ArnEquals: { 'aws:PrincipalArn': contactOpeners } },
                }),
              ]
            : []),
        ],
      }),
    });
  }

  /**
   * The path and name a decrypting group's function role must have for the key policy to let it open
   * identities; a group the key was not built for fails the synth instead of deploying unable to.
   */
  decryptingRoleFor(group: string, region: string) {
    const named = [...this.props.decryptingGroups, ...(this.props.contactOpeningGroups ?? [])];
    if (!named.includes(group)) {
      throw new Error(`Group "${group}" opens identities, but the identity key's policy names only ${named.join(', ')}`);
    }
    return decryptingRole(this.props.stage, region, group);
  }

  /**
   * Lets a function seal ('encrypt') or open ('decrypt') identities, and nothing else: one KMS action,
   * only with this purpose. No policy lists agencies (they join the running deployment as data): the
   * agency is bound into every ciphertext through the encryption context, so a ciphertext opens only
   * under the agency it was sealed for, and the code checks the agency of the case before opening.
   * Opening works only for the roles the key policy names (`decryptingRole`).
   */
  grant(grantee: IGrantable, need: NonNullable<Needs['identityKey']>): void {
    // Sealing covers identities and contacts (the intake seals both); opening covers one purpose each.
    const purposes = need === 'encrypt' ? [IDENTITY_PURPOSE, CONTACT_PURPOSE] : need === 'decrypt' ? IDENTITY_PURPOSE : CONTACT_PURPOSE;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [need === 'encrypt' ? 'kms:Encrypt' : 'kms:Decrypt'],
        resources: [this.key.keyArn],
        conditions: {
          StringEquals: {
            'kms:EncryptionContext:purpose': purposes,
          },
          // Every seal names its agency; a call without one is refused.
          Null: { 'kms:EncryptionContext:agency': 'false' },
        },
      }),
    );
  }
}
