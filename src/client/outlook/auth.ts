/**
 * Sign-in of the task pane.
 * - Production (`authMode: entra`): nested app authentication: MSAL asks Outlook (the host) for a
 *   token for `<app id uri>/access_as_user`, silently where it can, with a popup when consent or
 *   sign-in is needed. Outside a host that supports it, MSAL falls back to its standard flow.
 * - Development (`authMode: development`): a demo user is picked and the server signs a token.
 */
import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { devToken } from './api';
import type { ClientConfig } from '../shared/types';

export interface TokenSource {
  getToken(): Promise<string>;
}

/** The one scope the API accepts. */
export const apiScope = (appIdUri: string): string => `${appIdUri.replace(/\/+$/, '')}/access_as_user`;

/** Nested app authentication with MSAL; throws when the configuration lacks the app registration. */
export async function naaTokenSource(config: ClientConfig): Promise<TokenSource> {
  if (!config.entraClientId || !config.appIdUri) throw new Error('De server geeft geen Entra-app-registratie op (ENTRA_CLIENT_ID, ENTRA_APP_ID_URI).');
  const pca: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: config.entraClientId, authority: `https://login.microsoftonline.com/${config.tenantId ?? 'organizations'}` },
  });
  const scopes = [apiScope(config.appIdUri)];
  return {
    async getToken() {
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        const result = await pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
        return result.accessToken;
      } catch (e) {
        if (!(e instanceof InteractionRequiredAuthError)) throw e;
        const result = await pca.acquireTokenPopup({ scopes });
        pca.setActiveAccount(result.account);
        return result.accessToken;
      }
    },
  };
}

/** Development sign-in as one demo user; the token is fetched once and renewed when it expires. */
export function devTokenSource(userId: string, baseUrl = ''): TokenSource {
  let cached: { token: string; expiresAt: number } | null = null;
  return {
    async getToken() {
      if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
      const token = await devToken(userId, baseUrl);
      cached = { token, expiresAt: expiryOf(token) };
      return token;
    },
  };
}

/** The `exp` of a JWT in milliseconds (5 minutes from now when it cannot be read). */
export function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now() + 300_000;
  } catch {
    return Date.now() + 300_000;
  }
}
