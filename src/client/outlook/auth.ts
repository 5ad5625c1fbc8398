/**
 * Outlook's single sign-on (`authMode: entra`): nested app authentication, MSAL asks Outlook (the
 * host) for a token for `<app id uri>/access_as_user`, silently where it can, with a popup when
 * consent or sign-in is needed. Outside a host that supports it, MSAL falls back to its standard
 * flow. The token goes to the shared API client through the host (outlook/host.ts); development
 * sign-in is the browser host's, as on every surface.
 */
import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
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
