// You are here: the local stand-in for Cognito. An ES256 key kept under LOCAL_DATA_DIR signs staff
// tokens (for `npm run dev-token` and the local sign-in page); the local server verifies them the way
// API Gateway's JWT authorizer does: signature, issuer, audience, an expiry that must be there, and only the expected algorithm.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, createLocalJWKSet, type JWK, type JWTPayload } from 'jose';
import { memoryStaffDirectory } from '../../shared/adapters/memory/memory-staff-directory';
import type { StaffRole } from '../../shared/domain/staff';
import type { StaffAccount, StaffDirectory } from '../../shared/domain/staff-directory';

export const LOCAL_ISSUER = 'urn:integrity:local-issuer';
export const LOCAL_AUDIENCE = 'integrity-staff-local';
const ALGORITHM = 'ES256';

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

async function loadOrCreateKey(dataDir: string): Promise<StoredKey> {
  const path = join(dataDir, 'issuer', 'signing-key.json');
  if (!existsSync(path)) {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const kid = `local-${Date.now().toString(36)}`;
    const stored: StoredKey = { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' } };
    mkdirSync(join(dataDir, 'issuer'), { recursive: true });
    try {
      writeFileSync(path, JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return JSON.parse(readFileSync(path, 'utf8')) as StoredKey;
}

export interface StaffClaims {
  sub: string;
  roles: StaffRole[];
  agency: string;
  unit?: string;
  email?: string;
}

export interface LocalIssuer {
  jwks: { keys: JWK[] };
  issue(claims: StaffClaims, lifetimeSeconds?: number): Promise<string>;
  /** Verified claims as API Gateway passes them to Lambda (lists as "[a b]"), or undefined. */
  verify(token: string): Promise<Record<string, string> | undefined>;
}

export async function localIssuer(dataDir: string): Promise<LocalIssuer> {
  const key = await loadOrCreateKey(dataDir);
  const privateKey = await importJWK(key.privateJwk, ALGORITHM);
  const jwks = { keys: [key.publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  return {
    jwks,
    issue: (claims, lifetimeSeconds = 8 * 60 * 60) =>
      new SignJWT({
        'cognito:groups': claims.roles,
        'custom:agency': claims.agency,
        ...(claims.unit ? { 'custom:unit': claims.unit } : {}),
        ...(claims.email ? { email: claims.email } : {}),
        token_use: 'id',
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
        .sign(privateKey),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: LOCAL_ISSUER,
          audience: LOCAL_AUDIENCE,
          algorithms: [ALGORITHM],
          // The authorizer refuses a token without exp; jose alone would accept one that never expires.
          requiredClaims: ['exp'],
        });
        return gatewayClaims(payload);
      } catch {
        return undefined;
      }
    },
  };
}

function gatewayClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
}

/**
 * The staff accounts the local stack's directory holds (POST /api/agencies/{id}/staff), kept in
 * LOCAL_DATA_DIR/issuer/accounts.json: the local sign-in page lists them, and signing in as one issues
 * a token with its roles, agency, unit and address, as Cognito would after its first sign-in.
 */
export function localStaffDirectory(dataDir: string): StaffDirectory & { accounts(): StaffAccount[]; account(id: string): StaffAccount | undefined } {
  const path = join(dataDir, 'issuer', 'accounts.json');
  // Read afresh on every call: the API's directory and the sign-in page's are two readers of one file.
  const read = () => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StaffAccount[]) : []);
  const directory = () =>
    memoryStaffDirectory({
      accounts: read(),
      onChange: (accounts) => {
        mkdirSync(join(dataDir, 'issuer'), { recursive: true });
        writeFileSync(path, JSON.stringify(accounts, null, 2), { mode: 0o600 });
      },
    });
  return {
    create: (account) => directory().create(account),
    list: (agency, page) => directory().list(agency, page),
    find: (agency, id) => directory().find(agency, id),
    accounts: read,
    account: (id) => read().find((account) => account.id === id),
  };
}
