// You are here: who staff are on AWS. A Cognito user pool whose groups are the staff roles and whose
// `custom:agency` attribute is the member's agency (`custom:unit` the unit within it, where given), and the hosted sign-in domain of the pool; API
// Gateway verifies its ID tokens on staff routes and the handlers read both claims
// (shared/http/staff-claims.ts). The staff pages' app client is in the stateless stack
// (infra/constructs/staff-sign-in.ts), next to the site whose URLs it names.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolDomain,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_ROLES } from '../../shared/domain/staff';

const ROLE_DESCRIPTIONS: Record<(typeof STAFF_ROLES)[number], string> = {
  officer: 'Handles complaint cases of their agency',
  custodian: 'May reveal a reporter identity, with a written reason that is audited',
  executive: 'Reads cases and statistics of their agency',
  admin: 'Administers their agency: its units, contact and staff accounts',
  'platform-admin': 'Runs the deployment: onboards, changes and retires agencies',
  supervisor: 'Reads the cases of their agency and assigns each to one officer',
};

export interface StaffDirectoryProps {
  stage: string;
  /** The hosted sign-in domain's prefix: `<prefix>.auth.<region>.amazoncognito.com`. */
  domainPrefix: string;
}

export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  /** Where staff sign in: Cognito's hosted UI and its OAuth endpoints (authorize, token, logout). */
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffDirectoryProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `integrity-platform-${props.stage}-staff`,
      // Staff accounts are created by an administrator, never by sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      keepOriginal: { email: true },
      customAttributes: {
        // Immutable: the agency scopes every query a member makes, so nobody (the member included)
        // can move an account to another agency; a transfer is a new account, visible in the audit.
        agency: new StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
        // The unit a member belongs to; cases concerning that unit are withheld from them. Mutable, as
        // people move between units, but only the server writes it (the app client cannot).
        unit: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      mfa: Mfa.REQUIRED,
      // Authenticator apps only: SMS codes can be intercepted and cost money per message.
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection (compromised credentials, risky sign-ins) for the few accounts that can read
      // cases and reveal identities; Plus is billed per monthly active user, cheap at staff scale.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const role of STAFF_ROLES) {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: ROLE_DESCRIPTIONS[role],
      });
    }

    // Here, not beside the app client: a pool has one prefix domain, whichever clients use it, and its
    // name is fixed by configuration, not by anything the stateless stack builds. Changing the prefix
    // of a deployed stage replaces the domain, so staff sign-in moves to the new address.
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      // The classic hosted UI needs no branding resource per app client; managed login (version 2)
      // would, for a sign-in form that is only ever seen by a few staff.
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });
  }

  /** The hosted UI's origin, e.g. https://integrity-dev-1a2b3c4d.auth.ap-southeast-7.amazoncognito.com. */
  get hostedUiUrl(): string {
    return this.domain.baseUrl();
  }
}
