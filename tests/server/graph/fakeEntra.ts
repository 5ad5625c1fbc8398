/**
 * A tiny stand-in for the Microsoft Entra v2 endpoints msal-node talks to: OpenID configuration,
 * instance discovery and the token endpoint. msal-node only accepts an https authority, so the
 * authority is `https://login.sandbox.test/{tenant}` and `entraNetworkClient` sends msal's
 * requests for that host to this plain-http server on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export const ENTRA_HOST = 'login.sandbox.test';

export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

export interface FakeEntra {
  /** `http://127.0.0.1:<port>` */
  url: string;
  authority: string;
  tokenRequests: URLSearchParams[];
  /** Paths of every GET (discovery and metadata). */
  gets: string[];
  /** What the token endpoint answers; change it per test. */
  reply: (form: URLSearchParams) => TokenReply;
  close(): Promise<void>;
}

export async function startFakeEntra(tenantId: string): Promise<FakeEntra> {
  const issuerBase = `https://${ENTRA_HOST}/${tenantId}`;
  const fake: Omit<FakeEntra, 'url' | 'close'> = {
    authority: issuerBase,
    tokenRequests: [],
    gets: [],
    reply: () => ({ status: 500, body: { error: 'not_configured' } }),
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET') {
      fake.gets.push(path);
      if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
        return send(200, {
          issuer: `${issuerBase}/v2.0`,
          authorization_endpoint: `${issuerBase}/oauth2/v2.0/authorize`,
          token_endpoint: `${issuerBase}/oauth2/v2.0/token`,
          end_session_endpoint: `${issuerBase}/oauth2/v2.0/logout`,
          jwks_uri: `${issuerBase}/discovery/v2.0/keys`,
        });
      }
      if (path.endsWith('/discovery/instance')) {
        return send(200, {
          tenant_discovery_endpoint: `${issuerBase}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: ENTRA_HOST, preferred_cache: ENTRA_HOST, aliases: [ENTRA_HOST] }],
        });
      }
      return send(404, { error: 'not_found' });
    }
    if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(raw);
        fake.tokenRequests.push(form);
        const { status, body } = fake.reply(form);
        send(status, body);
      });
      return undefined;
    }
    return send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    url,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  });
}

/** msal-node's network client, sending `https://login.sandbox.test/...` to the fake over http. */
export function entraNetworkClient(fake: { url: string }): INetworkModule {
  const local = (url: string): string => url.replace(`https://${ENTRA_HOST}`, fake.url);
  async function send<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const res = await fetch(local(url), { method, headers: options?.headers, body: options?.body });
    const headers: Record<string, string> = {};
    res.headers.forEach((value, key) => (headers[key] = value));
    return { status: res.status, headers, body: (await res.json()) as T };
  }
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('GET', url, options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('POST', url, options),
  };
}
