// Tokens an attacker or a broken client might send, made with the test stack's own issuer key where
// that makes the attack sharper (right signature, wrong audience).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, localIssuer } from '../../infra/local/dev-issuer';
import type { StaffRole } from '../../shared/domain/staff';
import type { TestStack } from './local-stack';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function hostileTokens(stack: TestStack, roles: StaffRole[] = ['officer', 'custodian', 'executive', 'admin']) {
  const claims = { sub: 'attacker', roles, agency: 'bma-health' };
  const { privateJwk, kid } = JSON.parse(readFileSync(join(stack.dataDir, 'issuer', 'signing-key.json'), 'utf8')) as { privateJwk: JWK; kid: string };
  const key = await importJWK(privateJwk, 'ES256');
  const signed = (audience: string, issuer: string, expires = true) => {
    const token = new SignJWT({ 'cognito:groups': roles, 'custom:agency': 'bma-health' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('attacker')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt();
    return (expires ? token.setExpirationTime('1h') : token).sign(key);
  };
  const valid = await stack.issuer.issue(claims);
  const [header, payload] = valid.split('.');
  const stranger = await localIssuer(join(stack.dataDir, 'stranger'));
  return {
    none: undefined,
    expired: await stack.issuer.issue(claims, -60),
    'bad signature': `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`,
    'another key': await stranger.issue(claims),
    'wrong audience': await signed('someone-else', LOCAL_ISSUER),
    'wrong issuer': await signed(LOCAL_AUDIENCE, 'https://evil.example'),
    // API Gateway's JWT authorizer requires exp; a token without one would never expire.
    'no expiry': await signed(LOCAL_AUDIENCE, LOCAL_ISSUER, false),
    'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
  } as Record<string, string | undefined>;
}
