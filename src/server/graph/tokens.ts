/**
 * Graph access tokens. In production: on-behalf-of the signed-in user (the Teams/Outlook SSO
 * token is the assertion), via msal-node, cached in memory per assertion until shortly before
 * expiry. For the sandbox: a fixed token.
 */
import { createHash } from 'node:crypto';
import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type Configuration,
  type INetworkModule,
} from '@azure/msal-node';
import { AppError, ERRORS } from '../../shared/errors';
import { redactSecrets } from './errors';

export interface GraphTokenProvider {
  /** A Graph access token for the user whose SSO token is `userAssertion`. */
  tokenFor(userAssertion: string): Promise<string>;
}

export interface OboTokenProviderOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default `https://login.microsoftonline.com/{tenantId}`. */
  authority?: string;
  /** Default `https://graph.microsoft.com/.default` (the app's consented Graph permissions). */
  scopes?: string[];
  /** Hosts of non-Microsoft authorities (e.g. a local test endpoint); skips instance discovery. */
  knownAuthorities?: string[];
  /** OpenID configuration as a JSON string, to skip fetching it. */
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
  /** msal-node's HTTP client; tests use one that reaches a local endpoint. */
  networkClient?: INetworkModule;
  now?: () => number;
  /** Cache size bound (default 1000 users). */
  maxCacheEntries?: number;
}

export const GRAPH_DEFAULT_SCOPES = ['https://graph.microsoft.com/.default'];
/** Renew this long before the token expires, so a token never runs out mid-publish. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export function createOboTokenProvider(opts: OboTokenProviderOptions): GraphTokenProvider {
  const config: Configuration = {
    auth: {
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      authority: opts.authority ?? `https://login.microsoftonline.com/${opts.tenantId}`,
      ...(opts.knownAuthorities ? { knownAuthorities: opts.knownAuthorities } : {}),
      ...(opts.authorityMetadata ? { authorityMetadata: opts.authorityMetadata } : {}),
      ...(opts.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: opts.cloudDiscoveryMetadata } : {}),
    },
    ...(opts.networkClient ? { system: { networkClient: opts.networkClient } } : {}),
  };
  const msal = new ConfidentialClientApplication(config);
  const scopes = opts.scopes ?? GRAPH_DEFAULT_SCOPES;
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxCacheEntries ?? 1000;
  const cache = new Map<string, { token: string; expiresAt: number }>();
  const pending = new Map<string, Promise<string>>();

  async function acquire(assertion: string, key: string): Promise<string> {
    let result: AuthenticationResult | null;
    try {
      // skipCache: our own bounded cache is the one cache; msal's would keep every user's tokens forever.
      result = await msal.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes, skipCache: true });
    } catch (err) {
      throw msalToAppError(err);
    }
    if (!result?.accessToken) throw new AppError('graph_failed', `${ERRORS.graph_failed.nl} [Entra: geen toegangstoken ontvangen]`);
    const expiresAt = result.expiresOn ? result.expiresOn.getTime() : now() + 10 * 60 * 1000;
    if (cache.size >= maxEntries) {
      for (const [k, v] of cache) if (v.expiresAt - EXPIRY_MARGIN_MS <= now() || cache.size >= maxEntries) cache.delete(k);
    }
    cache.set(key, { token: result.accessToken, expiresAt });
    return result.accessToken;
  }

  return {
    async tokenFor(userAssertion) {
      if (!userAssertion) throw new AppError('unauthenticated');
      const key = createHash('sha256')
        .update(`${scopes.join(' ')}\u0000${userAssertion}`)
        .digest('base64url');
      const hit = cache.get(key);
      if (hit && hit.expiresAt - EXPIRY_MARGIN_MS > now()) return hit.token;
      // One exchange per user at a time, however many calls ask at once.
      let request = pending.get(key);
      if (!request) {
        request = acquire(userAssertion, key).finally(() => pending.delete(key));
        pending.set(key, request);
      }
      return request;
    },
  };
}

/** A fixed token, for the sandbox (which accepts any non-empty bearer). */
export function createStaticTokenProvider(token: string): GraphTokenProvider {
  if (!token) throw new Error('createStaticTokenProvider: token mag niet leeg zijn');
  return { tokenFor: async () => token };
}

const CONSENT = /consent_required|interaction_required|AADSTS65001|AADSTS650057|AADSTS90094/i;
const EXPIRED_ASSERTION = /AADSTS50013|AADSTS500133|AADSTS700024|AADSTS50173|AADSTS70043/i;

/** MSAL errors in the app's catalogue; keeps Entra's error code and AADSTS number, never a token. */
export function msalToAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (!(err instanceof AuthError)) {
    const text = err instanceof Error ? err.message : String(err);
    return new AppError('graph_failed', `${ERRORS.graph_failed.nl} [Entra: ${redactSecrets(text)}]`);
  }
  const aadsts = /AADSTS\d+/.exec(err.errorMessage)?.[0];
  const what = [err.errorCode, err.subError, aadsts].filter(Boolean).join(' ');
  const text = `${err.errorCode} ${err.subError} ${err.errorMessage}`;
  if (err instanceof InteractionRequiredAuthError || CONSENT.test(text)) {
    return new AppError('consent_required', `${ERRORS.consent_required.nl} [Entra ${what}]`);
  }
  if (EXPIRED_ASSERTION.test(text)) return new AppError('unauthenticated', `${ERRORS.unauthenticated.nl} [Entra ${what}]`);
  return new AppError('graph_failed', `${ERRORS.graph_failed.nl} [Entra ${what}]`);
}
