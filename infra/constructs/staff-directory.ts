// You are here: who staff are on AWS. A Cognito user pool whose groups are the staff roles and whose
// `custom:agency` attribute is the member's agency; API Gateway verifies its ID tokens on staff routes
// and the handlers read both claims (shared/http/staff-claims.ts).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_ROLES } from '../../shared/domain/staff';

const ROLE_DESCRIPTIONS: Record<(typeof STAFF_ROLES)[number], string> = {
  officer: 'Handles complaint cases of their agency',
  custodian: 'May reveal a reporter identity, with a written reason that is audited',
  executive: 'Reads cases and statistics of their agency',
  admin: 'Administers the deployment',
};

export interface StaffDirectoryProps {
  stage: string;
}

export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  /** The staff pages' client: SRP sign-in, no secret (a browser cannot keep one), no OAuth redirects. */
  readonly client: UserPoolClient;

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

    this.client = this.userPool.addClient('StaffPages', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The ID token carries cognito:groups and custom:agency, which the handlers need.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // About one working day: staff sign in again each morning.
      refreshTokenValidity: Duration.hours(10),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('agency'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }
}
