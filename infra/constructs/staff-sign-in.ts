// You are here: how the staff pages sign in on AWS. An app client of the staff user pool for the
// authorization code flow with PKCE through Cognito's hosted UI, returning to this site's
// /staff/callback.html, and the settings the pages read from /config.json to start that flow
// (web/src/staff-session.ts). API Gateway accepts the ID tokens of this client only.
import { Duration } from 'aws-cdk-lib';
import {
  ClientAttributes,
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type IUserPool,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Where the hosted UI sends staff back with the one-time code. */
export const CALLBACK_PATH = '/staff/callback.html';
/** Where the hosted UI sends staff after signing out: the staff sign-in page. */
export const SIGNED_OUT_PATH = '/staff/';

export interface StaffSignInProps {
  userPool: IUserPool;
  /** Origin of the pool's hosted UI, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  hostedUiUrl: string;
  /** The site's host name (the CloudFront distribution's domain), which the redirects go back to. */
  siteDomainName: string;
}

/** What /config.json says under `staffSignIn` on AWS. */
export interface CognitoSignInConfig {
  kind: 'cognito';
  domain: string;
  clientId: string;
  redirectUri: string;
  logoutUri: string;
}

export class StaffSignIn extends Construct {
  /** The staff pages' app client; its ID is the audience API Gateway checks in staff tokens. */
  readonly client: UserPoolClient;
  /** The pages' settings for this client, published by the site as /config.json. */
  readonly pageConfig: CognitoSignInConfig;

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    const siteUrl = `https://${props.siteDomainName}`;
    const redirectUri = `${siteUrl}${CALLBACK_PATH}`;
    const logoutUri = `${siteUrl}${SIGNED_OUT_PATH}`;

    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      // A public client: the code is redeemed by the browser, which cannot keep a secret; PKCE (which
      // Cognito applies whenever the request carries a code challenge) binds the code to the tab that
      // asked for it instead.
      generateSecret: false,
      // Passwords are typed into the hosted UI only (with its MFA and threat protection), never handed
      // to this client through the API: of the API flows, only refreshing a session stays allowed.
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false, user: false },
      oAuth: {
        // Code grant only: the implicit grant would put tokens in the URL, which ends up in history.
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [redirectUri],
        logoutUrls: [logoutUri],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The ID token carries cognito:groups and custom:agency, which the handlers need.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // About one working day: staff sign in again each morning.
      refreshTokenValidity: Duration.hours(10),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('agency', 'unit'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    this.pageConfig = {
      kind: 'cognito',
      domain: props.hostedUiUrl,
      clientId: this.client.userPoolClientId,
      redirectUri,
      logoutUri,
    };
  }
}
