// You are here: what keeps the HTTP API behind CloudFront. API Gateway's default execute-api endpoint
// is public; rather than give the API a custom domain of its own (a second certificate, in this region,
// and DNS for it), CloudFront adds a header with a random secret to every request it forwards, and the
// functions answer 403 to a request without it (functions/lambda.ts). A caller who goes around
// CloudFront, and so around its TLS policy, headers, WAF and caching, gets nothing. The secret is made
// by Secrets Manager and reaches the template only as a dynamic reference, resolved at deploy.
import { Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY } from '../../functions/lambda';

/** The header CloudFront adds; the functions read it as API Gateway passes it on, in lower case. */
export const ORIGIN_VERIFY_HEADER = ORIGIN_VERIFY.header;
/** The variable that carries the expected value to the functions. */
export const ORIGIN_VERIFY_VARIABLE = ORIGIN_VERIFY.variable;

export class OriginVerification extends Construct {
  readonly secret: Secret;
  /** The secret's value as a deploy-time reference, for the origin header and the functions' variable. */
  readonly value: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Integrity platform: the header value CloudFront adds to requests it forwards to the API',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.value = this.secret.secretValue.unsafeUnwrap();
    const notAKeyToData =
      'This value only tells the API that a request came through CloudFront; it opens no data. It is rotated by changing ' +
      'the secret and redeploying, which updates the distribution and the functions together in one deploy.';
    Validations.of(this.secret).acknowledge({ id: 'AwsSolutions-SMG4', reason: notAKeyToData });
    Validations.of(this.secret).acknowledge({ id: 'NIST.800.53.R5-SecretsManagerRotationEnabled', reason: notAKeyToData });
    Validations.of(this.secret).acknowledge({
      id: 'NIST.800.53.R5-SecretsManagerUsingKMSKey',
      reason: 'Encrypted with the AWS managed key of Secrets Manager: the value guards a route to the API, not data, and is readable in the distribution\'s configuration by design.',
    });
  }
}
