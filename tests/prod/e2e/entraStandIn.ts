/**
 * A local stand-in for a municipality's Microsoft Entra tenant, for the production end-to-end test
 * (test-only). It serves what the production server reaches at ENTRA_AUTHORITY_HOST, over https
 * with a self-signed certificate (the server trusts it through Node's NODE_EXTRA_CA_CERTS; nothing
 * in the server's checks is relaxed):
 * - `/{tenant}/discovery/v2.0/keys`: the signing keys (JWKS) the server verifies SSO tokens with;
 * - `/{tenant}/v2.0/.well-known/openid-configuration` and `/{tenant}/oauth2/v2.0/token`: what
 *   msal-node needs for the On-Behalf-Of exchange, which checks the client secret and the user's
 *   assertion (a token this stand-in signed) and answers with a Graph token for that user.
 * `ssoToken` signs tokens shaped as Teams SSO hands them out (v2, scope access_as_user, groups).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK, type KeyLike } from 'jose';

export interface EntraUser {
  oid: string;
  name: string;
  upn: string;
  groups?: string[];
}

export interface EntraStandIn {
  /** host:port, for ENTRA_AUTHORITY_HOST. */
  host: string;
  /** The certificate file to trust (NODE_EXTRA_CA_CERTS). */
  caFile: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  appIdUri: string;
  ssoToken(user: EntraUser): Promise<string>;
  /** Whether a bearer on Graph is an access token this stand-in handed out (the sandbox asks). */
  isGraphToken(token: string): boolean;
  /** On-Behalf-Of exchanges answered, per user (oid). */
  oboExchanges: string[];
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 (openssl), in `dir`. */
function selfSignedCertificate(dir: string): { keyFile: string; certFile: string } {
  const keyFile = path.join(dir, 'entra-key.pem');
  const certFile = path.join(dir, 'entra-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ],
    { stdio: 'pipe' },
  );
  return { keyFile, certFile };
}

export async function startEntraStandIn(dir: string): Promise<EntraStandIn> {
  const tenantId = randomUUID();
  const clientId = randomUUID();
  const clientSecret = randomBytes(24).toString('base64url');
  const appIdUri = `api://po.testdorp.invalid/${clientId}`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: `standin-${Date.now()}`, alg: 'RS256', use: 'sig' };
  const ownKeys = createLocalJWKSet({ keys: [publicJwk] });
  const graphTokens = new Set<string>();
  const oboExchanges: string[] = [];
  const { keyFile, certFile } = selfSignedCertificate(dir);

  let issuerBase = '';
  const server = https.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url === `/${tenantId}/discovery/v2.0/keys`) return send(200, { keys: [publicJwk] });
    if (req.method === 'GET' && url === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return send(200, {
        issuer: `${issuerBase}/v2.0`,
        authorization_endpoint: `${issuerBase}/oauth2/v2.0/authorize`,
        token_endpoint: `${issuerBase}/oauth2/v2.0/token`,
        end_session_endpoint: `${issuerBase}/oauth2/v2.0/logout`,
        jwks_uri: `${issuerBase}/discovery/v2.0/keys`,
      });
    }
    if (req.method === 'POST' && url === `/${tenantId}/oauth2/v2.0/token`) {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => void obo(new URLSearchParams(raw)).then(([status, body]) => send(status, body)));
      return undefined;
    }
    return send(404, { error: 'not_found' });
  });

  /** The On-Behalf-Of grant, checked as Entra checks it (client, secret, the user's own assertion). */
  async function obo(form: URLSearchParams): Promise<[number, unknown]> {
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || form.get('requested_token_use') !== 'on_behalf_of') {
      return [400, { error: 'unsupported_grant_type' }];
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret)
      return [401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }];
    try {
      const { payload } = await jwtVerify(form.get('assertion') ?? '', ownKeys, { issuer: `${issuerBase}/v2.0`, audience: appIdUri });
      const token = `graph.${String(payload.oid)}.${randomBytes(16).toString('base64url')}`;
      graphTokens.add(token);
      oboExchanges.push(String(payload.oid));
      return [200, { token_type: 'Bearer', scope: 'https://graph.microsoft.com/.default', expires_in: 3599, ext_expires_in: 3599, access_token: token }];
    } catch {
      return [400, { error: 'invalid_grant', error_description: 'AADSTS50013: Assertion failed signature validation.' }];
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuerBase = `https://${host}/${tenantId}`;
  const signingKey: KeyLike = privateKey;

  return {
    host,
    caFile: certFile,
    tenantId,
    clientId,
    clientSecret,
    appIdUri,
    oboExchanges,
    isGraphToken: (token) => graphTokens.has(token),
    ssoToken: (user) =>
      new SignJWT({
        oid: user.oid,
        tid: tenantId,
        name: user.name,
        preferred_username: user.upn,
        scp: 'access_as_user',
        ver: '2.0',
        ...(user.groups ? { groups: user.groups } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid ?? 'standin' })
        .setIssuer(`${issuerBase}/v2.0`)
        .setAudience(appIdUri)
        .setSubject(user.oid)
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(signingKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
