/**
 * Bearer token verification. Production: Microsoft Entra ID tokens as Teams SSO issues them
 * (signature against the tenant's JWKS, issuer, audience, tenant id, scope `access_as_user`).
 * Development: tokens signed with a local key for demo users, checked by the very same code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose';
import type { JWK, JWTPayload, JWTVerifyGetKey, KeyLike } from 'jose';
import { AppError } from '../../shared/errors';

/** A claim that should be text: itself, or '' when it is missing or something else. */
const textOf = (claim: unknown): string => (typeof claim === 'string' ? claim : '');
export const REQUIRED_SCOPE = 'access_as_user';

export interface TokenClaims {
  /** Entra object id of the user. */
  oid: string;
  tid: string;
  name: string;
  preferredUsername: string;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
  /** Entra security groups (object ids; `groups` claim, when the app registration emits it) and app roles (`roles`). */
  groups?: string[];
  appRoles?: string[];
  /**
   * False when Entra left the groups out of the token because there are too many (the "overage":
   * `_claim_names.groups` or `hasgroups`): then group membership is unknown, not empty.
   */
  groupsComplete?: boolean;
}

const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface TokenVerifier {
  verify(token: string): Promise<TokenClaims>;
}

export interface EntraSettings {
  tenantId: string;
  /** Accepted audiences: the Application ID URI and the client id. */
  audiences: string[];
  jwks: JWTVerifyGetKey;
  /** The Entra sign-in host the tokens come from (ENTRA_AUTHORITY_HOST); the public cloud's by default. */
  authorityHost?: string;
}

const PUBLIC_CLOUD_HOST = 'login.microsoftonline.com';

/** v2 tokens name the sign-in host; v1 tokens of the public cloud name sts.windows.net. */
const issuersFor = (tenantId: string, authorityHost = PUBLIC_CLOUD_HOST): string[] => [
  `https://${authorityHost}/${tenantId}/v2.0`,
  ...(authorityHost === PUBLIC_CLOUD_HOST ? [`https://sts.windows.net/${tenantId}/`] : []),
];

/** The one verification path, for production and development tokens alike. */
export function createVerifier(s: EntraSettings): TokenVerifier {
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, s.jwks, {
          issuer: issuersFor(s.tenantId, s.authorityHost),
          audience: s.audiences,
          algorithms: ['RS256'],
          requiredClaims: ['exp'],
          clockTolerance: 60,
        }));
      } catch (err) {
        const reason = err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : 'ongeldig';
        throw new AppError('unauthenticated', `Het token is niet geldig (${reason}).`);
      }
      if (payload.tid !== s.tenantId) throw new AppError('unauthenticated', 'Het token is van een andere organisatie (tenant).');
      const scopes = textOf(payload.scp).split(' ');
      if (!scopes.includes(REQUIRED_SCOPE)) throw new AppError('unauthenticated', `Het token mist de scope ${REQUIRED_SCOPE}.`);
      if (typeof payload.oid !== 'string') throw new AppError('unauthenticated', 'Het token mist de gebruiker (oid).');
      return {
        oid: payload.oid,
        tid: payload.tid,
        name: textOf(payload.name),
        preferredUsername: textOf(payload.preferred_username ?? payload.upn),
        expiresAt: Number(payload.exp) * 1000,
        groups: stringsOf(payload.groups),
        appRoles: stringsOf(payload.roles),
        groupsComplete: !(
          payload.hasgroups === true ||
          (typeof payload._claim_names === 'object' && payload._claim_names !== null && 'groups' in payload._claim_names)
        ),
      };
    },
  };
}

/** Entra's tokens for the tenant: signing keys fetched (and cached) from the sign-in host over https. */
export function entraVerifier(tenantId: string, audiences: string[], authorityHost = PUBLIC_CLOUD_HOST): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(`https://${authorityHost}/${tenantId}/discovery/v2.0/keys`));
  return createVerifier({ tenantId, audiences, jwks, authorityHost });
}

export const DEV_TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const DEV_AUDIENCE = 'api://localhost/po-overleg';

export interface DevSigner extends TokenVerifier {
  /** `groupsOverage`: as Entra does for someone in too many groups: no `groups`, a pointer to Graph instead. */
  issue(
    user: { entraId: string; name: string; email: string },
    opts?: { expiresIn?: string; tenantId?: string; scope?: string; groups?: string[]; appRoles?: string[]; groupsOverage?: boolean },
  ): Promise<string>;
}

/**
 * Development sign-in: a local RSA key (kept in `keyFile` so tokens survive a restart) signs
 * Entra-shaped tokens; verification goes through `createVerifier` like production.
 */
export async function devSigner(keyFile: string | null): Promise<DevSigner> {
  const { privateKey, publicJwk } = await loadOrCreateKey(keyFile);
  const verifier = createVerifier({
    tenantId: DEV_TENANT_ID,
    audiences: [DEV_AUDIENCE],
    jwks: createLocalJWKSet({ keys: [publicJwk] }),
  });
  return {
    verify: (token) => verifier.verify(token),
    async issue(user, opts = {}) {
      const tid = opts.tenantId ?? DEV_TENANT_ID;
      return new SignJWT({
        oid: user.entraId,
        tid,
        name: user.name,
        preferred_username: user.email,
        scp: opts.scope ?? REQUIRED_SCOPE,
        ver: '2.0',
        ...(opts.groups ? { groups: opts.groups } : {}),
        ...(opts.appRoles ? { roles: opts.appRoles } : {}),
        ...(opts.groupsOverage
          ? {
              _claim_names: { groups: 'src1' },
              _claim_sources: { src1: { endpoint: `https://graph.microsoft.com/v1.0/users/${user.entraId}/getMemberObjects` } },
            }
          : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid ?? 'dev' })
        .setIssuer(`https://login.microsoftonline.com/${tid}/v2.0`)
        .setAudience(DEV_AUDIENCE)
        .setSubject(user.entraId)
        .setIssuedAt()
        .setExpirationTime(opts.expiresIn ?? '8h')
        .sign(privateKey);
    },
  };
}

async function loadOrCreateKey(keyFile: string | null): Promise<{ privateKey: KeyLike | Uint8Array; publicJwk: JWK }> {
  if (keyFile && fs.existsSync(keyFile)) {
    const stored = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
    return { privateKey: await importJWK(stored.privateJwk, 'RS256'), publicJwk: stored.publicJwk };
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: `dev-${Date.now()}`, alg: 'RS256', use: 'sig' };
  if (keyFile) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    fs.writeFileSync(keyFile, JSON.stringify({ privateJwk: await exportJWK(privateKey), publicJwk }), { mode: 0o600 });
  }
  return { privateKey, publicJwk };
}
